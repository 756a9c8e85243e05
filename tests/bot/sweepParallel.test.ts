/**
 * @jest-environment node
 */
// The sweep sending to different conversations at once (src/bot/app/sweepSend.ts), through the real
// runSweep, deliver and rate limiter, over the bench's in-memory world (bench/sweepWorld.ts: visits
// spread over a year; the officer, point of contact of every visit, gets every overdue escalation)
// with the site live and every booked visit rearranged, so councillors whose visit is in its briefing
// window get the "rearranged" notice and then the briefing. Everyone has a conversation.
// The messenger is a recorder; the limiter's window is short so the tests run quickly.
import { FRONTLINE_2025 } from '../../src/core/config';
import type { SendEntry } from '../../src/core/ports/messaging';
import { conversationKey, runSweep, type SweepDeps } from '../../src/bot/app/sweep';
import { createRateLimiter } from '../../src/bot/app/rateLimiter';
import { DeliveryError, type BotDeps, type Messenger } from '../../src/bot/app/deps';
import type { SweepReport } from '../../src/bot/app/sweepReport';
import { MemorySendLog } from '../kits/memory';
import { generate, NOW, OFFICER, peak } from '../kits/sweepWorld';

const WINDOW_MS = 30;
const PER_KEY = 2;
const OVERALL = 5;
const CONCURRENCY = 4;

interface Recorder {
  messenger: Messenger;
  /** Every request (throttled ones included): its conversation and when it arrived. */
  arrivals: { conversation: string; at: number }[];
  /** What got through: conversation and card. */
  delivered: string[];
  maxInFlight: number;
  /** Set when one conversation had two requests in flight at once. */
  overlapped: boolean;
}

/** `answer` may throw for a request (by conversation and card), as Teams would answer it. */
function recorder(answer: (conversation: string, card: string) => void = () => undefined): Recorder {
  const busy = new Set<string>();
  let inFlight = 0;
  const r: Recorder = {
    arrivals: [],
    delivered: [],
    maxInFlight: 0,
    overlapped: false,
    messenger: {
      async send(reference, card) {
        const conversation = conversationKey(reference);
        r.arrivals.push({ conversation, at: Date.now() });
        if (busy.has(conversation)) r.overlapped = true;
        busy.add(conversation);
        r.maxInFlight = Math.max(r.maxInFlight, ++inFlight);
        try {
          await new Promise((resolve) => setTimeout(resolve, 2));
          answer(conversation, JSON.stringify(card));
          r.delivered.push(`${conversation}|${JSON.stringify(card)}`);
          return 'activity';
        } finally {
          busy.delete(conversation);
          inFlight--;
        }
      }
    }
  };
  return r;
}

async function world(visits = 200) {
  const store = generate(visits);
  for (const v of store.tables.visits.all())
    if (v.status === 'Booked') store.tables.visits.touch(v.id, { statusReason: 'The team asked to move it.' });
  const contacts = store.tables.teams.all().flatMap((t) => [t.serviceManagerEmail, t.headOfServiceEmail]);
  const everyone = new Set([...store.tables.councillors.all().map((c) => c.email), ...contacts, OFFICER]);
  for (const email of everyone) {
    const reference = JSON.stringify({ conversation: { id: `a:chat-${email}` }, serviceUrl: 'http://teams' });
    await store.conversations.save({ userEmail: email, reference, status: 'Active', updatedAt: NOW });
  }
  const sendLog = new MemorySendLog();
  const live = await sendLog.claim({ key: 'sweep-baseline', recipientEmail: '', kind: 'sweep-baseline' }, 't', NOW, 1);
  if (live.claimed) await sendLog.markSent(live.record, NOW);
  const claims = jest.spyOn(sendLog, 'claim');
  claims.mockClear();
  return { store, sendLog, claimed: (): SendEntry[] => claims.mock.calls.map((c) => c[0]) };
}

function sweepDeps(w: Awaited<ReturnType<typeof world>>, messenger: Messenger, extra: Partial<SweepDeps> = {}) {
  const deps: SweepDeps = {
    repos: w.store.repos(),
    conversations: w.store.conversations,
    sendLog: w.sendLog,
    messenger,
    limiter: createRateLimiter({ perKey: PER_KEY, overall: OVERALL, windowMs: WINDOW_MS, clock: Date.now }),
    config: FRONTLINE_2025,
    now: () => NOW,
    instanceId: 'parallel-test',
    links: { form: (id) => `http://127.0.0.1/form?visit=${id}`, dashboard: 'http://127.0.0.1/dashboard' },
    contact: { email: OFFICER, name: 'Officers' },
    reminderOptions: { officerEmail: OFFICER, sendConcurrency: CONCURRENCY },
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))),
    sharing: {} as BotDeps['sharing'],
    officers: { isOfficer: async () => false } as unknown as BotDeps['officers'],
    ...extra
  };
  return deps;
}

const sentKeys = (r: SweepReport): string[] => r.results.filter((x) => x.outcome === 'sent').map((x) => x.key);
const byRecipient = (keys: { key: string; recipientEmail: string }[]): Map<string, string[]> => {
  const m = new Map<string, string[]>();
  for (const k of keys) m.set(k.recipientEmail, [...(m.get(k.recipientEmail) ?? []), k.key]);
  return m;
};
function withinLimits(r: Recorder): void {
  expect(
    peak(
      r.arrivals.map((a) => a.at),
      WINDOW_MS
    )
  ).toBeLessThanOrEqual(OVERALL);
  for (const c of new Set(r.arrivals.map((a) => a.conversation)))
    expect(
      peak(
        r.arrivals.filter((a) => a.conversation === c).map((a) => a.at),
        WINDOW_MS
      )
    ).toBeLessThanOrEqual(PER_KEY);
}

describe('the sweep sending to several conversations at once', () => {
  it('sends each conversation its messages in the planned order, several conversations at a time, within the limits', async () => {
    const w = await world();
    const r = recorder();
    const report = await runSweep(sweepDeps(w, r.messenger), NOW);

    expect(report.totals.failed).toBe(0);
    expect(report.problems).toEqual([]);
    expect(r.delivered).toHaveLength(report.totals.sent);
    expect(r.maxInFlight).toBeGreaterThan(1);
    expect(r.overlapped).toBe(false);
    withinLimits(r);
    // The officer's escalations are more than one window's worth for one conversation.
    expect(report.results.filter((x) => x.recipientEmail === OFFICER).length).toBeGreaterThan(PER_KEY);
    // Per person, the claims (made just before each send) follow the report, which is in planned order.
    const planned = byRecipient(report.results);
    expect(byRecipient(w.claimed())).toEqual(planned);
    const both = [...planned.values()].filter((keys) => keys.some((k) => k.startsWith('briefing:')) && keys.length > 1);
    expect(both.length).toBeGreaterThan(0);
    for (const keys of both)
      expect(keys.map((k) => k.split(':').slice(0, 3).join(':'))).toEqual([
        expect.stringMatching(/^visit-change:\d+:rearranged$/),
        expect.stringMatching(/^briefing:/)
      ]);

    const again = await runSweep(sweepDeps(w, r.messenger), NOW);
    expect(again.totals.sent).toBe(0);
    expect(r.delivered).toHaveLength(report.totals.sent);
  });

  it('starts no new send once the lease is lost, claims nothing it did not send, and the next sweep sends the rest once', async () => {
    const w = await world();
    const r = recorder();
    const stopAfter = 10;
    const lost = await runSweep(sweepDeps(w, r.messenger, { leaseHeld: () => r.arrivals.length < stopAfter }), NOW);

    expect(lost.problems).toContain(
      'The sweep lease was lost (another instance sweeps now): the rest is left for the next sweep.'
    );
    // Sends already past the lease check when it turned may still go out: at most one per other worker.
    expect(r.arrivals.length).toBeGreaterThanOrEqual(stopAfter);
    expect(r.arrivals.length).toBeLessThanOrEqual(stopAfter + CONCURRENCY - 1);
    expect(sentKeys(lost)).toHaveLength(r.arrivals.length);
    // Every message started was claimed and recorded; nothing else was claimed.
    expect(
      w
        .claimed()
        .map((c) => c.key)
        .sort()
    ).toEqual(sentKeys(lost).sort());

    const rest = await runSweep(sweepDeps(w, r.messenger), NOW);
    expect(rest.problems).toEqual([]);
    expect(rest.totals['already-sent']).toBe(lost.totals.sent);
    expect(rest.totals.sent).toBeGreaterThan(0);
    expect(new Set(r.delivered).size).toBe(r.delivered.length);
    expect(r.delivered).toHaveLength(lost.totals.sent + rest.totals.sent);
  });

  it('records a failing send and a failing list write, and sends every other message', async () => {
    const w = await world();
    const officerChat = `a:chat-${OFFICER}`;
    const r = recorder((conversation) => {
      if (conversation === officerChat) throw new DeliveryError(400, 'Bad request');
    });
    const markSent = w.sendLog.markSent.bind(w.sendLog);
    // Recording a briefing as sent fails: the list write after the send.
    jest.spyOn(w.sendLog, 'markSent').mockImplementation(async (record, at) => {
      if (record.key.startsWith('briefing:')) throw new Error('503: the list is busy');
      return markSent(record, at);
    });
    const report = await runSweep(sweepDeps(w, r.messenger), NOW);

    const officer = report.results.filter((x) => x.recipientEmail === OFFICER);
    expect(officer.length).toBeGreaterThan(1);
    expect(officer.every((x) => x.outcome === 'failed')).toBe(true);
    const victims = report.results.filter((x) => x.kind === 'briefing');
    expect(victims.length).toBeGreaterThan(0);
    expect(victims.every((x) => x.outcome === 'failed')).toBe(true);
    expect(report.problems).toEqual(victims.map((x) => `${x.key}: 503: the list is busy`));
    const others = report.results.filter((x) => x.recipientEmail !== OFFICER && x.kind !== 'briefing');
    expect(others.length).toBeGreaterThan(CONCURRENCY);
    expect(others.every((x) => x.outcome === 'sent')).toBe(true);
  });

  it('retries throttled sends (429) through the limiter, and delivers each message exactly once', async () => {
    const w = await world();
    const tried = new Set<string>();
    // Every message's first request is answered 429; its retry goes through.
    const r = recorder((conversation, card) => {
      const id = `${conversation}|${card}`;
      if (tried.has(id)) return;
      tried.add(id);
      throw new DeliveryError(429, 'Too many requests', 0);
    });
    const report = await runSweep(sweepDeps(w, r.messenger), NOW);

    expect(report.totals.failed).toBe(0);
    expect(report.totals.sent).toBeGreaterThan(CONCURRENCY);
    expect(r.arrivals).toHaveLength(2 * report.totals.sent);
    expect(r.delivered).toHaveLength(report.totals.sent);
    expect(new Set(r.delivered).size).toBe(r.delivered.length);
    expect(r.overlapped).toBe(false);
    withinLimits(r);
    const again = await runSweep(sweepDeps(w, r.messenger), NOW);
    expect(again.totals.sent).toBe(0);
    expect(r.delivered).toHaveLength(report.totals.sent);
  });
});
