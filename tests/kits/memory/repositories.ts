// The core repositories (core/ports/repositories.ts) over memory lists, with the SharePoint
// adapters' rules: e-mails stored lower case, the same unique keys (one form per councillor per
// visit, one request per form, one councillor per e-mail), keyed creates that return the existing
// item on a retry, the same orderings, and every lookup through an index.
import type { Councillor, Findings, HeadOfServiceRequest, QaActivity, Team, Visit } from '../../../src/core/model';
import type { Repositories, Stored, VisitQuery } from '../../../src/core/ports/repositories';
import { normalizeEmail } from '../../../src/core/email';
import { DuplicateValueError } from '../../../src/adapters/sp/errors';
import { findingsKey } from '../../../src/adapters/sp/mappers';
import { MemoryList } from './list';

/** Lower-cases the named e-mail fields that are present, as the lists' mappers do. */
function lowerFields<T>(...fields: (keyof T)[]): (value: Partial<T>) => Partial<T> {
  return (value) => {
    const out: Record<string, unknown> = { ...value };
    for (const f of fields)
      if (typeof out[f as string] === 'string') out[f as string] = normalizeEmail(out[f as string] as string);
    return out as Partial<T>;
  };
}

const lowerKeys = (r: Record<string, string> | undefined): Record<string, string> | undefined =>
  r && Object.fromEntries(Object.entries(r).map(([k, v]) => [normalizeEmail(k), v]));

export function repositoryLists() {
  return {
    teams: new MemoryList<Team>({
      noun: 'team',
      normalise: lowerFields<Team>('serviceManagerEmail', 'headOfServiceEmail')
    }),
    councillors: new MemoryList<Councillor>({
      noun: 'councillor',
      normalise: lowerFields<Councillor>('email'),
      unique: (c) => c.email,
      indexes: { aad: (c) => c.aadObjectId, active: (c) => String(c.active) }
    }),
    visits: new MemoryList<Visit>({
      noun: 'visit',
      normalise: (v) => {
        const out = lowerFields<Visit>('pointOfContactEmail')(v);
        if (v.councillorEmails) out.councillorEmails = v.councillorEmails.map(normalizeEmail);
        if (v.briefingAcknowledgements) out.briefingAcknowledgements = lowerKeys(v.briefingAcknowledgements);
        return out;
      },
      indexes: { team: (v) => v.teamId, status: (v) => v.status }
    }),
    qa: new MemoryList<QaActivity>({ noun: 'calendar entry' }),
    findings: new MemoryList<Findings>({
      noun: 'findings form',
      normalise: lowerFields<Findings>('councillorEmail'),
      unique: (f) => findingsKey(f.visitId, f.councillorEmail),
      indexes: { visit: (f) => f.visitId, councillor: (f) => f.councillorEmail, submission: (f) => f.submission }
    }),
    requests: new MemoryList<HeadOfServiceRequest>({
      noun: 'head of service request',
      normalise: lowerFields<HeadOfServiceRequest>('responderEmail'),
      unique: (r) => r.findingsId,
      indexes: { visit: (r) => r.visitId, responder: (r) => r.responderEmail }
    })
  };
}

export type RepositoryLists = ReturnType<typeof repositoryLists>;

/** Adds an item keyed by a unique column; on a retry, the item that holds the key. */
function createOnce<T>(add: () => Stored<T>, existing: () => Stored<T> | undefined): Stored<T> {
  try {
    return add();
  } catch (e) {
    const found = e instanceof DuplicateValueError ? existing() : undefined;
    if (!found) throw e;
    return found;
  }
}

/** Items of many visits: one index lookup per visit, in id order as the lists give them. */
function forVisitIds<T extends object>(list: MemoryList<T>, ids: number[]): Stored<T>[] {
  return Array.from(new Set(ids))
    .flatMap((id) => list.where('visit', id))
    .sort((a, b) => a.id - b.id);
}

const byVisitMonth = (a: Stored<Visit>, b: Stored<Visit>): number =>
  a.visitMonth < b.visitMonth ? -1 : a.visitMonth > b.visitMonth ? 1 : a.id - b.id;

function queryVisits(list: MemoryList<Visit>, q: VisitQuery): Stored<Visit>[] {
  const candidates =
    q.teamId !== undefined
      ? list.where('team', q.teamId)
      : q.statuses?.length
        ? Array.from(new Set(q.statuses)).flatMap((s) => list.where('status', s))
        : list.all();
  return candidates
    .filter(
      (v) =>
        (!q.statuses?.length || q.statuses.includes(v.status)) &&
        (!q.monthFrom || v.visitMonth >= q.monthFrom) &&
        (!q.monthTo || v.visitMonth <= q.monthTo)
    )
    .sort(byVisitMonth);
}

/** The Repositories port over the lists; `call` wraps each method (the store's call log and hooks). */
export function memoryRepositories(
  t: RepositoryLists,
  call: <R>(op: string, body: () => R) => Promise<R>
): Omit<Repositories, 'packDrafts' | 'packResponses'> {
  const c = call;
  const time = (iso: string): number => Date.parse(iso);
  return {
    teams: {
      all: () => c('teams.all', () => t.teams.all()),
      get: (id) => c('teams.get', () => t.teams.get(id)),
      add: (v) => c('teams.add', () => t.teams.add(v))
    },
    councillors: {
      all: (o) =>
        c('councillors.all', () =>
          (o?.activeOnly ? t.councillors.where('active', 'true') : t.councillors.all()).sort((a, b) =>
            a.name.localeCompare(b.name)
          )
        ),
      byEmail: (e) => c('councillors.byEmail', () => t.councillors.byUnique(normalizeEmail(e))),
      byAadObjectId: (id) => c('councillors.byAadObjectId', () => t.councillors.where('aad', id)[0]),
      add: (v) => c('councillors.add', () => t.councillors.add(v)),
      update: (cur, ch) => c('councillors.update', () => t.councillors.update(cur, ch))
    },
    visits: {
      query: (q = {}) => c('visits.query', () => queryVisits(t.visits, q)),
      get: (id) => c('visits.get', () => t.visits.get(id)),
      add: (v) => c('visits.add', () => t.visits.add(v)),
      update: (cur, ch) => c('visits.update', () => t.visits.update(cur, ch))
    },
    qa: {
      between: (from, to) =>
        c('qa.between', () =>
          t.qa
            .all()
            .filter((a) => time(a.start) <= time(to) && time(a.end) >= time(from))
            .sort((a, b) => time(a.start) - time(b.start) || a.id - b.id)
        ),
      add: (v) => c('qa.add', () => t.qa.add(v))
    },
    findings: {
      forVisit: (id) => c('findings.forVisit', () => t.findings.where('visit', id)),
      forVisits: (ids) => c('findings.forVisits', () => forVisitIds(t.findings, ids)),
      forCouncillor: (e) => c('findings.forCouncillor', () => t.findings.where('councillor', normalizeEmail(e))),
      get: (id) => c('findings.get', () => t.findings.get(id)),
      find: (v, e) => c('findings.find', () => t.findings.byUnique(findingsKey(v, e))),
      create: (f) =>
        c('findings.create', () =>
          createOnce(
            () => t.findings.add(f),
            () => t.findings.byUnique(findingsKey(f.visitId, f.councillorEmail))
          )
        ),
      update: (cur, ch) => c('findings.update', () => t.findings.update(cur, ch)),
      pendingSubmissions: () => c('findings.pendingSubmissions', () => t.findings.where('submission', 'Sending'))
    },
    requests: {
      forVisit: (id) => c('requests.forVisit', () => t.requests.where('visit', id)),
      forVisits: (ids) => c('requests.forVisits', () => forVisitIds(t.requests, ids)),
      forResponder: (e, s) =>
        c('requests.forResponder', () =>
          t.requests.where('responder', normalizeEmail(e)).filter((r) => !s?.length || s.includes(r.status))
        ),
      get: (id) => c('requests.get', () => t.requests.get(id)),
      create: (r) =>
        c('requests.create', () =>
          createOnce(
            () => t.requests.add(r),
            () => t.requests.byUnique(r.findingsId)
          )
        ),
      update: (cur, ch) => c('requests.update', () => t.requests.update(cur, ch))
    }
  };
}
