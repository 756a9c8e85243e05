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
import type { ReadProcess } from '../service/processInForce';
import { errorFields, log } from '../service/logger';

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
 * `sp` is the service's own identity: app-only on a tenant, the site admin locally. `process` is
 * read for each call: the composition roots pass the bot's (`botFromSite(...).process.inForce`), so
 * the findings and requests APIs run the site's Process Settings as the bot does; its council
 * domains and the officer directory decide to whom a head of service may delegate.
 */
export function serviceOptions(
  sp: SPFI,
  authenticate: Authenticate,
  process: ReadProcess,
  now: () => string = () => new Date().toISOString()
): ServiceOptions {
  return {
    repos: spRepositories(sp),
    sharing: spFindingsSharing(sp),
    formReads: spFormReads(sp),
    officers: new SpOfficerDirectory(sp),
    audit: new SpAuditLog(sp),
    process,
    authenticate,
    now,
    log: (message, error) => log.error(message, errorFields(error))
  };
}
