// Public surface of the local workbench (Node only). Browser helpers for tests and benchmarks are
// in ./browser, kept apart so `npm start` never loads playwright-core.
export { startHost, DEFAULT_HOST_PORT } from './host';
export type { HostOptions, HostHandle } from './host';
