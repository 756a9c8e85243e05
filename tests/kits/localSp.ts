// The real @pnp/sp client in Node, pointed at the local list server as a given user: the same
// behaviours SPBrowser uses (default headers and init, fetch with retry, OData parsing, request
// digest) plus the X-Frontline-User header that names the caller locally.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { nodeSp } from '../../src/node/sp';

export interface LocalSpOptions {
  /** Attempts for 429/503/504 (PnPjs default 3, counting the first). */
  retries?: number;
  /** First back-off when there is no Retry-After header, in ms (doubles each time). */
  interval?: number;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

/** An SPFI for `siteUrl` (e.g. startListServer().url) acting as `userEmail` (omit to use the server's default user). */
export function localSp(siteUrl: string, userEmail?: string, options: LocalSpOptions = {}): SPFI {
  return nodeSp(
    siteUrl,
    { kind: 'local', user: userEmail },
    { retries: options.retries ?? 3, interval: options.interval, headers: options.headers }
  );
}
