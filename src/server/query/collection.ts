// $filter / $orderby / $top / $select over small in-memory collections (lists, fields, users,
// groups, role definitions), e.g. fields.filter("Hidden eq false and ReadOnlyField eq false").
import { Entity } from '../http/format';
import { errors } from '../http/odataErrors';
import { FilterNode, Operand, parseFilter } from './filterParser';
import { orderKeys } from './itemQuery';

function operandValue(o: Operand, props: Record<string, unknown>): unknown {
  if (o.k === 'field') return props[o.path];
  if (o.k === 'lit') return o.t === 'null' ? null : o.v;
  return evaluate(o, props);
}

function norm(v: unknown): unknown {
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

function compare(a: unknown, b: unknown): number | undefined {
  const x = norm(a);
  const y = norm(b);
  if (x === null || x === undefined || y === null || y === undefined) return undefined;
  if (typeof x === 'number' && typeof y === 'string' && y.trim() !== '' && Number.isFinite(Number(y)))
    return x - Number(y);
  if (typeof x === 'string' && typeof y === 'number') return compare(Number(x), y);
  if (typeof x !== typeof y) return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
  return (x as number | string) < (y as number | string) ? -1 : (x as number | string) > (y as number | string) ? 1 : 0;
}

function evaluate(node: FilterNode, props: Record<string, unknown>): boolean {
  switch (node.k) {
    case 'and':
      return evaluate(node.l, props) && evaluate(node.r, props);
    case 'or':
      return evaluate(node.l, props) || evaluate(node.r, props);
    case 'not':
      return !evaluate(node.e, props);
    case 'fn': {
      const a = String(operandValue(node.args[0], props) ?? '').toLowerCase();
      const b = String(operandValue(node.args[1], props) ?? '').toLowerCase();
      return node.name === 'startswith' ? a.startsWith(b) : b.includes(a);
    }
    case 'cmp': {
      const l = operandValue(node.l, props);
      const r = operandValue(node.r, props);
      const lNull = l === null || l === undefined;
      const rNull = r === null || r === undefined;
      if (lNull || rNull) {
        if (node.op === 'eq') return lNull && rNull;
        if (node.op === 'ne') return lNull !== rNull;
        return false;
      }
      const c = compare(l, r);
      if (c === undefined) return false;
      return { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 }[node.op];
    }
  }
}

export function queryCollection(items: Entity[], query: URLSearchParams): Entity[] {
  let out = items;
  const filter = query.get('$filter');
  if (filter && filter.trim() !== '') {
    const tree = parseFilter(filter);
    out = out.filter((e) => evaluate(tree, e.props));
  }
  const orderby = query.get('$orderby');
  if (orderby && orderby.trim() !== '') {
    const keys = orderKeys(orderby).map((p) => {
      const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/i.exec(p);
      if (!m) throw errors.badExpression(orderby);
      return { name: m[1], dir: m[2]?.toLowerCase() === 'desc' ? -1 : 1 };
    });
    out = [...out].sort((a, b) => {
      for (const k of keys) {
        const c = compare(a.props[k.name], b.props[k.name]) ?? 0;
        if (c !== 0) return c * k.dir;
      }
      return 0;
    });
  }
  const top = query.get('$top');
  if (top !== null) {
    if (!/^\d+$/.test(top.trim())) throw errors.badQueryOption('$top', top);
    out = out.slice(0, Number(top));
  }
  return out.map((e) => selectProps(e, query.get('$select')));
}

/** $select on a non-item resource; names it does not know are ignored (see README). */
export function selectProps(e: Entity, select: string | null): Entity {
  const names = (select ?? '')
    .split(',')
    .map((s) => s.trim().split('/')[0])
    .filter(Boolean);
  if (names.length === 0 || names.includes('*')) return e;
  return { ...e, props: Object.fromEntries(names.filter((n) => n in e.props).map((n) => [n, e.props[n]])) };
}
