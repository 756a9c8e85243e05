// HTTP/1.1 over a plain socket, for requests fetch and http.request refuse to send: header values
// with NUL, CR/LF, DEL or bytes over 0x7F, request targets with spaces, headers over Node's 16 KB
// limit. The request is written byte for byte; the answer is read until the server closes.
import * as net from 'net';

export interface RawRequest {
  method: string;
  /** The request target as sent (not encoded here). */
  target: string;
  /** Names and values as bytes (latin1 for strings); Host, Content-Length and Connection are added. */
  headers: Array<[string, string | Buffer]>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

const latin1 = (v: string | Buffer): Buffer => (typeof v === 'string' ? Buffer.from(v, 'latin1') : v);

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function parse(raw: Buffer): RawResponse {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`no HTTP response head in ${JSON.stringify(raw.toString('latin1').slice(0, 200))}`);
  const [statusLine, ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.subarray(split + 4);
  // Only the first answer: a header value with CR/LF in it can split one request into two.
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  else if (headers['content-length'] !== undefined) body = body.subarray(0, Number(headers['content-length']));
  const text = body.toString('utf8');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status, headers, text, json };
}

export function rawRequest(baseUrl: string, request: RawRequest, timeoutMs = 15000): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const body = request.body === undefined ? Buffer.alloc(0) : Buffer.from(request.body as string | Buffer);
  const head = [
    latin1(`${request.method} ${request.target} HTTP/1.1\r\nHost: ${url.host}\r\n`),
    ...request.headers.map(([name, value]) => Buffer.concat([latin1(`${name}: `), latin1(value), latin1('\r\n')])),
    latin1(`Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`)
  ];
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(url.port), url.hostname);
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`no answer in ${timeoutMs} ms to ${request.method} ${request.target}`))
    );
    socket.on('data', (c: Buffer) => chunks.push(c));
    // The server may answer and close before the whole request is written (a refused head).
    socket.on('error', (e: NodeJS.ErrnoException) =>
      chunks.length && e.code === 'ECONNRESET' ? undefined : reject(e)
    );
    socket.on('close', () => {
      try {
        resolve(parse(Buffer.concat(chunks)));
      } catch (e) {
        reject(e);
      }
    });
    socket.write(Buffer.concat([...head, body]));
  });
}
