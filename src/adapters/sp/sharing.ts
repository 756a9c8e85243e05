// Shares one confidential item with named people, read only: the councillor who wrote a findings
// form, then (once submitted) the team's service manager and head of service. Needs permission to
// manage permissions, so only the service's own identity runs it, never a person's browser session.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-users';
import type { ShareGrant } from '../../core/ports/sharing';
import { ROLE, roleDefId } from './provision/permissions';
import { mapSpError } from './errors';
import { normalizeEmail } from '../../core/email';

/** Lookups a caller may answer from memory (site user ids and role definition ids never change). */
export interface SharingLookups {
  userId(email: string): Promise<number>;
  /** The Read role definition's id. */
  readRoleId(): Promise<number>;
}

/** Straight to SharePoint each time: one ensureUser and one role definition read per grant. */
export const directLookups = (sp: SPFI): SharingLookups => ({
  userId: async (email) => ((await sp.web.ensureUser(normalizeEmail(email))) as unknown as { Id: number }).Id,
  readRoleId: () => roleDefId(sp, ROLE.read)
});

/** Idempotent: people who can already see the item are left alone, so a retried share changes nothing. */
export async function shareItem(
  sp: SPFI,
  listTitle: string,
  itemId: number,
  grants: ShareGrant[],
  lookups: SharingLookups = directLookups(sp)
): Promise<string[]> {
  const changes: string[] = [];
  try {
    const item = sp.web.lists.getByTitle(listTitle).items.getById(itemId);
    const info = (await item.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean };
    if (!info.HasUniqueRoleAssignments) {
      // Keep the list's assignments (officers' Read, owners): the item only ever gains named readers.
      await item.breakRoleInheritance(true, false);
      changes.push('stopped inheriting');
    }
    const assigned = (await item.roleAssignments.select('PrincipalId')()) as { PrincipalId: number }[];
    const present = new Set(assigned.map((a) => a.PrincipalId));
    for (const grant of grants) {
      const userId = await lookups.userId(grant.email);
      if (present.has(userId)) continue;
      await item.roleAssignments.add(userId, await lookups.readRoleId());
      present.add(userId);
      changes.push(`read for ${grant.email}`);
    }
    return changes;
  } catch (e) {
    return mapSpError(e, `item ${itemId} in ${listTitle}`);
  }
}
