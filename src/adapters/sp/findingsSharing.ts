// The FindingsSharing port over SharePoint item-level permissions. shareItem breaks inheritance
// and adds people who have no access yet; this adds the one thing it leaves alone: a person who
// already holds the other role (a councillor's contribute on a draft becomes read once sent).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-users';
import { mergeGrants, type FindingsSharing, type ShareGrant, type ShareRole } from '../../core/ports/sharing';
import { LIST } from '../../lists/schema';
import { mapSpError } from './errors';
import { ROLE, roleDefId } from './provision/permissions';
import { directLookups, shareItem, type SharingLookups } from './sharing';

interface Assignment {
  PrincipalId: number;
  RoleDefinitionBindings?: { Id: number }[];
}

/** How many settled grants to remember; the oldest go first. */
const SETTLED_LIMIT = 10000;

export class SpFindingsSharing implements FindingsSharing {
  private roleIds?: Promise<Record<ShareRole, number>>;
  /**
   * The role this process last put in place, by list, item and person. A draft is shared again at
   * every save (so a crash between the write and the share is repaired); checking SharePoint each
   * time cost five requests a save. Only successful shares are remembered, so after a crash or
   * restart the next save checks again; a sent form never asks for its draft role again.
   */
  private readonly settled = new Map<string, ShareRole>();
  /** Site user ids by e-mail: a user's id on a site never changes, so ensureUser runs once each. */
  private readonly userIds = new Map<string, Promise<number>>();
  private readonly lookups: SharingLookups;

  public constructor(private readonly sp: SPFI) {
    const direct = directLookups(sp);
    this.lookups = {
      userId: (email) => {
        const key = email.trim().toLowerCase();
        let id = this.userIds.get(key);
        if (!id) {
          id = direct.userId(key);
          this.userIds.set(key, id);
          // A failed lookup is not remembered, so the next share tries again.
          id.catch(() => this.userIds.get(key) === id && this.userIds.delete(key));
          if (this.userIds.size > SETTLED_LIMIT) this.userIds.delete(this.userIds.keys().next().value as string);
        }
        return id;
      },
      roleId: async (role) => (await this.roles())[role]
    };
  }

  public shareFindings(findingsId: number, grants: ShareGrant[]): Promise<string[]> {
    return this.share(LIST.findings, findingsId, grants);
  }

  public shareRequest(requestId: number, grants: ShareGrant[]): Promise<string[]> {
    return this.share(LIST.responses, requestId, grants);
  }

  private async share(listTitle: string, itemId: number, grants: ShareGrant[]): Promise<string[]> {
    const key = (g: ShareGrant): string => `${listTitle}|${itemId}|${g.email.trim().toLowerCase()}`;
    const merged = mergeGrants(grants).filter((g) => this.settled.get(key(g)) !== g.role);
    if (!merged.length) return [];
    const changes = await shareItem(this.sp, listTitle, itemId, merged, this.lookups);
    try {
      changes.push(...(await this.settleRoles(listTitle, itemId, merged)));
    } catch (e) {
      return mapSpError(e, `item ${itemId} in ${listTitle}`);
    }
    for (const g of merged) {
      this.settled.delete(key(g));
      this.settled.set(key(g), g.role);
      if (this.settled.size > SETTLED_LIMIT) this.settled.delete(this.settled.keys().next().value as string);
    }
    return changes;
  }

  /** Leaves each named person with exactly the role asked for, among the two this product gives. */
  private async settleRoles(listTitle: string, itemId: number, grants: ShareGrant[]): Promise<string[]> {
    const ids = await this.roles();
    const item = this.sp.web.lists.getByTitle(listTitle).items.getById(itemId);
    const assigned = (await item.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')()) as Assignment[];
    const changes: string[] = [];
    for (const grant of grants) {
      const user = { Id: await this.lookups.userId(grant.email) };
      const held = new Set((assigned.find((a) => a.PrincipalId === user.Id)?.RoleDefinitionBindings ?? []).map((b) => b.Id));
      const wanted = ids[grant.role];
      const other = ids[grant.role === 'read' ? 'contribute' : 'read'];
      // Add before removing, so the person never loses sight of the item in between.
      if (!held.has(wanted)) await item.roleAssignments.add(user.Id, wanted);
      if (held.has(other)) {
        await item.roleAssignments.remove(user.Id, other);
        changes.push(`${grant.role} (was ${grant.role === 'read' ? 'contribute' : 'read'}) for ${grant.email}`);
      }
    }
    return changes;
  }

  private roles(): Promise<Record<ShareRole, number>> {
    if (!this.roleIds) {
      this.roleIds = Promise.all([roleDefId(this.sp, ROLE.read), roleDefId(this.sp, ROLE.contribute)]).then(([read, contribute]) => ({ read, contribute }));
      // A failed lookup is not cached, so the next call tries again.
      this.roleIds.catch(() => (this.roleIds = undefined));
    }
    return this.roleIds;
  }
}

/** The sharing port for one SPFI (the bot's app-only identity or an officer's session). */
export function spFindingsSharing(sp: SPFI): FindingsSharing {
  return new SpFindingsSharing(sp);
}
