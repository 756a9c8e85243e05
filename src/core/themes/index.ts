// Themes: what keeps coming up in frontline visits. A configurable taxonomy, a transparent
// phrase-rule tagger with officer corrections, and counts by period for committee papers.
export * from './types';
export { DEFAULT_TAXONOMY, validateTaxonomy } from './taxonomy';
export {
  FINDINGS_YEAR_START_MONTH,
  MIN_STATEMENT_WORDS,
  periodOf,
  placeOfQuestion,
  splitSentences,
  splitStatements,
  statementsFromFindings,
  type QuestionPlace,
  type StatementContext
} from './statements';
export { latestCorrections, matchTheme, tagAll, tagStatement, tokens } from './tagger';
export { recurringThemes, themeTable, type RecurringTheme, type ThemeCounts, type ThemePeriodRow } from './summary';
