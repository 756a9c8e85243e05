// Theme counts for committee papers: a theme x period table with drill-down keys, and the "recurring
// themes" the committee pack shows (themes raised now that were also raised in earlier years).
// Plain data: rendering (names from the taxonomy, wording, charts) belongs to the pack.
import type { FindingKind, TaggedStatement } from './types';

export interface ThemeCounts {
  strengths: number;
  development: number;
  escalations: number;
  /** Statements whose kind is not known (e.g. history without a strength/development split). */
  other: number;
  total: number;
}

export interface ThemePeriodRow extends ThemeCounts {
  themeId: string;
  period: string;
  /** Statement keys behind the counts, for drill-down, in input order. */
  statementKeys: string[];
}

export interface RecurringTheme {
  themeId: string;
  /** Statements in the current and earlier periods. */
  total: number;
  current: ThemePeriodRow;
  /** Earlier periods in which the theme was raised, oldest first. */
  earlier: ThemePeriodRow[];
}

const COUNT_FIELD: Record<FindingKind, keyof Omit<ThemeCounts, 'total'>> = {
  strength: 'strengths',
  development: 'development',
  escalation: 'escalations',
  other: 'other'
};

// Period labels ("2017-18", "2025-26", or "2025") sort as text in time order.
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One row per theme and period with at least one statement. Rows are ordered by the theme's total
 * over the periods shown (most first, then theme id), then by period. `periods` limits the periods.
 */
export function themeTable(tagged: TaggedStatement[], periods?: string[]): ThemePeriodRow[] {
  const rows = new Map<string, ThemePeriodRow>();
  const themeTotals = new Map<string, number>();
  for (const t of tagged) {
    const { period, key, kind } = t.statement;
    if (periods && periods.indexOf(period) < 0) continue;
    for (const match of t.themes) {
      const id = `${match.themeId}\u0000${period}`;
      let row = rows.get(id);
      if (!row) {
        row = {
          themeId: match.themeId,
          period,
          strengths: 0,
          development: 0,
          escalations: 0,
          other: 0,
          total: 0,
          statementKeys: []
        };
        rows.set(id, row);
      }
      row[COUNT_FIELD[kind]] += 1;
      row.total += 1;
      row.statementKeys.push(key);
      themeTotals.set(match.themeId, (themeTotals.get(match.themeId) ?? 0) + 1);
    }
  }
  return Array.from(rows.values()).sort(
    (a, b) =>
      (themeTotals.get(b.themeId) ?? 0) - (themeTotals.get(a.themeId) ?? 0) ||
      byText(a.themeId, b.themeId) ||
      byText(a.period, b.period)
  );
}

/**
 * Themes raised in `currentPeriod` that were also raised in at least one earlier period, with
 * counts per period; later periods are ignored. Sorted by total (most first), then by the count in
 * the current period, then by theme id.
 */
export function recurringThemes(tagged: TaggedStatement[], currentPeriod: string): RecurringTheme[] {
  const upToNow = tagged.filter((t) => byText(t.statement.period, currentPeriod) <= 0);
  const byTheme = new Map<string, ThemePeriodRow[]>();
  for (const row of themeTable(upToNow)) {
    const list = byTheme.get(row.themeId);
    if (list) list.push(row);
    else byTheme.set(row.themeId, [row]);
  }
  const out: RecurringTheme[] = [];
  byTheme.forEach((rows, themeId) => {
    const current = rows.find((r) => r.period === currentPeriod);
    const earlier = rows.filter((r) => r.period !== currentPeriod).sort((a, b) => byText(a.period, b.period));
    if (!current || earlier.length === 0) return;
    out.push({ themeId, total: rows.reduce((n, r) => n + r.total, 0), current, earlier });
  });
  return out.sort((a, b) => b.total - a.total || b.current.total - a.current.total || byText(a.themeId, b.themeId));
}
