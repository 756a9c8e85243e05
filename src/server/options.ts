// Options of the local SharePoint list server and their defaults.
import * as path from 'path';
import type { Directory } from './security/identity';
import { normaliseOrigin } from './http/cors';
import { emailFromLogon } from './store/principalsRepo';

export interface FaultOptions {
  /** Share of requests (0..1) answered with an injected fault instead of being processed. */
  rate?: number;
  /** Statuses to pick from; default [429, 503] (what SharePoint Online throttling returns). */
  statuses?: number[];
  /** Retry-After header value on injected faults; default 1. */
  retryAfterSeconds?: number;
  /** Delay added before every request (faulted or not). */
  latencyMs?: number;
  /** Seed for a deterministic fault sequence; without it Math.random is used. */
  seed?: number;
}

export interface ListServerOptions {
  /** TCP port; 0 picks a free one. Default: SP_LOCAL_PORT or 4323. */
  port?: number;
  /** Interface to bind; default 127.0.0.1 (never exposed beyond the machine by default). */
  host?: string;
  /** Directory holding the SQLite file; default SP_LOCAL_DATA or ./.data/sp. */
  dataDir?: string;
  /** Server-relative URL of the one site served; default /sites/frontline. */
  sitePath?: string;
  /** Web title; the default groups are named "<title> Owners/Members/Visitors". */
  siteTitle?: string;
  /** Caller used when a request names none (no X-Frontline-User header or frontline-user cookie). */
  defaultUser?: string;
  /** Site collection administrators: full control everywhere (like an app-only Sites.FullControl principal). */
  siteAdmins?: string[];
  /**
   * Stand-in for the tenant's Entra directory: only these identities can become site users (through
   * `web/ensureuser`, `siteusers` or a group's `users`). `domains` admits every address at those
   * domains, `users` single addresses. Unset: any well-formed e-mail address is known.
   */
  directory?: { domains?: string[]; users?: string[] };
  /** Convenience: e-mails added to the default groups at start-up. */
  groupMembers?: { owners?: string[]; members?: string[]; visitors?: string[] };
  /** Refuse POSTs without an X-RequestDigest header, as SharePoint does for cookie-authenticated calls. */
  requireDigest?: boolean;
  /** List view threshold; default 5000 like SharePoint Online. */
  listViewThreshold?: number;
  /** Time zone used for DateTime values written without an offset (SharePoint uses the site's zone). */
  siteTimeZone?: string;
  faults?: FaultOptions;
  /** Log one line per request to stderr. */
  log?: boolean;
  /**
   * Browser origins (e.g. http://localhost:4321) given CORS answers, credentials included. Default
   * none: pages on other origins get no CORS headers and their preflights get 403.
   */
  allowedOrigins?: string[];
}

export interface ResolvedOptions {
  port: number;
  host: string;
  dataDir: string;
  sitePath: string;
  siteTitle: string;
  defaultUser?: string;
  siteAdmins: string[];
  directory?: Directory;
  groupMembers: { owners: string[]; members: string[]; visitors: string[] };
  requireDigest: boolean;
  listViewThreshold: number;
  siteTimeZone: string;
  faults: FaultOptions;
  log: boolean;
  allowedOrigins: string[];
}

const lower = (xs: string[] | undefined): string[] => (xs ?? []).map((x) => x.trim().toLowerCase()).filter(Boolean);

/** People named in options must be well-formed addresses (claims logins accepted): others could never sign in. */
function emails(option: string, xs: string[] | undefined): string[] {
  return lower(xs).map((x) => {
    const email = emailFromLogon(x);
    if (!email)
      throw new Error(`List server option ${option}: '${x}' is not a well-formed e-mail address (name@domain.tld).`);
    return email;
  });
}

export function resolveOptions(o: ListServerOptions): ResolvedOptions {
  const envPort = process.env.SP_LOCAL_PORT ? Number(process.env.SP_LOCAL_PORT) : undefined;
  const sitePath = ('/' + (o.sitePath ?? '/sites/frontline').replace(/^\/+|\/+$/g, '')).replace(/\/$/, '');
  return {
    port: o.port ?? envPort ?? 4323,
    host: o.host ?? '127.0.0.1',
    dataDir: path.resolve(o.dataDir ?? process.env.SP_LOCAL_DATA ?? './.data/sp'),
    sitePath,
    siteTitle: o.siteTitle ?? 'Frontline Visits',
    defaultUser: o.defaultUser ? emails('defaultUser', [o.defaultUser])[0] : undefined,
    siteAdmins: emails('siteAdmins', o.siteAdmins),
    directory: o.directory
      ? { domains: lower(o.directory.domains).map((d) => d.replace(/^@/, '')), users: lower(o.directory.users) }
      : undefined,
    groupMembers: {
      owners: emails('groupMembers.owners', o.groupMembers?.owners),
      members: emails('groupMembers.members', o.groupMembers?.members),
      visitors: emails('groupMembers.visitors', o.groupMembers?.visitors)
    },
    requireDigest: o.requireDigest ?? false,
    listViewThreshold: o.listViewThreshold ?? 5000,
    siteTimeZone: o.siteTimeZone ?? 'Europe/London',
    faults: { ...(o.faults ?? {}) },
    log: o.log ?? false,
    allowedOrigins: (o.allowedOrigins ?? []).map(normaliseOrigin).filter(Boolean)
  };
}
