// Permission checks: the caller's effective base permissions on a securable are the union of the
// role definitions assigned to them or to their groups on the scope that applies to it.
import { Caller, Ctx } from '../http/context';
import { errors } from '../http/odataErrors';
import { ListInfo } from '../store/listsRepo';
import { WEB_SCOPE_ID } from '../store/schema';
import { Securable } from '../store/securityRepo';
import { Store } from '../store/store';
import { EMPTY_MASK, FULL_MASK, Mask, Perm, ROLE, combine, covers, has, roleById, rolesGranting } from './roles';

const LIMITED_ACCESS = (roleById(ROLE.limitedAccess) as { mask: Mask }).mask;

/**
 * The base permissions the principals hold on a scope. Like SharePoint, someone who holds a role on
 * a list or item inside the scope also has Limited Access on it (computed here, not stored, so it
 * ends when the inner role does).
 */
export function maskFor(store: Store, scopeId: number, principalIds: number[], siteAdmin: boolean): Mask {
  if (siteAdmin) return FULL_MASK;
  const mask = store.security
    .roleIdsFor(scopeId, principalIds)
    .map((id) => roleById(id)?.mask ?? EMPTY_MASK)
    .reduce(combine, EMPTY_MASK);
  if (covers(mask, LIMITED_ACCESS) || !store.security.holdsInside(scopeId, principalIds)) return mask;
  return combine(mask, LIMITED_ACCESS);
}

export function maskAtScope(
  ctx: Ctx,
  scopeId: number,
  principalIds = ctx.caller.principalIds,
  siteAdmin = ctx.caller.isSiteAdmin
): Mask {
  return maskFor(ctx.store, scopeId, principalIds, siteAdmin);
}

/**
 * SharePoint answers 403 to every request from someone with no permission on the site (not even
 * Limited Access): web, lists, users, groups, contextinfo, $batch.
 */
export function demandSiteAccess(store: Store, caller: Caller): void {
  if (caller.isSiteAdmin) return;
  if (!has(maskFor(store, WEB_SCOPE_ID, caller.principalIds, false), Perm.Open)) throw errors.accessDenied();
}

export function maskOn(ctx: Ctx, s: Securable): Mask {
  return maskAtScope(ctx, ctx.store.security.effectiveScope(s));
}

export function can(ctx: Ctx, s: Securable, perm: number): boolean {
  return ctx.caller.isSiteAdmin || has(maskOn(ctx, s), perm);
}

/** Throws SharePoint's 403 "Access denied." unless the caller holds `perm` on the securable. */
export function demand(ctx: Ctx, s: Securable, perm: number): void {
  if (!can(ctx, s, perm)) throw errors.accessDenied();
}

export interface Trimming {
  sql: string;
  params: unknown[];
}

/** List setting "Read access: only their own items" (ReadSecurity 2) binds users without ManageLists. */
export function ownItemsOnly(
  ctx: Ctx,
  list: ListInfo,
  setting: 'ReadSecurity' | 'WriteSecurity',
  value: number
): boolean {
  return Number(list.props[setting] ?? 1) === value && !can(ctx, { kind: 'list', listId: list.id }, Perm.ManageLists);
}

/**
 * SQL that keeps only the items the caller may view (SharePoint's security trimming): items that
 * inherit are visible when the list is; items with their own scope need an assignment there.
 * Undefined for site admins, who see everything.
 */
export function itemTrimming(ctx: Ctx, list: ListInfo, alias = 't'): Trimming | undefined {
  if (ctx.caller.isSiteAdmin) return undefined;
  const listScope = list.scope_id ?? WEB_SCOPE_ID;
  const listVisible = has(maskAtScope(ctx, listScope), Perm.ViewListItems);
  const roles = rolesGranting(Perm.ViewListItems);
  let sql =
    `((${alias}."ScopeId" IS NULL AND ${listVisible ? 1 : 0}) OR (${alias}."ScopeId" IS NOT NULL AND EXISTS (` +
    `SELECT 1 FROM role_assignments ra WHERE ra.scope_id = ${alias}."ScopeId" ` +
    `AND ra.principal_id IN (SELECT value FROM json_each(?)) AND ra.role_def_id IN (${roles.join(',')}))))`;
  const params: unknown[] = [JSON.stringify(ctx.caller.principalIds)];
  if (ownItemsOnly(ctx, list, 'ReadSecurity', 2)) {
    sql = `(${sql} AND ${alias}."AuthorId" = ?)`;
    params.push(ctx.caller.id);
  }
  return { sql, params };
}

export function canReadItem(ctx: Ctx, list: ListInfo, item: { ID: number; AuthorId: number | null }): boolean {
  if (ctx.caller.isSiteAdmin) return true;
  if (!can(ctx, { kind: 'item', listId: list.id, itemId: item.ID }, Perm.ViewListItems)) return false;
  return !ownItemsOnly(ctx, list, 'ReadSecurity', 2) || item.AuthorId === ctx.caller.id;
}

/** Edit/delete rights, including the list's "Create and edit access" (WriteSecurity 2 = own, 4 = none). */
export function demandItemWrite(
  ctx: Ctx,
  list: ListInfo,
  item: { ID: number; AuthorId: number | null },
  perm: number
): void {
  demand(ctx, { kind: 'item', listId: list.id, itemId: item.ID }, perm);
  if (ownItemsOnly(ctx, list, 'WriteSecurity', 4)) throw errors.accessDenied();
  if (ownItemsOnly(ctx, list, 'WriteSecurity', 2) && item.AuthorId !== ctx.caller.id) throw errors.accessDenied();
}
