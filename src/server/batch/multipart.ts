// OData $batch wire format: multipart/mixed requests (with changesets for writes) in, flat
// --batchresponse_ parts out, one "HTTP/1.1 <code> <text>" per request, in request order — the
// shape @pnp/sp's batch parser reads. Responses use LF line endings: PnPjs splits on "\n" and a
// trailing "\r" in the status text would make the fetch Response constructor throw.
import { randomUUID } from 'crypto';
import { STATUS_CODES } from 'http';
import { errors } from '../http/odataErrors';

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

interface MimePart {
  headers: Record<string, string>;
  body: string;
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

function parseHeaders(lines: string[]): Record<string, string> {
  const h: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) h[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return h;
}

/** Splits a multipart body on its boundary; each part's headers end at the first blank line. */
function splitParts(text: string, boundary: string): MimePart[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const delim = `--${boundary}`;
  const parts: MimePart[] = [];
  let cur: string[] | undefined;
  let closed = false;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === delim || t === `${delim}--`) {
      if (cur) parts.push(toPart(cur));
      cur = t === delim ? [] : undefined;
      if (t !== delim) {
        closed = true;
        break;
      }
    } else if (cur) cur.push(line);
  }
  if (!closed) throw errors.badBatch(`missing closing boundary --${boundary}--`);
  return parts;
}

function toPart(lines: string[]): MimePart {
  const blank = lines.findIndex((l) => l.trim() === '');
  const head = blank < 0 ? lines : lines.slice(0, blank);
  const body = blank < 0 ? '' : lines.slice(blank + 1).join('\n');
  return { headers: parseHeaders(head), body: body.replace(/\n+$/, '') };
}

function toRequest(part: MimePart): BatchPart {
  const lines = part.body.split('\n');
  const m = /^([A-Z]+)\s+(\S+)\s+HTTP\/\d(\.\d)?$/i.exec((lines[0] ?? '').trim());
  if (!m) throw errors.badBatch(`bad request line "${(lines[0] ?? '').slice(0, 80)}"`);
  const rest = lines.slice(1);
  const blank = rest.findIndex((l) => l.trim() === '');
  const headerLines = blank < 0 ? rest : rest.slice(0, blank);
  const body =
    blank < 0
      ? ''
      : rest
          .slice(blank + 1)
          .join('\n')
          .trim();
  return { method: m[1].toUpperCase(), url: m[2], headers: parseHeaders(headerLines), body };
}

/** Parses a $batch request body into its requests, in order (changeset parts inlined). */
export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw errors.badBatch('Content-Type must be multipart/mixed with a boundary');
  const out: BatchPart[] = [];
  for (const part of splitParts(body, boundary)) {
    const type = part.headers['content-type'] ?? '';
    if (/^multipart\/mixed/i.test(type)) {
      const inner = boundaryOf(type);
      if (!inner) throw errors.badBatch('changeset without boundary');
      for (const p of splitParts(part.body, inner)) out.push(toRequest(p));
    } else out.push(toRequest(part));
  }
  return out;
}

export interface PartReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Builds the multipart/mixed response; returns its boundary and body. */
export function buildBatchResponse(replies: PartReply[]): { boundary: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const r of replies) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${r.status} ${STATUS_CODES[r.status] ?? 'Unknown'}`);
    for (const [k, v] of Object.entries(r.headers)) out.push(`${k === 'Content-Type' ? 'CONTENT-TYPE' : k}: ${v}`);
    out.push('');
    if (r.body !== '') out.push(r.body);
  }
  out.push(`--${boundary}--`, '');
  return { boundary, body: out.join('\n') };
}
