// Public surface of the local SharePoint list server.
export { startListServer } from './server';
export type { ListServerHandle } from './server';
export type { ListServerOptions, FaultOptions } from './options';
export { USER_HEADER, USER_COOKIE } from './security/identity';
