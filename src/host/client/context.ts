// What a web part gets from its host. On SharePoint that is the SPFx context; here it is a local
// stand-in shaped like the parts of `this.context.pageContext` the web parts use, plus the SPFI.
import { spfi, SPFx, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import type { LocalDate } from '../../core/model';
import { londonDate } from '../../core/time/london';
import { DEFAULT_USER, personaOf } from './personas';

/** Sent by the host server in the page (see src/host/server/page.ts). */
export interface HostConfig {
  /** Server-relative URL of the site, e.g. /sites/frontline (proxied by the host, same origin). */
  sitePath: string;
  siteTitle: string;
  /** Fixed "today" for demos and tests; the real London day when absent. */
  today?: LocalDate;
  /**
   * The page's form digest, as SharePoint puts one in every page (legacyPageContext): PnPjs's SPFx
   * behaviour then signs writes with it instead of asking /_api/contextinfo first.
   */
  formDigestValue?: string;
  formDigestTimeoutSeconds?: number;
}

export interface PageContext {
  /** canManageLists stands in for SPFx's pageContext.web.permissions (officers hold Edit on the site). */
  web: { absoluteUrl: string; serverRelativeUrl: string; title: string; canManageLists: boolean };
  user: { email: string; loginName: string; displayName: string };
}

export interface HostContext {
  pageContext: PageContext;
  /** @pnp/sp for the current user, pointed at the local site. */
  sp: SPFI;
  today: LocalDate;
}

/** Cookie the workbench keeps the chosen user in. Deliberately not the list server's own
 *  `frontline-user` cookie: identity must reach the server only through the SPFI's header. */
export const USER_COOKIE = 'frontline-host-user';
export const USER_HEADER = 'X-Frontline-User';

function cookie(name: string): string | undefined {
  const hit = document.cookie.split(';').find((p) => p.trim().startsWith(`${name}=`));
  return hit ? decodeURIComponent(hit.slice(hit.indexOf('=') + 1).trim()) : undefined;
}

/** `?user=` (a link) wins, then the cookie (the last choice), then the rota officer. */
export function initialUser(): string {
  const fromQuery = new URLSearchParams(window.location.search).get('user');
  if (fromQuery) {
    rememberUser(fromQuery);
    return fromQuery;
  }
  return cookie(USER_COOKIE) ?? DEFAULT_USER;
}

export function rememberUser(email: string): void {
  document.cookie = `${USER_COOKIE}=${encodeURIComponent(email)}; path=/; SameSite=Lax`;
  // Drop a stale ?user= so a reload keeps the user just chosen.
  const url = new URL(window.location.href);
  if (url.searchParams.has('user')) {
    url.searchParams.delete('user');
    window.history.replaceState(null, '', url.toString());
  }
}

export function createHostContext(config: HostConfig, email: string): HostContext {
  const absoluteUrl = `${window.location.origin}${config.sitePath}`;
  const persona = personaOf(email);
  // The behaviour the web parts use on SharePoint (PnPjs's SPFx: headers, the page's digest, retry,
  // parsing) over the parts of an SPFx context it reads, with the local identity header in place
  // of the SharePoint session cookie.
  const spfxContext = {
    pageContext: {
      web: { absoluteUrl },
      legacyPageContext: {
        formDigestValue: config.formDigestValue,
        formDigestTimeoutSeconds: config.formDigestTimeoutSeconds
      }
    }
  };
  const sp = spfi(absoluteUrl).using(
    SPFx(spfxContext as unknown as Parameters<typeof SPFx>[0]),
    InjectHeaders({ [USER_HEADER]: persona.email })
  );
  const today = config.today ?? londonDate(new Date());
  return {
    pageContext: {
      web: {
        absoluteUrl,
        serverRelativeUrl: config.sitePath,
        title: config.siteTitle,
        canManageLists: persona.role === 'Officer'
      },
      user: { email: persona.email, loginName: `i:0#.f|membership|${persona.email}`, displayName: persona.name }
    },
    sp,
    today
  };
}
