/**
 * @jest-environment node
 */
// The reminder sweep against the real local product over the Bot Framework protocol (see
// sweepHarness.ts): the capture connector sees every proactive message; time is what each sweep is given.
// Here the messages of a visit's life and the per-chat rate; delivery failures, concurrent and crashed
// sweeps, and the bot's timer are in sweepDelivery.test.ts.
import { FRONTLINE_2025 } from '../../src/core/config';
import { findingsDueDate } from '../../src/core/deadlines';
import { rearrangeVisit } from '../../src/core/services';
import type { Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';
import * as w from './sweepHarness';
import { BEN, OFFICER, SARAH, book, cardsTo, changeKey, chat, sentKeys, setNow, sm, sweep, team } from './sweepHarness';

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
});
