// Who did what through the service. Every workflow item is written with the service's own
// identity (people read; the service writes), so SharePoint's version history names the service;
// this log names the person the service acted for. One entry per change: the key says what makes
// the change one change, so a retried call adds nothing.
import type { IsoDateTime } from '../model';

export type AuditAction =
  | 'draft-saved'
  | 'findings-submitted'
  | 'submission-completed'
  | 'response-given'
  | 'request-delegated'
  | 'more-info-asked'
  | 'briefing-acknowledged'
  | 'councillor-replied'
  /** The retention sweep deleted an item past its period (written just before the delete). */
  | 'retention-deleted'
  /** The retention sweep found an item changed since it judged it, and now keeps it. */
  | 'retention-kept';

export interface AuditRecord {
  actor: string;
  action: AuditAction;
  list: 'findings' | 'responses' | 'visits' | 'sendLog' | 'conversations' | 'audit';
  targetId: number;
  visitId: number;
  /** What makes this change one change: the item's ETag after a draft save, 'once' for a submission, the delegate for a delegation. Part of the key. */
  version: string;
  /** Default: when the log stores it. */
  at?: IsoDateTime;
  detail: string;
}

export interface AuditLog {
  /** Idempotent by action, item and version. */
  record(entry: AuditRecord): Promise<void>;
}

export const auditKey = (e: Pick<AuditRecord, 'action' | 'list' | 'targetId' | 'version'>): string =>
  `${e.action}:${e.list}:${e.targetId}:${e.version.replace(/[^0-9A-Za-z,-]/g, '')}`;
