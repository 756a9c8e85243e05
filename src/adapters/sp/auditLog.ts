// The AuditLog port over the Frontline Audit list: one item per change the service made for a person.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { auditKey, type AuditLog, type AuditRecord } from '../../core/ports/audit';
import { LIST } from '../../lists/schema';
import { DuplicateValueError, mapSpError } from './errors';
import { toSpDate } from './values';

export class SpAuditLog implements AuditLog {
  public constructor(private readonly sp: SPFI) {}

  public async record(e: AuditRecord): Promise<void> {
    const key = auditKey(e);
    try {
      await this.sp.web.lists.getByTitle(LIST.audit).items.add({
        Title: `${e.actor}: ${e.action} (${e.list} ${e.targetId})`.slice(0, 255),
        AuditKey: key.slice(0, 255),
        Actor: e.actor,
        Action: e.action,
        TargetList: e.list,
        TargetId: e.targetId,
        VisitId: e.visitId,
        At: toSpDate(e.at ?? new Date().toISOString()),
        Detail: e.detail
      });
    } catch (err) {
      try {
        mapSpError(err, 'the audit entry');
      } catch (mapped) {
        // Recorded by an earlier try of the same call: nothing to add.
        if (mapped instanceof DuplicateValueError) return;
        throw mapped;
      }
    }
  }
}
