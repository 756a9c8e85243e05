/**
 * @jest-environment node
 */
// Head-of-service response reminders over the real stack (sweepHarness.ts): a form sent through the
// web part escalates an issue; the request stores its due date; the sweep reminds the head of service
// before and after it, once each, tells the point of contact when it is late, and the dashboard shows it late.
import { FRONTLINE_2025 } from '../../src/core/config';
import { dashboardRows } from '../../src/core/dashboard';
import * as w from './sweepHarness';
import { OFFICER, SARAH, book, cardsTo, sentKeys, setNow, sweep, team } from './sweepHarness';

jest.setTimeout(120000);

beforeAll(w.startWorld);
afterAll(w.stopWorld);

describe('the sweep: head-of-service response deadline', () => {
  it('stores the due date, reminds the head of service once before and once after it, and escalates a late response', async () => {
    const v = await book('Fostering Team', SARAH, '2025-11-12T10:00:00.000Z');
    setNow('2025-11-14T10:00:00.000Z');
    const r = await fetch(`${w.service.url}/api/findings/${v.id}/submit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Frontline-User': SARAH.email },
      body: JSON.stringify({
        answers: { qualityStrengths: 'Supervision is regular.', escalationIssues: 'Is mileage paid on time?' }
      })
    });
    expect(r.status).toBe(200);
    const [request] = await w.repos.requests.forVisit(v.id);
    // Fri 14 Nov 2025 + 28 days: the end of Fri 12 Dec (GMT).
    expect(request.responseDueDate).toBe('2025-12-12T23:59:59.000Z'); // SharePoint keeps whole seconds
    const hos = team('Fostering Team').headOfServiceEmail.toLowerCase();
    await sweep('2025-11-14T10:30:00.000Z'); // the submission's own notices

    const soon = `response-reminder:${request.id}:${hos}:2025-12-12:-2`;
    expect(sentKeys(await sweep('2025-12-10T08:59:00.000Z'))).toEqual([]);
    let mark = w.capture.sent.length;
    expect(sentKeys(await sweep('2025-12-10T09:30:00.000Z'))).toEqual([soon]);
    expect(cardsTo(hos, mark).join()).toContain('Your response is due soon');
    const again = await sweep('2025-12-10T10:30:00.000Z');
    expect(again.totals.sent).toBe(0);
    expect(again.results).toContainEqual(expect.objectContaining({ key: soon, outcome: 'already-sent' }));

    const { visits, findings, requests, teams, councillors } = await loadLists(v.id);
    const row = dashboardRows(
      visits,
      findings,
      requests,
      teams,
      councillors,
      '2025-12-15T12:00:00.000Z',
      FRONTLINE_2025
    )[0];
    expect(row).toMatchObject({ status: 'awaiting-head-of-service', label: 'Awaiting head of service (3 days late)' });

    mark = w.capture.sent.length;
    const late = await sweep('2025-12-13T09:30:00.000Z');
    expect(late.results.filter((x) => x.outcome === 'sent').map((x) => [x.key, x.recipientEmail])).toEqual([
      [`response-overdue:${request.id}:2025-12-12`, OFFICER.email],
      [`response-reminder:${request.id}:${hos}:2025-12-12:1`, hos]
    ]);
    expect(cardsTo(hos, mark).join()).toContain('Your response is overdue');
    expect(cardsTo(OFFICER.email, mark).join()).toContain('1 day late');
    expect((await sweep('2025-12-14T09:30:00.000Z')).totals.sent).toBe(0);
  });
});

async function loadLists(visitId: number) {
  const visit = await w.repos.visits.get(visitId);
  return {
    visits: [visit],
    findings: await w.repos.findings.forVisit(visitId),
    requests: await w.repos.requests.forVisit(visitId),
    teams: await w.repos.teams.all(),
    councillors: await w.repos.councillors.all()
  };
}
