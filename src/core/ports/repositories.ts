// Ports for the list-backed stores. The @pnp/sp adapters implement them for SharePoint Online and
// the local list server alike; web parts, the bot and jobs depend only on these interfaces.
import type { PackDraftStore } from '../pack/drafts';
import type { PackResponseStore } from '../pack/responses';
import type {
  Councillor,
  Findings,
  HeadOfServiceRequest,
  IsoDateTime,
  QaActivity,
  Team,
  Visit,
  VisitStatus,
  YearMonth
} from '../model';

/** A stored item with the ETag it was read at, so an update can refuse to overwrite a newer change. */
export type Stored<T> = T & { id: number; etag: string };

export interface VisitQuery {
  statuses?: VisitStatus[];
  /** Planned months in [monthFrom, monthTo]. */
  monthFrom?: YearMonth;
  monthTo?: YearMonth;
  teamId?: number;
}

export interface VisitRepository {
  query(query?: VisitQuery): Promise<Stored<Visit>[]>;
  get(id: number): Promise<Stored<Visit>>;
  add(visit: Omit<Visit, 'id'>): Promise<Stored<Visit>>;
  /** Writes `changes` over `current`; throws ConflictError when someone changed it since it was read. */
  update(current: Stored<Visit>, changes: Partial<Omit<Visit, 'id'>>): Promise<Stored<Visit>>;
}

export interface CouncillorRepository {
  all(options?: { activeOnly?: boolean }): Promise<Stored<Councillor>[]>;
  byEmail(email: string): Promise<Stored<Councillor> | undefined>;
  byAadObjectId(aadObjectId: string): Promise<Stored<Councillor> | undefined>;
  add(councillor: Councillor): Promise<Stored<Councillor>>;
  update(current: Stored<Councillor>, changes: Partial<Councillor>): Promise<Stored<Councillor>>;
}

export interface TeamRepository {
  all(): Promise<Stored<Team>[]>;
  get(id: number): Promise<Stored<Team>>;
  add(team: Omit<Team, 'id'>): Promise<Stored<Team>>;
}

export interface QaCalendarRepository {
  /** Activity overlapping [from, to]. */
  between(from: IsoDateTime, to: IsoDateTime): Promise<Stored<QaActivity>[]>;
  add(activity: QaActivity): Promise<Stored<QaActivity>>;
}

export interface FindingsRepository {
  forVisit(visitId: number): Promise<Stored<Findings>[]>;
  /** The forms of many visits in one read (dashboards, packs). */
  forVisits(visitIds: number[]): Promise<Stored<Findings>[]>;
  forCouncillor(email: string): Promise<Stored<Findings>[]>;
  get(id: number): Promise<Stored<Findings>>;
  /** The one form of this councillor for this visit, if any. */
  find(visitId: number, councillorEmail: string): Promise<Stored<Findings> | undefined>;
  /**
   * Creates the form, or returns the existing one: keyed by visit and councillor, so a retried
   * create never makes a second form.
   */
  create(findings: Omit<Findings, 'id'>, title?: string): Promise<Stored<Findings>>;
  update(
    current: Stored<Findings>,
    changes: Partial<Omit<Findings, 'id' | 'visitId' | 'councillorEmail'>>
  ): Promise<Stored<Findings>>;
  /** Sent forms whose submission has not completed (SubmissionState 'Sending'): what a sweep resumes. */
  pendingSubmissions(): Promise<Stored<Findings>[]>;
}

export interface HeadOfServiceRequestRepository {
  forVisit(visitId: number): Promise<Stored<HeadOfServiceRequest>[]>;
  forVisits(visitIds: number[]): Promise<Stored<HeadOfServiceRequest>[]>;
  forResponder(email: string, statuses?: HeadOfServiceRequest['status'][]): Promise<Stored<HeadOfServiceRequest>[]>;
  get(id: number): Promise<Stored<HeadOfServiceRequest>>;
  /** One request per findings form: a retried create returns the existing request. */
  create(request: Omit<HeadOfServiceRequest, 'id'>): Promise<Stored<HeadOfServiceRequest>>;
  update(
    current: Stored<HeadOfServiceRequest>,
    changes: Partial<Omit<HeadOfServiceRequest, 'id' | 'findingsId'>>
  ): Promise<Stored<HeadOfServiceRequest>>;
}

/** Audit trail entry: who changed which fields of an item, and when (SharePoint version history). */
export interface AuditEntry {
  version: string;
  at: IsoDateTime;
  by: string;
  changes: { field: string; from: unknown; to: unknown }[];
}

export type AuditedList = 'visits' | 'findings' | 'responses';

/** Who changed what, and when, for the lists whose changes are audited. */
export interface AuditTrail {
  history(list: AuditedList, id: number): Promise<AuditEntry[]>;
}

/** Every list-backed store, as one set: what a composition root hands to web parts, the bot and jobs. */
export interface Repositories {
  teams: TeamRepository;
  councillors: CouncillorRepository;
  visits: VisitRepository;
  qa: QaCalendarRepository;
  findings: FindingsRepository;
  requests: HeadOfServiceRequestRepository;
  /** The committee pack's service response per meeting (officers; the dashboard). */
  packResponses?: PackResponseStore;
  /** The committee pack draft per meeting (officers; the dashboard and `npm run pack`). */
  packDrafts?: PackDraftStore;
}
