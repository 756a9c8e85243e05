// Loaded with the Privacy tab on SharePoint: the Frontline service's address from the tenant
// properties FrontlineServiceUrl / FrontlineServiceAppIdUri (set once by the admin, as the visit
// form reads them) and an AadHttpClient for its API, so each call carries the officer's token.
import { AadHttpClient, type AadHttpClientFactory } from '@microsoft/sp-http';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { ServiceConnection } from './privacyService';

export async function aadServiceConnection(
  sp: SPFI,
  factory: AadHttpClientFactory
): Promise<ServiceConnection | undefined> {
  const read = (key: string): Promise<string | undefined> =>
    sp.web.getStorageEntity(key).then(
      (e) => e?.Value || undefined,
      () => undefined
    );
  const [serviceUrl, appIdUri] = await Promise.all([read('FrontlineServiceUrl'), read('FrontlineServiceAppIdUri')]);
  if (!serviceUrl || !appIdUri) return undefined;
  const client = await factory.getClient(appIdUri);
  return { fetch: (url, init) => client.fetch(url, AadHttpClient.configurations.v1, init), baseUrl: serviceUrl };
}
