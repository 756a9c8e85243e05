// An OTLP/HTTP collector for the telemetry tests: keeps every request it is sent and answers as a
// collector does, so a test can read what the service exported (tests/node/telemetry.test.ts,
// servicePackage.test.ts).
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface Received {
  path: string;
  contentType: string;
  body: string;
}

export interface OtlpCollector {
  /** http://127.0.0.1:<port>, for OTEL_EXPORTER_OTLP_ENDPOINT. */
  url: string;
  /** Every request, in the order received; a test may empty it. */
  received: Received[];
  close(): Promise<void>;
}

export async function startOtlpCollector(): Promise<OtlpCollector> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      received.push({ path: req.url ?? '', contentType: String(req.headers['content-type']), body });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
