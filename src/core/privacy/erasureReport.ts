// The erasure's report in words, for the command's output and the officer's page: what went, what
// was kept and why. Names only the pseudonym, so it can go into the audit as it is.
import type { ErasurePlan } from './erasurePlan';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export interface ErasureCounts {
  deleted: number;
  pseudonymised: number;
  versionsDeleted: number;
}

export function erasureCounts(plan: ErasurePlan): ErasureCounts {
  let versionsDeleted = 0;
  for (const s of plan.steps) if (s.kind === 'delete-versions') versionsDeleted += s.versionIds.length;
  return {
    deleted: plan.steps.filter((s) => s.kind === 'delete').length,
    pseudonymised: plan.steps.filter((s) => s.kind === 'update').length,
    versionsDeleted
  };
}

/** One line for the audit: no personal data, only the pseudonym and the counts. */
export function erasureAuditDetail(plan: ErasurePlan): string {
  const c = erasureCounts(plan);
  return (
    `Erased: now ${plan.pseudonym.name}. ${plural(c.deleted, 'Teams conversation or send-log item')} deleted; ` +
    `${plural(c.pseudonymised, 'item')} pseudonymised; ${plural(c.versionsDeleted, 'earlier version')} deleted; ` +
    `${plural(plan.kept.length, 'item')} kept as part of the record.`
  );
}

export function erasureLines(plan: ErasurePlan, dryRun: boolean): string[] {
  const c = erasureCounts(plan);
  const will = dryRun ? 'Would' : 'Done:';
  const out: string[] = [];
  if (!plan.steps.length)
    out.push(`Nothing to change: nothing names the person any more (pseudonym ${plan.pseudonym.name}).`);
  else {
    out.push(
      `${dryRun ? 'Dry run, nothing changed. ' : ''}Pseudonym: ${plan.pseudonym.name} (${plan.pseudonym.email})`
    );
    out.push(
      `${will} delete ${plural(c.deleted, 'Teams conversation or send-log item')}.`.replace('Done: delete', 'Deleted')
    );
    out.push(`${will} pseudonymise ${plural(c.pseudonymised, 'item')}.`.replace('Done: pseudonymise', 'Pseudonymised'));
    out.push(
      `${will} delete ${plural(c.versionsDeleted, 'earlier version')} that named them.`.replace(
        'Done: delete',
        'Deleted'
      )
    );
    for (const s of plan.steps) if (s.kind === 'delete') out.push(`  deleted: ${s.list} item ${s.id}`);
  }
  out.push(`Kept (${plan.kept.length}):`);
  for (const k of plan.kept) out.push(`  ${k.list} item ${k.id} "${k.title}": ${k.reason}`);
  return out;
}
