// The site's users (people, not groups or system accounts) with an e-mail address, read with the
// caller's own session: what a page suggests when someone must name a person on the site.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users';
import { mapSpError } from './errors';
import { normalizeEmail } from '../../core/email';

export interface SiteUserEntry {
  email: string;
  name: string;
}

/** SharePoint's PrincipalType for a user. */
const USER = 1;

export async function siteUsers(sp: SPFI): Promise<SiteUserEntry[]> {
  try {
    const users = (await sp.web.siteUsers.select('Email', 'Title', 'PrincipalType')()) as {
      Email?: string;
      Title?: string;
      PrincipalType?: number;
    }[];
    return users
      .filter((u) => (u.PrincipalType ?? USER) === USER && !!u.Email)
      .map((u) => ({ email: normalizeEmail(u.Email), name: u.Title ?? u.Email ?? '' }));
  } catch (e) {
    return mapSpError(e, 'the site users');
  }
}
