// $filter parser for the OData v3 subset SharePoint list items accept: eq ne gt ge lt le, and or not,
// parentheses, startswith(F,'x'), substringof('x',F), literals ('it''s', 12, 1.5, true, null,
// datetime'…', guid'…'). Any syntax error becomes SharePoint's 400 "The expression … is not valid."
import { errors } from '../http/odataErrors';

export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Lit =
  | { k: 'lit'; t: 'string'; v: string }
  | { k: 'lit'; t: 'number'; v: number }
  | { k: 'lit'; t: 'bool'; v: boolean }
  | { k: 'lit'; t: 'null' }
  | { k: 'lit'; t: 'datetime'; v: string }
  | { k: 'lit'; t: 'guid'; v: string };

export type Operand = Lit | { k: 'field'; path: string } | FnCall;

export interface FnCall {
  k: 'fn';
  name: 'startswith' | 'substringof';
  args: Operand[];
}

export type FilterNode =
  | { k: 'and' | 'or'; l: FilterNode; r: FilterNode }
  | { k: 'not'; e: FilterNode }
  | { k: 'cmp'; op: CmpOp; l: Operand; r: Operand }
  | FnCall;

type Tok = { t: 'lp' | 'rp' | 'comma' } | { t: 'word'; v: string } | { t: 'lit'; lit: Lit };

const CMP = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

function tokenize(s: string, fail: () => Error): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(') toks.push({ t: 'lp' });
    else if (c === ')') toks.push({ t: 'rp' });
    else if (c === ',') toks.push({ t: 'comma' });
    if ('(),'.includes(c)) {
      i++;
      continue;
    }
    const rest = s.slice(i);
    const quoted = /^(datetime|datetimeoffset|guid)?'((?:[^']|'')*)'/i.exec(rest);
    if (quoted) {
      const text = quoted[2].replace(/''/g, "'");
      const prefix = quoted[1]?.toLowerCase();
      const lit: Lit =
        prefix === 'guid'
          ? { k: 'lit', t: 'guid', v: text }
          : prefix
            ? { k: 'lit', t: 'datetime', v: text }
            : { k: 'lit', t: 'string', v: text };
      toks.push({ t: 'lit', lit });
      i += quoted[0].length;
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?(?![A-Za-z0-9_])/.exec(rest);
    if (num) {
      toks.push({ t: 'lit', lit: { k: 'lit', t: 'number', v: parseFloat(num[0]) } });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(rest);
    if (word) {
      const w = word[0];
      if (w === 'true' || w === 'false') toks.push({ t: 'lit', lit: { k: 'lit', t: 'bool', v: w === 'true' } });
      else if (w === 'null') toks.push({ t: 'lit', lit: { k: 'lit', t: 'null' } });
      else toks.push({ t: 'word', v: w });
      i += w.length;
      continue;
    }
    throw fail();
  }
  return toks;
}

/** Parses a $filter expression into a tree. */
export function parseFilter(text: string): FilterNode {
  const fail = (): Error => errors.badExpression(text);
  const toks = tokenize(text, fail);
  let pos = 0;
  const peek = (): Tok | undefined => toks[pos];
  const isWord = (v: string): boolean => {
    const t = peek();
    return t !== undefined && t.t === 'word' && t.v === v;
  };
  const expect = (t: Tok['t']): void => {
    if (peek()?.t !== t) throw fail();
    pos++;
  };

  function operand(): Operand {
    const t = peek();
    if (!t) throw fail();
    if (t.t === 'lit') {
      pos++;
      return t.lit;
    }
    if (t.t === 'word') {
      pos++;
      if (peek()?.t === 'lp') {
        if (t.v !== 'startswith' && t.v !== 'substringof') throw fail();
        pos++;
        const args: Operand[] = [operand()];
        while (peek()?.t === 'comma') {
          pos++;
          args.push(operand());
        }
        expect('rp');
        if (args.length !== 2) throw fail();
        return { k: 'fn', name: t.v, args };
      }
      if (CMP.has(t.v) || t.v === 'and' || t.v === 'or' || t.v === 'not') throw fail();
      return { k: 'field', path: t.v };
    }
    throw fail();
  }

  function comparison(): FilterNode {
    if (peek()?.t === 'lp') {
      pos++;
      const inner = orExpr();
      expect('rp');
      return inner;
    }
    const left = operand();
    const t = peek();
    if (t && t.t === 'word' && CMP.has(t.v)) {
      pos++;
      return { k: 'cmp', op: t.v as CmpOp, l: left, r: operand() };
    }
    if (left.k === 'fn') return left;
    throw fail();
  }

  function unary(): FilterNode {
    if (isWord('not')) {
      pos++;
      return { k: 'not', e: unary() };
    }
    return comparison();
  }

  function andExpr(): FilterNode {
    let l = unary();
    while (isWord('and')) {
      pos++;
      l = { k: 'and', l, r: unary() };
    }
    return l;
  }

  function orExpr(): FilterNode {
    let l = andExpr();
    while (isWord('or')) {
      pos++;
      l = { k: 'or', l, r: andExpr() };
    }
    return l;
  }

  if (toks.length === 0) throw fail();
  const tree = orExpr();
  if (pos !== toks.length) throw fail();
  return tree;
}
