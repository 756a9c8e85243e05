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
//   429 to 10% of sends (seed 7). Rates are counted where Teams counts them, at the connector, on
//   arrival (429s included), as the most requests in any sliding 1,000 ms window. Retry pauses are
//   capped at 20 ms (the harness does the same) so backoff does not dominate; the limiter is real.
//   Lost and duplicates are checked per conversation against what the compute run sent.
import { performance } from 'perf_hooks';
import { FRONTLINE_2025 } from '../src/core/config';
import { dueNotifications } from '../src/core/reminders';
import { runSweep, type SweepDeps } from '../src/bot/app/sweep';
import {
  createRateLimiter,
  DEFAULT_OVERALL_PER_SECOND,
  TEAMS_PER_CONVERSATION_PER_SECOND,
  type RateLimiter
} from '../src/bot/app/rateLimiter';
import type { SweepReport } from '../src/bot/app/sweepReport';
import type { BotDeps, Messenger } from '../src/bot/app/deps';
import { botMessenger } from '../src/bot/botframework/adapter';
import { startCaptureConnector } from '../tests/kits/captureConnector';
import { MemorySendLog, MemoryStore } from '../tests/kits/memory';
import { generate, NOW, OFFICER, VISITS } from './sweepWorld';

export { generate };

/** Most requests in any sliding window of `windowMs` (half-open, as Teams' "a second"). */
function peak(times: number[], windowMs = 1000): number {
  const t = times.slice().sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i] - t[j] >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

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

    // Real sends. Sends are one at a time, so the time outside awaits on sends, limiter and backoff is the sweep's own.
    capture.fail({ status: 429, share: 0.1, seed: 7, retryAfterSeconds: 1 });
    let outside = 0;
    const timed = <T>(start: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      return start().finally(() => (outside += performance.now() - t0));
    };
    const inner = botMessenger({ appId: '', appPassword: '' });
    const real = createRateLimiter({ overall: DEFAULT_OVERALL_PER_SECOND });
    const deps = sweepDeps(
      world,
      { send: (ref, card) => timed(() => inner.send(ref, card)) },
      { acquire: (key) => timed(() => real.acquire(key)) },
      (ms) => timed(() => new Promise((r) => setTimeout(r, Math.min(ms, 20))))
    );
    const sentKeys: string[] = [];
    for (const pass of [1, 2]) {
      outside = 0;
      const before = capture.sent.length;
      const t0 = performance.now();
      const report = await runSweep(deps, NOW);
      const wallMs = performance.now() - t0;
      sentKeys.push(...sentKeysOf(report));
      const delivered = capture.sent.length - before;
      rows.push({
        measure: `sends, sweep ${pass}`,
        messages: report.results.length,
        sent: report.totals.sent,
        delivered,
        failed: report.totals.failed,
        computeMs: Math.round(wallMs - outside),
        wallMs: Math.round(wallMs),
        msgsPerSec: Math.round((delivered / wallMs) * 10000) / 10
      });
    }

    const stats = capture.stats();
    const perConversation = [...stats.perConversationTimes]
      .map(([id, times]) => ({ id, peak: peak(times) }))
      .sort((a, b) => b.peak - a.peak);
    const overallPeak = peak([...stats.perConversationTimes.values()].flat());
    const busiest = perConversation[0] ?? { id: '-', peak: 0 };
    rows.push({
      measure: 'rate: most requests in any 1 s at the connector, all conversations',
      value: overallPeak,
      limit: DEFAULT_OVERALL_PER_SECOND,
      met: overallPeak <= DEFAULT_OVERALL_PER_SECOND,
      requests: stats.sends
    });
    rows.push({
      measure: 'rate: most requests in any 1 s at the connector, one conversation',
      value: busiest.peak,
      limit: TEAMS_PER_CONVERSATION_PER_SECOND,
      met: busiest.peak <= TEAMS_PER_CONVERSATION_PER_SECOND,
      conversation: busiest.id
    });
    rows.push({ measure: '429s answered by the capture connector', value: stats.faults[429] ?? 0 });

    // Lost and duplicates: by key (the sweeps' reports) and by what reached each conversation.
    const want = new Map<string, number>();
    for (const r of expected) want.set(chatOf(r.recipientEmail), (want.get(chatOf(r.recipientEmail)) ?? 0) + 1);
    const got = new Map<string, number>();
    for (const a of capture.sent) got.set(a.conversationId, (got.get(a.conversationId) ?? 0) + 1);
    const sentSet = new Set(sentKeys);
    let short = 0;
    let extra = 0;
    for (const id of new Set([...want.keys(), ...got.keys()])) {
      const d = (got.get(id) ?? 0) - (want.get(id) ?? 0);
      if (d < 0) short -= d;
      else extra += d;
    }
    const lost = Math.max(expected.filter((r) => !sentSet.has(r.key)).length, short);
    const duplicates = Math.max(sentKeys.length - sentSet.size, extra);
    rows.push({ measure: 'lost (due, never delivered)', value: lost, target: 0, met: lost === 0 });
    rows.push({
      measure: 'duplicates (delivered more than once)',
      value: duplicates,
      target: 0,
      met: duplicates === 0
    });
    rows.push({
      measure: 'note',
      value:
        'lists, conversation store and send log in memory; sends real (botbuilder -> capture connector over loopback), one at a time'
    });
    return rows;
  } finally {
    await capture.close();
  }
}
