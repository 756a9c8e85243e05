// The Frontline service: one Node process with the service's own SharePoint identity. It serves
// the findings and requests APIs for the web parts, and the bot's /api/messages (src/bot) alongside.
import * as http from 'http';
import type { AddressInfo } from 'net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { FINDINGS_API, REQUESTS_API } from '../adapters/service/contract';
import { findingsRouter, type FindingsApiDeps } from './findingsRoutes';
import { requestsRouter, type RequestsApiDeps } from './requestsRoutes';

export const DEFAULT_SERVICE_PORT = 3978;
/** Well above the largest form (5 answers x 10,000 characters, JSON-escaped), far below abuse. */
const BODY_LIMIT = '512kb';
/** Well above the longest answer (4,000 characters, JSON-escaped). */
const REQUEST_BODY_LIMIT = '64kb';

export interface ServiceOptions extends FindingsApiDeps, RequestsApiDeps {
  /** Origins whose pages may call the API (the SharePoint tenant, e.g. https://contoso.sharepoint.com). */
  allowedOrigins?: string[];
  /** Mounts more routes (the bot's /api/messages) on the same app. */
  extend?: (app: express.Express) => void;
}

export function createServiceApp(options: ServiceOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
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
  app.get('/api/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(FINDINGS_API, express.json({ limit: BODY_LIMIT, type: () => true }), findingsRouter(options));
  app.use(REQUESTS_API, express.json({ limit: REQUEST_BODY_LIMIT, type: () => true }), requestsRouter(options));
  options.extend?.(app);
  // Body parser failures (malformed JSON, too large) as JSON errors rather than HTML pages.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (err.type === 'entity.too.large') return res.status(413).json({ error: { code: 'TooLarge', message: 'The request is too large to process.' } });
    if (err.type === 'entity.parse.failed') return res.status(400).json({ error: { code: 'BadRequest', message: 'The request was not valid JSON.' } });
    options.log?.('service', err);
    return res.status(err.status && err.status < 500 ? err.status : 500).json({ error: { code: 'ServiceError', message: 'The Frontline service could not handle that request.' } });
  });
  return app;
}

export interface ServiceHandle {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startService(options: ServiceOptions & { port?: number; host?: string }): Promise<ServiceHandle> {
  const server = http.createServer(createServiceApp(options));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_SERVICE_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}
