// Console output for `npm start`: the planned rota and the reminders due, in plain text.
import type { RotaPlan } from '../core/planner';
import type { Notification } from '../core/reminders';
import { formatLondon } from '../core/time/london';

export function describePlan(plan: RotaPlan, councillorName: (email: string) => string): string[] {
  const lines: string[] = [];
  const s = plan.summary;
  lines.push(
    `Planned ${s.visitsPlanned} visits: ${s.members} members offer ${s.councillorVisits} councillor-visits for ${s.teamSlots} team visits (${s.teamSlotsCovered} covered).`
  );
  let area = '';
  for (const v of [...plan.visits].sort((a, b) => a.visitStart.localeCompare(b.visitStart))) {
    if (v.area !== area) {
      area = v.area;
      lines.push('', `  ${area}`);
    }
    const who = v.councillorEmails.map(councillorName).join(' & ');
    lines.push(
      `    ${formatLondon(v.visitStart, 'EEE d MMM yyyy HH:mm')}  ${v.title.split(' - ')[0].padEnd(34)} ${who}`
    );
  }
  if (plan.issues.length) {
    lines.push('', `  ${plan.issues.length} problem(s) to resolve:`);
    for (const issue of plan.issues) lines.push(`    - ${issue.message}`);
  }
  if (plan.warnings.length) {
    lines.push('', '  Warnings:');
    for (const w of plan.warnings) lines.push(`    - ${w.message}`);
  }
  return lines;
}

export function describeDue(due: Notification[], now: string): string[] {
  const lines = [`Messages due at ${formatLondon(now, 'EEE d MMM yyyy HH:mm')} (London):`];
  if (!due.length) lines.push('  none');
  for (const n of due) {
    const extra = n.kind === 'overdue-escalation' ? ` (${n.daysLate} day(s) late)` : '';
    lines.push(
      `  ${n.kind.padEnd(19)} to ${n.recipientEmail || '(no officer set)'} for visit ${n.visitId}${extra}  [${n.key}]`
    );
  }
  return lines;
}
