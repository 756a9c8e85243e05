/**
 * @jest-environment node
 */
// The findings API over HTTP, with the web part's own client, against the local list server: the
// service writes and shares with its identity; callers are who their header (or token) says.
import { preflight as corsPreflight } from './preflight';
import { courtVisit, seedCourtTeam } from './courtTeam';
import { startSite, type Site, OFFICER } from '../adapters/sp/harness';
import {
  spRepositories,
  SpFindingsRepository,
  SpHeadOfServiceRequestRepository
} from '../../src/adapters/sp/repositories';
import { HttpFindingsApi, type ApiFetch } from '../../src/adapters/service/findingsApi';
import { startService, type ServiceHandle } from '../../src/service/app';
import { localIdentity } from '../../src/service/identity';
import { serviceOptions } from '../../src/node/service';
import { AccessDeniedError, ConflictError, DomainError } from '../../src/core/errors';
import { ValidationError } from '../../src/core/services/errors';
import { londonInstant } from '../../src/core/time/london';
import { fixedProcess } from '../kits/fixedProcess';

const ANNA = 'cllr.anna@example.gov.uk';
const BEN = 'cllr.ben@example.gov.uk';
const SM = 'sm.court@example.gov.uk';
const HOS = 'hos.court@example.gov.uk';

let site: Site;
let service: ServiceHandle;
let visitId: number;

/** The client as a browser in the local workbench uses it: fetch plus the identity header. */
const as = (user?: string): HttpFindingsApi => {
  const fetchAs: ApiFetch = (url, init) =>
    fetch(url, { ...init, headers: { ...init.headers, ...(user ? { 'X-Frontline-User': user } : {}) } });
  return new HttpFindingsApi(fetchAs, service.url);
};
const raw = (path: string, body: string, user = ANNA): Promise<Response> =>
  fetch(service.url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Frontline-User': user },
    body
  });

beforeAll(async () => {
  // The council's people are site visitors, as `npm start` makes them: they reach the site, not each other's forms.
  site = await startSite({ groupMembers: { visitors: [ANNA, BEN, SM, HOS] } });
  const repos = spRepositories(site.sp());
  const team = await seedCourtTeam(repos, { sm: SM, hos: HOS });
  const visit = await repos.visits.add(courtVisit(team, [ANNA]));
  visitId = visit.id;
  service = await startService({
    ...serviceOptions(site.sp(), localIdentity(), fixedProcess(), () => '2025-07-28T10:00:00.000Z'),
    port: 0,
    log: () => undefined,
    allowedOrigins: ['https://contoso.sharepoint.com']
  });
});
afterAll(async () => {
  await service?.close();
  await site?.close();
});

describe('the findings API', () => {
  let etag: string;

  it("saves a councillor's first draft and shares it with them alone", async () => {
    const saved = await as(ANNA).saveDraft(visitId, {
      answers: { qualityStrengths: 'Warm, <b>child-focused</b> practice.' }
    });
    expect(saved.findings).toMatchObject({ status: 'Draft', councillorEmail: ANNA, channel: 'SharePoint' });
    etag = saved.findings.etag;
    const mine = await new SpFindingsRepository(site.sp(ANNA)).find(visitId, ANNA);
    expect(mine?.answers.qualityStrengths).toBe('Warm, <b>child-focused</b> practice.');
    expect(await new SpFindingsRepository(site.sp(SM)).find(visitId, ANNA)).toBeUndefined();
  });

  it('refuses a save from a stale copy of the draft, and keeps the newer one', async () => {
    const newer = await as(ANNA).saveDraft(visitId, { answers: { qualityStrengths: 'Second device' }, etag });
    await expect(
      as(ANNA).saveDraft(visitId, { answers: { qualityStrengths: 'Stale tab' }, etag })
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await new SpFindingsRepository(site.sp()).find(visitId, ANNA))?.answers.qualityStrengths).toBe(
      'Second device'
    );
    etag = newer.findings.etag;
  });

  it('gives field errors from core validation and writes nothing', async () => {
    const e = await as(ANNA)
      .saveDraft(visitId, { answers: { qualityStrengths: 'x'.repeat(10001) }, etag })
      .catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).errors.map((m) => m.questionId)).toEqual(['qualityStrengths']);
    expect((await new SpFindingsRepository(site.sp()).find(visitId, ANNA))?.etag).toBe(etag);
  });

  it("refuses anyone writing another councillor's form, and anyone not signed in", async () => {
    await expect(
      as(BEN).saveDraft(visitId, { councillorEmail: ANNA, answers: { qualityStrengths: 'forged' } })
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      as(BEN).saveDraft(visitId, { answers: { qualityStrengths: 'not on this visit' } })
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      as(SM).submit(visitId, { councillorEmail: ANNA, answers: { qualityStrengths: 'forged' } })
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(as(undefined).submit(visitId, { answers: { qualityStrengths: 'anonymous' } })).rejects.toBeInstanceOf(
      AccessDeniedError
    );
    expect(
      (await new SpFindingsRepository(site.sp()).forVisit(visitId)).map((f) => f.answers.qualityStrengths)
    ).toEqual(['Second device']);
  });

  it('submits through the one core path: shared, head of service asked, visit moved on; a retry changes nothing', async () => {
    const answers = { qualityStrengths: 'Second device', escalationIssues: 'Is travel time to placements paid?' };
    const sent = await as(ANNA).submit(visitId, { answers });
    expect(sent.outcome).toBe('submitted');
    expect(sent.visitStatus).toBe('FindingsReturned');
    expect([...sent.sharedWith].sort()).toEqual([ANNA, HOS, SM].sort());
    expect(sent.request?.responderEmail).toBe(HOS);
    expect((await new SpFindingsRepository(site.sp(SM)).find(visitId, ANNA))?.status).toBe('Submitted');
    expect((await new SpHeadOfServiceRequestRepository(site.sp(HOS)).forVisit(visitId)).map((r) => r.request)).toEqual([
      expect.stringContaining('travel time')
    ]);

    const again = await as(ANNA).submit(visitId, {
      answers: { ...answers, qualityStrengths: 'changed after sending' }
    });
    expect(again).toMatchObject({ outcome: 'already-submitted', ignoredChanges: true });
    expect(await new SpHeadOfServiceRequestRepository(site.sp()).forVisit(visitId)).toHaveLength(1);
    await expect(as(ANNA).saveDraft(visitId, { answers })).rejects.toMatchObject({ code: 'AlreadySubmitted' });
  });

  it('lets an officer enter a form a councillor sent by e-mail', async () => {
    const repos = spRepositories(site.sp());
    const v = await repos.visits.get(visitId);
    const second = await repos.visits.add({
      ...v,
      title: 'Court Team - August 2025',
      councillorEmails: [BEN],
      status: 'Visited',
      visitStart: londonInstant('2025-07-25', '10:00')
    });
    const sent = await as(OFFICER).submit(second.id, {
      councillorEmail: BEN,
      answers: { experienceStrengths: "From Cllr Bold's e-mail of 26 July." }
    });
    expect(sent.findings).toMatchObject({ councillorEmail: BEN, status: 'Submitted', channel: 'SharePoint' });
    expect(sent.request).toBeUndefined();
  });

  it('answers bad requests with clear JSON errors', async () => {
    const cases: [string, string, number, string][] = [
      [`/api/findings/${visitId}/draft`, '{not json', 400, 'not valid JSON'],
      [`/api/findings/${visitId}/draft`, JSON.stringify({ answers: 'text' }), 400, '"answers" must be an object'],
      [
        `/api/findings/${visitId}/draft`,
        JSON.stringify({ answers: { qualityStrengths: { nested: true } } }),
        400,
        'must be text or a number'
      ],
      ['/api/findings/abc/draft', JSON.stringify({ answers: {} }), 400, 'not a visit id'],
      ['/api/findings/999999/draft', JSON.stringify({ answers: {} }), 404, ''],
      [`/api/findings/${visitId}/publish`, JSON.stringify({ answers: {} }), 404, 'No such findings API call'],
      [`/api/findings/${visitId}/draft`, JSON.stringify({ answers: { a: 'x'.repeat(600 * 1024) } }), 413, 'too large']
    ];
    for (const [path, body, status, text] of cases) {
      const reply = await raw(path, body);
      expect([path, reply.status]).toEqual([path, status]);
      expect(((await reply.json()) as { error: { message: string } }).error.message).toContain(text);
    }
  });

  it('lets the SharePoint origin call it across origins, and no other', async () => {
    const preflight = (origin: string): Promise<Response> =>
      corsPreflight(`${service.url}/api/findings/${visitId}/draft`, origin);
    const ok = await preflight('https://contoso.sharepoint.com');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://contoso.sharepoint.com');
    expect(ok.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reports an unreachable service without losing what was typed', async () => {
    const down = new HttpFindingsApi((url, init) => fetch(url, init), 'http://127.0.0.1:9');
    await expect(down.saveDraft(visitId, { answers: { qualityStrengths: 'kept' } })).rejects.toEqual(
      expect.any(DomainError)
    );
  });
});
