// The @pnp/sp repositories: thin over ListStore, with the filters each port needs. Every field a
// filter uses is indexed by provisioning (src/lists/schema.ts), so queries keep working past the
// 5,000-item list view threshold.
import { SpPackResponseStore } from './packResponses';
import { SpPackDraftStore } from './packDrafts';
import type { SPFI } from '@pnp/sp';
import type {
  Councillor,
  Findings,
  HeadOfServiceRequest,
  IsoDateTime,
  QaActivity,
  Team,
  Visit
} from '../../core/model';
import type {
  CouncillorRepository,
  FindingsRepository,
  HeadOfServiceRequestRepository,
  QaCalendarRepository,
  Repositories,
  Stored,
  TeamRepository,
  VisitQuery,
  VisitRepository
} from '../../core/ports/repositories';
import { LIST } from '../../lists/schema';
import { DuplicateValueError } from './errors';
import { ListStore } from './listStore';
import {
  councillorMapper,
  findingsKey,
  findingsMapper,
  qaMapper,
  requestMapper,
  teamMapper,
  visitMapper
} from './mappers';
import { odataDate, odataString } from './values';
import { normalizeEmail } from '../../core/email';

const and = (parts: (string | undefined)[]): string | undefined => {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length ? kept.map((p) => `(${p})`).join(' and ') : undefined;
};
/**
 * Items for a set of visits in one query: an indexed VisitId range, trimmed to the set here, so the
 * filter stays short however many visits a dashboard shows.
 */
async function forVisitIds<T extends { visitId: number }>(store: ListStore<T>, ids: number[]): Promise<Stored<T>[]> {
  if (!ids.length) return [];
  const wanted = new Set(ids);
  const items = await store.query(`VisitId ge ${Math.min(...ids)} and VisitId le ${Math.max(...ids)}`);
  return items.filter((i) => wanted.has(i.visitId));
}

/** Adds an item keyed by a unique field; if a retry finds the key taken, returns the item that holds it. */
async function createOnce<T>(
  add: () => Promise<Stored<T>>,
  existing: () => Promise<Stored<T> | undefined>
): Promise<Stored<T>> {
  try {
    return await add();
  } catch (e) {
    // The unique key refused a second copy: the first try made the item, so return it.
    if (!(e instanceof DuplicateValueError)) throw e;
    const found = await existing();
    if (!found) throw e;
    return found;
  }
}

const anyOf = (field: string, values: string[]): string =>
  values.map((v) => `${field} eq ${odataString(v)}`).join(' or ');

export class SpVisitRepository implements VisitRepository {
  private readonly store: ListStore<Visit>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.visits, visitMapper, 'visit');
  }
  public query(q: VisitQuery = {}): Promise<Stored<Visit>[]> {
    const filter = and([
      q.statuses?.length ? anyOf('Status', q.statuses) : undefined,
      q.monthFrom ? `VisitMonth ge ${odataString(q.monthFrom)}` : undefined,
      q.monthTo ? `VisitMonth le ${odataString(q.monthTo)}` : undefined,
      q.teamId !== undefined ? `TeamId eq ${q.teamId}` : undefined
    ]);
    return this.store.query(filter, { field: 'VisitMonth' });
  }
  public get(id: number): Promise<Stored<Visit>> {
    return this.store.get(id);
  }
  public add(visit: Omit<Visit, 'id'>): Promise<Stored<Visit>> {
    return this.store.add(visit, visit.title);
  }
  public update(current: Stored<Visit>, changes: Partial<Omit<Visit, 'id'>>): Promise<Stored<Visit>> {
    return this.store.update(current, changes, changes.title);
  }
}

export class SpCouncillorRepository implements CouncillorRepository {
  private readonly store: ListStore<Councillor>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.councillors, councillorMapper, 'councillor');
  }
  public async all(options: { activeOnly?: boolean } = {}): Promise<Stored<Councillor>[]> {
    // Sorted here, not by $orderby on Title, which is not indexed.
    const all = await this.store.query(options.activeOnly ? 'Active eq 1' : undefined);
    return all.sort((a, b) => a.name.localeCompare(b.name));
  }
  public byEmail(email: string): Promise<Stored<Councillor> | undefined> {
    return this.store.first(`Email eq ${odataString(normalizeEmail(email))}`);
  }
  public byAadObjectId(aadObjectId: string): Promise<Stored<Councillor> | undefined> {
    return this.store.first(`AadObjectId eq ${odataString(aadObjectId)}`);
  }
  public add(councillor: Councillor): Promise<Stored<Councillor>> {
    return this.store.add(councillor, councillor.name);
  }
  public update(current: Stored<Councillor>, changes: Partial<Councillor>): Promise<Stored<Councillor>> {
    return this.store.update(current, changes, changes.name);
  }
}

export class SpTeamRepository implements TeamRepository {
  private readonly store: ListStore<Team>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.teams, teamMapper, 'team');
  }
  public all(): Promise<Stored<Team>[]> {
    return this.store.query(undefined, { field: 'ID' });
  }
  public get(id: number): Promise<Stored<Team>> {
    return this.store.get(id);
  }
  public add(team: Omit<Team, 'id'>): Promise<Stored<Team>> {
    return this.store.add(team, team.name);
  }
}

export class SpQaCalendarRepository implements QaCalendarRepository {
  private readonly store: ListStore<QaActivity>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.qa, qaMapper, 'calendar entry');
  }
  public between(from: IsoDateTime, to: IsoDateTime): Promise<Stored<QaActivity>[]> {
    return this.store.query(`Start le ${odataDate(to)} and End ge ${odataDate(from)}`, { field: 'Start' });
  }
  public add(activity: QaActivity): Promise<Stored<QaActivity>> {
    return this.store.add(activity, activity.title);
  }
}

export class SpFindingsRepository implements FindingsRepository {
  private readonly store: ListStore<Findings>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.findings, findingsMapper, 'findings form');
  }
  public forVisit(visitId: number): Promise<Stored<Findings>[]> {
    return this.store.query(`VisitId eq ${visitId}`);
  }
  public forVisits(visitIds: number[]): Promise<Stored<Findings>[]> {
    return forVisitIds(this.store, visitIds);
  }
  public forCouncillor(email: string): Promise<Stored<Findings>[]> {
    return this.store.query(`CouncillorEmail eq ${odataString(normalizeEmail(email))}`);
  }
  public get(id: number): Promise<Stored<Findings>> {
    return this.store.get(id);
  }
  public find(visitId: number, councillorEmail: string): Promise<Stored<Findings> | undefined> {
    return this.store.first(`FindingsKey eq ${odataString(findingsKey(visitId, councillorEmail))}`);
  }
  public create(findings: Omit<Findings, 'id'>, title?: string): Promise<Stored<Findings>> {
    return createOnce(
      () => this.store.add(findings, title ?? `Visit ${findings.visitId} - ${findings.councillorEmail}`),
      () => this.find(findings.visitId, findings.councillorEmail)
    );
  }
  public update(
    current: Stored<Findings>,
    changes: Partial<Omit<Findings, 'id' | 'visitId' | 'councillorEmail'>>
  ): Promise<Stored<Findings>> {
    return this.store.update(current, changes);
  }
  public pendingSubmissions(): Promise<Stored<Findings>[]> {
    return this.store.query("SubmissionState eq 'Sending'");
  }
}

export class SpHeadOfServiceRequestRepository implements HeadOfServiceRequestRepository {
  private readonly store: ListStore<HeadOfServiceRequest>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.responses, requestMapper, 'head of service request');
  }
  public forVisit(visitId: number): Promise<Stored<HeadOfServiceRequest>[]> {
    return this.store.query(`VisitId eq ${visitId}`);
  }
  public forVisits(visitIds: number[]): Promise<Stored<HeadOfServiceRequest>[]> {
    return forVisitIds(this.store, visitIds);
  }
  public forResponder(
    email: string,
    statuses?: HeadOfServiceRequest['status'][]
  ): Promise<Stored<HeadOfServiceRequest>[]> {
    return this.store.query(
      and([
        `ResponderEmail eq ${odataString(normalizeEmail(email))}`,
        statuses?.length ? anyOf('Status', statuses) : undefined
      ])
    );
  }
  public get(id: number): Promise<Stored<HeadOfServiceRequest>> {
    return this.store.get(id);
  }
  public create(request: Omit<HeadOfServiceRequest, 'id'>): Promise<Stored<HeadOfServiceRequest>> {
    return createOnce(
      () => this.store.add(request, `Response to findings ${request.findingsId}`),
      () => this.store.first(`FindingsId eq ${request.findingsId}`)
    );
  }
  public update(
    current: Stored<HeadOfServiceRequest>,
    changes: Partial<Omit<HeadOfServiceRequest, 'id' | 'findingsId'>>
  ): Promise<Stored<HeadOfServiceRequest>> {
    return this.store.update(current, changes);
  }
}

/** All the @pnp/sp repositories over one SPFI. */
export function spRepositories(sp: SPFI): Repositories {
  return {
    teams: new SpTeamRepository(sp),
    councillors: new SpCouncillorRepository(sp),
    visits: new SpVisitRepository(sp),
    qa: new SpQaCalendarRepository(sp),
    findings: new SpFindingsRepository(sp),
    requests: new SpHeadOfServiceRequestRepository(sp),
    packResponses: new SpPackResponseStore(sp),
    packDrafts: new SpPackDraftStore(sp)
  };
}
