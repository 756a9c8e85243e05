// The Frontline service's HTTP clients for findings and escalated issues, as the web part hands
// them to composeVisitForm.ts: their code (requests, error mapping) loads with the first save or
// answer (chunk 'service-api'), not in the first download.
import type { ApiFetch, FindingsApi } from '../../adapters/service/findingsApi';
import type { RequestsApi } from '../../adapters/service/requestsApi';
import { lazyService } from '../shared/lazyService';
import { loadOnce } from '../shared/loadOnce';

export function lazyServiceApis(fetch: ApiFetch, serviceUrl: string): { findings: FindingsApi; requests: RequestsApi } {
  const clients = loadOnce(() => import(/* webpackChunkName: 'service-api' */ './serviceClients'));
  return {
    findings: lazyService(
      async () => new (await clients()).HttpFindingsApi(fetch, serviceUrl),
      ['saveDraft', 'submit'],
      {}
    ),
    requests: lazyService(
      async () => new (await clients()).HttpRequestsApi(fetch, serviceUrl),
      ['respond', 'delegate', 'ask', 'reply'],
      {}
    )
  };
}
