/**
 * @jest-environment node
 */
// The requests API over HTTP, with the web part's own client and the page's service, against the
// local list server: a head of service (or their delegate) answers escalated issues from the form
// page, and core's rules decide (refusals: requestsApiRefusals.test.ts).
import {
  spRepositories,
  SpFindingsRepository,
  SpHeadOfServiceRequestRepository
} from '../../src/adapters/sp/repositories';
import { HttpFindingsApi } from '../../src/adapters/service/findingsApi';
import { HttpRequestsApi } from '../../src/adapters/service/requestsApi';
import { startService } from '../../src/service/app';
import { localIdentity } from '../../src/service/identity';
import { serviceOptions } from '../../src/node/service';
import { AccessDeniedError, DomainError } from '../../src/core/errors';
import { ValidationError } from '../../src/core/services/errors';
import { FRONTLINE_2025 } from '../../src/core/config';
import { escalationsService } from '../../src/webparts/visitForm/escalationsService';
import { ANNA, BEN, DEPUTY, HOS, NOW, SM, fetchAs, useRequestsWorld } from './requestsWorld';
import { fixedProcess } from '../kits/fixedProcess';

const { w, as, raw, requests, visitStatus } = useRequestsWorld();
const ANSWER = 'Yes: travel time is paid from the office.';
/** The form page's service as `who` sees it, with their own SharePoint session. */
const page = (who: string) =>
  escalationsService({
    repos: spRepositories(w().site.sp(who)),
    api: as(who),
    process: async () => FRONTLINE_2025,
    userEmail: who
  });

describe('the requests API', () => {
  it("takes the head of service's answer: the request is Responded, the councillor can read it, the visit waits for the other request", async () => {
    const r = await as(HOS).respond(w().annaRequest.id, ANSWER);
    expect(r).toMatchObject({ outcome: 'done', visitStatus: 'FindingsReturned', teamsMessage: 'sent' });
    expect(r.request).toMatchObject({
      id: w().annaRequest.id,
      status: 'Responded',
      responderEmail: HOS,
      response: ANSWER,
      respondedAt: NOW
    });
    expect(w().notices).toEqual([{ action: 'responded', requestId: w().annaRequest.id }]);
    // Read with the councillor's own session: the answer is shared with her.
    expect(await new SpHeadOfServiceRequestRepository(w().site.sp(ANNA)).get(w().annaRequest.id)).toMatchObject({
      status: 'Responded',
      response: ANSWER
    });
    expect(await visitStatus()).toBe('FindingsReturned');
  });

  it('treats a repeated answer as already given, and refuses a different second answer', async () => {
    expect(await as(HOS).respond(w().annaRequest.id, ANSWER)).toMatchObject({
      outcome: 'already',
      request: { status: 'Responded' }
    });
    const changed = await as(HOS)
      .respond(w().annaRequest.id, 'Actually, no.')
      .catch((e: unknown) => e);
    expect(changed).toBeInstanceOf(DomainError);
    expect(changed).toMatchObject({
      code: 'AlreadyResponded',
      message: expect.stringMatching(/were answered on .*Contact the officer/)
    });
    expect((await requests().get(w().annaRequest.id)).response).toBe(ANSWER);
  });

  it('refuses to delegate to someone outside the council, with a 400 that says who may be chosen', async () => {
    const id = w().benRequest.id;
    const reply = await raw(`/api/requests/${id}/delegate`, JSON.stringify({ delegateEmail: 'friend@gmail.com' }));
    expect(reply.status).toBe(400);
    const body = (await reply.json()) as { error: { errors: { questionId: string; message: string }[] } };
    expect(body.error.errors).toEqual([
      {
        questionId: 'delegateEmail',
        message: expect.stringMatching(
          /friend@gmail\.com is not someone the council knows.*or an address at example\.gov\.uk/
        )
      }
    ]);
    await expect(as(HOS).delegate(id, 'friend@gmail.com')).rejects.toBeInstanceOf(ValidationError);
    expect(await requests().get(id)).toEqual(w().benRequest);
    expect(
      await new SpFindingsRepository(w().site.sp('friend@gmail.com'))
        .get(w().benRequest.findingsId)
        .catch(() => undefined)
    ).toBeUndefined();
  });

  it('delegates to a council address; the delegate reads the form, asks the councillor, then answers and the visit is Responded', async () => {
    const { benRequest, visitId } = w();
    // The recording bot answers 'unreachable' for delegates: the page tells the head of service.
    expect(await as(HOS).delegate(benRequest.id, DEPUTY)).toMatchObject({
      outcome: 'done',
      request: { status: 'Delegated', responderEmail: DEPUTY },
      teamsMessage: 'not-delivered'
    });
    expect(await new SpFindingsRepository(w().site.sp(DEPUTY)).get(benRequest.findingsId)).toMatchObject({
      councillorEmail: BEN
    });
    // The form page as the delegate sees it: not among the site's readers, they read the request and the form but not the rota.
    expect((await page(DEPUTY).open()).map((r) => r.id)).toEqual([benRequest.id]);
    expect(await page(DEPUTY).read(benRequest.id)).toMatchObject({
      heading: `Escalated issues from visit ${visitId}`,
      visitReadable: false,
      councillorEmail: BEN,
      answers: { escalationIssues: 'Why are there two vacancies?' },
      request: { status: 'Delegated', responderEmail: DEPUTY }
    });
    expect(await page(HOS).read(benRequest.id)).toMatchObject({
      heading: 'Court Team: visit on Thursday 24 July 2025',
      visitReadable: true,
      headOfServiceEmail: HOS,
      councillorName: 'Ben Bold'
    });
    expect((await as(HOS).delegate(benRequest.id, DEPUTY)).outcome).toBe('already');

    const asked = await as(DEPUTY).ask(benRequest.id, 'Which team had the vacancies?');
    expect(asked).toMatchObject({ outcome: 'done', request: { status: 'MoreInfoRequested' }, teamsMessage: 'sent' });
    // Anyone else is still refused.
    await expect(as(SM).respond(benRequest.id, 'Forged')).rejects.toBeInstanceOf(AccessDeniedError);

    const r = await page(DEPUTY).respond(benRequest.id, 'Both posts are now filled.');
    expect(r).toMatchObject({
      outcome: 'done',
      visitStatus: 'Responded',
      request: { status: 'Responded', responderEmail: DEPUTY }
    });
    expect(await visitStatus()).toBe('Responded');
    // A repeat asks the bot again too: its send log makes the message once only.
    expect(w().notices.map((n) => n.action)).toEqual([
      'responded',
      'responded',
      'delegated',
      'delegated',
      'asked',
      'responded'
    ]);
  });

  it('keeps the action when the bot cannot send its message', async () => {
    const failing = await startService({
      ...serviceOptions(w().site.sp(), localIdentity(), fixedProcess([]), () => '2025-07-31T10:00:00.000Z'),
      notices: { ...w().recordingNotices, responded: () => Promise.reject(new Error('Teams is down')) },
      port: 0,
      log: () => undefined
    });
    try {
      const repos = spRepositories(w().site.sp());
      const v = await repos.visits.get(w().visitId);
      const second = await repos.visits.add({
        ...v,
        title: 'Court Team - August 2025',
        councillorEmails: [ANNA],
        status: 'Visited'
      });
      await new HttpFindingsApi(fetchAs(ANNA), failing.url).submit(second.id, {
        answers: { qualityStrengths: 'Calm office.', escalationIssues: 'Is the lift fixed?' }
      });
      const [request] = await requests().forVisit(second.id);
      const r = await new HttpRequestsApi(fetchAs(HOS), failing.url).respond(request.id, 'It is.');
      expect(r).toMatchObject({ outcome: 'done', teamsMessage: 'queued', visitStatus: 'Responded' });
      expect((await requests().get(request.id)).status).toBe('Responded');
    } finally {
      await failing.close();
    }
  });
});
