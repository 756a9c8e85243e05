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

/** One role assignment on an item: who, and the role definitions they hold there. */
export interface Assignment {
  PrincipalId: number;
  RoleDefinitionBindings?: { Id: number }[];
}

/** Idempotent: people who can already see the item are left alone, so a retried share changes nothing. */
export async function shareItem(
  sp: SPFI,
  listTitle: string,
  itemId: number,
  grants: ShareGrant[],
  lookups: SharingLookups = directLookups(sp)
): Promise<string[]> {
  return (await shareItemReading(sp, listTitle, itemId, grants, lookups)).changes;
}

/**
 * shareItem, also giving the item's role assignments as read before anything was added (with their
 * role definitions), so a caller can check what each person holds without reading them again.
 * The reads (inheritance, assignments, the people's site ids) go together; the writes (stop
 * inheriting, then one Read each) are SharePoint's one call at a time.
 */
export async function shareItemReading(
  sp: SPFI,
  listTitle: string,
  itemId: number,
  grants: ShareGrant[],
  lookups: SharingLookups = directLookups(sp)
): Promise<{ changes: string[]; assigned: Assignment[] }> {
  const changes: string[] = [];
  try {
    const item = sp.web.lists.getByTitle(listTitle).items.getById(itemId);
    const [info, assigned, userIds] = await Promise.all([
      item.select('HasUniqueRoleAssignments')() as Promise<{ HasUniqueRoleAssignments: boolean }>,
      item.roleAssignments
        .expand('RoleDefinitionBindings')
        .select('PrincipalId', 'RoleDefinitionBindings/Id')() as Promise<Assignment[]>,
      Promise.all(grants.map((g) => lookups.userId(g.email)))
    ]);
    if (!info.HasUniqueRoleAssignments) {
      // Keep the list's assignments (officers' Read, owners): the item only ever gains named readers.
      // Copied as they were read above, so that read stands for the item's own assignments now.
      await item.breakRoleInheritance(true, false);
      changes.push('stopped inheriting');
    }
    const present = new Set(assigned.map((a) => a.PrincipalId));
    for (const [i, grant] of grants.entries()) {
      if (present.has(userIds[i])) continue;
      await item.roleAssignments.add(userIds[i], await lookups.readRoleId());
      present.add(userIds[i]);
      changes.push(`read for ${grant.email}`);
    }
    return { changes, assigned };
  } catch (e) {
    return mapSpError(e, `item ${itemId} in ${listTitle}`);
  }
}
