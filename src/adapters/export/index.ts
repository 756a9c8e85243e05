// The exporters: committee pack to .docx and CSV, dashboard tables to CSV, a visit to .ics.
// Importing this barrel does not load docx; packToDocx loads it on first use.
export { DOCX_MIME_TYPE, packToDocx, type PackDocxOptions } from './packDocx';
export {
  CSV_MIME_TYPE,
  dashboardToCsv,
  PACK_CSV_COLUMNS,
  packToCsv,
  safeCell,
  type CsvColumn,
  type CsvOptions,
  type PackCsvRow
} from './packCsv';
export {
  agendaLines,
  CONFIDENTIALITY_REMINDER,
  ICS_MIME_TYPE,
  visitToIcs,
  visitUid,
  type VisitIcsInput
} from './visitIcs';
