// What one sweep reads, in a fixed handful of list queries however many messages it sends: the
// visits that can send anything, every councillor and team, the forms of those visits, and the
// head-of-service requests of recently submitted forms and of visits awaiting or holding answers.
// Card builders then read from this snapshot.
import { RESPONSE_LOOKBACK_DAYS } from '../../core/notices/visitChanges';
import { AWAITING_RESPONSE } from '../../core/reminders';
import { ANSWERING_STATUSES, awaitsFindings, SUBMITTED_STATUSES } from '../../core/visitStatus';
import type {
  Councillor,
  Findings,
  HeadOfServiceRequest,
  IsoDateTime,
  Team,
  Visit,
  VisitStatus
} from '../../core/model';
import type { Repositories, Stored } from '../../core/ports/repositories';
import { normalizeEmail } from '../../core/email';

/** Statuses in which a visit can send anything: reminders, change notices or submission notices. */
const SWEPT: VisitStatus[] = [
  'Booked',
  'Briefed',
  'Visited',
  'FindingsReturned',
  'Responded',
  'Rearranged',
  'Cancelled'
];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SweepData {
  visits: Stored<Visit>[];
  councillors: Stored<Councillor>[];
  teams: Stored<Team>[];
  /** Every form of the visits awaiting or holding forms (drafts too: core ignores them). */
  findings: Stored<Findings>[];
  /** Submitted within the look-back, on a visit in SUBMITTED_STATUSES: their notices are sent if not yet. */
  recentSubmissions: Stored<Findings>[];
  /** The requests of the recent submissions' visits and of the visits in ANSWERING_STATUSES. */
  requests: Stored<HeadOfServiceRequest>[];
  /** Answered within the look-back (in the card, on the page or by the service): the councillor is sent the answer if not yet. */
  recentAnswers: Stored<HeadOfServiceRequest>[];
  /** Delegated, and asked for within the look-back: the delegate is sent the request if not yet. */
  recentDelegations: Stored<HeadOfServiceRequest>[];
  /** Awaiting the responder (Requested, Delegated, MoreInfoRequested), made within RESPONSE_LOOKBACK_DAYS. */
  openRequests: Stored<HeadOfServiceRequest>[];
}

export async function loadSweepData(repos: Repositories, now: IsoDateTime, lookbackDays: number): Promise<SweepData> {
  const [visits, councillors, teams] = await Promise.all([
    repos.visits.query({ statuses: SWEPT }),
    repos.councillors.all(),
    repos.teams.all()
  ]);
  const withForms = visits.filter((v) => awaitsFindings(v.status) || SUBMITTED_STATUSES.indexOf(v.status) >= 0);
  const findings = withForms.length ? await repos.findings.forVisits(withForms.map((v) => v.id)) : [];
  const since = Date.parse(now) - lookbackDays * DAY_MS;
  const statusOf = new Map(visits.map((v) => [v.id, v.status]));
  const recentSubmissions = findings.filter(
    (f) =>
      f.status === 'Submitted' &&
      !!f.submittedAt &&
      Date.parse(f.submittedAt) >= since &&
      SUBMITTED_STATUSES.indexOf(statusOf.get(f.visitId) as VisitStatus) >= 0
  );
  const requestVisits = unique([
    ...recentSubmissions.map((f) => f.visitId),
    // Visited too: a visit made by two councillors waits there while one form's issues await an answer.
    ...visits.filter((v) => ANSWERING_STATUSES.indexOf(v.status) >= 0 || v.status === 'Visited').map((v) => v.id)
  ]);
  const requests = requestVisits.length ? await repos.requests.forVisits(requestVisits) : [];
  const within = (at: string | undefined): boolean => !!at && Date.parse(at) >= since;
  const recentAnswers = requests.filter((r) => r.status === 'Responded' && within(r.respondedAt));
  const recentDelegations = requests.filter((r) => r.status === 'Delegated' && within(r.requestedAt));
  const openSince = Date.parse(now) - RESPONSE_LOOKBACK_DAYS * DAY_MS;
  const openRequests = requests.filter(
    (r) => AWAITING_RESPONSE.indexOf(r.status) >= 0 && Date.parse(r.requestedAt) >= openSince
  );
  return {
    visits,
    councillors,
    teams,
    findings,
    recentSubmissions,
    requests,
    recentAnswers,
    recentDelegations,
    openRequests
  };
}

/**
 * The repositories with reads answered from the snapshot where it has the item, so building a
 * card costs no extra list request. Writes and other reads go to the lists as before.
 */
export function snapshotRepos(repos: Repositories, data: SweepData): Repositories {
  const visitById = new Map(data.visits.map((v) => [v.id, v]));
  const teamById = new Map(data.teams.map((t) => [t.id, t]));
  const councillorByEmail = new Map(data.councillors.map((c) => [normalizeEmail(c.email), c]));
  const findingsById = new Map(data.findings.map((f) => [f.id, f]));
  return {
    ...repos,
    // A write (or its 412) makes the snapshot's copy stale: later reads of that item go to the list,
    // so a step that re-reads after a conflict (a visit moved on meanwhile) sees the change.
    visits: over(repos.visits, {
      get: async (id: number) => visitById.get(id) ?? repos.visits.get(id),
      update: (current, changes) => (visitById.delete(current.id), repos.visits.update(current, changes))
    }),
    teams: over(repos.teams, { get: async (id: number) => teamById.get(id) ?? repos.teams.get(id) }),
    councillors: over(repos.councillors, {
      byEmail: async (email: string) => councillorByEmail.get(normalizeEmail(email)) ?? repos.councillors.byEmail(email)
    }),
    findings: over(repos.findings, {
      get: async (id: number) => findingsById.get(id) ?? repos.findings.get(id),
      update: (current, ...rest) => (findingsById.delete(current.id), repos.findings.update(current, ...rest))
    })
  };
}

/** `target` with some methods replaced; the rest are the target's own (adapters are class instances, so no spread). */
function over<T extends object>(target: T, methods: Partial<T>): T {
  return Object.assign(Object.create(target) as T, methods);
}

function unique(ids: number[]): number[] {
  return ids.filter((id, i) => ids.indexOf(id) === i);
}
