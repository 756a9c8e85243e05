// Request body parsing. Verbose bodies ({"__metadata": {...}, "Choices": {"results": [...]}}) are
// normalised to the plain shape so handlers see one form whichever metadata style the client used.
import { IncomingMessage } from 'http';
import { SpError, errors } from './odataErrors';

export const MAX_BODY_BYTES = 50 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) failed = true;
      else chunks.push(c);
    });
    req.on('end', () => (failed ? reject(errors.tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => k !== '__metadata');
    if (keys.length === 1 && keys[0] === 'results' && Array.isArray(o.results))
      return (o.results as unknown[]).map(normalise);
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = normalise(o[k]);
    return out;
  }
  return v;
}

/** Deeper bodies are refused: request bodies are flat field values, and normalise() recurses. */
export const MAX_JSON_DEPTH = 64;

/** Nesting depth of a parsed JSON value, measured without recursion. */
function depthOf(v: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[v, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [x, d] = top;
    if (!x || typeof x !== 'object') continue;
    max = Math.max(max, d + 1);
    for (const child of Object.values(x)) stack.push([child, d + 1]);
  }
  return max;
}

export interface ParsedBody {
  body: Record<string, unknown>;
  type?: string;
}

/** Parses a JSON request body; an empty body is {}; anything not a JSON object is a 400. */
export function parseJsonBody(raw: string): ParsedBody {
  if (raw.trim() === '') return { body: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw errors.invalidJson();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw errors.invalidJson();
  const depth = depthOf(parsed);
  if (depth > MAX_JSON_DEPTH) throw errors.jsonTooDeep(depth, MAX_JSON_DEPTH);
  const meta = (parsed as { __metadata?: { type?: unknown } }).__metadata;
  const type = meta && typeof meta.type === 'string' ? meta.type : undefined;
  return { body: normalise(parsed) as Record<string, unknown>, type };
}

export function isSpError(e: unknown): e is SpError {
  return e instanceof SpError;
}
