// In-memory ports for the service specs: ETags and ConflictError like the lists, keyed creates,
// exact-role sharing, and hooks to crash or interfere before or after any call.
import { ConflictError, NotFoundError } from '../../../src/core/errors';
import type { Councillor, Findings, HeadOfServiceRequest, QaActivity, Team, Visit } from '../../../src/core/model';
import type { Repositories, Stored, VisitQuery } from '../../../src/core/ports/repositories';
import type { FindingsSharing, ShareGrant, ShareRole } from '../../../src/core/ports/sharing';
import { auditKey, type AuditLog, type AuditRecord } from '../../../src/core/ports/audit';

export interface Hooks {
  /** Runs before a call, e.g. to make someone else's change; throw to fail it. */
  before?: (op: string) => void | Promise<void>;
  /** Runs after a call has written; throw to simulate a crash after the write. */
  after?: (op: string) => void | Promise<void>;
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export class Table<T extends object> {
  public readonly rows = new Map<number, Stored<T>>();
  private nextId = 1;
  private version = 0;
  public constructor(private readonly noun: string) {}
  public all(): Stored<T>[] {
    return [...this.rows.values()].map(clone);
  }
  public get(id: number): Stored<T> {
    const row = this.rows.get(id);
    if (!row) throw new NotFoundError(`${this.noun} ${id} was not found.`);
    return clone(row);
  }
  public add(value: object): Stored<T> {
    const row = { ...clone(value), id: this.nextId++, etag: `"${++this.version}"` } as Stored<T>;
    this.rows.set(row.id, row);
    return clone(row);
  }
  public update(current: Stored<T>, changes: object): Stored<T> {
    const row = this.get(current.id);
    if (row.etag !== current.etag) throw new ConflictError(`Someone else changed ${this.noun} ${current.id}.`);
    const next = { ...row, ...clone(changes), id: row.id, etag: `"${++this.version}"` } as Stored<T>;
    for (const k of Object.keys(changes))
      if ((changes as Record<string, unknown>)[k] === undefined) delete (next as Record<string, unknown>)[k];
    this.rows.set(row.id, next);
    return clone(next);
  }
  /** Someone else's change, bypassing ETags. */
  public touch(id: number, changes: Partial<T>): Stored<T> {
    return this.update(this.get(id), changes);
  }
}

export class Memory {
  public hooks: Hooks = {};
  public readonly tables = {
    teams: new Table<Team>('team'),
    councillors: new Table<Councillor>('councillor'),
    visits: new Table<Visit>('visit'),
    qa: new Table<QaActivity>('calendar entry'),
    findings: new Table<Findings>('findings form'),
    requests: new Table<HeadOfServiceRequest>('request')
  };
  /** `findings:12` / `request:3` -> e-mail -> role. */
  public readonly grants = new Map<string, Map<string, ShareRole>>();
  public readonly calls: string[] = [];

  private async call<R>(op: string, body: () => R): Promise<R> {
    this.calls.push(op);
    await this.hooks.before?.(op);
    const result = body();
    await this.hooks.after?.(op);
    return result;
  }

  public repos(): Repositories {
    const t = this.tables;
    const c = <R>(op: string, body: () => R): Promise<R> => this.call(op, body);
    const lower = (e: string): string => e.trim().toLowerCase();
    return {
      teams: {
        all: () => c('teams.all', () => t.teams.all()),
        get: (id) => c('teams.get', () => t.teams.get(id)),
        add: (v) => c('teams.add', () => t.teams.add(v))
      },
      councillors: {
        all: (o) => c('councillors.all', () => t.councillors.all().filter((x) => !o?.activeOnly || x.active)),
        byEmail: (e) => c('councillors.byEmail', () => t.councillors.all().find((x) => x.email === lower(e))),
        byAadObjectId: (id) => c('councillors.byAad', () => t.councillors.all().find((x) => x.aadObjectId === id)),
        add: (v) => c('councillors.add', () => t.councillors.add(v)),
        update: (cur, ch) => c('councillors.update', () => t.councillors.update(cur, ch))
      },
      visits: {
        query: (q: VisitQuery = {}) =>
          c('visits.query', () =>
            t.visits
              .all()
              .filter(
                (v) =>
                  (!q.statuses || q.statuses.includes(v.status)) &&
                  (!q.monthFrom || v.visitMonth >= q.monthFrom) &&
                  (!q.monthTo || v.visitMonth <= q.monthTo) &&
                  (q.teamId === undefined || v.teamId === q.teamId)
              )
          ),
        get: (id) => c('visits.get', () => t.visits.get(id)),
        add: (v) => c('visits.add', () => t.visits.add(v)),
        update: (cur, ch) => c('visits.update', () => t.visits.update(cur, ch))
      },
      qa: {
        between: (from, to) => c('qa.between', () => t.qa.all().filter((a) => a.start <= to && a.end >= from)),
        add: (v) => c('qa.add', () => t.qa.add(v))
      },
      findings: {
        forVisit: (id) => c('findings.forVisit', () => t.findings.all().filter((f) => f.visitId === id)),
        forVisits: (ids) => c('findings.forVisits', () => t.findings.all().filter((f) => ids.includes(f.visitId))),
        forCouncillor: (e) =>
          c('findings.forCouncillor', () => t.findings.all().filter((f) => f.councillorEmail === lower(e))),
        get: (id) => c('findings.get', () => t.findings.get(id)),
        find: (v, e) =>
          c('findings.find', () => t.findings.all().find((f) => f.visitId === v && f.councillorEmail === lower(e))),
        create: (f) =>
          c(
            'findings.create',
            () =>
              t.findings.all().find((x) => x.visitId === f.visitId && x.councillorEmail === lower(f.councillorEmail)) ??
              t.findings.add({ ...f, councillorEmail: lower(f.councillorEmail) })
          ),
        update: (cur, ch) => c('findings.update', () => t.findings.update(cur, ch)),
        pendingSubmissions: () =>
          c('findings.pending', () => t.findings.all().filter((f) => f.submission === 'Sending'))
      },
      requests: {
        forVisit: (id) => c('requests.forVisit', () => t.requests.all().filter((r) => r.visitId === id)),
        forVisits: (ids) => c('requests.forVisits', () => t.requests.all().filter((r) => ids.includes(r.visitId))),
        forResponder: (e, s) =>
          c('requests.forResponder', () =>
            t.requests.all().filter((r) => r.responderEmail === lower(e) && (!s || s.includes(r.status)))
          ),
        get: (id) => c('requests.get', () => t.requests.get(id)),
        create: (r) =>
          c('requests.create', () => t.requests.all().find((x) => x.findingsId === r.findingsId) ?? t.requests.add(r)),
        update: (cur, ch) => c('requests.update', () => t.requests.update(cur, ch))
      }
    };
  }

  public sharing(): FindingsSharing {
    const share = (key: string, grants: ShareGrant[]): string[] => {
      const held = this.grants.get(key) ?? new Map<string, ShareRole>();
      this.grants.set(key, held);
      const changes: string[] = [];
      for (const g of grants) {
        if (held.get(g.email) === g.role) continue;
        held.set(g.email, g.role);
        changes.push(`${g.role} for ${g.email}`);
      }
      return changes;
    };
    return {
      shareFindings: (id, grants) => this.call('sharing.shareFindings', () => share(`findings:${id}`, grants)),
      shareRequest: (id, grants) => this.call('sharing.shareRequest', () => share(`request:${id}`, grants))
    };
  }

  /** Audit entries by key, as the Frontline Audit list keeps them (a repeated key adds nothing). */
  public readonly auditLog = new Map<string, AuditRecord>();
  public audit(): AuditLog {
    return {
      record: (e) =>
        this.call('audit.record', () => void (this.auditLog.has(auditKey(e)) || this.auditLog.set(auditKey(e), e)))
    };
  }

  /** Everything stored, for "nothing changed" and "converged" comparisons. */
  public snapshot(options: { etags?: boolean } = {}): unknown {
    const t = this.tables;
    const grants = [...this.grants.entries()].map(([k, m]) => [k, [...m.entries()].sort()]).sort();
    const rows = <T extends { etag: string }>(list: T[]): unknown[] =>
      options.etags === false ? list.map(({ etag: _e, ...rest }) => rest) : list;
    return clone({
      visits: rows(t.visits.all()),
      findings: rows(t.findings.all()),
      requests: rows(t.requests.all()),
      grants
    });
  }
}
