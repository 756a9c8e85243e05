// Translates a parsed $filter into SQL over an items table, with type-aware literal conversion, and
// finds the part of a filter an index can serve (for the list view threshold check).
import { errors } from '../http/odataErrors';
import { kindInfo } from '../store/fieldTypes';
import { toUtcIso } from '../store/time';
import { CmpOp, FilterNode, FnCall, Lit, Operand } from './filterParser';

export interface ResolvedField {
  /** SQL expression for the value (table alias t). */
  sql: string;
  /** Field kind governing conversions (User sub-properties Title/EMail/Name act as Text). */
  kind: number;
  name: string;
  indexed: boolean;
}

export type FieldResolver = (path: string) => ResolvedField;

const FLIP: Record<CmpOp, CmpOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };
const SQL_OP: Record<CmpOp, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };
const TEXT_KINDS = new Set([2, 3, 6]);

export class FilterSql {
  readonly params: unknown[] = [];

  constructor(
    private readonly resolve: FieldResolver,
    private readonly timeZone: string,
    private readonly text: string
  ) {}

  private bad(): Error {
    return errors.badExpression(this.text);
  }

  private field(o: Operand): ResolvedField {
    if (o.k !== 'field') throw this.bad();
    const f = this.resolve(o.path);
    if (!kindInfo(f.kind).filterable) throw errors.fieldNotQueryable(f.name, kindInfo(f.kind).typeAsString);
    return f;
  }

  /** Converts a literal to the stored form of the field's kind. */
  private literal(f: ResolvedField, lit: Lit): unknown {
    const t = lit.t;
    switch (f.kind) {
      case 2:
      case 6:
      case 15:
        if (t === 'string') return lit.v;
        if (t === 'number') return String(lit.v);
        throw this.bad();
      case 1:
      case 5:
      case 9:
      case 10:
      case 20: {
        const n = t === 'number' ? lit.v : t === 'string' && lit.v.trim() !== '' ? Number(lit.v) : NaN;
        if (!Number.isFinite(n)) throw this.bad();
        return n;
      }
      case 4: {
        if (t !== 'datetime' && t !== 'string') throw this.bad();
        const iso = toUtcIso(lit.v, this.timeZone);
        if (!iso) throw this.bad();
        return iso;
      }
      case 8:
        if (t === 'bool') return lit.v ? 1 : 0;
        if (t === 'number' && (lit.v === 0 || lit.v === 1)) return lit.v;
        throw this.bad();
      case 14:
        if (t === 'guid' || t === 'string') return lit.v.toLowerCase();
        throw this.bad();
      default:
        throw this.bad();
    }
  }

  private like(pattern: string, f: ResolvedField): string {
    this.params.push(pattern);
    return `${f.sql} LIKE ? ESCAPE '\\'`;
  }

  private fn(call: FnCall): string {
    const [a, b] = call.args;
    const fieldArg = call.name === 'startswith' ? a : b;
    const valueArg = call.name === 'startswith' ? b : a;
    const f = this.field(fieldArg);
    if (valueArg.k !== 'lit' || valueArg.t !== 'string' || !(TEXT_KINDS.has(f.kind) || f.kind === 14)) throw this.bad();
    const escaped = valueArg.v.replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.like(call.name === 'startswith' ? `${escaped}%` : `%${escaped}%`, f);
  }

  private cmp(op: CmpOp, l: Operand, r: Operand): string {
    if (l.k === 'lit' && r.k !== 'lit') return this.cmp(FLIP[op], r, l);
    if (l.k === 'fn') {
      if (r.k !== 'lit' || r.t !== 'bool' || (op !== 'eq' && op !== 'ne')) throw this.bad();
      const positive = (op === 'eq') === r.v;
      const sql = this.fn(l);
      return positive ? sql : `NOT (${sql})`;
    }
    if (r.k !== 'lit') throw this.bad();
    const f = this.field(l);
    if (r.t === 'null') {
      if (op === 'eq') return `${f.sql} IS NULL`;
      if (op === 'ne') return `${f.sql} IS NOT NULL`;
      throw this.bad();
    }
    const value = this.literal(f, r);
    if (f.kind === 15) {
      if (op !== 'eq' && op !== 'ne') throw this.bad();
      this.params.push(value);
      const exists = `EXISTS (SELECT 1 FROM json_each(${f.sql}) WHERE value = ? COLLATE NOCASE)`;
      return op === 'eq' ? exists : `NOT ${exists}`;
    }
    this.params.push(value);
    // SharePoint's "ne" keeps empty values: null is not equal to anything.
    if (op === 'ne') return `(${f.sql} IS NULL OR ${f.sql} <> ?)`;
    return `${f.sql} ${SQL_OP[op]} ?`;
  }

  toSql(node: FilterNode): string {
    switch (node.k) {
      case 'and':
      case 'or':
        return `(${this.toSql(node.l)} ${node.k.toUpperCase()} ${this.toSql(node.r)})`;
      case 'not':
        return `NOT (${this.toSql(node.e)})`;
      case 'fn':
        return this.fn(node);
      case 'cmp':
        return this.cmp(node.op, node.l, node.r);
    }
  }
}

function fieldOf(node: FilterNode): Operand | undefined {
  if (node.k === 'fn') return node.name === 'startswith' ? node.args[0] : undefined;
  if (node.k !== 'cmp') return undefined;
  if (node.l.k === 'field') return node.l;
  if (node.r.k === 'field') return node.r;
  if (node.l.k === 'fn' && node.l.name === 'startswith') return node.l.args[0];
  return undefined;
}

/**
 * The part of the filter an index can narrow down: comparisons (not "ne") and startswith on
 * indexed fields, all branches of an "or", any branch of an "and". Undefined when nothing can.
 */
export function indexSeek(node: FilterNode, resolve: FieldResolver): FilterNode | undefined {
  switch (node.k) {
    case 'and': {
      const l = indexSeek(node.l, resolve);
      const r = indexSeek(node.r, resolve);
      return l && r ? { k: 'and', l, r } : (l ?? r);
    }
    case 'or': {
      const l = indexSeek(node.l, resolve);
      const r = indexSeek(node.r, resolve);
      return l && r ? { k: 'or', l, r } : undefined;
    }
    case 'not':
      return undefined;
    default: {
      if (node.k === 'cmp' && node.op === 'ne') return undefined;
      const f = fieldOf(node);
      if (!f || f.k !== 'field') return undefined;
      return resolve(f.path).indexed ? node : undefined;
    }
  }
}
