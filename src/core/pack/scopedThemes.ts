// The pack's themes, scoped: which statements count in which period. Three scopes, each labelled:
// - "This meeting": statements of the forms in this pack (by Visit Findings id);
// - "Same period last year (July 2024)": statements of other forms in the lists whose visit was in
//   the calendar months of this meeting's visits, one year earlier;
// - "Seed papers": the Findings History statements (the published papers), one column per paper,
//   labelled by the year of the meeting it went to and the visits' municipal year.
// Only themes raised at this meeting are listed; officers' corrections count, as the tagger applies them.
import type { LocalDate } from '../model';
import type { FindingKind, TaggedStatement, Taxonomy } from '../themes/types';
import { londonDate } from '../time/london';

export interface ScopedCount {
  strengths: number;
  development: number;
  total: number;
}

export interface PackScopedTheme {
  themeId: string;
  name: string;
  thisMeeting: ScopedCount;
  lastYear: ScopedCount;
  /** One per seed paper column, in `PackThemes.seedPapers` order. */
  seedPapers: ScopedCount[];
  /** One sentence for the report. */
  sentence: string;
}

export interface PackThemes {
  /** "This meeting: 3 forms". */
  thisMeetingLabel: string;
  /** "Same period last year (July 2024)". */
  lastYearLabel: string;
  /** The seed papers' columns, oldest first, e.g. "2018 paper (2017-18 visits)". */
  seedPapers: string[];
  /** Themes raised at this meeting, most statements first. */
  themes: PackScopedTheme[];
}

export interface ThemeScopeInput {
  tagged: readonly TaggedStatement[];
  taxonomy: Taxonomy;
  /** The Visit Findings ids of the forms in this pack. */
  packFindingsIds: readonly number[];
  /** London day of each form's visit in the lists, by Visit Findings id. */
  formDays: ReadonlyMap<number, LocalDate>;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

/** "YYYY-MM" a year before the day's month. */
const monthYearEarlier = (day: LocalDate): string => `${Number(day.slice(0, 4)) - 1}${day.slice(4, 7)}`;
const monthName = (ym: string): string => `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;

/** The months (YYYY-MM) a year before this meeting's visits: first to last. */
export function lastYearMonths(days: readonly LocalDate[]): { from: string; to: string } | undefined {
  if (!days.length) return undefined;
  const sorted = [...days].sort();
  return { from: monthYearEarlier(sorted[0]), to: monthYearEarlier(sorted[sorted.length - 1]) };
}

export function lastYearLabel(months: { from: string; to: string }): string {
  const [from, to] = [monthName(months.from), monthName(months.to)];
  if (from === to) return `Same period last year (${from})`;
  const sameYear = months.from.slice(0, 4) === months.to.slice(0, 4);
  return `Same period last year (${sameYear ? from.split(' ')[0] : from} to ${to})`;
}

/** Which scope a statement counts in: 'meeting', 'lastYear', a seed paper's label, or none. */
export function scopeOf(
  tagged: TaggedStatement,
  input: Pick<ThemeScopeInput, 'packFindingsIds' | 'formDays'>,
  months: { from: string; to: string }
): string | undefined {
  const { source, period, committeeDate } = tagged.statement;
  if (source.kind === 'history') {
    const year = committeeDate ? londonDate(committeeDate).slice(0, 4) : undefined;
    return year ? `${year} paper (${period} visits)` : `${period} visits`;
  }
  const id = source.findingsId;
  if (id === undefined) return undefined;
  if (input.packFindingsIds.includes(id)) return 'meeting';
  const month = input.formDays.get(id)?.slice(0, 7);
  return month && month >= months.from && month <= months.to ? 'lastYear' : undefined;
}

const empty = (): ScopedCount => ({ strengths: 0, development: 0, total: 0 });
const add = (c: ScopedCount, kind: FindingKind): void => {
  c.total++;
  if (kind === 'strength') c.strengths++;
  if (kind === 'development') c.development++;
};
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const counted = (c: ScopedCount): string =>
  c.total === 0
    ? 'none'
    : `${plural(c.total, 'statement')} (${plural(c.strengths, 'strength')}, ${plural(c.development, 'area')} for development)`;

/** The scoped themes; undefined when the pack has no forms (nothing was raised at this meeting). */
export function packScopedThemes(input: ThemeScopeInput): PackThemes | undefined {
  const days = input.packFindingsIds.map((id) => input.formDays.get(id)).filter((d): d is LocalDate => !!d);
  const months = lastYearMonths(days);
  if (!months) return undefined;
  const lastLabel = lastYearLabel(months);
  const scoped = input.tagged
    .map((t) => ({ t, scope: scopeOf(t, input, months) }))
    .filter((s): s is { t: TaggedStatement; scope: string } => !!s.scope);
  const seedPapers = [...new Set(scoped.map((s) => s.scope).filter((s) => s !== 'meeting' && s !== 'lastYear'))].sort();
  const rows = new Map<string, { meeting: ScopedCount; lastYear: ScopedCount; seed: ScopedCount[] }>();
  const rowOf = (id: string): { meeting: ScopedCount; lastYear: ScopedCount; seed: ScopedCount[] } => {
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { meeting: empty(), lastYear: empty(), seed: seedPapers.map(empty) }));
    return row;
  };
  for (const { t, scope } of scoped) {
    for (const m of t.themes) {
      const row = rowOf(m.themeId);
      add(
        scope === 'meeting' ? row.meeting : scope === 'lastYear' ? row.lastYear : row.seed[seedPapers.indexOf(scope)],
        t.statement.kind
      );
    }
  }
  const names = new Map(input.taxonomy.themes.map((t) => [t.id, t.name]));
  const themes = [...rows.entries()]
    .filter(([, r]) => r.meeting.total > 0)
    .map(([themeId, r]) => {
      const name = names.get(themeId) ?? themeId;
      const seeds = seedPapers.map((p, i) => `${p} ${r.seed[i].total}`).join(', ');
      const sentence =
        `${name}. This meeting: ${counted(r.meeting)}. ${lastLabel}: ${counted(r.lastYear)}.` +
        (seedPapers.length ? ` Seed papers: ${seeds}.` : '');
      return { themeId, name, thisMeeting: r.meeting, lastYear: r.lastYear, seedPapers: r.seed, sentence };
    })
    .sort((a, b) => b.thisMeeting.total - a.thisMeeting.total || a.name.localeCompare(b.name));
  return {
    thisMeetingLabel: `This meeting: ${plural(days.length, 'form')}`,
    lastYearLabel: lastLabel,
    seedPapers,
    themes
  };
}
