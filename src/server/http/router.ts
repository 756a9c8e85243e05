// Turns one REST call (top-level or a $batch part) into a Ctx and dispatches it. Writes run in one
// SQLite transaction, so a failing request leaves nothing half-done.
import { Caller, Ctx, Reply, SiteConfig, errorReply } from './context';
import { detectFormat } from './format';
import { parseJsonBody } from './body';
import { SpError, errors } from './odataErrors';
import { parsePath } from './pathParser';
import { Store } from '../store/store';
import { contextInfo, siteRoute, webRoute } from '../handlers/web';
import { listsRoute } from '../handlers/lists';
import { demandSiteAccess } from '../security/permissions';

export interface RawRequest {
  method: string;
  /** Path and query as sent, e.g. /sites/frontline/_api/web/lists/getByTitle('X')/items?$top=5 */
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The effective verb: SharePoint honours X-HTTP-Method on POST (MERGE, DELETE, PUT, PATCH). */
export function effectiveMethod(method: string, headers: Record<string, string>): string {
  const m = method.toUpperCase();
  const override = headers['x-http-method']?.trim().toUpperCase();
  const verb = m === 'POST' && override ? override : m;
  return verb === 'PATCH' ? 'MERGE' : verb;
}

/** "/sites/frontline/_api/…" → "…" (case-insensitive), or undefined when it is not an API URL of the site. */
export function apiPathOf(pathname: string, sitePath: string): string | undefined {
  const prefix = `${sitePath}/_api`.toLowerCase();
  const lower = pathname.toLowerCase();
  if (lower === prefix || lower === `${prefix}/`) return '';
  if (!lower.startsWith(`${prefix}/`)) return undefined;
  return pathname.slice(prefix.length + 1);
}

function dispatch(ctx: Ctx): Reply {
  const [first, ...rest] = ctx.segments;
  if (!first) throw errors.resourceNotFound('_api');
  switch (first.lname) {
    case 'contextinfo':
      return contextInfo(ctx, rest);
    case 'web':
      return webRoute(ctx, rest);
    case 'site':
      return siteRoute(ctx, rest);
    case 'lists':
      return listsRoute(ctx, first, rest);
    default:
      throw errors.resourceNotFound(first.raw);
  }
}

/** Runs one API request and always returns a reply: errors become SharePoint-shaped bodies. */
export function execute(
  req: RawRequest,
  caller: () => Caller,
  store: Store,
  site: SiteConfig,
  onError?: (e: unknown) => void
): Reply {
  const format = detectFormat(req.headers.accept);
  try {
    const url = new URL(req.url, site.origin);
    const rawApi = apiPathOf(url.pathname, site.sitePath);
    if (rawApi === undefined) throw errors.resourceNotFound(url.pathname);
    let apiPath: string;
    try {
      apiPath = decodeURIComponent(rawApi);
    } catch {
      throw errors.resourceNotFound(rawApi);
    }
    const method = effectiveMethod(req.method, req.headers);
    const parsed = method === 'GET' || method === 'DELETE' ? { body: {} } : parseJsonBody(req.body);
    const ctx: Ctx = {
      method,
      segments: parsePath(apiPath, url.searchParams),
      query: url.searchParams,
      headers: req.headers,
      body: parsed.body,
      bodyType: 'type' in parsed ? parsed.type : undefined,
      format,
      caller: caller(),
      site,
      store,
      requestUrl: `${site.origin}${url.pathname}`
    };
    demandSiteAccess(store, ctx.caller);
    return method === 'GET' ? dispatch(ctx) : store.tx(() => dispatch(ctx));
  } catch (e) {
    if (e instanceof SpError) return errorReply(e, format);
    onError?.(e);
    return errorReply(errors.internal(e instanceof Error ? e.message : String(e)), format);
  }
}
