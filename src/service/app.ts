// The Frontline service: one Node process with the service's own SharePoint identity. It serves
// the findings and requests APIs for the web parts, and the bot's /api/messages (src/bot) alongside.
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { Duplex } from 'stream';
import express, { type NextFunction, type Request, type Response } from 'express';
import { FINDINGS_API, REQUESTS_API } from '../adapters/service/contract';
import { findingsRouter, type FindingsApiDeps } from './findingsRoutes';
import { requestsRouter, type RequestsApiDeps } from './requestsRoutes';
import { PRIVACY_API, privacyRouter, type PrivacyApiDeps } from './privacyRoutes';
import { mountOperations, type Operations, type ReadinessCheck } from './operations';
import { log } from './logger';

export const DEFAULT_SERVICE_PORT = 3978;
/** Well above the largest form (5 answers x 10,000 characters, JSON-escaped), far below abuse. */
const BODY_LIMIT = '512kb';
/** Well above the longest answer (4,000 characters, JSON-escaped). */
const REQUEST_BODY_LIMIT = '64kb';

export interface ServiceOptions extends FindingsApiDeps, RequestsApiDeps {
  /** Origins whose pages may call the API (the SharePoint tenant, e.g. https://contoso.sharepoint.com). */
  allowedOrigins?: string[];
  /** The dashboard's Privacy section (officers only): subject access and erasure with the service's identity. */
  privacy?: Pick<PrivacyApiDeps, 'subjectAccess' | 'erase'>;
  /** Mounts more routes (the bot's /api/messages) on the same app. */
  extend?: (app: express.Express) => void;
  /** What /readyz checks besides shutdown (the lists reachable, the site's settings valid). */
  ready?: ReadinessCheck[];
}

export function createServiceApp(options: ServiceOptions): express.Express {
  return buildApp(options).app;
}

function buildApp(options: ServiceOptions): { app: express.Express; operations: Operations } {
  const app = express();
  app.disable('x-powered-by');
  const operations = mountOperations(app, options.ready);
  const origins = new Set((options.allowedOrigins ?? []).map((o) => o.replace(/\/$/, '').toLowerCase()));
  // CORS for the SharePoint pages only: the web part sends a bearer token, never cookies.
  app.use('/api', (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && origins.has(origin.toLowerCase())) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'POST');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  });
  app.use(FINDINGS_API, express.json({ limit: BODY_LIMIT, type: () => true }), findingsRouter(options));
  app.use(REQUESTS_API, express.json({ limit: REQUEST_BODY_LIMIT, type: () => true }), requestsRouter(options));
  if (options.privacy)
    app.use(
      PRIVACY_API,
      express.json({ limit: '16kb', type: () => true }),
      privacyRouter({ ...options, ...options.privacy })
    );
  options.extend?.(app);
  // Anything else: a JSON 404 naming what is served, not express's HTML page.
  app.use((_req, res) => {
    res
      .status(404)
      .json({ error: { code: 'NotFound', message: `No such call. The Frontline service answers ${SERVED}.` } });
  });
  // Body parser and routing failures (malformed JSON, too large, an unreadable path) as JSON errors.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const refusal = refusalOf(err);
    if (refusal) return res.status(refusal.status).json({ error: { code: refusal.code, message: refusal.message } });
    options.log?.('service', err);
    return res
      .status(500)
      .json({ error: { code: 'ServiceError', message: 'The Frontline service could not handle that request.' } });
  });
  return { app, operations };
}

const SERVED =
  'POST /api/findings/<visit id>/draft or /submit (JSON), POST /api/messages (Bot Framework activities), GET /healthz, /readyz and /api/health';

/** A request the service cannot read, as the status and words to answer with; undefined for a fault of its own. */
function refusalOf(
  err: Error & { status?: number; type?: string }
): { status: number; code: string; message: string } | undefined {
  switch (err.type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: 'TooLarge',
        message: 'The request is too large to process: a form is at most 512 KB of JSON, an activity 1 MB.'
      };
    case 'entity.parse.failed':
      return { status: 400, code: 'BadRequest', message: 'The request was not valid JSON: send one JSON object.' };
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'UnsupportedCharset',
        message: 'Send the JSON as UTF-8 (Content-Type: application/json; charset=utf-8).'
      };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: 'UnsupportedEncoding',
        message: 'Send the body uncompressed, or with Content-Encoding gzip, deflate or identity.'
      };
  }
  const status = err.status;
  if (!status || status < 400 || status >= 500) return undefined;
  // Others express or the body reader raised: a path it cannot decode, a body that does not match its length or encoding.
  return {
    status,
    code: 'BadRequest',
    message: `The request could not be read. The Frontline service answers ${SERVED}.`
  };
}

/**
 * Requests Node's HTTP parser refuses before express sees them (a header value with a control
 * character, headers over 16 KB, a malformed request line) are answered in JSON too, not with
 * Node's bare "400 Bad Request".
 */
function answerUnparsable(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const message = tooLarge
    ? 'The request headers are too large: at most 16 KB in all.'
    : 'The request is not valid HTTP/1.1: header values must be visible ASCII text (no control characters or line breaks), and the request line METHOD /path HTTP/1.1.';
  const body = JSON.stringify({ error: { code: tooLarge ? 'HeadersTooLarge' : 'BadRequest', message } });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

export interface ServiceHandle {
  url: string;
  port: number;
  /** Closes at once, dropping requests in flight (tests). */
  close(): Promise<void>;
  /**
   * Graceful: stops accepting connections, answers 503 on /healthz and /readyz to connections still
   * open, waits up to `timeoutMs` for requests in flight, then closes. Resolves true when none was cut off.
   */
  shutdown(timeoutMs: number): Promise<boolean>;
}

export async function startService(options: ServiceOptions & { port?: number; host?: string }): Promise<ServiceHandle> {
  const { app, operations } = buildApp(options);
  const server = http.createServer(app);
  server.on('clientError', answerUnparsable);
  // Node answers an Expect other than 100-continue with a bare 417; say what is allowed instead.
  server.on('checkExpectation', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    const body = JSON.stringify({
      error: { code: 'ExpectationFailed', message: 'The only Expect this service takes is "100-continue".' }
    });
    res
      .writeHead(417, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        Connection: 'close'
      })
      .end(body);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_SERVICE_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  const close = (): Promise<void> => {
    if (server.listening) server.close();
    server.closeAllConnections();
    return closed;
  };
  return {
    url: `http://${host}:${port}`,
    port,
    close,
    async shutdown(timeoutMs) {
      operations.beginShutdown();
      // No new connections; keep-alive connections with nothing in flight go now.
      server.close();
      server.closeIdleConnections();
      log.info('shutting down', { inFlight: operations.inFlight, timeoutMs });
      const drained = await operations.drained(timeoutMs);
      if (!drained) log.warn('shutdown timed out with requests in flight', { inFlight: operations.inFlight });
      await close();
      return drained;
    }
  };
}
