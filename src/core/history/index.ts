// Historical findings from the seed papers: model, parsers, statements, ports and the import.
export * from './model';
export * from './ports';
export { checkCorrection, InvalidCorrectionError } from './corrections';
export { parseSeed000Themes, SEED_000 } from './seed000';
export { parseSeed001, SEED_001 } from './seed001';
export { parseSeed004, SEED_004 } from './seed004';
export { historyStatements, type HistoryStatementOptions } from './statements';
export {
  importHistory,
  parsePapers,
  PARSERS,
  type ImportCounts,
  type ImportResult,
  type PaperText
} from './importHistory';
