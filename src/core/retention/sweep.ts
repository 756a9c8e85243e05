// The retention sweep: judges every item by the one rule (policy.ts) and deletes what is past its
// period, in batches. Each deletion is written to the audit trail first (list, id, action, reason;
// keyed by the item's ETag, so a retry adds nothing), then made with that ETag: an item changed
// since it was judged is re-read and re-judged. A sweep stopped half way loses nothing (every
// deletion made has its entry) and a second run finds nothing more to do. The dry run only judges.
import type { AuditLog } from '../ports/audit';
import type { IsoDateTime } from '../model';
import { judge, judgeAll, RETENTION_LISTS, type RetentionDecision, type RetentionList } from './policy';
import type { RetentionSettings } from './settings';
import type { RetentionStore } from './store';

export const RETENTION_ACTOR = 'retention-sweep';
export const DEFAULT_BATCH_SIZE = 20;

export interface RetentionRunOptions {
  dryRun?: boolean;
  /** Items deleted at once (default 20). */
  batchSize?: number;
  /** How many kept items to return in `kept` for a preview (default 0). */
  keptSample?: number;
}

export interface ListCounts {
  /** Items of the list judged. */
  judged: number;
  /** Past their period at this run (what a dry run would delete). */
  due: number;
  deleted: number;
  /** Changed since judged and now kept. */
  keptAfterChange: number;
}

export interface RetentionReport {
  now: IsoDateTime;
  dryRun: boolean;
  /** Set when a Purview retention label keeps the lists instead: the sweep deletes nothing. */
  purviewLabel?: string;
  counts: Record<RetentionList, ListCounts>;
  /** Every item past its period at this run, with why (what the dry run prints). */
  due: RetentionDecision[];
  /** The next items to become due, soonest first (`keptSample` of them). */
  next: RetentionDecision[];
}

export interface RetentionDeps {
  store: RetentionStore;
  audit: AuditLog;
}

function emptyCounts(): Record<RetentionList, ListCounts> {
  const counts = {} as Record<RetentionList, ListCounts>;
  for (const l of RETENTION_LISTS) counts[l] = { judged: 0, due: 0, deleted: 0, keptAfterChange: 0 };
  return counts;
}

async function record(deps: RetentionDeps, d: RetentionDecision, now: string, kept = false): Promise<void> {
  await deps.audit.record({
    actor: RETENTION_ACTOR,
    action: kept ? 'retention-kept' : 'retention-deleted',
    list: d.list,
    targetId: d.id,
    visitId: d.visitId,
    version: d.etag,
    at: now,
    detail: kept ? `Changed since judged; kept: ${d.reason}` : `Deleted: ${d.reason}`
  });
}

/** Deletes one judged item; re-judges it once if it changed since. */
async function deleteOne(
  deps: RetentionDeps,
  r: RetentionSettings,
  now: string,
  d: RetentionDecision,
  snapshotContext: Parameters<typeof judge>[3],
  counts: Record<RetentionList, ListCounts>
): Promise<void> {
  let current = d;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await record(deps, current, now);
    const outcome = await deps.store.remove(current.list, current.id, current.etag);
    if (outcome === 'deleted') {
      counts[current.list].deleted += 1;
      return;
    }
    if (outcome === 'gone') return;
    const fresh = await deps.store.reread(current.list, current.id);
    if (!fresh) return;
    current = judge(r, now, fresh, snapshotContext);
    if (current.action === 'keep') {
      await record(deps, current, now, true);
      counts[current.list].keptAfterChange += 1;
      return;
    }
  }
}

export async function runRetention(
  deps: RetentionDeps,
  r: RetentionSettings,
  now: IsoDateTime,
  options: RetentionRunOptions = {}
): Promise<RetentionReport> {
  const counts = emptyCounts();
  const dryRun = options.dryRun === true;
  const { facts, context } = await deps.store.snapshot();
  const decisions = judgeAll(r, now, facts, context);
  for (const d of decisions) counts[d.list].judged += 1;
  const due = decisions.filter((d) => d.action === 'delete');
  for (const d of due) counts[d.list].due += 1;
  const next = decisions
    .filter((d) => d.action === 'keep' && d.dueAt)
    .sort((a, b) => Date.parse(a.dueAt as string) - Date.parse(b.dueAt as string))
    .slice(0, options.keptSample ?? 0);
  const report: RetentionReport = { now, dryRun, counts, due, next };
  if (r.retentionLabel) return { ...report, purviewLabel: r.retentionLabel };
  if (dryRun) return report;
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  for (let i = 0; i < due.length; i += size) {
    const batch = due.slice(i, i + size);
    // The batch in flight finishes before a failure stops the sweep; the next run picks up the rest.
    const settled = await Promise.allSettled(batch.map((d) => deleteOne(deps, r, now, d, context, counts)));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
  }
  return report;
}

/** The report in lines, for `npm run retention` and the service's log. */
export function formatRetentionReport(report: RetentionReport, limit = 50): string[] {
  const lines: string[] = [];
  if (report.purviewLabel)
    lines.push(`The Purview retention label '${report.purviewLabel}' keeps these lists: the sweep deletes nothing.`);
  const verb = report.dryRun || report.purviewLabel ? 'would delete' : 'deleted';
  for (const l of RETENTION_LISTS) {
    const c = report.counts[l];
    const done = report.dryRun || report.purviewLabel ? c.due : c.deleted;
    const extra = c.keptAfterChange ? `, ${c.keptAfterChange} changed since judged and kept` : '';
    lines.push(`${l}: ${c.judged} items, ${verb} ${done}${extra}`);
  }
  for (const d of report.due.slice(0, limit)) lines.push(`  ${d.list} ${d.id}: ${d.reason}`);
  if (report.due.length > limit) lines.push(`  ... and ${report.due.length - limit} more`);
  return lines;
}
