// items(id)/versions: SharePoint's version history (who changed what, when) for lists with
// EnableVersioning; without versioning only the current version is listed, as in SharePoint.
import { Ctx, Reply, noContent, replyCollection, replyEntity } from '../http/context';
import { Entity, complex, entity } from '../http/format';
import { errors } from '../http/odataErrors';
import { Segment, argNumber } from '../http/pathParser';
import { queryCollection, selectProps } from '../query/collection';
import { demand } from '../security/permissions';
import { Perm } from '../security/roles';
import { ItemRow, VersionRow, versionData } from '../store/itemsRepo';
import { ListInfo, versioningOn } from '../store/listsRepo';
import { listEditLink } from './entities';
import { end } from './util';

function versionEntity(ctx: Ctx, list: ListInfo, row: ItemRow, v: VersionRow): Entity {
  const data = JSON.parse(v.data) as Record<string, unknown>;
  const editor = v.editor_id !== null ? ctx.store.principals.byId(v.editor_id) : undefined;
  const versionId = v.version * 512;
  const editLink = `${listEditLink(list)}/Items(${row.ID})/versions(${versionId})`;
  const { AuthorId, EditorId, Created, Modified, ...values } = data;
  void Created;
  return entity({
    type: 'SP.ListItemVersion',
    uri: `${ctx.site.webUrl}/_api/${editLink}`,
    editLink,
    props: {
      ...values,
      AuthorId,
      EditorId,
      Created: v.created,
      Modified,
      IsCurrentVersion: v.version === row.Version,
      VersionId: versionId,
      VersionLabel: `${v.version}.0`,
      OData__UIVersionString: `${v.version}.0`,
      Editor: complex('SP.FieldUserValue', {
        LookupId: v.editor_id,
        LookupValue: editor?.title ?? null,
        Email: editor?.email ?? null
      })
    }
  });
}

function currentOnly(list: ListInfo, row: ItemRow, ctx: Ctx): VersionRow {
  const fields = ctx.store.lists.fields(list.id);
  return {
    version: row.Version,
    created: row.Modified,
    editor_id: row.EditorId,
    data: JSON.stringify(versionData(fields, row))
  };
}

export function versionsRoute(ctx: Ctx, list: ListInfo, row: ItemRow, seg: Segment, tail: Segment[]): Reply {
  const securable = { kind: 'item', listId: list.id, itemId: row.ID } as const;
  demand(ctx, securable, Perm.ViewVersions);
  const rows = versioningOn(list) ? ctx.store.items.versions(list.id, row.ID) : [currentOnly(list, row, ctx)];
  const pick = (versionId: number): VersionRow => {
    const v = rows.find((r) => r.version * 512 === versionId);
    if (!v) throw errors.resourceNotFound(`versions(${versionId})`);
    return v;
  };
  let target: VersionRow | undefined;
  let rest = tail;
  if (seg.args && seg.args.length > 0) target = pick(argNumber(seg) ?? -1);
  else if (tail.length > 0 && tail[0].lname === 'getbyid') {
    target = pick(argNumber(tail[0]) ?? -1);
    rest = tail.slice(1);
  }
  end(rest);
  if (!target) {
    if (ctx.method !== 'GET') throw errors.methodNotAllowed(ctx.method, 'versions');
    return replyCollection(
      ctx,
      queryCollection(
        rows.map((v) => versionEntity(ctx, list, row, v)),
        ctx.query
      ),
      'SP.ListItemVersion'
    );
  }
  if (ctx.method === 'DELETE') {
    demand(ctx, securable, Perm.EditListItems);
    if (target.version === row.Version) throw errors.internal('The current version cannot be deleted.');
    ctx.store.sql.run(
      'DELETE FROM item_versions WHERE list_id = ? AND item_id = ? AND version = ?',
      list.id,
      row.ID,
      target.version
    );
    return noContent();
  }
  if (ctx.method !== 'GET') throw errors.methodNotAllowed(ctx.method, 'SP.ListItemVersion');
  return replyEntity(ctx, selectProps(versionEntity(ctx, list, row, target), ctx.query.get('$select')));
}
