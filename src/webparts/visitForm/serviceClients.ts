// Loaded with the first save or answer (chunk 'service-api', see serviceApis.ts).
export { HttpFindingsApi } from '../../adapters/service/findingsApi';
export { HttpRequestsApi } from '../../adapters/service/requestsApi';
