// The world the requests API tests run in: a provisioned local list server with one team's visit
// on which two councillors sent forms through the findings API, each escalating an issue to the head
// of service; the Frontline service in front of it with a recording stand-in for the bot.
import { courtVisit, seedCourtTeam } from './courtTeam';
import { startSite, type Site, OFFICER } from '../adapters/sp/harness';
import { provision } from '../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../src/adapters/sp/provision/permissions';
import { spRepositories, SpHeadOfServiceRequestRepository } from '../../src/adapters/sp/repositories';
import { HttpFindingsApi, type ApiFetch } from '../../src/adapters/service/findingsApi';
import { HttpRequestsApi } from '../../src/adapters/service/requestsApi';
import { startService, type ServiceHandle } from '../../src/service/app';
import type { HosActionNotices, NoticeOutcome } from '../../src/service/requestsRoutes';
import { localIdentity } from '../../src/service/identity';
import { serviceOptions } from '../../src/node/service';
import type { HeadOfServiceRequest, VisitStatus } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { fixedProcess } from '../kits/fixedProcess';

export { OFFICER };
export const ANNA = 'cllr.anna@example.gov.uk';
export const BEN = 'cllr.ben@example.gov.uk';
export const SM = 'sm.court@example.gov.uk';
export const HOS = 'hos.court@example.gov.uk';
export const OTHER_HOS = 'hos.fostering@example.gov.uk';
/** Not on the site, but at the council's domain (the service is given example.gov.uk). */
export const DEPUTY = 'deputy.hos@example.gov.uk';
export const STRANGER = 'someone@elsewhere.org';
export const NOW = '2025-07-30T10:00:00.000Z';

export interface RequestsWorld {
  site: Site;
  service: ServiceHandle;
  visitId: number;
  /** Anna's and Ben's escalated issues, as first stored. */
  annaRequest: Stored<HeadOfServiceRequest>;
  benRequest: Stored<HeadOfServiceRequest>;
  /** What the service asked the bot to send, in order. */
  notices: { action: string; requestId: number }[];
  /** The bot's stand-in: records, and says the delegate's card could not be delivered. */
  recordingNotices: HosActionNotices;
}

export const fetchAs =
  (user?: string): ApiFetch =>
  (url, init) =>
    fetch(url, { ...init, headers: { ...init.headers, ...(user ? { 'X-Frontline-User': user } : {}) } });

async function start(): Promise<RequestsWorld> {
  const site = await startSite();
  // As on a tenant: councillors, service managers and heads of service in the site's Visitors group.
  await provision(site.sp(), {
    ...DEFAULT_PERMISSION_PLAN,
    officers: [OFFICER],
    readers: [ANNA, BEN, SM, HOS, OTHER_HOS]
  });
  const repos = spRepositories(site.sp());
  const team = await seedCourtTeam(repos, { sm: SM, hos: HOS });
  await repos.teams.add({
    name: 'Fostering Team',
    area: 'Placements',
    serviceManagerEmail: 'sm.fostering@example.gov.uk',
    headOfServiceEmail: OTHER_HOS,
    location: 'Sandbach'
  });
  const visit = await repos.visits.add(courtVisit(team, [ANNA, BEN]));
  const notices: RequestsWorld['notices'] = [];
  const record = (action: string, requestId: number, outcome: NoticeOutcome): NoticeOutcome => (
    notices.push({ action, requestId }),
    outcome
  );
  const recordingNotices: HosActionNotices = {
    responded: async (r) => record('responded', r.request.id, 'sent'),
    delegated: async (r) => record('delegated', r.request.id, 'unreachable'),
    asked: async (r) => record('asked', r.request.id, 'sent')
  };
  const options = serviceOptions(site.sp(), localIdentity(), fixedProcess(['example.gov.uk']), () => NOW);
  const service = await startService({
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
    const sent = await new HttpFindingsApi(fetchAs(who), service.url).submit(visit.id, {
      answers: { qualityStrengths: 'Reflective supervision.', escalationIssues: issue }
    });
    if (sent.request?.responderEmail !== HOS)
      throw new Error(`${who}'s form did not ask the head of service for a response`);
  }
  const all = await new SpHeadOfServiceRequestRepository(site.sp()).forVisit(visit.id);
  const find = (text: string) => all.find((r) => r.request.includes(text)) as Stored<HeadOfServiceRequest>;
  return {
    site,
    service,
    visitId: visit.id,
    annaRequest: find('travel time'),
    benRequest: find('vacancies'),
    notices,
    recordingNotices
  };
}

/** One world for a test file: started before its tests, closed after; returns a getter and helpers. */
export function useRequestsWorld() {
  let world: RequestsWorld | undefined;
  beforeAll(async () => {
    world = await start();
  }, 60000);
  afterAll(async () => {
    await world?.service.close();
    await world?.site.close();
  });
  const w = (): RequestsWorld => {
    if (!world) throw new Error('The requests world did not start; see the beforeAll error above.');
    return world;
  };
  return {
    w,
    /** The web part's client as `user` (none: anonymous). */
    as: (user?: string): HttpRequestsApi => new HttpRequestsApi(fetchAs(user), w().service.url),
    /** A raw POST; `null`: no identity header at all (anonymous). */
    raw: (path: string, body: string, user: string | null = HOS): Promise<Response> =>
      fetch(w().service.url + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(user ? { 'X-Frontline-User': user } : {}) },
        body
      }),
    /** The requests as the service's own identity reads them. */
    requests: () => new SpHeadOfServiceRequestRepository(w().site.sp()),
    visitStatus: async (): Promise<VisitStatus> => (await spRepositories(w().site.sp()).visits.get(w().visitId)).status
  };
}
