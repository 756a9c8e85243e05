/**
 * @jest-environment node
 */
// A head of service answering from the form page (the requests API) rather than the card: the bot
// beside the service sends the answer, the delegate's card and the question at once, and the reminder
// sweep sends any answer or delegation whose message did not go (a service without the bot, a crash),
// once, under the bot's own keys.
import { delegateRequest, respondToRequest, type HosDeps } from '../../src/core/services';
import type { HeadOfServiceRequest, Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import * as w from './sweepHarness';
import { SARAH, book, cardsTo, sendLog, sentKeys, setNow, sm, sweep, team } from './sweepHarness';

jest.setTimeout(120000);

beforeAll(w.startWorld);
afterAll(w.stopWorld);

const hosDeps = (): HosDeps => ({
  ...w.repos,
  sharing: { shareFindings: async () => [], shareRequest: async () => [] },
  now: w.now
});
const post = (path: string, user: string, body: unknown): Promise<Response> =>
  fetch(`${w.service.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Frontline-User': user },
    body: JSON.stringify(body)
  });

/** Books `teamName` for Sarah, held on `day`; she sends her form through the web part, escalating `issue`. */
async function escalated(
  teamName: string,
  day: string,
  issue: string
): Promise<{ visit: Stored<Visit>; request: Stored<HeadOfServiceRequest> }> {
  const visit = await book(teamName, SARAH, `${day}T10:00:00.000Z`);
  setNow(`${day}T16:00:00.000Z`);
  const r = await post(`/api/findings/${visit.id}/submit`, SARAH.email, {
    answers: { qualityStrengths: 'Reflective supervision.', escalationIssues: issue }
  });
  expect(r.status).toBe(200);
  const [request] = await w.repos.requests.forVisit(visit.id);
  // The sweep sends the booking notices, the findings and the request card; the tests below start after it.
  await sweep(`${day}T16:30:00.000Z`);
  return { visit, request };
}

describe('answers given outside the chat', () => {
  it('sends an answer the bot did not send (given without it) to the councillor at the next sweep, once', async () => {
    const { visit, request } = await escalated(
      'Fostering Team',
      '2025-11-03',
      'Is mileage to placements paid on time?'
    );
    setNow('2025-11-04T09:00:00.000Z');
    // As a service running without the bot beside it would: core's answer, and no message.
    await respondToRequest(hosDeps(), {
      requestId: request.id,
      actorEmail: team('Fostering Team').headOfServiceEmail,
      response: 'Mileage is paid within 10 days.'
    });
    const mark = w.capture.sent.length;
    const report = await sweep('2025-11-04T09:15:00.000Z');
    expect(sentKeys(report)).toEqual([`hos-response:${request.id}`]);
    expect(report.results).toContainEqual(
      expect.objectContaining({
        key: `hos-response:${request.id}`,
        kind: 'hos-response',
        recipientEmail: SARAH.email,
        visitId: visit.id
      })
    );
    const cards = cardsTo(SARAH.email, mark);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Mileage is paid within 10 days.');
    expect((await sendLog().get(`hos-response:${request.id}`))?.state).toBe('Sent');

    const again = await sweep('2025-11-04T09:30:00.000Z');
    expect(again.totals.sent).toBe(0);
    expect(again.results).toContainEqual(
      expect.objectContaining({ key: `hos-response:${request.id}`, outcome: 'already-sent' })
    );
    expect(cardsTo(SARAH.email, mark)).toHaveLength(1);
  });

  it('sends an answer from the form page at once, and the sweep does not repeat it', async () => {
    const { request } = await escalated('Residential Teams', '2025-11-05', 'Why is the night rota short?');
    const mark = w.capture.sent.length;
    setNow('2025-11-06T09:00:00.000Z');
    const r = await post(`/api/requests/${request.id}/respond`, team('Residential Teams').headOfServiceEmail, {
      response: 'Two night workers start in December.'
    });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ outcome: 'done', teamsMessage: 'sent', request: { status: 'Responded' } });
    expect(cardsTo(SARAH.email, mark).join()).toContain('Two night workers start in December.');
    const report = await sweep('2025-11-06T09:15:00.000Z');
    expect(report.results).toContainEqual(
      expect.objectContaining({ key: `hos-response:${request.id}`, outcome: 'already-sent' })
    );
    expect(cardsTo(SARAH.email, mark)).toHaveLength(1);
  });

  it('sends the delegate the request card (from the page at once; a delegation the bot missed at the next sweep) and the question to the councillor', async () => {
    const { request } = await escalated('South Family Help Teams', '2025-11-07', 'Are caseloads under 20?');
    const hos = team('South Family Help Teams').headOfServiceEmail;
    const delegate = sm('South Family Help Teams');
    let mark = w.capture.sent.length;
    setNow('2025-11-08T09:00:00.000Z');
    const d = await post(`/api/requests/${request.id}/delegate`, hos, { delegateEmail: delegate });
    expect(await d.json()).toMatchObject({
      teamsMessage: 'sent',
      request: { status: 'Delegated', responderEmail: delegate }
    });
    expect(cardsTo(delegate, mark).join()).toContain('hos.respond');
    const asked = await post(`/api/requests/${request.id}/ask`, delegate, { question: 'Which weeks did you mean?' });
    expect(await asked.json()).toMatchObject({ teamsMessage: 'sent', request: { status: 'MoreInfoRequested' } });
    expect(cardsTo(SARAH.email, mark).join()).toContain('Which weeks did you mean?');
    expect((await sweep('2025-11-08T09:15:00.000Z')).totals.sent).toBe(0);

    // A delegation made without the bot's message: the next sweep sends the card to the new delegate.
    const next = await w.repos.requests.get(request.id);
    const other = sm('North Family Help Teams');
    await delegateRequest(hosDeps(), { requestId: next.id, actorEmail: hos, delegateEmail: other });
    mark = w.capture.sent.length;
    const report = await sweep('2025-11-08T10:00:00.000Z');
    expect(sentKeys(report)).toEqual([`response-requested:${request.id}:${other}`]);
    expect(cardsTo(other, mark).join()).toContain('hos.respond');
  });

  it('does not send answers given before the look-back', async () => {
    const { request } = await escalated('Emergency Duty Team', '2025-11-10', 'Is the out-of-hours phone staffed?');
    setNow('2025-11-11T09:00:00.000Z');
    await respondToRequest(hosDeps(), {
      requestId: request.id,
      actorEmail: team('Emergency Duty Team').headOfServiceEmail,
      response: 'It is, every night.'
    });
    const report = await sweep('2025-12-20T09:00:00.000Z');
    expect(report.results.filter((r) => r.key === `hos-response:${request.id}`)).toEqual([]);
    expect(await sendLog().get(`hos-response:${request.id}`)).toBeUndefined();
  });
});
