// Hand-labelled finding statements, copied verbatim from the seed papers, with the themes a reader
// would give them. The labels were written by reading each statement against the theme descriptions
// in DEFAULT_TAXONOMY, BEFORE any matching rule existed, and were not changed after running the
// tagger: where the rules miss or over-match, the evaluation shows it. Some statements deliberately
// have no theme, some have two or three, and a few are hard (OCR "Al" for AI; "supervisors" of family
// time, not staff supervision) so the figures are not flattering.
//
// The statements are data, in labelled.json beside this file: one group per seed paper (seed 001's
// 2017-18 Appendix 2, seed 000's 2023-24 themes, seed 004's July 2025 forms and briefing summary),
// each with its period and source, and one row per statement: [text, expected themes, reference in
// the paper, area, kind].
import { FINDING_AREAS, FINDING_KINDS } from '../../../src/core/history/model';
import type { FindingArea, FindingKind } from '../../../src/core/themes/types';
import { list, oneOf, readBeside, record, text, texts } from './labelledJson';

export interface Labelled {
  text: string;
  expected: string[];
  paper: 'seed-000' | 'seed-001' | 'seed-004';
  ref: string;
  period: string;
  area: FindingArea;
  kind: FindingKind;
}

const PAPERS: readonly Labelled['paper'][] = ['seed-001', 'seed-000', 'seed-004'];
const COLUMNS = ['text', 'expected', 'ref', 'area', 'kind'];

function loadLabelled(file: string): Labelled[] {
  return list(readBeside(file), file).flatMap((g, gi) => {
    const group = record(g, `${file}[${gi}]`);
    const where = `${file} ${String(group.paper)}`;
    const paper = oneOf(group.paper, PAPERS, `${where} paper`);
    const period = text(group.period, `${where} period`);
    text(group.source, `${where} source`);
    if (texts(group.columns, `${where} columns`).join() !== COLUMNS.join())
      throw new Error(`${where}: columns are not ${COLUMNS.join(', ')}`);
    return list(group.rows, `${where} rows`).map((r, i): Labelled => {
      const row = list(r, `${where} row ${i}`);
      if (row.length !== COLUMNS.length) throw new Error(`${where} row ${i}: ${row.length} columns`);
      return {
        text: text(row[0], `${where} row ${i} text`),
        expected: texts(row[1], `${where} row ${i} expected`),
        paper,
        ref: text(row[2], `${where} row ${i} ref`),
        period,
        area: oneOf(row[3], FINDING_AREAS, `${where} row ${i} area`),
        kind: oneOf(row[4], FINDING_KINDS, `${where} row ${i} kind`)
      };
    });
  });
}

export const LABELLED: Labelled[] = loadLabelled('labelled.json');
