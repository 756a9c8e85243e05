// Every filter the repositories use, on lists past SharePoint's 5,000-item list view threshold,
// against the threshold-enforcing server; and proof that the server would refuse an unindexed one.
import { startSite, type Site } from './harness';
import { LIST } from '../../../src/lists/schema';
import {
  councillorMapper,
  findingsMapper,
  qaMapper,
  requestMapper,
  teamMapper,
  visitMapper,
  type Item,
  type Mapper
} from '../../../src/adapters/sp/mappers';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { SpRotaReader } from '../../../src/adapters/sp/rotaReader';
import type { VisitStatus } from '../../../src/core/model';

const N = 5200;
let site: Site;

function rows<T>(mapper: Mapper<T>, make: (i: number) => T & { title?: string; name?: string }): Item[] {
  return Array.from({ length: N }, (_, i) => {
    const value = make(i);
    return { ...mapper.toItem(value), Title: value.title ?? value.name ?? `Item ${i}` };
  });
}

const STATUSES: VisitStatus[] = ['Planned', 'Booked', 'Visited', 'Reported'];
const month = (i: number): string => `20${20 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')}`;

beforeAll(async () => {
  site = await startSite();
  const seedList = (title: string, items: Item[]): void => void site.server.seedItems(title, items);
  seedList(
    LIST.teams,
    rows(teamMapper, (i) => ({
      id: 0,
      name: `Team ${i}`,
      area: `Area ${i % 9}`,
      serviceManagerEmail: `sm${i}@x.gov.uk`,
      headOfServiceEmail: `hos${i % 7}@x.gov.uk`,
      location: 'Town Hall'
    }))
  );
  seedList(
    LIST.councillors,
    rows(councillorMapper, (i) => ({
      name: `Cllr ${i}`,
      email: `c${i}@x.gov.uk`,
      aadObjectId: `aad-${i}`,
      committees: ['Children and Families Committee'],
      secondVisitVolunteer: false,
      active: i % 3 !== 0
    }))
  );
  seedList(
    LIST.visits,
    rows(visitMapper, (i) => ({
      id: 0,
      title: `Visit ${i}`,
      teamId: i % 400,
      area: 'A',
      visitMonth: month(i),
      durationMinutes: 150,
      councillorEmails: [`c${i}@x.gov.uk`],
      committee: 'Children and Families Committee',
      status: STATUSES[i % 4],
      formTemplate: 'frontline-2025'
    }))
  );
  seedList(
    LIST.qa,
    rows(qaMapper, (i) => ({
      title: `QA ${i}`,
      kind: 'Audit' as const,
      start: new Date(Date.UTC(2020, 0, 1 + i)).toISOString(),
      end: new Date(Date.UTC(2020, 0, 2 + i)).toISOString(),
      areas: []
    }))
  );
  seedList(
    LIST.findings,
    rows(findingsMapper, (i) => ({
      visitId: i % 1000,
      councillorEmail: `c${i}@x.gov.uk`,
      status: 'Submitted' as const,
      channel: 'Teams' as const,
      templateId: 'frontline-2025',
      answers: { qualityStrengths: `s${i}` }
    }))
  );
  seedList(
    LIST.responses,
    rows(requestMapper, (i) => ({
      findingsId: i + 1,
      visitId: i % 1000,
      responderEmail: `hos${i % 7}@x.gov.uk`,
      status: i % 2 ? ('Requested' as const) : ('Responded' as const),
      request: 'q',
      requestedAt: '2025-07-30T16:00:00.000Z'
    }))
  );
}, 120000);
afterAll(() => site?.close());

describe(`repositories on lists of ${N} items`, () => {
  it('the server really enforces the threshold: an unindexed filter is refused', async () => {
    const list = site.sp().web.lists.getByTitle(LIST.visits);
    await expect(list.items.filter("PointOfContactEmail eq 'x@x.gov.uk'")()).rejects.toThrow(/list view threshold/);
  });

  it('visits: by status, month range, team, and all pages', async () => {
    const visits = spRepositories(site.sp()).visits;
    expect(await visits.query()).toHaveLength(N);
    expect(await visits.query({ statuses: ['Booked'] })).toHaveLength(N / 4);
    const team7 = await visits.query({ teamId: 7 });
    expect(team7.length).toBeGreaterThan(0);
    expect(team7.filter((v) => v.teamId !== 7)).toEqual([]);
    const range = await visits.query({ monthFrom: '2021-01', monthTo: '2021-03', statuses: ['Booked', 'Reported'] });
    expect(range.length).toBeGreaterThan(0);
    expect(range.every((v) => v.visitMonth >= '2021-01' && v.visitMonth <= '2021-03')).toBe(true);
  });

  it('councillors: by e-mail, by Entra id, active only', async () => {
    const repo = spRepositories(site.sp()).councillors;
    expect((await repo.byEmail('C5100@x.gov.uk'))?.name).toBe('Cllr 5100');
    expect((await repo.byAadObjectId('aad-4999'))?.email).toBe('c4999@x.gov.uk');
    expect(await repo.all({ activeOnly: true })).toHaveLength(N - Math.ceil(N / 3));
  });

  it('teams, QA calendar, findings and head-of-service requests', async () => {
    expect(await spRepositories(site.sp()).teams.all()).toHaveLength(N);
    expect(await spRepositories(site.sp()).qa.between('2020-01-10T12:00:00Z', '2020-01-12T12:00:00Z')).toHaveLength(3);
    const findings = spRepositories(site.sp()).findings;
    expect(await findings.forVisit(42)).toHaveLength(Math.ceil((N - 42) / 1000));
    expect((await findings.forCouncillor('c17@x.gov.uk')).length).toBeGreaterThan(0);
    expect((await findings.find(5, 'c5@x.gov.uk'))?.visitId).toBe(5);
    // A year's visits are a narrow id range, so the dashboard's one read stays under the threshold.
    expect((await findings.forVisits([40, 45, 60])).every((f) => [40, 45, 60].includes(f.visitId))).toBe(true);
    expect(await findings.forVisits([40, 45, 60])).toHaveLength(3 * Math.ceil((N - 60) / 1000));
    const requests = spRepositories(site.sp()).requests;
    const requested = await requests.forResponder('hos3@x.gov.uk', ['Requested']);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((r) => r.status !== 'Requested')).toEqual([]);
    expect((await requests.forVisit(9)).length).toBeGreaterThan(0);
  });

  it('the rota view still loads a year from the large lists', async () => {
    const year = await new SpRotaReader(site.sp()).readYear('2021-05', '2022-04');
    expect(year.visits.length).toBeGreaterThan(0);
    expect(year.visits.every((v) => v.visitMonth >= '2021-05' && v.visitMonth <= '2022-04')).toBe(true);
    expect(year.teams).toHaveLength(N);
  });
});
