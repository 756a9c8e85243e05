/**
 * @jest-environment node
 */
// The requests API over HTTP, with the web part's own client, against the local list server: a head
// of service (or their delegate) answers escalated issues from the form page. Core decides who may
// act from the lists; everyone else is refused with a message and nothing changes.
import { startSite, type Site, OFFICER } from '../adapters/sp/harness';
import { provision } from '../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../src/adapters/sp/provision/permissions';
import {
  spRepositories,
  SpFindingsRepository,
  SpHeadOfServiceRequestRepository
} from '../../src/adapters/sp/repositories';
import { HttpFindingsApi, type ApiFetch } from '../../src/adapters/service/findingsApi';
import { HttpRequestsApi } from '../../src/adapters/service/requestsApi';
import { startService, type ServiceHandle } from '../../src/service/app';
import type { HosActionNotices, NoticeOutcome } from '../../src/service/requestsRoutes';
import { localIdentity } from '../../src/service/identity';
import { serviceOptions } from '../../src/node/service';
import { AccessDeniedError, DomainError } from '../../src/core/errors';
import { ValidationError } from '../../src/core/services/errors';
import { londonInstant } from '../../src/core/time/london';
import type { HeadOfServiceRequest } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { escalationsService } from '../../src/webparts/visitForm/escalationsService';
import { FRONTLINE_2025 } from '../../src/core/config';

const ANNA = 'cllr.anna@example.gov.uk';
const BEN = 'cllr.ben@example.gov.uk';
const SM = 'sm.court@example.gov.uk';
const HOS = 'hos.court@example.gov.uk';
const OTHER_HOS = 'hos.fostering@example.gov.uk';
const DEPUTY = 'deputy.hos@example.gov.uk'; // not on the site, but at the council's domain
const STRANGER = 'someone@elsewhere.org';

let site: Site;
let service: ServiceHandle;
let visitId: number;
let annaRequest: Stored<HeadOfServiceRequest>;
let benRequest: Stored<HeadOfServiceRequest>;
const notices: { action: string; requestId: number }[] = [];

const fetchAs =
  (user?: string): ApiFetch =>
  (url, init) =>
    fetch(url, { ...init, headers: { ...init.headers, ...(user ? { 'X-Frontline-User': user } : {}) } });
const as = (user?: string): HttpRequestsApi => new HttpRequestsApi(fetchAs(user), service.url);
/** `null`: no identity header at all (anonymous). */
const raw = (path: string, body: string, user: string | null = HOS): Promise<Response> =>
  fetch(service.url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(user ? { 'X-Frontline-User': user } : {}) },
    body
  });
const requests = () => new SpHeadOfServiceRequestRepository(site.sp());
const visitStatus = async () => (await spRepositories(site.sp()).visits.get(visitId)).status;

/** The bot's side, recorded: which messages the service asked it to send. */
const recordingNotices: HosActionNotices = {
  responded: async (r) => (notices.push({ action: 'responded', requestId: r.request.id }), 'sent' as NoticeOutcome),
  delegated: async (r) => (
    notices.push({ action: 'delegated', requestId: r.request.id }),
    'unreachable' as NoticeOutcome
  ),
  asked: async (r) => (notices.push({ action: 'asked', requestId: r.request.id }), 'sent' as NoticeOutcome)
};

beforeAll(async () => {
  site = await startSite();
  // As on a tenant: councillors, service managers and heads of service in the site's Visitors group.
  await provision(site.sp(), {
    ...DEFAULT_PERMISSION_PLAN,
    officers: [OFFICER],
    readers: [ANNA, BEN, SM, HOS, OTHER_HOS]
  });
  const repos = spRepositories(site.sp());
  const team = await repos.teams.add({
    name: 'Court Team',
    area: 'Cared for Children',
    serviceManagerEmail: SM,
    headOfServiceEmail: HOS,
    location: 'Crewe'
  });
  await repos.teams.add({
    name: 'Fostering Team',
    area: 'Placements',
    serviceManagerEmail: 'sm.fostering@example.gov.uk',
    headOfServiceEmail: OTHER_HOS,
    location: 'Sandbach'
  });
  for (const [name, email] of [
    ['Anna Able', ANNA],
    ['Ben Bold', BEN]
  ]) {
    await repos.councillors.add({
      name,
      email,
      committees: ['Children and Families Committee'],
      secondVisitVolunteer: false,
      active: true
    });
  }
  const visit = await repos.visits.add({
    title: 'Court Team - July 2025',
    teamId: team.id,
    area: 'Cared for Children',
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails: [ANNA, BEN],
    committee: 'Children and Families Committee',
    status: 'Booked',
    visitStart: londonInstant('2025-07-24', '10:00'),
    formTemplate: 'frontline-2025'
  });
  visitId = visit.id;
  const options = serviceOptions(site.sp(), localIdentity(), () => '2025-07-30T10:00:00.000Z', ['example.gov.uk']);
  service = await startService({
    ...options,
    notices: recordingNotices,
    port: 0,
    log: () => undefined,
    allowedOrigins: ['https://contoso.sharepoint.com']
  });
  // Both councillors send their forms through the one submission path, each escalating an issue.
  for (const [who, issue] of [
    [ANNA, 'Is travel time to placements paid?'],
    [BEN, 'Why are there two vacancies?']
  ]) {
    const sent = await new HttpFindingsApi(fetchAs(who), service.url).submit(visitId, {
      answers: { qualityStrengths: 'Reflective supervision.', escalationIssues: issue }
    });
    expect(sent.request?.responderEmail).toBe(HOS);
  }
  const all = await requests().forVisit(visitId);
  annaRequest = all.find((r) => r.request.includes('travel time')) as Stored<HeadOfServiceRequest>;
  benRequest = all.find((r) => r.request.includes('vacancies')) as Stored<HeadOfServiceRequest>;
  expect(await visitStatus()).toBe('FindingsReturned');
});
afterAll(async () => {
  await service?.close();
  await site?.close();
});

describe('the requests API', () => {
  it('refuses everyone but the head of service and their delegate, with a message, and changes nothing', async () => {
    const before = await requests().get(annaRequest.id);
    for (const who of [OTHER_HOS, ANNA, SM, STRANGER, OFFICER]) {
      for (const attempt of [
        () => as(who).respond(annaRequest.id, 'Yes.'),
        () => as(who).delegate(annaRequest.id, DEPUTY),
        () => as(who).ask(annaRequest.id, 'Which placements?')
      ]) {
        const e = await attempt().catch((err: unknown) => err);
        expect([who, e]).toEqual([who, expect.any(AccessDeniedError)]);
        expect((e as Error).message).toMatch(/Only the head of service for Court Team or the person they delegated to/);
      }
    }
    const anonymous = await raw(`/api/requests/${annaRequest.id}/respond`, JSON.stringify({ response: 'Yes.' }), null);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { message: string } }).error.message).toMatch(/Sign in/);
    await expect(as(undefined).respond(annaRequest.id, 'Yes.')).rejects.toBeInstanceOf(AccessDeniedError);
    const after = await requests().get(annaRequest.id);
    expect(after).toEqual(before);
    expect(notices).toEqual([]);
  });

  it('answers bad input with a 400 that says what is allowed, never a 5xx', async () => {
    const id = annaRequest.id;
    const cases: [string, string, number, string][] = [
      [`/api/requests/abc/respond`, JSON.stringify({ response: 'Yes.' }), 400, 'not a request id'],
      [`/api/requests/0/respond`, JSON.stringify({ response: 'Yes.' }), 400, 'not a request id'],
      [`/api/requests/1e3/respond`, JSON.stringify({ response: 'Yes.' }), 400, 'not a request id'],
      [`/api/requests/${id}/respond`, '{not json', 400, 'not valid JSON'],
      [`/api/requests/${id}/respond`, '[]', 400, '"response" as text'],
      [`/api/requests/${id}/respond`, JSON.stringify({}), 400, '"response" is required, as text'],
      [`/api/requests/${id}/respond`, JSON.stringify({ response: 42 }), 400, '"response" is required, as text'],
      [`/api/requests/${id}/respond`, JSON.stringify({ response: '   ' }), 400, 'Please write a response'],
      [`/api/requests/${id}/respond`, JSON.stringify({ response: 'x'.repeat(4001) }), 400, 'the most is 4000'],
      [
        `/api/requests/${id}/delegate`,
        JSON.stringify({ delegateEmail: null }),
        400,
        '"delegateEmail" is required, as text'
      ],
      [
        `/api/requests/${id}/delegate`,
        JSON.stringify({ delegateEmail: 'not an address' }),
        400,
        'e-mail address of the person to delegate to'
      ],
      [`/api/requests/${id}/ask`, JSON.stringify({ question: ['a'] }), 400, '"question" is required, as text'],
      [`/api/requests/${id}/ask`, JSON.stringify({ question: 'x'.repeat(1001) }), 400, 'the most is 1000'],
      [`/api/requests/${id}/ask`, JSON.stringify({ question: 'x'.repeat(70 * 1024) }), 413, 'too large'],
      [`/api/requests/999999/respond`, JSON.stringify({ response: 'Yes.' }), 404, 'not found'],
      [`/api/requests/${id}/approve`, JSON.stringify({ response: 'Yes.' }), 404, 'No such requests API call'],
      [`/api/requests`, '{}', 404, 'No such requests API call']
    ];
    for (const [path, body, status, text] of cases) {
      const reply = await raw(path, body);
      expect([path, body.slice(0, 40), reply.status]).toEqual([path, body.slice(0, 40), status]);
      expect(reply.headers.get('content-type')).toMatch(/json/);
      expect(((await reply.json()) as { error: { message: string } }).error.message).toContain(text);
    }
    const get = await fetch(`${service.url}/api/requests/${id}/respond`, { headers: { 'X-Frontline-User': HOS } });
    expect(get.status).toBe(404);
    expect(await requests().get(id)).toEqual(annaRequest);
  });

  it('lets the SharePoint origin call it across origins, and no other', async () => {
    const preflight = (origin: string): Promise<Response> =>
      fetch(`${service.url}/api/requests/${annaRequest.id}/respond`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type'
        }
      });
    const ok = await preflight('https://contoso.sharepoint.com');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://contoso.sharepoint.com');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it("takes the head of service's answer: the request is Responded, the councillor can read it, the visit waits for the other request", async () => {
    const r = await as(HOS).respond(annaRequest.id, 'Yes: travel time is paid from the office.');
    expect(r).toMatchObject({ outcome: 'done', visitStatus: 'FindingsReturned', teamsMessage: 'sent' });
    expect(r.request).toMatchObject({
      id: annaRequest.id,
      status: 'Responded',
      responderEmail: HOS,
      response: 'Yes: travel time is paid from the office.',
      respondedAt: '2025-07-30T10:00:00.000Z'
    });
    expect(notices).toEqual([{ action: 'responded', requestId: annaRequest.id }]);
    // Read with the councillor's own session: the answer is shared with her.
    expect(await new SpHeadOfServiceRequestRepository(site.sp(ANNA)).get(annaRequest.id)).toMatchObject({
      status: 'Responded',
      response: 'Yes: travel time is paid from the office.'
    });
    expect(await visitStatus()).toBe('FindingsReturned');
  });

  it('treats a repeated answer as already given, and refuses a different second answer', async () => {
    const again = await as(HOS).respond(annaRequest.id, 'Yes: travel time is paid from the office.');
    expect(again).toMatchObject({ outcome: 'already', request: { status: 'Responded' } });
    const changed = await as(HOS)
      .respond(annaRequest.id, 'Actually, no.')
      .catch((e: unknown) => e);
    expect(changed).toBeInstanceOf(DomainError);
    expect(changed).toMatchObject({
      code: 'AlreadyResponded',
      message: expect.stringMatching(/were answered on .*Contact the officer/)
    });
    expect((await requests().get(annaRequest.id)).response).toBe('Yes: travel time is paid from the office.');
  });

  it('refuses to delegate to someone outside the council, with a 400 that says who may be chosen', async () => {
    const before = await requests().get(benRequest.id);
    const reply = await raw(
      `/api/requests/${benRequest.id}/delegate`,
      JSON.stringify({ delegateEmail: 'friend@gmail.com' })
    );
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
    const e = await as(HOS)
      .delegate(benRequest.id, 'friend@gmail.com')
      .catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ValidationError);
    expect(await requests().get(benRequest.id)).toEqual(before);
    expect(
      await new SpFindingsRepository(site.sp('friend@gmail.com')).get(benRequest.findingsId).catch(() => undefined)
    ).toBeUndefined();
  });

  it('delegates to a council address; the delegate reads the form, asks the councillor, then answers and the visit is Responded', async () => {
    const d = await as(HOS).delegate(benRequest.id, DEPUTY);
    // The recording bot answers 'unreachable' for delegates: the page tells the head of service.
    expect(d).toMatchObject({
      outcome: 'done',
      request: { status: 'Delegated', responderEmail: DEPUTY },
      teamsMessage: 'not-delivered'
    });
    expect(await new SpFindingsRepository(site.sp(DEPUTY)).get(benRequest.findingsId)).toMatchObject({
      councillorEmail: BEN
    });
    // The form page, as the delegate sees it with their own session: not among the site's readers,
    // they read the request and the form but not the rota.
    const page = (who: string) =>
      escalationsService({ repos: spRepositories(site.sp(who)), api: as(who), config: FRONTLINE_2025, userEmail: who });
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
    expect(notices.map((n) => n.action)).toEqual([
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
      ...serviceOptions(site.sp(), localIdentity(), () => '2025-07-31T10:00:00.000Z', []),
      notices: { ...recordingNotices, responded: () => Promise.reject(new Error('Teams is down')) },
      port: 0,
      log: () => undefined
    });
    try {
      const other = spRepositories(site.sp());
      const v = await other.visits.get(visitId);
      const second = await other.visits.add({
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
