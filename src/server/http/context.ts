// What a handler receives (the request, resolved caller and site) and what it returns.
import { Complex, Entity, Format, collectionBody, contentType, primitiveBody, singleBody } from './format';
import { SpError, errorBody } from './odataErrors';
import { Segment } from './pathParser';
import { Store } from '../store/store';
import type { Directory } from '../security/identity';

export interface Caller {
  id: number;
  email: string;
  loginName: string;
  title: string;
  isSiteAdmin: boolean;
  /** The user and every site group they belong to. */
  principalIds: number[];
}

export interface SiteConfig {
  origin: string;
  sitePath: string;
  /** Absolute web URL, e.g. http://127.0.0.1:4323/sites/frontline */
  webUrl: string;
  threshold: number;
  timeZone: string;
  /** Identities `web/ensureuser` may register; undefined: any well-formed e-mail address. */
  directory?: Directory;
}

export interface Ctx {
  /** Effective method: X-HTTP-Method wins over POST (MERGE, DELETE, PUT). */
  method: string;
  segments: Segment[];
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  /** __metadata.type of a verbose body, if any. */
  bodyType?: string;
  format: Format;
  caller: Caller;
  site: SiteConfig;
  store: Store;
  /** Absolute URL of the request without its query (for odata.nextLink). */
  requestUrl: string;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const metadataUrl = (ctx: Ctx, suffix: string): string => `${ctx.site.webUrl}/_api/$metadata#${suffix}`;

function json(ctx: Ctx, status: number, body: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': contentType(ctx.format), ...headers }, body };
}

export function replyEntity(ctx: Ctx, e: Entity, status = 200, headers: Record<string, string> = {}): Reply {
  const h = e.etag !== undefined ? { ETag: e.etag, ...headers } : headers;
  return json(ctx, status, singleBody(e, ctx.format, metadataUrl(ctx, `${e.type}/@Element`)), h);
}

export function replyComplex(ctx: Ctx, c: Complex, status = 200): Reply {
  return json(ctx, status, singleBody(c, ctx.format, metadataUrl(ctx, c.type)));
}

export function replyCollection(ctx: Ctx, items: Entity[], typeName: string, nextLink?: string): Reply {
  return json(ctx, 200, collectionBody(items, ctx.format, metadataUrl(ctx, typeName), nextLink));
}

export function replyPrimitive(ctx: Ctx, name: string, value: unknown, edm: string): Reply {
  return json(ctx, 200, primitiveBody(name, value, ctx.format, metadataUrl(ctx, edm)));
}

export function noContent(headers: Record<string, string> = {}): Reply {
  return { status: 204, headers, body: '' };
}

export function errorReply(err: SpError, format: Format): Reply {
  return {
    status: err.status,
    headers: { 'Content-Type': contentType(format === 'verbose' ? 'verbose' : 'minimal'), ...err.headers },
    body: errorBody(err, format === 'verbose')
  };
}
