// GET …/items: $filter, $orderby, $top (default 100, max 5000), $skiptoken paging with
// odata.nextLink, the list view threshold and security trimming, all in one SQL query.
import { Ctx } from '../http/context';
import { errors } from '../http/odataErrors';
import { itemTrimming } from '../security/permissions';
import { FieldDef, columnOf, kindInfo, propertyOf } from '../store/fieldTypes';
import { ItemRow } from '../store/itemsRepo';
import { ListInfo } from '../store/listsRepo';
import { itemsTable } from '../store/schema';
import { parseFilter } from './filterParser';
import { FieldResolver, FilterSql, ResolvedField, indexSeek } from './filterSql';

export const DEFAULT_PAGE = 100;
export const MAX_TOP = 5000;

const USER_SUBS: Record<string, { col: string; kind: number }> = {
  Id: { col: 'id', kind: 5 },
  Title: { col: 'title', kind: 2 },
  EMail: { col: 'email', kind: 2 },
  Name: { col: 'login_name', kind: 2 }
};

/** Resolves $filter/$orderby names (ID, internal names, <User>Id, <User>/EMail …) to SQL. */
export function itemResolver(fields: FieldDef[]): FieldResolver {
  const byProp = new Map(fields.map((f) => [propertyOf(f), f]));
  return (path: string): ResolvedField => {
    if (path === 'Id' || path === 'ID') return { sql: 't."ID"', kind: 5, name: 'ID', indexed: true };
    const slash = path.indexOf('/');
    if (slash > 0) {
      const head = path.slice(0, slash);
      const sub = USER_SUBS[path.slice(slash + 1)];
      const f = fields.find((x) => x.internalName === head && x.kind === 20);
      if (!f || !sub) throw errors.unknownQueryField(path);
      const sql = `((SELECT p.${sub.col} FROM principals p WHERE p.id = t.${columnOf(f)}) COLLATE NOCASE)`;
      return { sql, kind: sub.kind, name: path, indexed: f.props.Indexed === true };
    }
    const f = byProp.get(path) ?? fields.find((x) => x.internalName === path && x.kind !== 20);
    if (!f) throw errors.unknownQueryField(path);
    return {
      sql: `t.${columnOf(f)}`,
      kind: f.kind,
      name: f.internalName,
      indexed: f.props.Indexed === true || f.internalName === 'ID'
    };
  };
}

interface OrderKey {
  f: ResolvedField;
  desc: boolean;
  key: string;
}

/** More keys than this are refused: each adds a column to the sort and a term per key to the paging condition. */
export const MAX_ORDER_KEYS = 16;

/** The comma-separated keys of an $orderby, refused (400) past MAX_ORDER_KEYS. */
export function orderKeys(text: string): string[] {
  const parts = text.split(',');
  if (parts.length > MAX_ORDER_KEYS) throw errors.tooManyOrderKeys(parts.length, MAX_ORDER_KEYS);
  return parts;
}

function parseOrderBy(text: string | null, resolve: FieldResolver): OrderKey[] {
  if (!text || text.trim() === '') return [];
  return orderKeys(text).map((part) => {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)?)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!m) throw errors.badExpression(text);
    const f = resolve(m[1]);
    if (f.kind === 3 || f.kind === 15) throw errors.fieldNotQueryable(f.name, kindInfo(f.kind).typeAsString);
    return { f, desc: m[2]?.toLowerCase() === 'desc', key: m[1].replace('/', '_') };
  });
}

function parseTop(text: string | null): number {
  if (text === null) return DEFAULT_PAGE;
  if (!/^\d+$/.test(text.trim())) throw errors.badQueryOption('$top', text);
  return Math.min(Number(text), MAX_TOP);
}

function decodeKey(f: ResolvedField, raw: string | null): unknown {
  if (raw === null || raw === '') return null;
  if ([1, 5, 8, 9, 10, 20].includes(f.kind)) {
    const n = Number(raw);
    return Number.isFinite(n) ? n : null;
  }
  return raw;
}

interface Cond {
  sql: string;
  params: unknown[];
}

/** Keyset condition "strictly after the last row of the previous page" in the sort order. */
function keyset(keys: OrderKey[], token: URLSearchParams): Cond | undefined {
  const ors: Cond[] = [];
  const eqs: Cond[] = [];
  for (const k of keys) {
    const s = k.f.sql;
    const v = decodeKey(k.f, token.get(`p_${k.key}`));
    // ASC sorts nulls first and DESC nulls last, as SQLite (and SharePoint) do.
    const after: Cond =
      v === null
        ? { sql: k.desc ? '0' : `${s} IS NOT NULL`, params: [] }
        : { sql: k.desc ? `(${s} < ? OR ${s} IS NULL)` : `${s} > ?`, params: [v] };
    const terms = [...eqs, after];
    ors.push({ sql: `(${terms.map((c) => c.sql).join(' AND ')})`, params: terms.flatMap((c) => c.params) });
    eqs.push(v === null ? { sql: `${s} IS NULL`, params: [] } : { sql: `${s} = ?`, params: [v] });
  }
  if (ors.length === 0) return undefined;
  return { sql: `(${ors.map((c) => c.sql).join(' OR ')})`, params: ors.flatMap((c) => c.params) };
}

function skipToken(keys: OrderKey[], last: ItemRow): string {
  const p = new URLSearchParams();
  p.set('Paged', 'TRUE');
  for (const k of keys) {
    if (k.f.name === 'ID') continue;
    const v = (last as Record<string, unknown>)[`__k_${k.key}`];
    p.set(`p_${k.key}`, v === null || v === undefined ? '' : String(v));
  }
  p.set('p_ID', String(last.ID));
  return p.toString();
}

export interface ItemPage {
  rows: ItemRow[];
  nextLink?: string;
}

export function queryItems(ctx: Ctx, list: ListInfo, fields: FieldDef[]): ItemPage {
  const resolve = itemResolver(fields);
  const q = ctx.query;
  const where: string[] = [];
  const params: unknown[] = [];
  const filterText = q.get('$filter');
  const tree = filterText && filterText.trim() !== '' ? parseFilter(filterText) : undefined;
  if (tree) {
    const fs = new FilterSql(resolve, ctx.site.timeZone, filterText as string);
    where.push(fs.toSql(tree));
    params.push(...fs.params);
  }
  const order = parseOrderBy(q.get('$orderby'), resolve);
  const top = parseTop(q.get('$top'));
  const keys: OrderKey[] = order.some((k) => k.f.name === 'ID')
    ? order
    : [...order, { f: resolve('ID'), desc: false, key: 'ID' }];

  const count = ctx.store.lists.itemCount(list.id);
  if (count > ctx.site.threshold) enforceThreshold(ctx, list, resolve, tree, filterText ?? '', order);

  const trim = itemTrimming(ctx, list);
  if (trim) {
    where.push(trim.sql);
    params.push(...trim.params);
  }
  const tokenText = q.get('$skiptoken');
  if (tokenText) {
    const token = new URLSearchParams(tokenText);
    if ((token.get('Paged') ?? '').toUpperCase() === 'TRUE') {
      const cond = keyset(keys, token);
      if (cond) {
        where.push(cond.sql);
        params.push(...cond.params);
      }
    }
  }
  const extra = keys
    .filter((k) => k.f.name !== 'ID')
    .map((k) => `, ${k.f.sql} AS "__k_${k.key}"`)
    .join('');
  const sql =
    `SELECT t.*${extra} FROM ${itemsTable(list.id)} t` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    ` ORDER BY ${keys.map((k) => `${k.f.sql} ${k.desc ? 'DESC' : 'ASC'}`).join(', ')} LIMIT ?`;
  const rows = ctx.store.sql.all<ItemRow>(sql, ...params, top + 1);
  if (rows.length <= top || top === 0) return { rows: rows.slice(0, top) };
  const page = rows.slice(0, top);
  const next = new URLSearchParams(q);
  next.delete('$skiptoken');
  next.set('$skiptoken', skipToken(keys, page[page.length - 1]));
  return { rows: page, nextLink: `${ctx.requestUrl}?${next.toString()}` };
}

/** Over the threshold, SharePoint only runs queries an index can serve within the threshold. */
function enforceThreshold(
  ctx: Ctx,
  list: ListInfo,
  resolve: FieldResolver,
  tree: ReturnType<typeof parseFilter> | undefined,
  text: string,
  order: OrderKey[]
): void {
  if (order.some((k) => !k.f.indexed)) throw errors.throttled();
  if (!tree) return;
  const seek = indexSeek(tree, resolve);
  if (!seek) throw errors.throttled();
  const fs = new FilterSql(resolve, ctx.site.timeZone, text);
  const cond = fs.toSql(seek);
  const n = ctx.store.sql.get<{ n: number }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM ${itemsTable(list.id)} t WHERE ${cond} LIMIT ?)`,
    ...fs.params,
    ctx.site.threshold + 1
  )?.n;
  if ((n ?? 0) > ctx.site.threshold) throw errors.throttled();
}
