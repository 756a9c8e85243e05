// Reminder sweep scale (issue 7, item 4): 5,000 visits and 20,000 recipients (4 councillors a visit,
// each with a stored Teams conversation), swept twice through the real runSweep, deliver, cards and
// rate limiter. IN MEMORY: the lists, the conversation store and the send log, all from the one
// indexed in-memory store the tests use (tests/kits/memory: lookups by e-mail and key go through
// maps, so 20,000 people cost no scans), held to the same contract suites as the SharePoint stores.
//
// Two measurements:
// - COMPUTE: the time the sweep spends on its own work (reading the lists, working out what is due,
//   claims and send-log writes, building cards), i.e. its wall time with every send answered at once
//   and no rate-limiter pause. Run 3 times, each on a fresh send log; the first is a cold process.
// - SENDS: the same sweeps through botMessenger (botbuilder) to the capture connector, which answers
//   429 to 10%, then (a fresh send log, the same world) 20% of sends (seed 7). The sweep sends to
//   different conversations at once (sweepSend.ts). Rates are counted where Teams counts them, at the
//   connector, on arrival (429s included), as the most requests in any sliding 1,000 ms window; the
//   request rate over the sweep is the share of the limiter's budget used (a 429 spends budget too).
//   Retry pauses are capped at 20 ms (the harness does the same) so backoff does not dominate; the
//   limiter is real. Lost and duplicates are checked per conversation against what the compute run sent.
import { performance } from 'perf_hooks';
import { FRONTLINE_2025 } from '../src/core/config';
import { dueNotifications } from '../src/core/reminders';
import { DEFAULT_SEND_CONCURRENCY, runSweep, type SweepDeps } from '../src/bot/app/sweep';
import {
  createRateLimiter,
  DEFAULT_OVERALL_PER_SECOND,
  TEAMS_PER_CONVERSATION_PER_SECOND,
  type RateLimiter
} from '../src/bot/app/rateLimiter';
import type { SweepReport, SweepResult } from '../src/bot/app/sweepReport';
import type { BotDeps, Messenger } from '../src/bot/app/deps';
import { botMessenger } from '../src/bot/botframework/adapter';
import { startCaptureConnector, type CaptureConnector } from '../tests/kits/captureConnector';
import { MemorySendLog, MemoryStore } from '../tests/kits/memory';
import { generate, lostAndDuplicates, NOW, OFFICER, peak, VISITS } from '../tests/kits/sweepWorld';

export { generate };

const chatOf = (email: string): string => `a:chat-${email}`;
const sentKeysOf = (r: SweepReport): string[] => r.results.filter((x) => x.outcome === 'sent').map((x) => x.key);
const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export type World = MemoryStore;

function sweepDeps(
  world: World,
  messenger: Messenger,
  limiter: RateLimiter,
  sleep: (ms: number) => Promise<void>
): SweepDeps {
  return {
    repos: world.repos(),
    conversations: world.conversations,
    sendLog: new MemorySendLog(),
    messenger,
    limiter,
    config: FRONTLINE_2025,
    now: () => NOW,
    instanceId: 'bench-sweep',
    links: { form: (id) => `http://127.0.0.1/form?visit=${id}`, dashboard: 'http://127.0.0.1/dashboard' },
    contact: { email: OFFICER, name: 'Officers' },
    reminderOptions: { officerEmail: OFFICER },
    sleep,
    // Not used by a sweep.
    sharing: {} as BotDeps['sharing'],
    officers: { isOfficer: async () => false } as unknown as BotDeps['officers']
  };
}

/** Two sweeps (the second must send nothing) with sends answered at once: the sweep's own time. */
export async function computeRun(world: World): Promise<{ ms: number[]; reports: SweepReport[] }> {
  const instant: Messenger = { send: async () => 'id' };
  const noWait: RateLimiter = { acquire: async () => () => undefined };
  const deps = sweepDeps(world, instant, noWait, async () => undefined);
  const ms: number[] = [];
  const reports: SweepReport[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const t0 = performance.now();
    reports.push(await runSweep(deps, NOW));
    ms.push(performance.now() - t0);
  }
  return { ms, reports };
}

export async function measureSweepScale(): Promise<Record<string, unknown>[]> {
  const world: World = generate();
  const capture = await startCaptureConnector();
  try {
    for (const email of [...world.tables.councillors.all().map((c) => c.email), OFFICER]) {
      const reference = JSON.stringify({
        channelId: 'msteams',
        serviceUrl: capture.url,
        conversation: { id: chatOf(email), conversationType: 'personal', tenantId: 'tenant' },
        user: { id: `29:${email}` },
        bot: { id: '28:bench', name: 'Frontline Visits' }
      });
      await world.conversations.save({ userEmail: email, reference, status: 'Active', updatedAt: NOW });
    }
    const remindersDue = dueNotifications({
      visits: world.tables.visits.all(),
      submitted: [],
      config: FRONTLINE_2025,
      now: NOW,
      sent: new Set(),
      officerEmail: OFFICER
    }).length;
    const rows: Record<string, unknown>[] = [];

    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await computeRun(world));
    const [first] = runs;
    const expected = first.reports[0].results.filter((r) => r.outcome === 'sent');
    const target = (ms: number) => ({ computeMs: Math.round(ms), target: '<= 5000', met: ms <= 5000 });
    rows.push({
      measure: 'compute, sweep 1 (cold process)',
      visits: VISITS,
      recipients: world.tables.councillors.size,
      remindersDue,
      messages: first.reports[0].results.length,
      sent: expected.length,
      ...target(first.ms[0])
    });
    rows.push({
      measure: 'compute, sweep 1 (median of 3)',
      ...target(median(runs.map((r) => r.ms[0]))),
      runs: runs.map((r) => Math.round(r.ms[0])).join(' / ')
    });
    rows.push({
      measure: 'compute, sweep 2 (nothing to send; median of 3)',
      sent: first.reports[1].totals.sent,
      ...target(median(runs.map((r) => r.ms[1]))),
      runs: runs.map((r) => Math.round(r.ms[1])).join(' / ')
    });

    for (const share of [0.1, 0.2]) rows.push(...(await sendsRun(world, capture, expected, share)));
    rows.push({
      measure: 'note',
      value: `lists, conversation store and send log in memory; sends real (botbuilder -> capture connector over loopback), up to ${DEFAULT_SEND_CONCURRENCY} conversations at once`
    });
    return rows;
  } finally {
    await capture.close();
  }
}

/** Two sweeps on a fresh send log through the real limiter, botbuilder and the connector answering 429 to `share` of sends. */
async function sendsRun(
  world: World,
  capture: CaptureConnector,
  expected: SweepResult[],
  share: number
): Promise<Record<string, unknown>[]> {
  capture.reset();
  capture.fail({ status: 429, share, seed: 7, retryAfterSeconds: 1 });
  const label = `${Math.round(share * 100)}% 429s`;
  const limiter = createRateLimiter({ overall: DEFAULT_OVERALL_PER_SECOND });
  const deps = sweepDeps(
    world,
    botMessenger({ appId: '', appPassword: '' }),
    limiter,
    (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20)))
  );
  const rows: Record<string, unknown>[] = [];
  const sentKeys: string[] = [];
  for (const pass of [1, 2]) {
    const before = capture.sent.length;
    const requestsBefore = capture.stats().sends;
    const t0 = performance.now();
    const report = await runSweep(deps, NOW);
    const wallMs = performance.now() - t0;
    sentKeys.push(...sentKeysOf(report));
    const delivered = capture.sent.length - before;
    const requests = capture.stats().sends - requestsBefore;
    const requestsPerSec = Math.round((requests / wallMs) * 10000) / 10;
    rows.push({
      measure: `sends, sweep ${pass} (${label})`,
      messages: report.results.length,
      sent: report.totals.sent,
      delivered,
      failed: report.totals.failed,
      requests,
      wallMs: Math.round(wallMs),
      msgsPerSec: Math.round((delivered / wallMs) * 10000) / 10,
      requestsPerSec,
      ...(pass === 1 ? { target: '>= 18 requests/s', met: requestsPerSec >= 18 } : {})
    });
  }
  const stats = capture.stats();
  const times = [...stats.perConversationTimes.values()];
  const busiest = [...stats.perConversationTimes]
    .map(([id, t]) => ({ id, peak: peak(t) }))
    .sort((a, b) => b.peak - a.peak)[0] ?? { id: '-', peak: 0 };
  const overallPeak = peak(times.flat());
  rows.push({
    measure: `rate (${label}): most requests in any 1 s at the connector, all conversations`,
    value: overallPeak,
    limit: DEFAULT_OVERALL_PER_SECOND,
    met: overallPeak <= DEFAULT_OVERALL_PER_SECOND,
    requests: stats.sends
  });
  rows.push({
    measure: `rate (${label}): most requests in any 1 s at the connector, one conversation`,
    value: busiest.peak,
    limit: TEAMS_PER_CONVERSATION_PER_SECOND,
    met: busiest.peak <= TEAMS_PER_CONVERSATION_PER_SECOND,
    conversation: busiest.id
  });
  rows.push({ measure: `429s answered by the capture connector (${label})`, value: stats.faults[429] ?? 0 });
  const { lost, duplicates } = lostAndDuplicates(expected, sentKeys, capture.sent, chatOf);
  rows.push({ measure: `lost (due, never delivered; ${label})`, value: lost, target: 0, met: lost === 0 });
  rows.push({
    measure: `duplicates (delivered more than once; ${label})`,
    value: duplicates,
    target: 0,
    met: duplicates === 0
  });
  return rows;
}
