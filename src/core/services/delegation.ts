// To whom a head of service may delegate escalated issues: only people the council knows. A
// delegate reads the confidential form, so an outside address is refused before anything is shared.
import type { OfficerDirectory } from '../ports/directory';
import type { CouncillorRepository, TeamRepository } from '../ports/repositories';
import { normalizeEmail } from '../email';
import { ValidationError } from './errors';

export interface KnownPeople {
  councillors: Pick<CouncillorRepository, 'byEmail'>;
  teams: Pick<TeamRepository, 'all'>;
  officers?: OfficerDirectory;
  /** The council's own e-mail domains (a setting), e.g. `cheshireeast.gov.uk`; subdomains count too. */
  councilDomains?: readonly string[];
}

const EMAIL = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;

/** In the council's domains: the domain itself or a subdomain of it. */
export function inCouncilDomains(email: string, domains: readonly string[]): boolean {
  const domain = EMAIL.exec(normalizeEmail(email))?.[1];
  if (!domain) return false;
  return domains
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .some((d) => !!d && (domain === d || domain.endsWith(`.${d}`)));
}

/** Throws a ValidationError naming who may be chosen unless `email` is someone the council knows. */
export async function assertKnownToCouncil(people: KnownPeople, email: string): Promise<void> {
  const who = normalizeEmail(email);
  const domains = people.councilDomains ?? [];
  if (!EMAIL.test(who))
    throw new ValidationError(
      [{ questionId: 'delegateEmail', message: 'Please give the e-mail address of the person to delegate to.' }],
      [],
      'action'
    );
  if (inCouncilDomains(who, domains)) return;
  if (await people.councillors.byEmail(who)) return;
  const teams = await people.teams.all();
  if (teams.some((t) => normalizeEmail(t.serviceManagerEmail) === who || normalizeEmail(t.headOfServiceEmail) === who))
    return;
  if (people.officers && (await people.officers.isOfficer(who))) return;
  const allowed = domains.length ? ` or an address at ${domains.join(', ')}` : '';
  throw new ValidationError(
    [
      {
        questionId: 'delegateEmail',
        message: `${who} is not someone the council knows. Delegate to a service manager, head of service, councillor or officer on this site${allowed}.`
      }
    ],
    [],
    'action'
  );
}
