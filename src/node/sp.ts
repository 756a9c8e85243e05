// @pnp/sp for Node (the bot, jobs, provisioning, tests). Two ways in, one adapter code path:
//  - the local list server: the caller is named by a header, as the server expects;
//  - SharePoint Online: an app-only token from a certificate credential (client secrets are
//    refused by SharePoint for app-only REST), injected as a Bearer header.
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, InjectHeaders } from '@pnp/queryable';

/** Gets an access token for a resource scope; @azure/identity's TokenCredential fits this shape. */
export interface TokenSource {
  getToken(scope: string): Promise<{ token: string } | null>;
}

export type SpAuth =
  /** Omit `user` to act as the server's default user. */
  { kind: 'local'; user?: string } | { kind: 'app'; credential: TokenSource };

export interface NodeSpOptions {
  /** Attempts for 429/503/504, honouring Retry-After (PnPjs counts the first). */
  retries?: number;
  /** First back-off in ms when there is no Retry-After (doubles each time). */
  interval?: number;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

export const LOCAL_USER_HEADER = 'X-Frontline-User';

export function nodeSp(siteUrl: string, auth: SpAuth, options: NodeSpOptions = {}): SPFI {
  const sp = spfi(siteUrl).using(
    SPBrowser({ baseUrl: siteUrl }),
    BrowserFetchWithRetry({ retries: options.retries ?? 6, interval: options.interval ?? 200 })
  );
  const headers = { ...(options.headers ?? {}) };
  if (auth.kind === 'local') {
    if (auth.user) headers[LOCAL_USER_HEADER] = auth.user;
    return sp.using(InjectHeaders(headers));
  }
  if (Object.keys(headers).length) sp.using(InjectHeaders(headers));
  const scope = `${new URL(siteUrl).origin}/.default`;
  return sp.using((instance) => {
    instance.on.auth.replace(async function (url: URL, init: RequestInit) {
      const token = await auth.credential.getToken(scope);
      if (!token)
        throw new Error(`No app-only token for ${scope}: check the certificate and the app's Sites.Selected grant.`);
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token.token}` };
      return [url, init];
    });
    return instance;
  });
}
