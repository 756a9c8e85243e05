// Who is calling. Locally there is no Entra ID, so the caller names themselves with the
// X-Frontline-User header (or the frontline-user cookie a local host page can set); otherwise the
// server's defaultUser is used, and with neither the request gets SharePoint's 401. The `directory`
// option stands in for the tenant's Entra directory: only identities it knows become site users.
import { Caller } from '../http/context';
import { errors } from '../http/odataErrors';
import { emailFromLogon, loginFor, titleFromEmail } from '../store/principalsRepo';
import { Store } from '../store/store';

export const USER_HEADER = 'x-frontline-user';
export const USER_COOKIE = 'frontline-user';

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The caller's e-mail from the request, or the default user; undefined when anonymous. */
export function callerEmail(headers: Record<string, string>, defaultUser?: string): string | undefined {
  const named = headers[USER_HEADER] ?? cookieValue(headers.cookie, USER_COOKIE);
  if (named !== undefined && named.trim() !== '') return emailFromLogon(named);
  return defaultUser;
}

/**
 * The calling user; throws 401 when there is none. A caller who is not a site user yet is a
 * transient principal: nothing is stored, they belong to no group and hold no role, so the site
 * answers them 403 until `web/ensureuser` registers them and someone grants them access.
 */
export function resolveCaller(store: Store, headers: Record<string, string>, defaultUser?: string): Caller {
  const email = callerEmail(headers, defaultUser);
  if (!email) throw errors.unauthenticated();
  const user = store.principals.userByEmail(email);
  if (!user)
    return {
      id: 0,
      email,
      loginName: loginFor(email),
      title: titleFromEmail(email),
      isSiteAdmin: false,
      principalIds: []
    };
  return {
    id: user.id,
    email,
    loginName: user.login_name,
    title: user.title,
    isSiteAdmin: user.is_site_admin === 1,
    principalIds: [user.id, ...store.principals.groupIdsOf(user.id)]
  };
}

/** Who the tenant's directory knows, locally: domains and/or addresses (lower case). */
export interface Directory {
  domains: string[];
  users: string[];
}

/**
 * The e-mail of a logon name the directory knows, or undefined. Without a directory every
 * well-formed address is known; with one, its domains' addresses and its listed users are.
 */
export function knownEmail(logon: unknown, directory: Directory | undefined): string | undefined {
  const email = typeof logon === 'string' ? emailFromLogon(logon) : undefined;
  if (!email || !directory) return email;
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return directory.domains.includes(domain) || directory.users.includes(email) ? email : undefined;
}

/** What the directory knows, for refusals that name what is allowed. */
export function describeDirectory(directory: Directory | undefined): string {
  if (!directory) return 'any well-formed e-mail address';
  const parts = [...directory.domains.map((x) => `addresses at ${x}`), ...directory.users];
  return parts.length ? parts.join(', ') : 'nobody beyond the existing site users';
}
