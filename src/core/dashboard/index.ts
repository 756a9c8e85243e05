// The officers' dashboard model: rows, filters and counts.
export { councillorsLabel, dashboardRows } from './rows';
export { byArea, byCommitteeDay, byCouncillor, countByStatus, filterRows } from './filters';
export * from './types';
