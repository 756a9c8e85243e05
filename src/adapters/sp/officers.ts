// Core's one officer definition (core/officers.ts: a member of the officers' site group) over
// SharePoint. The OfficerDirectory port reads the group's members with the service's own
// (app-only) identity, cached briefly as it is read on every request; the form web part asks
// whether the signed-in user's own groups include it (a user may not be able to read the group).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import type { OfficerDirectory } from '../../core/ports/directory';
import { isOfficerAmong, missingGroup, officerByGroups, OFFICERS_GROUP } from '../../core/officers';
import { statusOf } from './errors';

export class SpOfficerDirectory implements OfficerDirectory {
  private cached?: { at: number; emails: Promise<string[]> };

  public constructor(
    private readonly sp: SPFI,
    private readonly groupName: string = OFFICERS_GROUP,
    private readonly ttlMillis: number = 60000,
    private readonly clock: () => number = Date.now
  ) {}

  public async isOfficer(email: string): Promise<boolean> {
    return isOfficerAmong(await this.members(), email);
  }

  private members(): Promise<string[]> {
    const now = this.clock();
    if (!this.cached || now - this.cached.at > this.ttlMillis) {
      const emails = this.sp.web.siteGroups
        .getByName(this.groupName)
        .users.select('Email')()
        .then(
          (users: { Email?: string }[]) => users.map((u) => u.Email ?? ''),
          (e: unknown) => {
            if (statusOf(e) === 404) throw missingGroup(this.groupName);
            throw e;
          }
        );
      // A failed read is not cached: the next request tries again.
      emails.catch(() => (this.cached = undefined));
      this.cached = { at: now, emails };
    }
    return this.cached.emails;
  }
}

/** Whether the signed-in user of `sp` is in the officers group (what the form web part offers them). */
export async function currentUserIsOfficer(sp: SPFI, groupName: string = OFFICERS_GROUP): Promise<boolean> {
  const groups = (await sp.web.currentUser.groups.select('Title')()) as { Title: string }[];
  return officerByGroups(
    groups.map((g) => g.Title),
    groupName
  );
}
