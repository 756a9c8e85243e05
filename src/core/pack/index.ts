// The committee briefing pack: its model, and building it from the lists.
export * from './types';
export { buildCommitteePack, packVisits, type PackInput } from './build';
export { SUMMARY_BUCKETS, type SummaryBuckets } from './buckets';
export { splitSentences, splitStatements, type StatementUnit } from './statements';
