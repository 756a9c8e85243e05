// Role definitions and, on any securable (web, list, item): roleassignments (add/remove),
// breakroleinheritance, resetroleinheritance, effective permissions and HasUniqueRoleAssignments.
import { Ctx, Reply, noContent, replyCollection, replyComplex, replyEntity, replyPrimitive } from '../http/context';
import { Entity, entity } from '../http/format';
import { errors } from '../http/odataErrors';
import { Segment, argBool, argNumber, argString } from '../http/pathParser';
import { queryCollection, selectProps } from '../query/collection';
import { demand, maskAtScope, maskOn } from '../security/permissions';
import { Perm, ROLE, ROLE_DEFS, RoleDef, roleById } from '../security/roles';
import { Securable } from '../store/securityRepo';
import { maskComplex, principalEntity, roleEntity } from './entities';
import { allow, end } from './util';

const SECURITY_SEGMENTS = new Set([
  'roleassignments',
  'breakroleinheritance',
  'resetroleinheritance',
  'effectivebasepermissions',
  'effectivebasepermissionsforui',
  'getusereffectivepermissions',
  'hasuniqueroleassignments'
]);

export const isSecuritySegment = (s: Segment): boolean => SECURITY_SEGMENTS.has(s.lname);

function roleRoute(ctx: Ctx, r: RoleDef | undefined, tail: Segment[]): Reply {
  if (!r) throw errors.roleNotFound();
  end(tail);
  allow(ctx, 'SP.RoleDefinition', 'GET');
  return replyEntity(ctx, selectProps(roleEntity(ctx, r), ctx.query.get('$select')));
}

export function roleDefinitionsRoute(ctx: Ctx, seg: Segment, tail: Segment[]): Reply {
  if (seg.args && seg.args.length > 0) return roleRoute(ctx, roleById(argNumber(seg) ?? -1), tail);
  if (tail.length === 0) {
    if (ctx.method !== 'GET') throw errors.notSupported('Creating role definitions');
    return replyCollection(
      ctx,
      queryCollection(
        ROLE_DEFS.map((r) => roleEntity(ctx, r)),
        ctx.query
      ),
      'SP.RoleDefinition'
    );
  }
  const [s, ...rest] = tail;
  if (s.lname === 'getbyname')
    return roleRoute(
      ctx,
      ROLE_DEFS.find((r) => r.name.toLowerCase() === (argString(s) ?? '').toLowerCase()),
      rest
    );
  if (s.lname === 'getbytype')
    return roleRoute(
      ctx,
      ROLE_DEFS.find((r) => r.type === argNumber(s)),
      rest
    );
  if (s.lname === 'getbyid') return roleRoute(ctx, roleById(argNumber(s) ?? -1), rest);
  throw errors.resourceNotFound(s.raw);
}

function assignmentEntity(ctx: Ctx, base: string, principalId: number, roleIds: number[]): Entity {
  const editLink = `${base}/RoleAssignments/GetByPrincipalId(${principalId})`;
  const props: Record<string, unknown> = { PrincipalId: principalId };
  const expand = (ctx.query.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase());
  if (expand.includes('member')) {
    const p = ctx.store.principals.byId(principalId);
    props.Member = p ? principalEntity(ctx, p) : null;
  }
  if (expand.includes('roledefinitionbindings')) {
    props.RoleDefinitionBindings = roleIds
      .map((id) => roleById(id))
      .filter((r): r is RoleDef => !!r)
      .map((r) => roleEntity(ctx, r));
  }
  return entity({ type: 'SP.RoleAssignment', uri: `${ctx.site.webUrl}/_api/${editLink}`, editLink, props });
}

function grouped(ctx: Ctx, scopeId: number): Map<number, number[]> {
  const m = new Map<number, number[]>();
  for (const a of ctx.store.security.assignments(scopeId))
    m.set(a.principal_id, [...(m.get(a.principal_id) ?? []), a.role_def_id]);
  return m;
}

/** Scope that add/remove act on; SharePoint refuses them on an object that inherits. */
function ownScopeOrFail(ctx: Ctx, s: Securable): number {
  const own = ctx.store.security.ownScope(s);
  if (own === undefined) throw errors.inheritsPermissions();
  return own;
}

function roleAssignmentsRoute(ctx: Ctx, s: Securable, base: string, seg: Segment, tail: Segment[]): Reply {
  const sec = ctx.store.security;
  const single = (principalId: number, rest: Segment[]): Reply => {
    const scope = sec.effectiveScope(s);
    const roles = grouped(ctx, scope).get(principalId);
    if (!roles) throw errors.principalNotFound(principalId);
    if (ctx.method === 'DELETE') {
      demand(ctx, s, Perm.ManagePermissions);
      sec.remove(ownScopeOrFail(ctx, s), principalId);
      return noContent();
    }
    demand(ctx, s, Perm.EnumeratePermissions);
    if (rest.length > 0 && rest[0].lname === 'roledefinitionbindings') {
      end(rest.slice(1));
      const defs = roles
        .map((id) => roleById(id))
        .filter((r): r is RoleDef => !!r)
        .map((r) => roleEntity(ctx, r));
      return replyCollection(ctx, defs, 'SP.RoleDefinition');
    }
    if (rest.length > 0 && rest[0].lname === 'member') {
      end(rest.slice(1));
      const p = ctx.store.principals.byId(principalId);
      if (!p) throw errors.principalNotFound(principalId);
      return replyEntity(ctx, principalEntity(ctx, p));
    }
    end(rest);
    return replyEntity(ctx, assignmentEntity(ctx, base, principalId, roles));
  };
  if (seg.args && seg.args.length > 0) return single(argNumber(seg) ?? -1, tail);
  if (tail.length === 0) {
    allow(ctx, 'roleassignments', 'GET');
    demand(ctx, s, Perm.EnumeratePermissions);
    const all = [...grouped(ctx, sec.effectiveScope(s))].map(([pid, roles]) => assignmentEntity(ctx, base, pid, roles));
    return replyCollection(ctx, queryCollection(all, ctx.query), 'SP.RoleAssignment');
  }
  const [op, ...rest] = tail;
  if (op.lname === 'getbyprincipalid') return single(argNumber(op) ?? -1, rest);
  if (op.lname !== 'addroleassignment' && op.lname !== 'removeroleassignment') throw errors.resourceNotFound(op.raw);
  end(rest);
  allow(ctx, op.name, 'POST');
  demand(ctx, s, Perm.ManagePermissions);
  const principalId = argNumber(op, 'principalid') ?? -1;
  const roleId = argNumber(op, 'roledefid') ?? -1;
  if (!ctx.store.principals.byId(principalId)) throw errors.principalNotFound(principalId);
  if (!roleById(roleId)) throw errors.roleNotFound();
  const scope = ownScopeOrFail(ctx, s);
  if (op.lname === 'addroleassignment') sec.add(scope, principalId, roleId);
  else sec.remove(scope, principalId, roleId);
  return noContent();
}

const odataNull = (): Reply => ({
  status: 200,
  headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' },
  body: '{"odata.null":true}'
});

export function securityRoute(ctx: Ctx, s: Securable, seg: Segment, tail: Segment[], base = 'Web'): Reply {
  const sec = ctx.store.security;
  switch (seg.lname) {
    case 'roleassignments':
      return roleAssignmentsRoute(ctx, s, base, seg, tail);
    case 'breakroleinheritance': {
      end(tail);
      allow(ctx, 'breakroleinheritance', 'POST');
      demand(ctx, s, Perm.ManagePermissions);
      // Without copying, SharePoint keeps the (non-app) caller in with Full Control so they are not locked out.
      const grantee = ctx.caller.isSiteAdmin ? undefined : { principalId: ctx.caller.id, roleDefId: ROLE.fullControl };
      sec.breakInheritance(
        s,
        argBool(seg, 'copyroleassignments', false),
        argBool(seg, 'clearsubscopes', false),
        grantee
      );
      return odataNull();
    }
    case 'resetroleinheritance':
      end(tail);
      allow(ctx, 'resetroleinheritance', 'POST');
      demand(ctx, s, Perm.ManagePermissions);
      sec.resetInheritance(s);
      return odataNull();
    case 'effectivebasepermissions':
    case 'effectivebasepermissionsforui':
      end(tail);
      allow(ctx, seg.name, 'GET');
      return replyComplex(ctx, maskComplex(maskOn(ctx, s)));
    case 'getusereffectivepermissions': {
      end(tail);
      allow(ctx, seg.name, 'GET');
      demand(ctx, s, Perm.EnumeratePermissions);
      const u = ctx.store.principals.userByLogon(argString(seg) ?? '');
      if (!u) throw errors.userNotFound();
      const ids = [u.id, ...ctx.store.principals.groupIdsOf(u.id)];
      return replyComplex(ctx, maskComplex(maskAtScope(ctx, sec.effectiveScope(s), ids, u.is_site_admin === 1)));
    }
    case 'hasuniqueroleassignments':
      end(tail);
      allow(ctx, seg.name, 'GET');
      return replyPrimitive(
        ctx,
        'HasUniqueRoleAssignments',
        s.kind === 'web' || sec.ownScope(s) !== undefined,
        'Edm.Boolean'
      );
    default:
      throw errors.resourceNotFound(seg.raw);
  }
}
