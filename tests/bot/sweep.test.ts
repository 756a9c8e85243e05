/**
 * @jest-environment node
 */
// The reminder sweep against the real local product over the Bot Framework protocol (see
// sweepHarness.ts): the capture connector sees every proactive message; time is what each sweep is given.
import { startLocalService } from '../../src/node/local';
import { FRONTLINE_2025 } from '../../src/core/config';
import { findingsDueDate } from '../../src/core/deadlines';
import { rearrangeVisit } from '../../src/core/services';
import { deliveryProblems } from '../../src/core/dashboard/deliveryProblems';
import { runSweep } from '../../src/bot/app/sweep';
import type { Messenger } from '../../src/bot/app/deps';
import type { Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';
import * as w from './sweepHarness';
import {
  BEN,
  HOLLAND,
  OFFICER,
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
  sweep,
  team
} from './sweepHarness';

jest.setTimeout(120000);

beforeAll(w.startWorld);
afterAll(w.stopWorld);

describe('the reminder sweep', () => {
  let v1: Stored<Visit>;
  let v2: Stored<Visit>;

  it('announces a booking to the councillor and the service manager, sends the briefing once, and a second sweep sends nothing', async () => {
    v1 = await book('Fostering Team', SARAH, '2025-11-12T10:00:00.000Z');
    let mark = w.capture.sent.length;
    const first = await sweep('2025-11-01T09:30:00.000Z');
    expect(sentKeys(first).sort()).toEqual(
      [changeKey(v1, 'booked', SARAH.email), changeKey(v1, 'booked', sm('Fostering Team'))].sort()
    );
    expect(cardsTo(SARAH.email, mark).join()).toContain('Visit booked');

    mark = w.capture.sent.length;
    const briefing = await sweep('2025-11-05T09:30:00.000Z');
    expect(sentKeys(briefing)).toEqual([`briefing:${v1.id}:${SARAH.email}:2025-11-12`]);
    expect(briefing.counts['visit-change']['already-sent']).toBe(2);
    const cards = cardsTo(SARAH.email, mark);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('briefing.acknowledge');

    mark = w.capture.sent.length;
    const again = await sweep('2025-11-05T09:45:00.000Z');
    expect(again.totals).toMatchObject({ sent: 0, failed: 0, unreachable: 0, 'already-sent': 3 });
    expect(w.capture.sent.length).toBe(mark);
  });

  it('tells the councillor and the service manager once when a visit is rearranged, with the reason and the new date', async () => {
    v2 = await book('Residential Teams', BEN, '2025-11-26T10:00:00.000Z');
    await sweep('2025-11-06T09:30:00.000Z');
    const moved = await rearrangeVisit(
      { visits: w.repos.visits, qa: w.repos.qa, config: FRONTLINE_2025, now: w.now },
      {
        visit: await w.repos.visits.get(v2.id),
        reason: 'The team is moving offices that week.',
        newStart: '2025-11-27T13:00:00.000Z'
      }
    );
    v2 = moved.visit;
    const mark = w.capture.sent.length;
    const report = await sweep('2025-11-06T10:00:00.000Z');
    expect(sentKeys(report).sort()).toEqual(
      [changeKey(v2, 'rearranged', BEN.email), changeKey(v2, 'rearranged', sm('Residential Teams'))].sort()
    );
    for (const email of [BEN.email, sm('Residential Teams')]) {
      const cards = cardsTo(email, mark);
      expect(cards).toHaveLength(1);
      expect(cards[0]).toContain('Visit rearranged');
      expect(cards[0]).toContain('The team is moving offices that week.');
      expect(cards[0]).toContain('Thursday 27 November 2025 at 13:00');
    }
    const later = w.capture.sent.length;
    expect((await sweep('2025-11-06T11:00:00.000Z')).totals.sent).toBe(0);
    expect(w.capture.sent.length).toBe(later);
  });

  it('reminds the councillor two days before the due date and on it, then escalates to the point of contact the day after', async () => {
    let mark = w.capture.sent.length;
    expect(sentKeys(await sweep('2025-11-17T09:30:00.000Z'))).toEqual([`return:${v1.id}:${SARAH.email}:2025-11-19:-2`]);
    expect(cardsTo(SARAH.email, mark)[0]).toContain('due in 2 days');
    mark = w.capture.sent.length;
    expect(sentKeys(await sweep('2025-11-19T09:30:00.000Z'))).toEqual([`return:${v1.id}:${SARAH.email}:2025-11-19:0`]);
    expect(cardsTo(SARAH.email, mark)[0]).toContain('due today');
    mark = w.capture.sent.length;
    const escalation = await sweep('2025-11-20T09:30:00.000Z');
    expect(escalation.results).toContainEqual(
      expect.objectContaining({
        key: `overdue:${v1.id}:${SARAH.email}:2025-11-19`,
        recipientEmail: OFFICER.email,
        outcome: 'sent'
      })
    );
    const toOfficer = cardsTo(OFFICER.email, mark);
    expect(toOfficer).toHaveLength(1);
    expect(toOfficer[0]).toContain('Sarah Bennett-Wake');
    expect(cardsTo(SARAH.email, mark)).toEqual([]);
  });

  it('sends the findings and the request for a response of a form sent through the web part, once', async () => {
    setNow('2025-11-21T10:00:00.000Z');
    const r = await fetch(`${w.service.url}/api/findings/${v1.id}/submit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Frontline-User': SARAH.email },
      body: JSON.stringify({
        answers: {
          qualityStrengths: 'Supervision is regular and reflective.',
          escalationIssues: 'Is mileage to placements paid on time?'
        }
      })
    });
    expect(r.status).toBe(200);
    const findings = await w.repos.findings.find(v1.id, SARAH.email);
    expect(findings).toMatchObject({ status: 'Submitted', channel: 'SharePoint' });
    const [request] = await w.repos.requests.forVisit(v1.id);
    const hos = team('Fostering Team').headOfServiceEmail;
    const mark = w.capture.sent.length;
    const report = await sweep('2025-11-21T10:30:00.000Z');
    expect(sentKeys(report).sort()).toEqual(
      [
        `findings-shared:${findings?.id}:${hos}`,
        `findings-shared:${findings?.id}:${sm('Fostering Team')}`,
        `response-requested:${request.id}`
      ].sort()
    );
    expect(cardsTo(sm('Fostering Team'), mark).join()).toContain('Supervision is regular and reflective.');
    expect(cardsTo(hos, mark).join()).toContain('hos.respond');
    expect((await sweep('2025-11-21T10:45:00.000Z')).totals.sent).toBe(0);
  });

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
    const base = deps('dying', lease);
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

  it('never sends more than 7 messages a second into one conversation', async () => {
    const template = await w.repos.visits.get(v1.id);
    for (let day = 5; day < 15; day++) {
      const start = `2026-01-${String(day).padStart(2, '0')}T10:00:00.000Z`;
      const { id: _id, etag: _etag, ...rest } = template;
      void _id;
      void _etag;
      await w.repos.visits.add({
        ...rest,
        title: `Fostering Team - extra ${day}`,
        visitMonth: '2026-01',
        status: 'Booked',
        statusReason: undefined,
        visitStart: start,
        findingsDueDate: findingsDueDate(start, FRONTLINE_2025)
      });
    }
    const since = Date.now();
    const report = await sweep('2025-11-22T09:30:00.000Z');
    expect(report.counts['visit-change'].sent).toBe(20);
    const times = w.capture.stats().perConversationTimes;
    for (const email of [SARAH.email, sm('Fostering Team')]) {
      const mine = (times.get(chat(email)) ?? []).filter((t) => t >= since).sort((x, y) => x - y);
      expect(mine.length).toBeGreaterThanOrEqual(10);
      // Any 8 consecutive sends span at least a second.
      for (let i = 0; i + 7 < mine.length; i++) expect(mine[i + 7] - mine[i]).toBeGreaterThanOrEqual(1000);
    }
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
