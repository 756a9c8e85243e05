// Shares one confidential item with named people: the councillor who wrote a findings form, then
// (once submitted) the team's service manager and head of service. Needs permission to manage
// permissions, so the bot or an officer runs it, never the councillor's own browser session.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-users';
import { ROLE, roleDefId } from './provision/permissions';
import { mapSpError } from './errors';

export interface Grant {
  email: string;
  role: 'read' | 'contribute';
}

/** Lookups a caller may answer from memory (site user ids and role definition ids never change). */
export interface SharingLookups {
  userId(email: string): Promise<number>;
  roleId(role: Grant['role']): Promise<number>;
}

/** Straight to SharePoint each time: one ensureUser and one role definition read per grant. */
export const directLookups = (sp: SPFI): SharingLookups => ({
  userId: async (email) => ((await sp.web.ensureUser(email.trim().toLowerCase())) as unknown as { Id: number }).Id,
  roleId: (role) => roleDefId(sp, role === 'read' ? ROLE.read : ROLE.contribute)
});

/** Idempotent: grants already in place are left alone, so a retried share changes nothing. */
export async function shareItem(sp: SPFI, listTitle: string, itemId: number, grants: Grant[], lookups: SharingLookups = directLookups(sp)): Promise<string[]> {
  const changes: string[] = [];
  try {
    const item = sp.web.lists.getByTitle(listTitle).items.getById(itemId);
    const info = (await item.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean };
    if (!info.HasUniqueRoleAssignments) {
      // Keep the list's assignments (officers, owners): the item only ever gains named readers.
      await item.breakRoleInheritance(true, false);
      changes.push('stopped inheriting');
    }
    const assigned = (await item.roleAssignments.select('PrincipalId')()) as { PrincipalId: number }[];
    const present = new Set(assigned.map((a) => a.PrincipalId));
    for (const grant of grants) {
      const userId = await lookups.userId(grant.email);
      if (present.has(userId)) continue;
      await item.roleAssignments.add(userId, await lookups.roleId(grant.role));
      present.add(userId);
      changes.push(`${grant.role} for ${grant.email}`);
    }
    return changes;
  } catch (e) {
    return mapSpError(e, `item ${itemId} in ${listTitle}`);
  }
}
