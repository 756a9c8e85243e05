/**
 * @jest-environment node
 */
// The reminder sweep's delivery against the real local product over the Bot Framework protocol (see
// sweepHarness.ts): a 403 and a 429 from Teams, two sweeps at once, a sweep dying mid-send, an overdue
// form with no one to escalate to, and the sweep on the bot's timer. The messages themselves are in
// sweep.test.ts.
import { startLocalService } from '../../src/node/local';
import { deliveryProblems } from '../../src/core/dashboard/deliveryProblems';
import { runSweep } from '../../src/bot/app/sweep';
import type { Messenger } from '../../src/bot/app/deps';
import * as w from './sweepHarness';
import {
  BEN,
  HOLLAND,
  SARAH,
  book,
  bookedKeys,
  cardsTo,
  changeKey,
  chat,
  conversations,
  deps,
  install,
  sendLog,
  sentKeys,
  setNow,
  sm,
  sweep
} from './sweepHarness';

jest.setTimeout(120000);

beforeAll(w.startWorld);
afterAll(w.stopWorld);

describe('the reminder sweep', () => {
  it('records a 403 as unreachable in the send log and the conversation, shows it on the dashboard, and sends after a reinstall', async () => {
    const v3 = await book('North Family Help Teams', HOLLAND, '2025-12-10T10:00:00.000Z');
    const key = changeKey(v3, 'booked', HOLLAND.email);
    w.capture.fail({ conversationId: chat(HOLLAND.email), status: 403, times: 1 });
    const report = await sweep('2025-11-21T11:00:00.000Z');
    expect(report.results).toContainEqual(expect.objectContaining({ key, outcome: 'unreachable' }));
    expect(sentKeys(report)).toEqual([changeKey(v3, 'booked', sm('North Family Help Teams'))]);
    expect(await sendLog().get(key)).toMatchObject({ state: 'Unreachable', lastError: expect.stringMatching(/^403/) });
    expect(await conversations().byEmail(HOLLAND.email)).toMatchObject({ status: 'Unreachable' });
    const rows = deliveryProblems(await conversations().unreachable(), await sendLog().undelivered());
    expect(rows).toContainEqual(
      expect.objectContaining({
        email: HOLLAND.email,
        problem: 'unreachable',
        messages: [expect.objectContaining({ key, state: 'Unreachable' })]
      })
    );

    // Not lost: the next sweep tries again, but sends nothing until the app is back for her.
    const mark = w.capture.sent.length;
    expect((await sweep('2025-11-21T11:15:00.000Z')).results).toContainEqual(
      expect.objectContaining({ key, outcome: 'unreachable' })
    );
    expect(w.capture.sent.length).toBe(mark);
    expect(w.capture.sent.some((a) => /Sorry, something went wrong/.test(String(a.activity.text)))).toBe(false);
    setNow('2025-11-21T11:20:00.000Z');
    await install(HOLLAND);
    const after = w.capture.sent.length;
    expect(sentKeys(await sweep('2025-11-21T11:30:00.000Z'))).toEqual([key]);
    expect(cardsTo(HOLLAND.email, after).join()).toContain('Visit booked');
    expect(
      deliveryProblems(await conversations().unreachable(), await sendLog().undelivered()).map((r) => r.email)
    ).not.toContain(HOLLAND.email);
  });

  it('retries a throttled send (429) until it goes through', async () => {
    const v4 = await book('South Family Help Teams', BEN, '2025-12-11T10:00:00.000Z');
    const throttledBefore = w.capture.stats().faults[429] ?? 0;
    const requestsBefore = (w.capture.stats().perConversationTimes.get(chat(BEN.email)) ?? []).length;
    // deliver retries (up to 4 tries), each try one request through the rate limiter: the SDK's own retries are off.
    w.capture.fail({ conversationId: chat(BEN.email), status: 429, times: 3, retryAfterSeconds: 0 });
    const mark = w.capture.sent.length;
    const report = await sweep('2025-11-21T12:00:00.000Z');
    expect(report.results).toContainEqual(
      expect.objectContaining({ key: changeKey(v4, 'booked', BEN.email), outcome: 'sent' })
    );
    expect((w.capture.stats().faults[429] ?? 0) - throttledBefore).toBe(3);
    expect((w.capture.stats().perConversationTimes.get(chat(BEN.email)) ?? []).length - requestsBefore).toBe(4);
    const cards = cardsTo(BEN.email, mark);
    expect(cards).toHaveLength(1);
    // The card itself, not an SDK error handler's "Sorry, something went wrong" standing in for it.
    expect(cards[0]).toContain('Visit booked');
  });

  it('two sweeps at once (the timer and a manual run) send each message exactly once', async () => {
    const visits = [
      await book('Front Door/Domestic Abuse Team', SARAH, '2026-02-10T10:00:00.000Z'),
      await book('Emergency Duty Team', HOLLAND, '2026-02-11T10:00:00.000Z'),
      await book('Macclesfield CINCP', BEN, '2026-04-14T09:00:00.000Z')
    ];
    const expected = visits.flatMap(bookedKeys);
    const mark = w.capture.sent.length;
    setNow('2025-11-21T13:00:00.000Z');
    const [a, b] = await Promise.all([runSweep(deps('timer'), w.now()), runSweep(deps('manual'), w.now())]);
    const sent = [...sentKeys(a), ...sentKeys(b)];
    expect(sent.sort()).toEqual(expected.sort());
    const delivered = w.capture.sent
      .slice(mark)
      .map((x) => `${x.conversationId}|${JSON.stringify(x.activity.attachments)}`);
    expect(delivered).toHaveLength(expected.length);
    expect(new Set(delivered).size).toBe(delivered.length);
    for (const key of expected) expect((await sendLog().get(key))?.state).toBe('Sent');
  });

  it('after a sweep dies mid-send, a later one takes over its claim once the lease is over, and duplicates nothing', async () => {
    const visits = [
      await book('Children with Disabilities Team', SARAH, '2026-04-15T09:00:00.000Z'),
      await book('Crewe CINCP (incl. Court team)', HOLLAND, '2026-04-16T09:00:00.000Z')
    ];
    const lease = { claimLeaseMs: 60000 };
    // One conversation at a time, so it dies at a known message (sweepParallel.test.ts has the parallel sends).
    const base = deps('dying', { ...lease, reminderOptions: { sendConcurrency: 1 } });
    let calls = 0;
    let died: () => void = () => undefined;
    const death = new Promise<void>((r) => (died = r));
    // Sends two, then hangs for ever holding its third claim: a process killed mid-send.
    const dying: Messenger = {
      send: (reference, card) =>
        ++calls <= 2 ? base.messenger.send(reference, card) : (died(), new Promise<string>(() => undefined))
    };
    const mark = w.capture.sent.length;
    setNow('2025-11-21T14:00:00.000Z');
    void runSweep({ ...base, messenger: dying }, w.now());
    await death;
    expect(w.capture.sent.length - mark).toBe(2);

    const within = await sweep('2025-11-21T14:00:30.000Z', deps('next', lease));
    expect(within.totals['in-progress']).toBe(1);
    expect(within.totals.sent).toBe(1);
    const afterLease = await sweep('2025-11-21T14:02:00.000Z', deps('after-lease', lease));
    expect(afterLease.totals.sent).toBe(1);

    for (const key of visits.flatMap(bookedKeys)) expect((await sendLog().get(key))?.state).toBe('Sent');
    const delivered = w.capture.sent
      .slice(mark)
      .map((x) => `${x.conversationId}|${JSON.stringify(x.activity.attachments)}`);
    expect(delivered).toHaveLength(4);
    expect(new Set(delivered).size).toBe(4);
  });

  it('reports an overdue form with no one to escalate to as a problem, and sends nothing for it', async () => {
    const booked = await book('Cared for IROs', HOLLAND, '2025-11-10T10:00:00.000Z');
    const v = await w.repos.visits.update(booked, { pointOfContactEmail: '' });
    // No point of contact on the visit, no default one and no officer configured.
    const report = await sweep('2025-11-22T10:30:00.000Z', w.deps('sweep-test', { contact: { email: '' } }));
    expect(report.problems.join('\n')).toMatch(
      new RegExp(`'${v.title}' are \\d+ day\\(s\\) overdue, but the visit has no point of contact`)
    );
    expect(report.results.filter((r) => r.visitId === v.id)).toEqual([]);
    expect(await sendLog().get(`overdue:${v.id}:${HOLLAND.email}:2025-11-17`)).toBeUndefined();
  });

  it('runs inside the bot on a timer when the local service is started with sweepIntervalMs', async () => {
    const v = await book('SCIES', BEN, '2025-12-03T10:00:00.000Z');
    setNow('2025-11-22T10:00:00.000Z');
    const timed = await startLocalService(w.local, { port: 0, now: w.now, sweepIntervalMs: 100 });
    try {
      await w.capture.waitFor(
        (a) => a.conversationId === chat(BEN.email) && JSON.stringify(a.activity.attachments ?? '').includes('SCIES'),
        20000
      );
    } finally {
      await timed.close();
    }
    expect((await sendLog().get(changeKey(v, 'booked', BEN.email)))?.state).toBe('Sent');
  });
});
