// The committee pack's "recurring themes": what this period's findings raise that earlier periods
// raised too (seed papers: workloads, recruitment, office space ... keep coming back). Built from
// the tagged statements, so an officer's theme corrections carry into the pack.
import { periodOf, recurringThemes } from '../themes';
import type { TaggedStatement, Taxonomy } from '../themes/types';
import { londonInstant } from '../time/london';

export interface PackRecurringTheme {
  name: string;
  period: string;
  strengths: number;
  development: number;
  total: number;
  /** Earlier periods that raised it, oldest first. */
  earlier: { period: string; total: number }[];
  /** One sentence for the pack, e.g. "Workloads and caseloads: 5 statements in 2025-26 ...". */
  sentence: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Themes of the meeting's period that were also raised before; the committee day picks the period. */
export function packRecurringThemes(tagged: TaggedStatement[], taxonomy: Taxonomy, committeeDay: string): PackRecurringTheme[] {
  const period = periodOf(londonInstant(committeeDay, '12:00'));
  const names = new Map(taxonomy.themes.map((t) => [t.id, t.name]));
  return recurringThemes(tagged, period)
    .filter((r) => r.current.total > 0 && r.earlier.length > 0)
    .map((r) => {
      const name = names.get(r.themeId) ?? r.themeId;
      const earlier = r.earlier.map((e) => ({ period: e.period, total: e.total }));
      const before = earlier.map((e) => `${e.period} (${e.total})`).join(', ');
      return {
        name,
        period,
        strengths: r.current.strengths,
        development: r.current.development,
        total: r.current.total,
        earlier,
        sentence: `${name}: ${plural(r.current.total, 'statement')} in ${period} (${r.current.strengths} strengths, ${plural(r.current.development, 'area')} for development); also raised in ${before}.`
      };
    });
}
