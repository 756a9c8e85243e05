// A CLIENT span for each outgoing HTTP request made while a request or bot turn is served (its
// SharePoint round trips, a $batch being one), as a child of that request's span. Requests are seen
// through Node's diagnostics channels for fetch (undici:request:*), the hooks
// @opentelemetry/instrumentation-undici uses; src/node/telemetry.ts subscribes only when export is
// on. What a span may hold is decided here: the method, a SharePoint REST path with every argument
// masked but a plain list title (no query string, so no filter values), otherwise only the host;
// the status, a retry's resend count and the timing. Never a body, a header or a query string.
import * as diagnostics from 'diagnostics_channel';
import type { Attributes, Span } from '@opentelemetry/api';
import { currentRequestTrace, type RequestTrace } from '../service/telemetry';

/** What the tracer needs to record a client call under its request's span. */
export interface ClientSpanSink {
  /** The span of a request trace this tracer started, else undefined. */
  parentOf(trace: RequestTrace): Span | undefined;
  record(parent: Span, call: ClientCall): void;
}

export interface ClientCall {
  name: string;
  attributes: Attributes;
  startMs: number;
  endMs: number;
  /** 0 when no answer came (error set). */
  status: number;
  error?: string;
}

interface UndiciRequest {
  origin?: string | URL;
  method?: string;
  path?: string;
}

interface Pending {
  parent: Span;
  retries: Map<string, number>;
  /** Method and full address: kept in memory to count retries, never exported. */
  key: string;
  resend: number;
  method: string;
  url: URL;
  startMs: number;
  status: number;
}

/** Statuses PnPjs's BrowserFetchWithRetry tries again. */
const RETRIED = new Set([429, 503, 504]);
/** A list title kept in a span: letters, digits, spaces and a few marks, never an '@'. */
const PLAIN_TITLE = /^[\p{L}\p{N} _.-]{1,80}$/u;
/** `name(args)`, arguments possibly quoted (with '' inside quotes). */
const CALL = /\(((?:'(?:[^']|'')*'|[^')])*)\)/g;

/** `/_api/...` of a SharePoint REST path with every argument masked but a plain list title; else undefined. */
export function sharePointTemplate(path: string): string | undefined {
  const bare = path.split(/[?#]/)[0];
  const at = bare.toLowerCase().indexOf('/_api/');
  if (at < 0) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(bare.slice(at));
  } catch {
    return '/_api/*';
  }
  const masked = decoded.replace(CALL, (whole, args: string, offset: number) => {
    if (args === '') return '()';
    const title = /^'(.*)'$/.exec(args)?.[1];
    const byTitle = /getbytitle$/i.test(decoded.slice(0, offset));
    return byTitle && title !== undefined && PLAIN_TITLE.test(title) ? `('${title}')` : '(*)';
  });
  // Segment names only: anything else (a key in a path, an address) is masked.
  return masked
    .split('/')
    .map((seg) => (/^[A-Za-z0-9_$.-]*(\((\*|'[\p{L}\p{N} _.-]*')?\))?$/u.test(seg) ? seg : '*'))
    .join('/');
}

/** The span's name and attributes for a request: nothing of its query, body or headers. */
export function describeCall(method: string, url: URL): { name: string; attributes: Attributes } {
  const template = sharePointTemplate(url.pathname);
  const attributes: Attributes = {
    'http.request.method': method,
    'server.address': url.hostname,
    'server.port': Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
    ...(template ? { 'url.template': template } : {})
  };
  return { name: `${method} ${template ?? url.host}`, attributes };
}

const CHANNELS = ['undici:request:create', 'undici:request:headers', 'undici:request:trailers', 'undici:request:error'];

/**
 * Subscribes to fetch's diagnostics channels: each request made inside a traced request (but never
 * one to `skipOrigin`, the collector) becomes a call handed to `sink`. Returns how to unsubscribe.
 */
export function traceClientCalls(sink: ClientSpanSink, skipOrigin: string): () => void {
  const pending = new WeakMap<object, Pending>();
  const retriesOf = new WeakMap<RequestTrace, Map<string, number>>();
  const finish = (request: object, error?: string): void => {
    const p = pending.get(request);
    if (!p) return;
    pending.delete(request);
    if (error || RETRIED.has(p.status)) p.retries.set(p.key, p.resend + 1);
    else p.retries.delete(p.key);
    const { name, attributes } = describeCall(p.method, p.url);
    if (p.status) attributes['http.response.status_code'] = p.status;
    if (p.resend) attributes['http.request.resend_count'] = p.resend;
    const endMs = Date.now();
    sink.record(p.parent, { name, attributes, startMs: p.startMs, endMs, status: p.status, error });
  };
  const handlers: Record<string, (message: unknown) => void> = {
    'undici:request:create': (message) => {
      const trace = currentRequestTrace();
      const parent = trace && sink.parentOf(trace);
      if (!trace || !parent) return;
      const request = (message as { request: UndiciRequest }).request;
      let url: URL;
      try {
        url = new URL(request.path ?? '/', request.origin);
      } catch {
        return;
      }
      if (url.origin === skipOrigin) return;
      const retries = retriesOf.get(trace) ?? new Map<string, number>();
      retriesOf.set(trace, retries);
      const method = (request.method ?? 'GET').toUpperCase();
      const key = `${method} ${url.href}`;
      pending.set(request, {
        parent,
        retries,
        key,
        resend: retries.get(key) ?? 0,
        method,
        url,
        startMs: Date.now(),
        status: 0
      });
    },
    'undici:request:headers': (message) => {
      const { request, response } = message as { request: object; response: { statusCode: number } };
      const p = pending.get(request);
      if (p) p.status = response.statusCode;
    },
    'undici:request:trailers': (message) => finish((message as { request: object }).request),
    'undici:request:error': (message) => {
      const { request, error } = message as { request: object; error: unknown };
      const code = (error as { code?: unknown })?.code;
      finish(request, typeof code === 'string' ? code : error instanceof Error ? error.name : 'Error');
    }
  };
  for (const name of CHANNELS) diagnostics.subscribe(name, handlers[name]);
  return () => {
    for (const name of CHANNELS) diagnostics.unsubscribe(name, handlers[name]);
  };
}
