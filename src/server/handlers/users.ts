// Site users and site groups: currentuser, ensureuser, siteusers, getuserbyid, sitegroups and
// group membership (sitegroups(id)/users), the calls PnPjs's site-users and site-groups modules make.
import { Ctx, Reply, noContent, replyCollection, replyEntity } from '../http/context';
import { SpError, errors } from '../http/odataErrors';
import { Segment, argNumber, argString } from '../http/pathParser';
import { queryCollection, selectProps } from '../query/collection';
import { can, demand } from '../security/permissions';
import { Perm } from '../security/roles';
import { describeDirectory, knownEmail } from '../security/identity';
import { PrincipalRow } from '../store/principalsRepo';
import { MEMBERS_GROUP_ID, OWNERS_GROUP_ID, VISITORS_GROUP_ID } from '../store/schema';
import { groupEntity, userEntity } from './entities';
import { allow, end, isUpdate, str } from './util';

const WEB = { kind: 'web' } as const;

function need<T>(v: T | undefined, err: () => SpError): T {
  if (v === undefined) throw err();
  return v;
}

/** A site user for a logon name: an existing one, or a new one the directory knows (SharePoint's 404 otherwise). */
function ensureByLogon(ctx: Ctx, logon: unknown): PrincipalRow {
  const existing = typeof logon === 'string' ? ctx.store.principals.userByLogon(logon) : undefined;
  if (existing) return existing;
  const email = knownEmail(logon, ctx.site.directory);
  if (!email)
    throw new SpError(
      404,
      '-2146232832, Microsoft.SharePoint.SPException',
      `The specified user ${String(logon)} could not be found. The directory here knows ${describeDirectory(ctx.site.directory)}.`
    );
  return ctx.store.principals.ensureUser(email);
}

function canManageGroup(ctx: Ctx, g: PrincipalRow): boolean {
  if (can(ctx, WEB, Perm.ManagePermissions)) return true;
  return g.owner_id !== null && ctx.caller.principalIds.includes(g.owner_id);
}

function userRoute(ctx: Ctx, u: PrincipalRow, tail: Segment[], group?: PrincipalRow): Reply {
  if (tail.length > 0) {
    const [s, ...rest] = tail;
    if (s.lname !== 'groups') throw errors.resourceNotFound(s.raw);
    end(rest);
    allow(ctx, 'groups', 'GET');
    const groups = ctx.store.principals.groupsOf(u.id).map((g) => groupEntity(ctx, g));
    return replyCollection(ctx, queryCollection(groups, ctx.query), 'SP.Group');
  }
  if (ctx.method === 'GET') return replyEntity(ctx, selectProps(userEntity(ctx, u), ctx.query.get('$select')));
  if (ctx.method === 'DELETE') {
    if (group) {
      if (!canManageGroup(ctx, group)) throw errors.accessDenied();
      ctx.store.principals.removeMember(group.id, u.id);
    } else {
      demand(ctx, WEB, Perm.ManagePermissions);
      ctx.store.principals.deletePrincipal(u.id);
    }
    return noContent();
  }
  if (isUpdate(ctx.method)) {
    if (u.id !== ctx.caller.id) demand(ctx, WEB, Perm.ManagePermissions);
    const title = str(ctx.body.Title);
    if (title) ctx.store.sql.run('UPDATE principals SET title = ? WHERE id = ?', title, u.id);
    return noContent();
  }
  throw errors.methodNotAllowed(ctx.method, 'SP.User');
}

/** Both /web/siteusers and /web/sitegroups(id)/users. */
function usersCollection(ctx: Ctx, seg: Segment, tail: Segment[], group?: PrincipalRow): Reply {
  const p = ctx.store.principals;
  const inScope = (u: PrincipalRow | undefined): PrincipalRow | undefined =>
    u && (!group || p.members(group.id).some((m) => m.id === u.id)) ? u : undefined;
  if (seg.args && seg.args.length > 0) {
    const v = seg.args[0].value;
    const u = v.t === 'number' ? p.userById(v.v) : p.userByLogon(argString(seg) ?? '');
    return userRoute(ctx, need(inScope(u), errors.userNotFound), tail, group);
  }
  if (tail.length === 0) {
    if (ctx.method === 'GET') {
      const users = (group ? p.members(group.id) : p.users()).map((u) => userEntity(ctx, u));
      return replyCollection(ctx, queryCollection(users, ctx.query), 'SP.User');
    }
    allow(ctx, 'users', 'POST');
    if (group ? !canManageGroup(ctx, group) : !can(ctx, WEB, Perm.ManagePermissions)) throw errors.accessDenied();
    const u = ensureByLogon(ctx, ctx.body.LoginName);
    if (group) p.addMember(group.id, u.id);
    return replyEntity(ctx, userEntity(ctx, u), 201);
  }
  const [s, ...rest] = tail;
  const arg = argString(s) ?? '';
  switch (s.lname) {
    case 'getbyemail':
      return userRoute(ctx, need(inScope(p.userByEmail(arg)), errors.userNotFound), rest, group);
    case 'getbyid':
      return userRoute(ctx, need(inScope(p.userById(argNumber(s) ?? -1)), errors.userNotFound), rest, group);
    case 'getbyloginname':
      return userRoute(ctx, need(inScope(p.userByLogon(arg)), errors.userNotFound), rest, group);
    case 'removebyid':
    case 'removebyloginname': {
      end(rest);
      allow(ctx, s.lname, 'POST');
      const u = need(
        inScope(s.lname === 'removebyid' ? p.userById(argNumber(s) ?? -1) : p.userByLogon(arg)),
        errors.userNotFound
      );
      if (group) {
        if (!canManageGroup(ctx, group)) throw errors.accessDenied();
        p.removeMember(group.id, u.id);
      } else {
        demand(ctx, WEB, Perm.ManagePermissions);
        p.deletePrincipal(u.id);
      }
      return noContent();
    }
    default:
      throw errors.resourceNotFound(s.raw);
  }
}

/** Reading other principals needs Browse User Info on the web (Read, and Limited Access, have it). */
const browse = (ctx: Ctx): void => demand(ctx, WEB, Perm.BrowseUserInfo);

export function siteUsersRoute(ctx: Ctx, seg: Segment, tail: Segment[]): Reply {
  browse(ctx);
  return usersCollection(ctx, seg, tail);
}

export function currentUserRoute(ctx: Ctx, tail: Segment[]): Reply {
  return userRoute(ctx, need(ctx.store.principals.userById(ctx.caller.id), errors.userNotFound), tail);
}

export function userByIdRoute(ctx: Ctx, seg: Segment, tail: Segment[]): Reply {
  browse(ctx);
  return userRoute(ctx, need(ctx.store.principals.userById(argNumber(seg) ?? -1), errors.userNotFound), tail);
}

export function ensureUserRoute(ctx: Ctx, tail: Segment[]): Reply {
  end(tail);
  allow(ctx, 'ensureuser', 'POST');
  browse(ctx);
  return replyEntity(ctx, userEntity(ctx, ensureByLogon(ctx, ctx.body.logonName ?? ctx.body.LogonName)));
}

function groupRoute(ctx: Ctx, g: PrincipalRow, tail: Segment[]): Reply {
  const p = ctx.store.principals;
  if (tail.length === 0) {
    if (ctx.method === 'GET') return replyEntity(ctx, selectProps(groupEntity(ctx, g), ctx.query.get('$select')));
    if (!canManageGroup(ctx, g)) throw errors.accessDenied();
    if (ctx.method === 'DELETE') {
      p.deletePrincipal(g.id);
      return noContent();
    }
    if (isUpdate(ctx.method)) {
      p.updateGroup(
        g.id,
        str(ctx.body.Title) ?? g.title,
        ctx.body.Description !== undefined ? (str(ctx.body.Description) ?? null) : g.description
      );
      return noContent();
    }
    throw errors.methodNotAllowed(ctx.method, 'SP.Group');
  }
  const [s, ...rest] = tail;
  if (s.lname === 'users') return usersCollection(ctx, s, rest, g);
  if (s.lname === 'owner') {
    end(rest);
    return replyEntity(
      ctx,
      groupEntity(ctx, need(g.owner_id !== null ? p.byId(g.owner_id) : undefined, errors.groupNotFound))
    );
  }
  if (s.lname === 'setuserasowner') {
    end(rest);
    allow(ctx, 'SetUserAsOwner', 'POST');
    if (!canManageGroup(ctx, g)) throw errors.accessDenied();
    const u = need(p.byId(argNumber(s) ?? -1), errors.userNotFound);
    ctx.store.sql.run('UPDATE principals SET owner_id = ? WHERE id = ?', u.id, g.id);
    return noContent();
  }
  throw errors.resourceNotFound(s.raw);
}

export function siteGroupsRoute(ctx: Ctx, seg: Segment, tail: Segment[]): Reply {
  browse(ctx);
  const p = ctx.store.principals;
  if (seg.args && seg.args.length > 0)
    return groupRoute(ctx, need(p.groupById(argNumber(seg) ?? -1), errors.groupNotFound), tail);
  if (tail.length === 0) {
    if (ctx.method === 'GET')
      return replyCollection(
        ctx,
        queryCollection(
          p.groups().map((g) => groupEntity(ctx, g)),
          ctx.query
        ),
        'SP.Group'
      );
    allow(ctx, 'sitegroups', 'POST');
    demand(ctx, WEB, Perm.CreateGroups);
    const title = str(ctx.body.Title);
    if (!title) throw errors.badValue('Edm.String (Title)');
    if (p.groupByName(title)) throw errors.groupExists(title);
    const g = p.createGroup(title, str(ctx.body.Description) ?? null, ctx.caller.id);
    return replyEntity(ctx, groupEntity(ctx, g), 201);
  }
  const [s, ...rest] = tail;
  switch (s.lname) {
    case 'getbyname':
      return groupRoute(ctx, need(p.groupByName(argString(s) ?? ''), errors.groupNotFound), rest);
    case 'getbyid':
      return groupRoute(ctx, need(p.groupById(argNumber(s) ?? -1), errors.groupNotFound), rest);
    case 'removebyid':
    case 'removebyloginname': {
      end(rest);
      allow(ctx, s.lname, 'POST');
      const g = need(
        s.lname === 'removebyid' ? p.groupById(argNumber(s) ?? -1) : p.groupByName(argString(s) ?? ''),
        errors.groupNotFound
      );
      demand(ctx, WEB, Perm.ManagePermissions);
      p.deletePrincipal(g.id);
      return noContent();
    }
    default:
      throw errors.resourceNotFound(s.raw);
  }
}

export function associatedGroupRoute(ctx: Ctx, seg: Segment, tail: Segment[]): Reply {
  browse(ctx);
  const id = {
    associatedownergroup: OWNERS_GROUP_ID,
    associatedmembergroup: MEMBERS_GROUP_ID,
    associatedvisitorgroup: VISITORS_GROUP_ID
  }[seg.lname];
  return groupRoute(
    ctx,
    need(id !== undefined ? ctx.store.principals.groupById(id) : undefined, errors.groupNotFound),
    tail
  );
}
