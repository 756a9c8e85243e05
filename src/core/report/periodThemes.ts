// The period report's themes by meeting: each theme raised by the period's forms, counted per
// committee meeting the forms went to (forms whose visit has no meeting yet in a column of their
// own). The counting is the themes view's (themes/summary.ts themeTable), with each statement's
// period set to its meeting; officers' corrections count, as the tagger applied them.
import type { Findings, LocalDate, Visit } from '../model';
import { longDay } from '../pack/wording';
import { themeTable } from '../themes/summary';
import type { TaggedStatement, Taxonomy } from '../themes/types';
import { londonDate } from '../time/london';

export interface PeriodThemeColumn {
  /** The meeting's London day, or `none`. */
  key: string;
  /** "2 September 2025", or "No meeting set". */
  label: string;
}

export interface PeriodThemeRow {
  themeId: string;
  name: string;
  /** Statements per column, in `columns` order. */
  counts: number[];
  strengths: number;
  development: number;
  total: number;
}

export interface PeriodThemes {
  columns: PeriodThemeColumn[];
  /** Most statements first. */
  rows: PeriodThemeRow[];
}

export interface PeriodThemesInput {
  tagged: readonly TaggedStatement[];
  taxonomy: Taxonomy;
  /** The period's visits. */
  visits: readonly Visit[];
  findings: readonly Findings[];
}

const NO_MEETING = 'none';

/** The themes by meeting; empty columns and rows when the period's forms raised none. */
export function periodThemes(input: PeriodThemesInput): PeriodThemes {
  const visitById = new Map(input.visits.map((v) => [v.id, v]));
  const meetingOf = new Map<number, string>();
  for (const f of input.findings) {
    const visit = visitById.get(f.visitId);
    if (f.id === undefined || !visit || f.status !== 'Submitted') continue;
    meetingOf.set(f.id, visit.committeeDate ? londonDate(visit.committeeDate) : NO_MEETING);
  }
  const inPeriod: TaggedStatement[] = [];
  for (const t of input.tagged) {
    const id = t.statement.source.kind === 'form' ? t.statement.source.findingsId : undefined;
    const meeting = id === undefined ? undefined : meetingOf.get(id);
    if (meeting) inPeriod.push({ ...t, statement: { ...t.statement, period: meeting } });
  }
  const table = themeTable(inPeriod);
  // Meetings in time order ('none' sorts after the days), only those that raised a theme.
  const keys = [...new Set(table.map((r) => r.period))].sort();
  const columns = keys.map((key) => ({
    key,
    label: key === NO_MEETING ? 'No meeting set' : longDay(key as LocalDate)
  }));
  const names = new Map(input.taxonomy.themes.map((t) => [t.id, t.name]));
  const rows = new Map<string, PeriodThemeRow>();
  for (const r of table) {
    let row = rows.get(r.themeId);
    if (!row) {
      const name = names.get(r.themeId) ?? r.themeId;
      row = { themeId: r.themeId, name, counts: keys.map(() => 0), strengths: 0, development: 0, total: 0 };
      rows.set(r.themeId, row);
    }
    row.counts[keys.indexOf(r.period)] += r.total;
    row.strengths += r.strengths;
    row.development += r.development;
    row.total += r.total;
  }
  return { columns, rows: [...rows.values()] };
}
