// Mappers for Findings History and Theme Corrections. Same shape as mappers.ts: `select` comes
// from the schema, and a partial value maps to a partial item.
import type { HistoricalFinding } from '../../core/history/model';
import type { Stored } from '../../core/ports/repositories';
import type { FindingArea, FindingKind, ThemeCorrection } from '../../core/themes/types';
import { CORRECTIONS_LIST, HISTORY_LIST, selectFields } from '../../lists/schema';
import { etagOf, pick, same, type Mapper } from './mappers';
import { fromSpDate, optStr, str, toSpDate } from './values';
import { normalizeEmail } from '../../core/email';

/** A Title a person can scan in the list view: the statement's first words. */
export function shortTitle(text: string, max: number = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Every field of a historical finding and its column: all required, so a new field cannot be left out. */
const HISTORY_FIELDS: { [K in keyof HistoricalFinding]-?: [string, (v: HistoricalFinding[K]) => unknown] } = {
  key: ['HistoryKey', same],
  period: ['Period', same],
  teamName: ['TeamName', same],
  serviceArea: ['ServiceArea', same],
  area: ['FindingArea', same],
  kind: ['FindingKind', same],
  text: ['Statement', same],
  paper: ['SourcePaper', same],
  ref: ['SourceRef', same],
  visitDate: ['VisitDate', toSpDate],
  responseText: ['ResponseText', same],
  committeeDate: ['CommitteeDate', toSpDate],
  summarisesForms: ['SummarisesForms', (v) => v === true]
};

export const historyMapper: Mapper<HistoricalFinding> = {
  select: selectFields(HISTORY_LIST),
  fromItem: (i): Stored<HistoricalFinding> => ({
    id: Number(i.Id),
    etag: etagOf(i),
    key: str(i.HistoryKey),
    period: str(i.Period),
    teamName: optStr(i.TeamName),
    serviceArea: optStr(i.ServiceArea),
    area: (optStr(i.FindingArea) ?? 'other') as FindingArea,
    kind: (optStr(i.FindingKind) ?? 'other') as FindingKind,
    text: str(i.Statement),
    paper: str(i.SourcePaper),
    ref: str(i.SourceRef),
    visitDate: fromSpDate(i.VisitDate),
    responseText: optStr(i.ResponseText),
    committeeDate: fromSpDate(i.CommitteeDate),
    ...(i.SummarisesForms === true ? { summarisesForms: true } : {})
  }),
  toItem: (r) => pick<HistoricalFinding>(r, HISTORY_FIELDS)
};

/** Every field of a record, absent ones as undefined, so an update also clears what the paper dropped. */
export function fullRecord(r: HistoricalFinding): HistoricalFinding {
  const full: Partial<Record<keyof HistoricalFinding, unknown>> = {};
  for (const k of Object.keys(HISTORY_FIELDS) as (keyof HistoricalFinding)[]) full[k] = r[k];
  return full as HistoricalFinding;
}

const lowerIfEmail = (by: string): string => (by.includes('@') ? normalizeEmail(by) : by.trim());

export const correctionMapper: Mapper<ThemeCorrection> = {
  select: selectFields(CORRECTIONS_LIST),
  fromItem: (i): Stored<ThemeCorrection> => ({
    id: Number(i.Id),
    etag: etagOf(i),
    statementKey: str(i.StatementKey),
    themeId: str(i.ThemeId),
    action: (optStr(i.CorrectionAction) ?? 'add') as ThemeCorrection['action'],
    by: str(i.CorrectedBy),
    at: fromSpDate(i.CorrectedAt) ?? '',
    note: optStr(i.Note)
  }),
  toItem: (c) =>
    pick<ThemeCorrection>(c, {
      statementKey: ['StatementKey', same],
      themeId: ['ThemeId', same],
      action: ['CorrectionAction', same],
      by: ['CorrectedBy', (v) => lowerIfEmail(v)],
      at: ['CorrectedAt', toSpDate],
      note: ['Note', same]
    })
};
