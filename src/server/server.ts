// The local SharePoint list server: Node's http module in front of the REST handlers and SQLite.
import * as http from 'http';
import { AddressInfo } from 'net';
import { executeBatch } from './batch/batch';
import { Fault, FaultInjector, FaultStats, faultBody } from './faults';
import { readBody } from './http/body';
import { corsHeaders, crossOriginRefusal, originKind } from './http/cors';
import { Reply, SiteConfig, errorReply } from './http/context';
import { detectFormat } from './http/format';
import { SpError, errors } from './http/odataErrors';
import { apiPathOf, execute } from './http/router';
import { LocalDeps, localRoute } from './localRoutes';
import { FaultOptions, ListServerOptions, resolveOptions } from './options';
import { resolveCaller } from './security/identity';
import { demandSiteAccess } from './security/permissions';
import { Store } from './store/store';
import { nowIso } from './store/time';
import { randomUUID } from 'crypto';

export interface ListServerHandle {
  /** Absolute web URL to give PnPjs, e.g. http://127.0.0.1:4323/sites/frontline */
  url: string;
  origin: string;
  port: number;
  dataDir: string;
  close(): Promise<void>;
  /** Changes fault injection at run time (merged into the current settings). */
  setFaults(faults: FaultOptions): FaultOptions;
  faultStats(): FaultStats;
  /** Adds items directly (one transaction, no HTTP): for seeding and large test lists. Returns the ids. */
  seedItems(listTitle: string, items: Array<Record<string, unknown>>, asUser?: string): number[];
}

function lowerHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** The request's URL, or undefined when the Host header is not a bare host[:port] or the target does not parse. */
function requestUrl(target: string | undefined, origin: string, host: string | undefined): URL | undefined {
  try {
    if (host !== undefined && (/[/?#@\\\s]/.test(host.trim()) || !new URL(`http://${host.trim()}`).host))
      return undefined;
    return new URL(target ?? '/', origin);
  } catch {
    return undefined;
  }
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startListServer(options: ListServerOptions = {}): Promise<ListServerHandle> {
  const opts = resolveOptions(options);
  const store = new Store(opts.dataDir);
  store.bootstrap({ siteTitle: opts.siteTitle, siteAdmins: opts.siteAdmins, groupMembers: opts.groupMembers });
  const faults = new FaultInjector(opts.faults);
  const local: LocalDeps = { store, faults, sitePath: opts.sitePath, defaultUser: opts.defaultUser };
  const onError = (e: unknown): void => console.error('[sp-local] unexpected error:', e);
  let boundPort = opts.port;

  function siteFor(headers: Record<string, string>): SiteConfig {
    const origin = `http://${headers.host ?? `${opts.host}:${boundPort}`}`;
    return {
      origin,
      sitePath: opts.sitePath,
      webUrl: `${origin}${opts.sitePath}`,
      threshold: opts.listViewThreshold,
      timeZone: opts.siteTimeZone,
      directory: opts.directory
    };
  }

  function apiReply(
    req: http.IncomingMessage,
    headers: Record<string, string>,
    body: string,
    site: SiteConfig,
    apiPath: string
  ): Reply {
    const format = detectFormat(headers.accept);
    const method = (req.method ?? 'GET').toUpperCase();
    const caller = () => resolveCaller(store, headers, opts.defaultUser);
    if (
      opts.requireDigest &&
      method === 'POST' &&
      !headers['x-requestdigest'] &&
      !headers.authorization &&
      !/^contextinfo$/i.test(apiPath)
    ) {
      return errorReply(errors.digestInvalid(), format);
    }
    if (apiPath.toLowerCase() === '$batch') {
      try {
        if (method !== 'POST') throw errors.methodNotAllowed(method, '$batch');
        const who = caller();
        demandSiteAccess(store, who);
        return executeBatch(body, headers['content-type'], who, store, site, onError);
      } catch (e) {
        if (e instanceof SpError) return errorReply(e, format);
        onError(e);
        return errorReply(errors.internal(String(e)), format);
      }
    }
    return execute({ method, url: req.url ?? '/', headers, body }, caller, store, site, onError);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = Date.now();
    const headers = lowerHeaders(req.headers);
    const site = siteFor(headers);
    const url = requestUrl(req.url, site.origin, headers.host);
    let reply: Reply;
    let body = '';
    try {
      body = await readBody(req);
    } catch (e) {
      reply = errorReply(e instanceof SpError ? e : errors.tooLarge(), 'minimal');
      return send(res, reply, headers, req, started);
    }
    if (!url) return send(res, errorReply(errors.badHost(), 'minimal'), headers, req, started);
    const method = (req.method ?? 'GET').toUpperCase();
    const refused = crossOriginRefusal(method, headers, originKind(headers, opts.allowedOrigins), opts.allowedOrigins);
    if (refused) return send(res, errorReply(refused, 'minimal'), headers, req, started);
    if (method === 'OPTIONS') return send(res, { status: 204, headers: {}, body: '' }, headers, req, started);
    if (url.pathname.startsWith('/_local/'))
      return send(res, localRoute({ method, pathname: url.pathname, headers, body }, local), headers, req, started);
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    const fault: Fault | undefined = faults.next();
    if (fault) {
      reply = {
        status: fault.status,
        headers: {
          'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8',
          'Retry-After': String(fault.retryAfterSeconds)
        },
        body: faultBody(fault)
      };
      return send(res, reply, headers, req, started);
    }
    const apiPath = apiPathOf(url.pathname, opts.sitePath);
    reply =
      apiPath === undefined
        ? errorReply(errors.resourceNotFound(url.pathname), 'minimal')
        : apiReply(req, headers, body, site, apiPath);
    send(res, reply, headers, req, started);
  }

  function send(
    res: http.ServerResponse,
    reply: Reply,
    headers: Record<string, string>,
    req: http.IncomingMessage,
    started: number
  ): void {
    if (res.headersSent) return;
    const h: Record<string, string> = {
      ...corsHeaders(headers, originKind(headers, opts.allowedOrigins)),
      SPRequestGuid: randomUUID(),
      'X-SharePointHealthScore': '0',
      MicrosoftSharePointTeamServices: '16.0.0.0',
      ...reply.headers
    };
    res.writeHead(reply.status, h);
    res.end(reply.status === 204 ? undefined : reply.body);
    if (opts.log) console.error(`[sp-local] ${req.method} ${req.url} -> ${reply.status} (${Date.now() - started} ms)`);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      onError(e);
      if (!res.headersSent)
        send(res, errorReply(errors.internal('Unexpected server error.'), 'minimal'), {}, req, Date.now());
    });
  });
  server.maxHeadersCount = 200;
  server.requestTimeout = 120000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  boundPort = (server.address() as AddressInfo).port;
  const hostForUrl = opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
  const origin = `http://${hostForUrl}:${boundPort}`;

  return {
    url: `${origin}${opts.sitePath}`,
    origin,
    port: boundPort,
    dataDir: opts.dataDir,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      }),
    setFaults: (f) => faults.set(f),
    faultStats: () => ({ ...faults.stats }),
    seedItems: (listTitle, items, asUser) =>
      store.tx(() => {
        const list = store.lists.byTitle(listTitle);
        if (!list) throw new Error(`List '${listTitle}' does not exist`);
        const fields = store.lists.fields(list.id);
        const userId = asUser ? store.principals.ensureUser(asUser).id : null;
        const t = nowIso();
        const ctx = store.coerceContext(opts.siteTimeZone);
        const ids = items.map((it) => store.items.add(list, fields, it, userId, t, ctx).ID);
        store.lists.touchItems(list.id, t);
        return ids;
      })
  };
}
