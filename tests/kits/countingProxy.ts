// A pass-through HTTP proxy in front of the local list server that counts what the list server
// sees: requests, request and response bytes, and `METHOD path` of each. The workbench host and the
// Frontline service both point at it, so a count covers the browser's own reads and the service's
// reads and writes on the browser's behalf (a form save goes browser -> service -> list server).
import * as http from 'http';
import type { AddressInfo } from 'net';
import { performance } from 'perf_hooks';

export interface Tally {
  requests: number;
  requestBytes: number;
  responseBytes: number;
  lines: string[];
  /** Each request's lifetime at the proxy (ms, performance.now()): arrival to the end of its response. */
  spans: { start: number; end: number }[];
}

/**
 * Sequential round trips: requests whose lifetimes overlap are one step (they were in flight
 * together), so this is the number of list round trips a caller waited for one after another.
 */
export function sequentialSteps(spans: { start: number; end: number }[]): number {
  let steps = 0;
  let until = -Infinity;
  for (const s of spans.slice().sort((a, b) => a.start - b.start)) {
    if (s.start >= until) steps++;
    until = Math.max(until, s.end);
  }
  return steps;
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
  const empty = (): Tally => ({ requests: 0, requestBytes: 0, responseBytes: 0, lines: [], spans: [] });
  let tally = empty();
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const span = { start: performance.now(), end: Number.NaN };
    const spans = tally.spans;
    res.once('finish', () => ((span.end = performance.now()), spans.push(span)));
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
      tally = empty();
      return t;
    },
    close: () =>
      new Promise<void>((resolve) => (agent.destroy(), server.closeAllConnections(), server.close(() => resolve())))
  };
}
