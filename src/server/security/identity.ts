// Who is calling. Locally there is no Entra ID, so the caller names themselves with the
// X-Frontline-User header (or the frontline-user cookie a local host page can set); otherwise the
// server's defaultUser is used, and with neither the request gets SharePoint's 401.
import { Caller } from '../http/context';
import { errors } from '../http/odataErrors';
import { emailFromLogon } from '../store/principalsRepo';
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

/** Resolves (and on first sight registers) the calling user; throws 401 when there is none. */
export function resolveCaller(store: Store, headers: Record<string, string>, defaultUser?: string): Caller {
  const email = callerEmail(headers, defaultUser);
  if (!email) throw errors.unauthenticated();
  const user = store.principals.userByEmail(email) ?? store.tx(() => store.principals.ensureUser(email));
  return {
    id: user.id,
    email,
    loginName: user.login_name,
    title: user.title,
    isSiteAdmin: user.is_site_admin === 1,
    principalIds: [user.id, ...store.principals.groupIdsOf(user.id)]
  };
}
