// /lists/…/items: query, add (201 + item), items(id) GET / MERGE (IF-Match, 204 + ETag) /
// DELETE, recycle, FieldValuesAsText, versions and per-item permissions.
import { Ctx, Reply, noContent, replyCollection, replyEntity, replyPrimitive } from '../http/context';
import { Entity, entity } from '../http/format';
import { errors } from '../http/odataErrors';
import { Segment, argNumber } from '../http/pathParser';
import { queryItems } from '../query/itemQuery';
import { parseItemSelection } from '../query/select';
import { canReadItem, demand, demandItemWrite, ownItemsOnly } from '../security/permissions';
import { Perm } from '../security/roles';
import { CoerceContext } from '../store/fieldTypes';
import { ItemRow } from '../store/itemsRepo';
import { ListInfo } from '../store/listsRepo';
import { isSecuritySegment, securityRoute } from './security';
import { itemEntity, itemEtag } from './itemEntity';
import { listEditLink } from './entities';
import { versionsRoute } from './versions';
import { allow, checkEtag, end, isUpdate, now } from './util';

const coerceContext = (ctx: Ctx): CoerceContext => ctx.store.coerceContext(ctx.site.timeZone);

function query(ctx: Ctx, list: ListInfo): Reply {
  const fields = ctx.store.lists.fields(list.id);
  const sel = parseItemSelection(ctx.query.get('$select'), ctx.query.get('$expand'), fields);
  const page = queryItems(ctx, list, fields);
  const cache = new Map<number, Entity | null>();
  const items = page.rows.map((r) => itemEntity(ctx, list, fields, r, sel, cache));
  return replyCollection(ctx, items, `SP.Data.${list.entity_name}Item`, page.nextLink);
}

function add(ctx: Ctx, list: ListInfo): Reply {
  demand(ctx, { kind: 'list', listId: list.id }, Perm.AddListItems);
  if (ownItemsOnly(ctx, list, 'WriteSecurity', 4)) throw errors.accessDenied();
  const fields = ctx.store.lists.fields(list.id);
  const t = now();
  const row = ctx.store.items.add(list, fields, ctx.body, ctx.caller.id, t, coerceContext(ctx));
  ctx.store.lists.touchItems(list.id, t);
  return replyEntity(ctx, itemEntity(ctx, list, fields, row), 201);
}

function fieldValuesAsText(ctx: Ctx, list: ListInfo, row: ItemRow): Reply {
  const fields = ctx.store.lists.fields(list.id);
  const full = itemEntity(ctx, list, fields, row);
  const props = Object.fromEntries(
    Object.entries(full.props).map(([k, v]) => [
      k,
      v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v)
    ])
  );
  const editLink = `${full.editLink}/FieldValuesAsText`;
  return replyEntity(
    ctx,
    entity({ type: 'SP.FieldStringValues', uri: `${ctx.site.webUrl}/_api/${editLink}`, editLink, props })
  );
}

export function itemRouteById(ctx: Ctx, list: ListInfo, id: number, tail: Segment[]): Reply {
  const row = ctx.store.items.get(list.id, id);
  // Items the caller cannot see do not exist for them (security trimming), as in SharePoint.
  if (!row || !canReadItem(ctx, list, row))
    throw ctx.method === 'GET' ? errors.itemNotFound() : errors.itemNotFoundOnWrite();
  const securable = { kind: 'item', listId: list.id, itemId: id } as const;
  if (tail.length > 0) {
    const [s, ...rest] = tail;
    if (s.lname === 'versions') return versionsRoute(ctx, list, row, s, rest);
    if (s.lname === 'fieldvaluesastext') {
      end(rest);
      allow(ctx, s.name, 'GET');
      return fieldValuesAsText(ctx, list, row);
    }
    if (s.lname === 'recycle') {
      end(rest);
      allow(ctx, 'recycle', 'POST');
      demandItemWrite(ctx, list, row, Perm.DeleteListItems);
      ctx.store.security.dropItemScope(list.id, id);
      ctx.store.items.delete(list.id, id);
      return replyPrimitive(ctx, 'Recycle', row.GUID, 'Edm.Guid');
    }
    if (isSecuritySegment(s)) return securityRoute(ctx, securable, s, rest, `${listEditLink(list)}/Items(${id})`);
    throw errors.resourceNotFound(s.raw);
  }
  const fields = ctx.store.lists.fields(list.id);
  if (ctx.method === 'GET') {
    const sel = parseItemSelection(ctx.query.get('$select'), ctx.query.get('$expand'), fields);
    return replyEntity(ctx, itemEntity(ctx, list, fields, row, sel));
  }
  if (ctx.method === 'DELETE') {
    demandItemWrite(ctx, list, row, Perm.DeleteListItems);
    checkEtag(ctx, itemEtag(row));
    ctx.store.security.dropItemScope(list.id, id);
    ctx.store.items.delete(list.id, id);
    ctx.store.lists.touchItems(list.id, now());
    return { status: 200, headers: {}, body: '' };
  }
  if (!isUpdate(ctx.method)) throw errors.methodNotAllowed(ctx.method, `SP.Data.${list.entity_name}Item`);
  demandItemWrite(ctx, list, row, Perm.EditListItems);
  checkEtag(ctx, itemEtag(row));
  const t = now();
  const next = ctx.store.items.update(list, fields, row, ctx.body, ctx.caller.id, t, coerceContext(ctx));
  ctx.store.lists.touchItems(list.id, t);
  return noContent({ ETag: itemEtag(next) });
}

export function itemsRoute(ctx: Ctx, list: ListInfo, seg: Segment, tail: Segment[]): Reply {
  if (seg.args && seg.args.length > 0) return itemRouteById(ctx, list, argNumber(seg) ?? -1, tail);
  if (tail.length === 0) {
    if (ctx.method === 'POST') return add(ctx, list);
    allow(ctx, 'items', 'GET');
    return query(ctx, list);
  }
  const [s, ...rest] = tail;
  if (s.lname === 'getbyid') return itemRouteById(ctx, list, argNumber(s) ?? -1, rest);
  throw errors.resourceNotFound(s.raw);
}
