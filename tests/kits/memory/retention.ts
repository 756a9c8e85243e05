// The retention sweep's store (core/retention/store.ts) over the in-memory lists, as
// SpRetentionStore reads the site: the facts of every form, request, send-log entry, conversation
// and audit entry (no form text), the visits' dates (the due date core's effectiveDueDate), who is
// current (active councillors, team contacts, the officers group, the always-current addresses)
// and who has left, and deletes with the judged ETag ('changed' when it moved on, 'gone' when
// already deleted). SharePoint's own Modified and Created stamps have no memory counterpart: a
// form's `modified` is left undefined, and an audit entry's `at` is the time it was recorded.
import type { AuditRecord } from '../../../src/core/ports/audit';
import type { ConversationRecord, SendRecord } from '../../../src/core/ports/messaging';
import type { Stored } from '../../../src/core/ports/repositories';
import type { ProcessConfig } from '../../../src/core/config';
import type { RetentionFact, RetentionList, VisitDates } from '../../../src/core/retention/policy';
import type { RemoveOutcome, RetentionStore } from '../../../src/core/retention/store';
import { effectiveDueDate } from '../../../src/core/deadlines';
import { normalizeEmail } from '../../../src/core/email';
import { ConflictError, NotFoundError } from '../../../src/core/errors';
import { OFFICERS_GROUP } from '../../../src/core/officers';
import type { MemoryList } from './list';
import type { RepositoryLists } from './repositories';

export type AuditItem = AuditRecord & { key: string };

export interface RetentionSource {
  tables: RepositoryLists;
  sendLog: MemoryList<SendRecord>;
  conversations: MemoryList<ConversationRecord>;
  audit: MemoryList<AuditItem>;
  groups: ReadonlyMap<string, string[]>;
  /** Called after an audit item is deleted (the store's by-key map forgets it too). */
  forgetAudit(key: string): void;
}

type Lists = { [L in RetentionList]: MemoryList<object> };

function factOf(list: RetentionList, row: Stored<object>): RetentionFact {
  const base = { id: row.id, etag: row.etag };
  const r = row as Record<string, unknown> & typeof row;
  const s = (k: string): string | undefined => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  switch (list) {
    case 'findings':
      return {
        list,
        ...base,
        title: `Findings: visit ${String(r.visitId)}`,
        visitId: Number(r.visitId),
        status: r.status === 'Submitted' ? 'Submitted' : 'Draft',
        submittedAt: s('submittedAt'),
        modified: undefined
      };
    case 'responses':
      return {
        list,
        ...base,
        title: `Request: findings ${String(r.findingsId)}`,
        visitId: Number(r.visitId),
        findingsId: Number(r.findingsId),
        requestedAt: s('requestedAt')
      };
    case 'sendLog':
      return { list, ...base, title: s('key'), key: s('key') ?? '', at: s('sentAt') ?? s('claimedAt') };
    case 'conversations':
      return { list, ...base, title: s('userEmail'), email: normalizeEmail(s('userEmail')), updatedAt: s('updatedAt') };
    case 'audit':
      return { list, ...base, title: `${s('actor')}: ${s('action')}`, at: s('at') };
  }
}

export function memoryRetentionStore(
  src: RetentionSource,
  alwaysCurrent: string[],
  process: Pick<ProcessConfig, 'returnPeriodDays'>
): RetentionStore {
  const lists: Lists = {
    findings: src.tables.findings,
    responses: src.tables.requests,
    sendLog: src.sendLog,
    conversations: src.conversations,
    audit: src.audit
  } as unknown as Lists;
  return {
    async snapshot() {
      const names = Object.keys(lists) as RetentionList[];
      const facts = names.flatMap((l) => lists[l].all().map((row) => factOf(l, row)));
      const current = new Set<string>(
        [...(src.groups.get(OFFICERS_GROUP) ?? []), ...alwaysCurrent].map(normalizeEmail)
      );
      for (const t of src.tables.teams.all())
        for (const e of [t.serviceManagerEmail, t.headOfServiceEmail]) if (e) current.add(normalizeEmail(e));
      const left = new Set<string>();
      for (const c of src.tables.councillors.all()) (c.active === false ? left : current).add(normalizeEmail(c.email));
      for (const e of current) left.delete(e);
      const visits = new Map<number, VisitDates>(
        src.tables.visits.all().map((v) => [
          v.id,
          {
            committeeDate: v.committeeDate,
            dueDate: effectiveDueDate({ visitStart: v.visitStart, findingsDueDate: v.findingsDueDate }, process),
            visitStart: v.visitStart
          }
        ])
      );
      const findings = new Map(facts.flatMap((f) => (f.list === 'findings' ? [[f.id, f] as const] : [])));
      return { facts, context: { visits, findings, current, left } };
    },
    async reread(list, id) {
      const row = lists[list].find(id);
      return row && factOf(list, row);
    },
    async remove(list, id, etag): Promise<RemoveOutcome> {
      const row = lists[list].find(id);
      try {
        lists[list].remove({ id, etag });
      } catch (e) {
        if (e instanceof NotFoundError) return 'gone';
        if (e instanceof ConflictError) return 'changed';
        throw e;
      }
      if (list === 'audit' && row) src.forgetAudit((row as unknown as AuditItem).key);
      return 'deleted';
    }
  };
}
