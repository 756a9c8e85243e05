// One mapper per list: domain object <-> list item. `select` names exactly the fields mapped, so
// every query $selects only what it reads. The shared parts are in mapperCore.ts, the rota's
// reference lists in rosterMappers.ts, a visit and its findings and requests in visitMappers.ts.
export { etagOf, pick, same, type Item, type Mapper } from './mapperCore';
export { councillorMapper, qaMapper, teamMapper } from './rosterMappers';
export { findingsKey, findingsMapper, requestMapper, visitMapper } from './visitMappers';
