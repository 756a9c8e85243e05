// The council's own e-mail domains, for delegation: a head of service may delegate escalated issues
// to anyone there, beyond the people on the site. Read by the bot and the service alike.

import { normalizeDomain } from '../core/email';

/** FRONTLINE_COUNCIL_DOMAINS=cheshireeast.gov.uk,other.gov.uk: where a head of service may delegate beyond the people on the site. */
export function councilDomainsFromEnv(env: NodeJS.ProcessEnv): string[] {
  return (env.FRONTLINE_COUNCIL_DOMAINS ?? '').split(',').map(normalizeDomain).filter(Boolean);
}
