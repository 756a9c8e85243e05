// What a sweep did, per kind of message and per outcome, and how to print it (npm run reminders,
// the bot's timer log). Plain data, so tests and the dashboard can read it too.
import type { IsoDateTime } from '../../core/model';
import type { DeliveryOutcome } from './delivery';

export const SWEEP_KINDS = [
  'visit-change',
  'briefing',
  'form-open',
  'return-reminder',
  'overdue-escalation',
  'findings-shared',
  'response-requested',
  'hos-response',
  'response-reminder',
  'response-overdue'
] as const;
export type SweepKind = (typeof SWEEP_KINDS)[number];
export const OUTCOMES: readonly DeliveryOutcome[] = ['sent', 'already-sent', 'in-progress', 'unreachable', 'failed'];

export interface SweepResult {
  key: string;
  kind: SweepKind;
  recipientEmail: string;
  visitId: number;
  outcome: DeliveryOutcome;
}

export interface SweepReport {
  now: IsoDateTime;
  instanceId: string;
  counts: Record<SweepKind, Record<DeliveryOutcome, number>>;
  totals: Record<DeliveryOutcome, number>;
  /** One entry per message that was due (already-sent ones included). */
  results: SweepResult[];
  /** Things an officer must put right; nothing here was sent. */
  problems: string[];
  /** Findings forms whose interrupted submission this sweep completed (resumeSubmissions). */
  resumed: number[];
  /** Visit-change notices the site's first sweep recorded as its baseline, without sending them. */
  baseline?: number;
  durationMs: number;
}

const zero = (): Record<DeliveryOutcome, number> => ({
  sent: 0,
  'already-sent': 0,
  'in-progress': 0,
  unreachable: 0,
  failed: 0
});

export function emptyReport(now: IsoDateTime, instanceId: string): SweepReport {
  const counts = {} as SweepReport['counts'];
  for (const kind of SWEEP_KINDS) counts[kind] = zero();
  return { now, instanceId, counts, totals: zero(), results: [], problems: [], resumed: [], durationMs: 0 };
}

export function record(report: SweepReport, result: SweepResult): void {
  report.results.push(result);
  report.counts[result.kind][result.outcome]++;
  report.totals[result.outcome]++;
}

/** The closing line scripts and people look for. */
export function summaryLine(report: SweepReport): string {
  const t = report.totals;
  const resumed = report.resumed.length ? `, ${report.resumed.length} interrupted submission(s) completed` : '';
  const baseline = report.baseline
    ? `, ${report.baseline} earlier visit change(s) recorded unannounced (first sweep)`
    : '';
  return `sent ${t.sent}, already sent ${t['already-sent']}, unreachable ${t.unreachable}, failed ${t.failed}${resumed}${baseline}`;
}

const LABELS: Record<DeliveryOutcome, string> = {
  sent: 'sent',
  'already-sent': 'already sent',
  'in-progress': 'in progress',
  unreachable: 'unreachable',
  failed: 'failed'
};

/** A table of counts, the messages that did not get through, the problems, and the summary line last. */
export function formatSweepReport(report: SweepReport): string[] {
  const width = Math.max(...SWEEP_KINDS.map((k) => k.length), 'kind'.length);
  const cell = (text: string | number, label: string): string => String(text).padStart(label.length);
  const header = ['kind'.padEnd(width), ...OUTCOMES.map((o) => LABELS[o])].join('  ');
  const rows = [...SWEEP_KINDS, 'total' as const].map((kind) => {
    const counts = kind === 'total' ? report.totals : report.counts[kind];
    return [kind.padEnd(width), ...OUTCOMES.map((o) => cell(counts[o], LABELS[o]))].join('  ');
  });
  const lines = [
    `Sweep at ${report.now} by ${report.instanceId} (${report.durationMs} ms)`,
    header,
    '-'.repeat(header.length),
    ...rows
  ];
  const missed = report.results.filter((r) => r.outcome === 'unreachable' || r.outcome === 'failed');
  if (missed.length) {
    lines.push('', 'Not delivered (on the dashboard; retried by the next sweep):');
    for (const r of missed) lines.push(`  ${r.outcome.padEnd(11)} ${r.recipientEmail.padEnd(40)} ${r.key}`);
  }
  if (report.problems.length) {
    lines.push('', 'Problems (nothing was sent for these):');
    for (const p of report.problems) lines.push(`  - ${p}`);
  }
  lines.push('', summaryLine(report));
  return lines;
}
