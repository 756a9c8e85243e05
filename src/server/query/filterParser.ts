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

/** Limits that keep every $filter far from the parser's stack and SQLite's limits (expression depth 1000, 32766 variables). */
export const FILTER_LIMITS = { depth: 100, terms: 500, length: 65536, fnValue: 1000 } as const;

// Sticky regexes: each token is matched in place, so tokenizing is linear in the text's length.
const QUOTED = /(datetime|datetimeoffset|guid)?'((?:[^']|'')*)'/iy;
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?(?![A-Za-z0-9_])/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/y;

function at(re: RegExp, s: string, i: number): string[] | null {
  re.lastIndex = i;
  return re.exec(s);
}

function tokenize(s: string, fail: () => Error): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      toks.push({ t: c === '(' ? 'lp' : c === ')' ? 'rp' : 'comma' });
      i++;
      continue;
    }
    const quoted = at(QUOTED, s, i);
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
    const num = at(NUMBER, s, i);
    if (num) {
      toks.push({ t: 'lit', lit: { k: 'lit', t: 'number', v: parseFloat(num[0]) } });
      i += num[0].length;
      continue;
    }
    const word = at(WORD, s, i);
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

/** A balanced tree over a chain of and/or operands (they associate), so depth grows as log2 of its length. */
function balanced(k: 'and' | 'or', xs: FilterNode[], from = 0, to = xs.length): FilterNode {
  if (to - from === 1) return xs[from];
  const mid = from + Math.ceil((to - from) / 2);
  return { k, l: balanced(k, xs, from, mid), r: balanced(k, xs, mid, to) };
}

/** Parses a $filter expression into a tree; refuses (400) expressions past FILTER_LIMITS before recursing deeper. */
export function parseFilter(text: string): FilterNode {
  const fail = (): Error => errors.badExpression(text);
  if (text.length > FILTER_LIMITS.length) throw errors.filterTooComplex(FILTER_LIMITS);
  const toks = tokenize(text, fail);
  let pos = 0;
  let depth = 0;
  let terms = 0;
  const enter = (): void => {
    if (++depth > FILTER_LIMITS.depth) throw errors.filterTooComplex(FILTER_LIMITS);
  };
  const term = (): void => {
    if (++terms > FILTER_LIMITS.terms) throw errors.filterTooComplex(FILTER_LIMITS);
  };
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
        enter();
        const args: Operand[] = [operand()];
        while (peek()?.t === 'comma') {
          pos++;
          args.push(operand());
        }
        expect('rp');
        depth--;
        if (args.length !== 2) throw fail();
        for (const a of args)
          if (a.k === 'lit' && a.t === 'string' && a.v.length > FILTER_LIMITS.fnValue)
            throw errors.valueTooLong(t.v, a.v.length, FILTER_LIMITS.fnValue);
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
      enter();
      const inner = orExpr();
      expect('rp');
      depth--;
      return inner;
    }
    term();
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
      enter();
      const e = unary();
      depth--;
      return { k: 'not', e };
    }
    return comparison();
  }

  function chain(k: 'and' | 'or', next: () => FilterNode): FilterNode {
    const xs = [next()];
    while (isWord(k)) {
      pos++;
      xs.push(next());
    }
    return balanced(k, xs);
  }

  function andExpr(): FilterNode {
    return chain('and', unary);
  }

  function orExpr(): FilterNode {
    return chain('or', andExpr);
  }

  if (toks.length === 0) throw fail();
  const tree = orExpr();
  if (pos !== toks.length) throw fail();
  return tree;
}
