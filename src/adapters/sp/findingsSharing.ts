// The FindingsSharing port over SharePoint item-level permissions. shareItem breaks inheritance
// and adds Read for people who have no access yet; this adds the one thing it leaves alone: a named
// person who holds a write role on the item directly (granted by an earlier release, or by hand)
// loses it, so every reader of a workflow item is left with Read only.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-users';
import { mergeGrants, type FindingsSharing, type ShareGrant } from '../../core/ports/sharing';
import { LIST } from '../../lists/schema';
import { mapSpError } from './errors';
import { keepReadOnly, readWriteRoles, type ReadWriteRoles } from './provision/permissions';
import { directLookups, shareItemReading, type Assignment, type SharingLookups } from './sharing';
import { normalizeEmail } from '../../core/email';

/** How many settled grants to remember; the oldest go first. */
const SETTLED_LIMIT = 10000;

export class SpFindingsSharing implements FindingsSharing {
  private roleIds?: Promise<ReadWriteRoles>;
  /**
   * The items and people this process last left with Read only. A draft is shared again at every
   * save (so a crash between the write and the share is repaired); checking SharePoint each time
   * cost five requests a save. Only successful shares are remembered, so after a crash or restart
   * the next save checks again.
   */
  private readonly settled = new Set<string>();
  /** Site user ids by e-mail: a user's id on a site never changes, so ensureUser runs once each. */
  private readonly userIds = new Map<string, Promise<number>>();
  private readonly lookups: SharingLookups;

  public constructor(private readonly sp: SPFI) {
    const direct = directLookups(sp);
    this.lookups = {
      userId: (email) => {
        const key = normalizeEmail(email);
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
      readRoleId: async () => (await this.roles()).read
    };
  }

  public shareFindings(findingsId: number, grants: ShareGrant[]): Promise<string[]> {
    return this.share(LIST.findings, findingsId, grants);
  }

  public shareRequest(requestId: number, grants: ShareGrant[]): Promise<string[]> {
    return this.share(LIST.responses, requestId, grants);
  }

  private async share(listTitle: string, itemId: number, grants: ShareGrant[]): Promise<string[]> {
    const key = (g: ShareGrant): string => `${listTitle}|${itemId}|${g.email}`;
    const merged = mergeGrants(grants).filter((g) => !this.settled.has(key(g)));
    if (!merged.length) return [];
    const { changes, assigned } = await shareItemReading(this.sp, listTitle, itemId, merged, this.lookups);
    try {
      changes.push(...(await this.readOnly(listTitle, itemId, merged, assigned)));
    } catch (e) {
      return mapSpError(e, `item ${itemId} in ${listTitle}`);
    }
    for (const g of merged) {
      this.settled.add(key(g));
      if (this.settled.size > SETTLED_LIMIT) this.settled.delete(this.settled.values().next().value as string);
    }
    return changes;
  }

  /**
   * Takes away any write role a named person holds directly on the item; their Read stays.
   * `assigned`: the item's assignments as shareItem read them (it only adds Read, so who holds a
   * write role is unchanged since).
   */
  private async readOnly(
    listTitle: string,
    itemId: number,
    grants: ShareGrant[],
    assigned: Assignment[]
  ): Promise<string[]> {
    const roles = await this.roles();
    const item = this.sp.web.lists.getByTitle(listTitle).items.getById(itemId);
    const changes: string[] = [];
    for (const grant of grants) {
      const userId = await this.lookups.userId(grant.email);
      const held = (assigned.find((a) => a.PrincipalId === userId)?.RoleDefinitionBindings ?? []).map((b) => b.Id);
      if (!held.some((id) => roles.write.indexOf(id) >= 0)) continue;
      await keepReadOnly(item, userId, held, roles, grant.email);
      changes.push(`read only (a write role removed) for ${grant.email}`);
    }
    return changes;
  }

  private roles(): Promise<ReadWriteRoles> {
    if (!this.roleIds) {
      this.roleIds = readWriteRoles(this.sp);
      // A failed lookup is not cached, so the next call tries again.
      this.roleIds.catch(() => (this.roleIds = undefined));
    }
    return this.roleIds;
  }
}

/** The sharing port for one SPFI: the service's (or bot's) app-only identity. */
export function spFindingsSharing(sp: SPFI): FindingsSharing {
  return new SpFindingsSharing(sp);
}
