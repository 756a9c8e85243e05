// Parses the part of a REST URL after /_api/ into segments such as getByTitle('Visit Rota'),
// items(12) or addroleassignment(principalid=5, roledefid=1073741827). Parameter aliases
// (…/users(@v)?@v='i:0#.f|membership|x') are resolved from the query string.
import { SpError, errors } from './odataErrors';

export type Literal =
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'guid'; v: string }
  | { t: 'null' };

export interface Arg {
  key?: string;
  value: Literal;
}

export interface Segment {
  name: string;
  /** Lower-cased name: SharePoint REST path names are case-insensitive. */
  lname: string;
  /** undefined when the segment has no parentheses. */
  args?: Arg[];
  raw: string;
}

function splitSegments(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (inQuote) {
      cur += c;
      if (c === "'") {
        if (path[i + 1] === "'") cur += path[++i];
        else inQuote = false;
      }
      continue;
    }
    if (c === "'") inQuote = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (c === '/' && depth === 0) {
      if (cur.length > 0) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (inQuote || depth !== 0) throw errors.resourceNotFound(path);
  if (cur.length > 0) out.push(cur);
  return out;
}

/** Parses one literal at the start of `s`; returns it and the rest. */
export function parseLiteral(s: string): [Literal, string] {
  const str = /^(guid|datetime|datetimeoffset)?'((?:[^']|'')*)'/i.exec(s);
  if (str) {
    const text = str[2].replace(/''/g, "'");
    const v: Literal =
      str[1]?.toLowerCase() === 'guid' ? { t: 'guid', v: text.toLowerCase() } : { t: 'string', v: text };
    return [v, s.slice(str[0].length)];
  }
  const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(s);
  if (num) return [{ t: 'number', v: parseFloat(num[0]) }, s.slice(num[0].length)];
  const word = /^(true|false|null)\b/i.exec(s);
  if (word) {
    const w = word[1].toLowerCase();
    return [w === 'null' ? { t: 'null' } : { t: 'bool', v: w === 'true' }, s.slice(word[0].length)];
  }
  throw new SpError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `Bad literal near '${s.slice(0, 30)}'.`
  );
}

function resolveAlias(name: string, query: URLSearchParams): Literal {
  const raw = query.get(name);
  if (raw === null) throw errors.badExpression(name);
  const [lit, rest] = parseLiteral(raw.trim());
  if (rest.trim() !== '') throw errors.badExpression(raw);
  return lit;
}

function parseArgs(text: string, query: URLSearchParams): Arg[] {
  const args: Arg[] = [];
  let s = text.trim();
  while (s.length > 0) {
    let key: string | undefined;
    const kv = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*/.exec(s);
    if (kv) {
      key = kv[1].toLowerCase();
      s = s.slice(kv[0].length);
    }
    let value: Literal;
    const alias = /^@[A-Za-z0-9_]+/.exec(s);
    if (alias) {
      value = resolveAlias(alias[0], query);
      s = s.slice(alias[0].length);
    } else {
      [value, s] = parseLiteral(s);
    }
    args.push({ key, value });
    s = s.trim();
    if (s.startsWith(',')) s = s.slice(1).trim();
    else if (s.length > 0) throw errors.badExpression(text);
  }
  return args;
}

export function parsePath(apiPath: string, query: URLSearchParams): Segment[] {
  return splitSegments(apiPath).map((raw) => {
    const open = raw.indexOf('(');
    if (open < 0) return { name: raw, lname: raw.toLowerCase(), raw };
    if (!raw.endsWith(')')) throw errors.resourceNotFound(raw);
    const name = raw.slice(0, open);
    return { name, lname: name.toLowerCase(), args: parseArgs(raw.slice(open + 1, -1), query), raw };
  });
}

/** The string value of the first (or the named) argument. */
export function argString(seg: Segment, key?: string): string | undefined {
  const a = key ? seg.args?.find((x) => x.key === key) : seg.args?.[0];
  if (!a) return undefined;
  const v = a.value;
  return v.t === 'string' || v.t === 'guid'
    ? v.v
    : v.t === 'number'
      ? String(v.v)
      : v.t === 'bool'
        ? String(v.v)
        : undefined;
}

export function argNumber(seg: Segment, key?: string): number | undefined {
  const s = argString(seg, key);
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export function argBool(seg: Segment, key: string, fallback: boolean): boolean {
  const a = seg.args?.find((x) => x.key === key);
  if (!a) return fallback;
  if (a.value.t === 'bool') return a.value.v;
  if (a.value.t === 'string') return a.value.v.toLowerCase() === 'true';
  return fallback;
}
