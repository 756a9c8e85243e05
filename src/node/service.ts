// The Frontline service's dependencies, from a SharePoint connection: the same @pnp/sp adapters
// locally and on a tenant, only the way callers prove who they are differs.
import type { SPFI } from '@pnp/sp';
import { spRepositories } from '../adapters/sp/repositories';
import { spFindingsSharing } from '../adapters/sp/findingsSharing';
import { spFormReads } from '../adapters/sp/formReads';
import { SpOfficerDirectory } from '../adapters/sp/officers';
import { SpAuditLog } from '../adapters/sp/auditLog';
import { entraIdentity, localIdentity, type Authenticate } from '../service/identity';
import type { ServiceOptions } from '../service/app';
import { councilDomainsFromEnv } from './councilDomains';

/** Callers: the X-Frontline-User header locally; Entra ID tokens for FRONTLINE_API_AUDIENCE on a tenant. */
export function authenticatorFor(local: boolean, env: NodeJS.ProcessEnv = process.env): Authenticate {
  if (local) return localIdentity();
  const audiences = (env.FRONTLINE_API_AUDIENCE ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  if (!env.SP_TENANT_ID || !audiences.length) {
    throw new Error(
      'On a tenant the service needs SP_TENANT_ID and FRONTLINE_API_AUDIENCE (the API app ID URI, e.g. api://frontline-visits) to check callers.'
    );
  }
  return entraIdentity({ tenantId: env.SP_TENANT_ID, audiences });
}

/**
 * `sp` is the service's own identity: app-only on a tenant, the site admin locally. The officer
 * directory and the council's domains (default FRONTLINE_COUNCIL_DOMAINS) decide to whom a head of
 * service may delegate, as in the bot.
 */
export function serviceOptions(
  sp: SPFI,
  authenticate: Authenticate,
  now: () => string = () => new Date().toISOString(),
  councilDomains: string[] = councilDomainsFromEnv(process.env)
): ServiceOptions {
  return {
    repos: spRepositories(sp),
    sharing: spFindingsSharing(sp),
    formReads: spFormReads(sp),
    officers: new SpOfficerDirectory(sp),
    audit: new SpAuditLog(sp),
    councilDomains,
    authenticate,
    now,
    log: (message, error) => console.error(`[service] ${message}:`, error)
  };
}
