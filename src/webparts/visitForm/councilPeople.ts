// Whom the delegate field suggests: the council's people as the page can see them, that is the
// teams' service managers and heads of service, the councillors, and the site's users at the
// council's own e-mail domains (Process Settings `councilDomains`). Only suggestions: the field
// takes any address, and core's delegation rule in the service decides (assertKnownToCouncil).
import { inCouncilDomains } from '../../core/services/delegation';
import type { CouncillorRepository } from '../../core/ports/repositories';
import { normalizeEmail } from '../../core/email';
import type { PageReads } from './pageReads';

export interface Person {
  email: string;
  /** Who they are, e.g. "Alex Moss (service manager, Court Team)". */
  label: string;
}

export interface SiteUser {
  email: string;
  name: string;
}

export interface CouncilPeopleDeps {
  reads: Pick<PageReads, 'teams'>;
  councillors: Pick<CouncillorRepository, 'all'>;
  /** The site's users with an e-mail address (web/siteusers over the page's session). */
  siteUsers: () => Promise<SiteUser[]>;
  process: () => Promise<{ councilDomains?: readonly string[] }>;
  /** Left out of the suggestions: no one delegates to themselves. */
  userEmail: string;
}

/** A read the person may not make counts as nobody, so the field still works as a plain one. */
const orNone = <T>(read: Promise<T[]>): Promise<T[]> => read.catch(() => []);

export function councilPeople(deps: CouncilPeopleDeps): () => Promise<Person[]> {
  return async () => {
    const [teams, councillors, users, process] = await Promise.all([
      orNone(deps.reads.teams()),
      orNone(deps.councillors.all({ activeOnly: true })),
      orNone(deps.siteUsers()),
      deps.process().catch(() => ({ councilDomains: [] as readonly string[] }))
    ]);
    const people = new Map<string, string[]>();
    const add = (email: string, what: string): void => {
      const key = normalizeEmail(email);
      if (!key || key === normalizeEmail(deps.userEmail)) return;
      const roles = people.get(key) ?? [];
      if (what && roles.indexOf(what) < 0) roles.push(what);
      people.set(key, roles);
    };
    for (const t of teams) {
      add(t.serviceManagerEmail, `service manager, ${t.name}`);
      add(t.headOfServiceEmail, `head of service, ${t.area}`);
    }
    for (const c of councillors) add(c.email, `councillor ${c.name}`);
    const domains = process.councilDomains ?? [];
    for (const u of users) if (inCouncilDomains(u.email, domains)) add(u.email, u.name === u.email ? '' : u.name);
    return [...people]
      .map(([email, roles]) => ({ email, label: roles.length ? `${email} (${roles.join('; ')})` : email }))
      .sort((a, b) => a.email.localeCompare(b.email));
  };
}
