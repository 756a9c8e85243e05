// The local workbench: SPFx 1.13+ has no local workbench, so this Node server plays the SharePoint
// page. It serves a page that renders the web parts' React roots (bundled at start-up), the icon
// font from node_modules, and proxies /sites/frontline/... to the local list server.
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import type { LocalDate } from '../../core/model';
import type { HostConfig } from '../client/context';
import { bundleClient } from './bundle';
import { renderPage } from './page';
import { proxyRequest, type ProxyTarget } from './proxy';

export const DEFAULT_HOST_PORT = 4321;

export interface HostOptions {
  /** Site URL of the local list server, e.g. http://127.0.0.1:4323/sites/frontline. */
  listServerUrl: string;
  /** TCP port; 0 picks a free one. Default: FRONTLINE_HOST_PORT or 4321. */
  port?: number;
  /** Interface to bind; default 127.0.0.1 (the identity header is trusted, so stay local). */
  host?: string;
  siteTitle?: string;
  /** Fixed London day the web parts take as today (demos, tests); default the real day. */
  today?: LocalDate;
  /** Minified production React; default false (readable development warnings). */
  production?: boolean;
  /** The Frontline service (findings API), proxied at /api/ as a tenant would route it; none: 503. */
  serviceUrl?: string;
}

export interface HostHandle {
  /** The workbench page, e.g. http://127.0.0.1:4321/ */
  url: string;
  port: number;
  /** The site as the page sees it: same origin as the page, proxied to the list server. */
  siteUrl: string;
  bundleMillis: number;
  close(): Promise<void>;
}

// The package's "exports" hide package.json, so find its folder from the main entry (lib-commonjs/index.js).
const ICON_DIR = path.join(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2'
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

export async function startHost(options: HostOptions): Promise<HostHandle> {
  const site = new URL(options.listServerUrl.replace(/\/$/, ''));
  const sitePath = site.pathname;
  const agent = new http.Agent({ keepAlive: true });
  const target: ProxyTarget = {
    name: 'local list server',
    hostname: site.hostname,
    port: Number(site.port || 80),
    agent
  };
  const service = options.serviceUrl ? new URL(options.serviceUrl) : undefined;
  const serviceTarget: ProxyTarget | undefined = service && {
    name: 'Frontline service',
    hostname: service.hostname,
    port: Number(service.port || 80),
    agent
  };
  const config: HostConfig = { sitePath, siteTitle: options.siteTitle ?? 'Frontline Visits', today: options.today };
  const bundle = await bundleClient({ production: options.production });
  // Like a SharePoint page, each page carries a fresh form digest (see HostConfig.formDigestValue).
  const page = (): string =>
    renderPage({
      ...config,
      formDigestValue: `0x${randomBytes(32).toString('hex').toUpperCase()},${new Date().toUTCString()}`,
      formDigestTimeoutSeconds: 1800
    });

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const p = url.pathname;
    if (p === sitePath || p.startsWith(`${sitePath}/`)) return proxyRequest(target, req, res);
    if (p.startsWith('/api/')) {
      if (serviceTarget) return proxyRequest(serviceTarget, req, res);
      return send(
        res,
        503,
        'application/json',
        JSON.stringify({
          error: {
            code: 'NoService',
            message: 'The Frontline service is not running with this workbench, so forms cannot be saved or sent.'
          }
        })
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain', 'Only GET here; the site API is under ' + sitePath);
    const built = bundle.files.get(p);
    if (built) return send(res, 200, TYPES[path.extname(p)] ?? 'application/octet-stream', built);
    const icon = /^\/assets\/icons\/([\w.-]+\.woff2?)$/.exec(p);
    if (icon) {
      // The name is a plain file name (no slashes or ..), so it cannot leave the fonts folder.
      const file = path.join(ICON_DIR, icon[1]);
      if (!fs.existsSync(file)) return send(res, 404, 'text/plain', 'No such icon font');
      return send(res, 200, TYPES[path.extname(file)], fs.readFileSync(file), 'max-age=86400');
    }
    if (p === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (p === '/_host/health')
      return send(res, 200, 'application/json', JSON.stringify({ ok: true, sitePath, bundleMillis: bundle.millis }));
    // Every other one-segment path is a web part page; the client says when there is no such part.
    if (/^\/[\w-]*\/?$/.test(p)) return send(res, 200, 'text/html; charset=utf-8', page());
    send(res, 404, 'text/plain', 'Not found');
  }

  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch (e) {
      console.error('[host] unexpected error:', e);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Unexpected error in the local workbench');
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? Number(process.env.FRONTLINE_HOST_PORT ?? DEFAULT_HOST_PORT), host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`;
  return {
    url: `${origin}/`,
    port,
    siteUrl: `${origin}${sitePath}`,
    bundleMillis: bundle.millis,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser keeps connections alive; drop them so close() returns at once.
        server.closeAllConnections();
        agent.destroy();
      })
  };
}
