// Confidentiality, the SharePoint way: item-level permissions. Officers see everything; the
// confidential lists (findings, head-of-service responses) stop inheriting the site's members and
// visitors, and each item is then shared with exactly the people who may read it (see sharing.ts).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import type { RoleTypeKind } from '@pnp/sp/security/types';
import type { ListDef } from '../../../lists/schema';
import { normalizeEmail } from '../../../core/email';
import { OFFICERS_GROUP } from '../../../core/officers';

export interface PermissionPlan {
  /** Site group of the officers who run the rota: Edit on the site, Read on the confidential lists. */
  officersGroup: string;
  /** Groups whose site-wide access must not reach confidential items (members, visitors). */
  excludedGroups: string[];
  /** E-mail addresses to put in the officers group. */
  officers: string[];
  /** Site group that may read the site but not confidential items: the site's Visitors group. */
  readersGroup?: string;
  /** Councillors, service managers and heads of service: they read the rota and their own items. */
  readers?: string[];
}

export const DEFAULT_PERMISSION_PLAN: PermissionPlan = {
  officersGroup: OFFICERS_GROUP,
  excludedGroups: ['Frontline Visits Members', 'Frontline Visits Visitors'],
  officers: [],
  readersGroup: 'Frontline Visits Visitors',
  readers: []
};

/** SharePoint's built-in role types: Read = 2, Contribute = 3, Design = 4, Full Control = 5, Edit = 6. */
export const ROLE = { read: 2, contribute: 3, design: 4, fullControl: 5, edit: 6 } as const;

/** The built-in roles that let their holder change items: never granted to a person on a workflow item. */
export const WRITE_ROLES = [ROLE.contribute, ROLE.edit, ROLE.design, ROLE.fullControl] as const;

export async function roleDefId(sp: SPFI, type: number): Promise<number> {
  const def = (await sp.web.roleDefinitions.getByType(type as RoleTypeKind).select('Id')()) as { Id: number };
  return def.Id;
}

export async function groupId(sp: SPFI, name: string): Promise<number | undefined> {
  try {
    return ((await sp.web.siteGroups.getByName(name).select('Id')()) as { Id: number }).Id;
  } catch {
    return undefined;
  }
}

/** Adds the people not yet in the group; returns a line per person added. */
async function addMembers(sp: SPFI, id: number, name: string, emails: string[]): Promise<string[]> {
  const members = (await sp.web.siteGroups.getById(id).users.select('Email')()) as { Email: string }[];
  const have = new Set(members.map((m) => normalizeEmail(m.Email)));
  const changes: string[] = [];
  for (const email of emails.map(normalizeEmail)) {
    if (!email || have.has(email)) continue;
    const user = await sp.web.ensureUser(email);
    await sp.web.siteGroups.getById(id).users.add((user as unknown as { LoginName: string }).LoginName);
    have.add(email);
    changes.push(`added ${email} to ${name}`);
  }
  return changes;
}

/** Returns a line per change made. */
export async function ensurePermissions(sp: SPFI, lists: readonly ListDef[], plan: PermissionPlan): Promise<string[]> {
  const changes: string[] = [];
  let officersId = await groupId(sp, plan.officersGroup);
  if (officersId === undefined) {
    officersId = (
      (await sp.web.siteGroups.add({
        Title: plan.officersGroup,
        Description: 'Officers who run councillor frontline visits.'
      })) as { Id: number }
    ).Id;
    await sp.web.roleAssignments.add(officersId, await roleDefId(sp, ROLE.edit));
    changes.push(`created group ${plan.officersGroup} with Edit on the site`);
  }
  changes.push(...(await addMembers(sp, officersId, plan.officersGroup, plan.officers)));
  const readersId = plan.readersGroup && plan.readers?.length ? await groupId(sp, plan.readersGroup) : undefined;
  if (plan.readersGroup && plan.readers?.length) {
    if (readersId === undefined)
      changes.push(`no group ${plan.readersGroup}: readers not added (add them to the site's Visitors group)`);
    else changes.push(...(await addMembers(sp, readersId, plan.readersGroup, plan.readers)));
  }
  for (const def of lists.filter((l) => l.confidential || l.officersOnly)) {
    const list = sp.web.lists.getByTitle(def.title);
    const info = (await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean };
    if (!info.HasUniqueRoleAssignments) {
      // Copy the site's assignments (owners, officers), then take away the broad groups.
      await list.breakRoleInheritance(true, false);
      for (const name of plan.excludedGroups) {
        const id = await groupId(sp, name);
        if (id === undefined) continue;
        const assigned = (await list.roleAssignments
          .filter(`PrincipalId eq ${id}`)
          .select('PrincipalId')()) as unknown[];
        if (!assigned.length) continue;
        await list.roleAssignments.getById(id).delete();
      }
      changes.push(`${def.title}: stopped inheriting; only officers and owners see items unless shared`);
    }
    if (def.officersOnly) changes.push(...(await officersEdit(sp, list, officersId, `${def.title}: officers`)));
    else changes.push(...(await readOnlyFor(sp, list, officersId, `${def.title}: officers`)));
  }
  return changes;
}

type Securable = Pick<ReturnType<SPFI['web']['lists']['getByTitle']>, 'roleAssignments'>;

export interface ReadWriteRoles {
  read: number;
  /** The built-in roles that let their holder change items. */
  write: number[];
}

export async function readWriteRoles(sp: SPFI): Promise<ReadWriteRoles> {
  const [read, ...write] = await Promise.all([roleDefId(sp, ROLE.read), ...WRITE_ROLES.map((r) => roleDefId(sp, r))]);
  return { read, write };
}

/** The role definition ids `principalId` holds directly on a list or item. */
export async function rolesHeld(securable: Securable, principalId: number): Promise<number[]> {
  const assigned = (await securable.roleAssignments
    .filter(`PrincipalId eq ${principalId}`)
    .expand('RoleDefinitionBindings')
    .select('PrincipalId', 'RoleDefinitionBindings/Id')()) as { RoleDefinitionBindings?: { Id: number }[] }[];
  return (assigned[0]?.RoleDefinitionBindings ?? []).map((b) => b.Id);
}

/**
 * People read; the service writes: leaves `principalId`, holding `held`, with Read and no write role
 * on a list or item (Read added before a write role goes, so they never lose sight of it).
 */
export async function keepReadOnly(
  securable: Securable,
  principalId: number,
  held: number[],
  roles: ReadWriteRoles,
  who: string
): Promise<string[]> {
  const changes: string[] = [];
  if (held.indexOf(roles.read) < 0) {
    await securable.roleAssignments.add(principalId, roles.read);
    changes.push(`${who}: Read`);
  }
  for (const id of held.filter((h) => roles.write.indexOf(h) >= 0)) {
    await securable.roleAssignments.remove(principalId, id);
    changes.push(`${who}: write role removed`);
  }
  return changes;
}

/** Officers read the workflow's lists and change their items only through the service. */
export async function readOnlyFor(sp: SPFI, securable: Securable, principalId: number, who: string): Promise<string[]> {
  return keepReadOnly(securable, principalId, await rolesHeld(securable, principalId), await readWriteRoles(sp), who);
}

/** Officers' own lists (the pack's service response): they keep Edit, added if the list lost it. */
async function officersEdit(sp: SPFI, securable: Securable, principalId: number, who: string): Promise<string[]> {
  const edit = await roleDefId(sp, ROLE.edit);
  if ((await rolesHeld(securable, principalId)).indexOf(edit) >= 0) return [];
  await securable.roleAssignments.add(principalId, edit);
  return [`${who}: Edit`];
}
