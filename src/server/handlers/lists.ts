// /web/lists: enumerate, create (BaseTemplate 100), getByTitle (case-insensitive), getById,
// lists(guid'…'), MERGE list properties, DELETE, and the list's fields, items and permissions.
import { Ctx, Reply, noContent, replyCollection, replyEntity } from '../http/context';
import { entity } from '../http/format';
import { errors } from '../http/odataErrors';
import { Segment, argNumber, argString } from '../http/pathParser';
import { queryCollection, selectProps } from '../query/collection';
import { demand, maskOn } from '../security/permissions';
import { Perm, has } from '../security/roles';
import { ListInfo } from '../store/listsRepo';
import { listEditLink, listEntity } from './entities';
import { fieldsRoute } from './fields';
import { itemRouteById, itemsRoute } from './items';
import { isSecuritySegment, securityRoute } from './security';
import { allow, checkEtag, end, isUpdate, now } from './util';

/** SP.List properties a client may set (others are refused like SharePoint refuses unknown ones). */
const WRITABLE = new Set([
  'Title',
  'Description',
  'Hidden',
  'EnableVersioning',
  'EnableMinorVersions',
  'MajorVersionLimit',
  'MajorWithMinorVersionsLimit',
  'ContentTypesEnabled',
  'AllowContentTypes',
  'EnableAttachments',
  'EnableFolderCreation',
  'NoCrawl',
  'OnQuickLaunch',
  'ForceCheckout',
  'EnableModeration',
  'DraftVersionVisibility',
  'ReadSecurity',
  'WriteSecurity',
  'ValidationFormula',
  'ValidationMessage',
  'IrmEnabled',
  'Direction',
  'ImageUrl',
  'ExcludeFromOfflineClient',
  'DisableGridEditing'
]);
const BOOLEAN = new Set([
  'Hidden',
  'EnableVersioning',
  'EnableMinorVersions',
  'ContentTypesEnabled',
  'AllowContentTypes',
  'EnableAttachments',
  'EnableFolderCreation',
  'NoCrawl',
  'OnQuickLaunch',
  'ForceCheckout',
  'EnableModeration',
  'IrmEnabled',
  'ExcludeFromOfflineClient',
  'DisableGridEditing'
]);

function listSettings(body: Record<string, unknown>, skip: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (skip.includes(k) || k.startsWith('odata.')) continue;
    if (!WRITABLE.has(k)) throw errors.unknownProperty(k, 'SP.List');
    if (BOOLEAN.has(k) && typeof v !== 'boolean') throw errors.badValue('Edm.Boolean');
    if ((k === 'ReadSecurity' || k === 'WriteSecurity') && ![1, 2, 4].includes(Number(v)))
      throw errors.badValue('Edm.Int32');
    out[k] = v;
  }
  return out;
}

function createList(ctx: Ctx): Reply {
  demand(ctx, { kind: 'web' }, Perm.ManageLists);
  const title = ctx.body.Title;
  if (typeof title !== 'string' || title.trim() === '') throw errors.badValue('Edm.String (Title)');
  const template = ctx.body.BaseTemplate === undefined ? 100 : Number(ctx.body.BaseTemplate);
  if (template !== 100)
    throw errors.notSupported(`BaseTemplate ${String(ctx.body.BaseTemplate)} (only 100, the generic list)`);
  if (ctx.store.lists.byTitle(title)) throw errors.listExists();
  const settings = listSettings(ctx.body, ['Title', 'BaseTemplate']);
  const list = ctx.store.lists.create(title, template, settings, now());
  return replyEntity(ctx, listEntity(ctx, list), 201);
}

function getList(ctx: Ctx, list: ListInfo): Reply {
  const select = ctx.query.get('$select') ?? '';
  const expand = (ctx.query.get('$expand') ?? '').toLowerCase();
  const extra: Record<string, unknown> = {};
  if (/hasuniqueroleassignments/i.test(select)) extra.HasUniqueRoleAssignments = list.scope_id !== null;
  if (expand.includes('rootfolder')) extra.RootFolder = rootFolder(ctx, list);
  return replyEntity(ctx, selectProps(listEntity(ctx, list, extra), ctx.query.get('$select')));
}

function rootFolder(ctx: Ctx, list: ListInfo) {
  const editLink = `${listEditLink(list)}/RootFolder`;
  return entity({
    type: 'SP.Folder',
    uri: `${ctx.site.webUrl}/_api/${editLink}`,
    editLink,
    props: {
      Name: list.url_name,
      ServerRelativeUrl: `${ctx.site.sitePath}/Lists/${list.url_name}`,
      UniqueId: list.guid
    }
  });
}

export function listRoute(ctx: Ctx, list: ListInfo, tail: Segment[]): Reply {
  const securable = { kind: 'list', listId: list.id } as const;
  if (tail.length === 0) {
    if (ctx.method === 'GET') return getList(ctx, list);
    demand(ctx, securable, Perm.ManageLists);
    checkEtag(ctx, `"${list.version}"`);
    if (ctx.method === 'DELETE') {
      ctx.store.security.dropListScopes(list.id);
      ctx.store.lists.delete(list);
      return noContent();
    }
    if (!isUpdate(ctx.method)) throw errors.methodNotAllowed(ctx.method, 'SP.List');
    const settings = listSettings(ctx.body, ['Title']);
    const title = typeof ctx.body.Title === 'string' && ctx.body.Title.trim() !== '' ? ctx.body.Title : list.title;
    const clash = ctx.store.lists.byTitle(title);
    if (clash && clash.id !== list.id) throw errors.listExists();
    ctx.store.lists.update(list, title, { ...list.props, ...settings }, now());
    return noContent();
  }
  const [s, ...rest] = tail;
  switch (s.lname) {
    case 'fields':
      return fieldsRoute(ctx, list, s, rest);
    case 'items':
      return itemsRoute(ctx, list, s, rest);
    case 'getitembyid':
      return itemRouteById(ctx, list, argNumber(s) ?? -1, rest);
    case 'rootfolder':
      end(rest);
      allow(ctx, 'RootFolder', 'GET');
      return replyEntity(ctx, selectProps(rootFolder(ctx, list), ctx.query.get('$select')));
    default:
      if (isSecuritySegment(s)) return securityRoute(ctx, securable, s, rest, listEditLink(list));
      throw errors.resourceNotFound(s.raw);
  }
}

export function listsRoute(ctx: Ctx, seg: Segment, tail: Segment[]): Reply {
  const lists = ctx.store.lists;
  if (seg.args && seg.args.length > 0) {
    const list = lists.byGuid(argString(seg) ?? '');
    if (!list) throw errors.listIdNotFound();
    return listRoute(ctx, list, tail);
  }
  if (tail.length === 0) {
    if (ctx.method === 'POST') return createList(ctx);
    allow(ctx, 'lists', 'GET');
    return replyCollection(
      ctx,
      queryCollection(
        lists
          .all()
          .filter((l) => listVisible(ctx, l))
          .map((l) => listEntity(ctx, l)),
        ctx.query
      ),
      'SP.List'
    );
  }
  const [s, ...rest] = tail;
  if (s.lname === 'getbytitle') {
    const title = argString(s) ?? '';
    const list = lists.byTitle(title);
    // A list the caller holds no permission on (not even Limited Access) is trimmed away, as in SharePoint.
    if (!list || !listVisible(ctx, list)) throw errors.listNotFound(title, ctx.site.webUrl);
    return listRoute(ctx, list, rest);
  }
  if (s.lname === 'getbyid') {
    const list = lists.byGuid(argString(s) ?? '');
    if (!list || !listVisible(ctx, list)) throw errors.listIdNotFound();
    return listRoute(ctx, list, rest);
  }
  throw errors.resourceNotFound(s.raw);
}

/** Whether the caller holds any permission on the list (Limited Access included): otherwise it does not exist for them. */
function listVisible(ctx: Ctx, list: ListInfo): boolean {
  return ctx.caller.isSiteAdmin || has(maskOn(ctx, { kind: 'list', listId: list.id }), Perm.Open);
}
