// A pass-through HTTP proxy in front of the local list server that counts what the list server
// sees: requests, request and response bytes, and `METHOD path` of each. The workbench host and the
// Frontline service both point at it, so a count covers the browser's own reads and the service's
// reads and writes on the browser's behalf (a form save goes browser -> service -> list server).
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface Tally {
  requests: number;
  requestBytes: number;
  responseBytes: number;
  lines: string[];
}

export interface CountingProxy {
  /** The list server's site URL, rewritten to go through the proxy. */
  siteUrl: string;
  /** What was seen since the last reset, then starts again from zero. */
  take(): Tally;
  close(): Promise<void>;
}

export async function startCountingProxy(siteUrl: string): Promise<CountingProxy> {
  const target = new URL(siteUrl);
  let tally: Tally = { requests: 0, requestBytes: 0, responseBytes: 0, lines: [] };
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      tally.requests++;
      tally.requestBytes += body.length;
      tally.lines.push(
        `${req.method} ${decodeURIComponent(req.url ?? '')
          .replace(target.pathname, '')
          .slice(0, 140)}`
      );
      const headers = { ...req.headers, host: target.host };
      const out = http.request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.on('data', (c: Buffer) => (tally.responseBytes += c.length));
          up.pipe(res);
        }
      );
      out.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
      out.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    siteUrl: `http://127.0.0.1:${port}${target.pathname}`,
    take: () => {
      const t = tally;
      tally = { requests: 0, requestBytes: 0, responseBytes: 0, lines: [] };
      return t;
    },
    close: () =>
      new Promise<void>((resolve) => (agent.destroy(), server.closeAllConnections(), server.close(() => resolve())))
  };
}
