// The officers' dashboard model: rows, filters and counts.
export { dashboardRows } from './rows';
export { byArea, byCommitteeDay, byCouncillor, countByStatus, filterRows } from './filters';
export * from './types';
