// The OfficerDirectory port over the officers' SharePoint group. Read with the service's own
// (app-only) identity: group membership is the same list officers are managed in, so adding
// someone to the group in SharePoint is all it takes. Cached briefly: it is read on every request.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import type { OfficerDirectory } from '../../core/ports/directory';
import { DEFAULT_PERMISSION_PLAN } from './provision/permissions';
import { normalizeEmail } from '../../core/email';

export class SpOfficerDirectory implements OfficerDirectory {
  private cached?: { at: number; emails: Promise<Set<string>> };

  public constructor(
    private readonly sp: SPFI,
    private readonly groupName: string = DEFAULT_PERMISSION_PLAN.officersGroup,
    private readonly ttlMillis: number = 60000,
    private readonly clock: () => number = Date.now
  ) {}

  public async isOfficer(email: string): Promise<boolean> {
    return (await this.members()).has(normalizeEmail(email));
  }

  private members(): Promise<Set<string>> {
    const now = this.clock();
    if (!this.cached || now - this.cached.at > this.ttlMillis) {
      const emails = this.sp.web.siteGroups
        .getByName(this.groupName)
        .users.select('Email')()
        .then((users: { Email?: string }[]) => new Set(users.map((u) => normalizeEmail(u.Email)).filter(Boolean)));
      // A failed read is not cached: the next request tries again.
      emails.catch(() => (this.cached = undefined));
      this.cached = { at: now, emails };
    }
    return this.cached.emails;
  }
}

/** Whether the signed-in user of `sp` is in the officers group (what the form web part offers them). */
export async function currentUserIsOfficer(
  sp: SPFI,
  groupName: string = DEFAULT_PERMISSION_PLAN.officersGroup
): Promise<boolean> {
  const groups = (await sp.web.currentUser.groups.select('Title')()) as { Title: string }[];
  return groups.some((g) => g.Title === groupName);
}
