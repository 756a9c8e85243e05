// Findings from earlier committee papers, kept as history: one statement (a bullet, or the paper's
// own item) per record, with the paper and the paragraph a person can find it by. Not confidential:
// every paper is a published committee paper.
import type { IsoDateTime } from '../model';
import type { FindingArea, FindingKind } from '../themes/types';

export const FINDING_AREAS: readonly FindingArea[] = ['quality', 'experience', 'other'];
export const FINDING_KINDS: readonly FindingKind[] = ['strength', 'development', 'escalation', 'other'];

export interface HistoricalFinding {
  /** Stable across imports, e.g. `seed-000:para-23:1`: paper, the paper's own grouping, 1-based position. */
  key: string;
  /** Municipal year the visits were in: "2017-18", "2023-24", "2025-26". */
  period: string;
  teamName?: string;
  /** The 2025/26 rota area that covers the team now, so periods compare by area. */
  serviceArea?: string;
  area: FindingArea;
  kind: FindingKind;
  text: string;
  /** Source paper id: "seed-000", "seed-001", "seed-004". */
  paper: string;
  /** Where in the paper, e.g. "para 23" or "Appendix 2, ChECS: Staffing Issues". */
  ref: string;
  visitDate?: IsoDateTime;
  /** The head of service's (or the service's) response to this group of findings, where the paper gives one. */
  responseText?: string;
  /** The meeting the paper went to. */
  committeeDate?: IsoDateTime;
  /**
   * An officer's summary of forms that are already Visit Findings items (seed 004's briefing).
   * Kept as history but left out of the statements by default, so nothing is counted twice.
   */
  summarisesForms?: boolean;
}

export interface SeedPaper {
  id: string;
  /** The file name of the text copy (data/seeds/, from the shared seed papers). */
  file: string;
  title: string;
}

/** The papers the history import reads. */
export const SEED_PAPERS: readonly SeedPaper[] = [
  {
    id: 'seed-000',
    file: '000_1290f69ea51aafb9.txt',
    title: 'Children and Families Committee, 9 June 2025: Councillor Frontline Visits (2023-24 themes, paras 21-43)'
  },
  {
    id: 'seed-001',
    file: '001_086ad33f1db9db76.txt',
    title:
      'Children and Families Overview and Scrutiny Committee, 16 July 2018: 2017-18 Annual Report of Member Frontline Visits'
  },
  {
    id: 'seed-004',
    file: '004_612cc97b3255ff55.txt',
    title:
      'Cared For Children and Care Leavers Committee, 2 September 2025: Engagement with frontline services from councillors (briefing)'
  }
];

const sameDate = (a?: string, b?: string): boolean =>
  (a ? Date.parse(a) : NaN) === (b ? Date.parse(b) : NaN) || (!a && !b);
// SharePoint may hand a Note back with CRLF line ends or trimmed: neither is a change of wording.
const norm = (s?: string): string => (s ?? '').replace(/\r\n?/g, '\n').trim();
const sameText = (a?: string, b?: string): boolean => norm(a) === norm(b);

/** Whether two records say the same thing (ids and ETags aside): an import then writes nothing. */
export function sameFinding(a: HistoricalFinding, b: HistoricalFinding): boolean {
  const texts: (keyof HistoricalFinding)[] = [
    'key',
    'period',
    'teamName',
    'serviceArea',
    'area',
    'kind',
    'text',
    'paper',
    'ref',
    'responseText'
  ];
  return (
    texts.every((k) => sameText(a[k] as string | undefined, b[k] as string | undefined)) &&
    sameDate(a.visitDate, b.visitDate) &&
    sameDate(a.committeeDate, b.committeeDate) &&
    !!a.summarisesForms === !!b.summarisesForms
  );
}

/** The lists' Text column limit, which the history's short fields are stored in. */
export const HISTORY_TEXT_MAX = 255;

/** Refuses a record whose short fields would not fit the list (an import names the paper to fix). */
export function assertStorableFinding(record: HistoricalFinding): void {
  const long = (['key', 'period', 'paper', 'ref', 'teamName', 'serviceArea'] as const).filter(
    (k) => (record[k] ?? '').length > HISTORY_TEXT_MAX
  );
  if (long.length)
    throw new Error(
      `Historical finding '${record.key.slice(0, 80)}': ${long.join(', ')} over ${HISTORY_TEXT_MAX} characters.`
    );
}
