// History as themes statements (core/themes/types.ts), so the tagger treats a 2017-18 bullet and
// a 2025 form alike. Keys are `history:<record key>`: stable, because corrections are stored by them.
import type { Statement } from '../themes/types';
import type { HistoricalFinding } from './model';

export interface HistoryStatementOptions {
  /**
   * Include records that summarise forms held as Visit Findings (seed 004's briefing). Off by
   * default: with the forms' own statements alongside, they would count the same finding twice.
   */
  includeSummaries?: boolean;
}

export function historyStatements(
  records: readonly HistoricalFinding[],
  options: HistoryStatementOptions = {}
): Statement[] {
  return records
    .filter((r) => options.includeSummaries || !r.summarisesForms)
    .map((r) => ({
      key: `history:${r.key}`,
      text: r.text,
      area: r.area,
      kind: r.kind,
      period: r.period,
      committeeDate: r.committeeDate,
      teamName: r.teamName,
      serviceArea: r.serviceArea,
      source: { kind: 'history' as const, paper: r.paper, ref: r.ref }
    }));
}
