// The list item resource: SharePoint's system properties plus one property per field, optionally
// narrowed by $select and with expanded person fields.
import { Ctx } from '../http/context';
import { Entity, entity } from '../http/format';
import { FieldDef, columnOf } from '../store/fieldTypes';
import { ItemRow, rowValues } from '../store/itemsRepo';
import { ListInfo } from '../store/listsRepo';
import { ItemSelection, USER_EXPAND_PROPS } from '../query/select';
import { listEditLink } from './entities';

export const itemEtag = (row: { Version: number }): string => `"${row.Version}"`;

function userInfo(ctx: Ctx, id: unknown, subs: Set<string>, cache: Map<number, Entity | null>): Entity | null {
  if (typeof id !== 'number') return null;
  const key = id;
  if (!cache.has(key)) {
    const u = ctx.store.principals.byId(id);
    if (!u) cache.set(key, null);
    else {
      const all: Record<string, unknown> = { Id: u.id, Title: u.title, EMail: u.email, Name: u.login_name };
      cache.set(
        key,
        entity({
          type: 'SP.Data.UserInfoItem',
          uri: `${ctx.site.webUrl}/_api/Web/SiteUserInfoList/Items(${u.id})`,
          editLink: `Web/SiteUserInfoList/Items(${u.id})`,
          props: all
        })
      );
    }
  }
  const full = cache.get(key);
  if (!full) return null;
  const wanted = subs.size > 0 ? [...subs] : USER_EXPAND_PROPS;
  return { ...full, props: Object.fromEntries(wanted.map((k) => [k, full.props[k]])) };
}

export function itemEntity(
  ctx: Ctx,
  list: ListInfo,
  fields: FieldDef[],
  row: ItemRow,
  sel: ItemSelection = { expand: new Map() },
  userCache = new Map<number, Entity | null>()
): Entity {
  const editLink = `${listEditLink(list)}/Items(${row.ID})`;
  const values = rowValues(fields, row);
  const { Title, ...custom } = values;
  const full: Record<string, unknown> = {
    FileSystemObjectType: 0,
    Id: row.ID,
    ContentTypeId: `0x0100${list.guid.replace(/-/g, '').toUpperCase()}`,
    Title: Title ?? null,
    ...custom,
    ID: row.ID,
    Modified: row.Modified,
    Created: row.Created,
    AuthorId: row.AuthorId,
    EditorId: row.EditorId,
    OData__UIVersionString: `${row.Version}.0`,
    Attachments: false,
    GUID: row.GUID
  };
  let props = full;
  if (sel.names) {
    props = {};
    for (const name of sel.names) {
      if (name === 'HasUniqueRoleAssignments') props[name] = row.ScopeId !== null;
      else if (!sel.expand.has(name)) props[name] = full[name];
    }
  }
  for (const [head, subs] of sel.expand) {
    if (sel.names && !sel.names.has(head)) continue;
    const f = fields.find((x) => x.internalName === head);
    if (!f) continue;
    props[head] = userInfo(ctx, row[columnOf(f).slice(1, -1)], subs, userCache);
  }
  return entity({
    type: `SP.Data.${list.entity_name}Item`,
    uri: `${ctx.site.webUrl}/_api/${editLink}`,
    id: row.GUID,
    editLink,
    etag: itemEtag(row),
    props
  });
}
