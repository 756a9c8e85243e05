// Who may be a visit's point of contact: a person the council knows, because councillors ask them
// questions before a visit and late forms are escalated to them, in Teams. Known means an address in
// the council's own e-mail domains (a setting), or a person on the site: a councillor, a team's
// service manager or head of service, or an officer. The same rule as delegation (services/delegation.ts).
import { DomainError } from './errors';
import type { Visit } from './model';
import type { OfficerDirectory } from './ports/directory';
import type { CouncillorRepository, TeamRepository } from './ports/repositories';
import { inDomains, isEmailAddress, normalizeEmail } from './email';

export interface ContactDirectory {
  councillors: Pick<CouncillorRepository, 'byEmail'>;
  teams: Pick<TeamRepository, 'all'>;
  /** The officers (the site's officers group); without it officers count only by domain. */
  officers?: OfficerDirectory;
  /** The council's own e-mail domains (a setting); subdomains count too. */
  councilDomains?: readonly string[];
}

/** How the council knows someone: a person on the site, or only an address in its domains. */
export type KnownAs = 'councillor' | 'team' | 'officer' | 'domain';

/** The point of contact is not someone the council knows (or not an e-mail address). Nothing was written. */
export class UnknownContactError extends DomainError {
  public constructor(message: string) {
    super('UnknownContact', message);
    this.name = 'UnknownContactError';
  }
}

const normal = normalizeEmail;

/** In the council's domains: the domain itself or a subdomain of it (the rule is email.ts's). */
export const inCouncilDomains = inDomains;

/** What a point of contact may be, as one sentence (for errors and the booking form). */
export function contactRule(domains: readonly string[] = []): string {
  const at = domains.length ? `an address at ${domains.join(', ')}, or ` : '';
  return `The point of contact must be ${at}a councillor, service manager, head of service or officer on this site, who can use the Frontline Visits app in Teams.`;
}

/** How `email` is known to the council, a person on the site first; undefined when it is not. */
export async function knownAs(people: ContactDirectory, email: string): Promise<KnownAs | undefined> {
  const who = normal(email);
  if (!isEmailAddress(who)) return undefined;
  if (await people.councillors.byEmail(who)) return 'councillor';
  const teams = await people.teams.all();
  if (teams.some((t) => normal(t.serviceManagerEmail) === who || normal(t.headOfServiceEmail) === who)) return 'team';
  if (people.officers && (await people.officers.isOfficer(who))) return 'officer';
  if (inCouncilDomains(who, people.councilDomains ?? [])) return 'domain';
  return undefined;
}

/** The address, lower case, when the council knows it; else UnknownContactError saying what is allowed. */
export async function assertKnownContact(people: ContactDirectory, email: string): Promise<string> {
  const who = normal(email);
  const domains = people.councilDomains ?? [];
  if (!isEmailAddress(who))
    throw new UnknownContactError(`'${email.trim()}' is not an e-mail address. ${contactRule(domains)}`);
  if (await knownAs(people, who)) return who;
  throw new UnknownContactError(`${who} is not someone the council knows. ${contactRule(domains)}`);
}

/** Who gets a visit's questions and escalations: its own point of contact, else the default (lower case; '' for none). */
export function contactOf(visit: Pick<Visit, 'pointOfContactEmail'>, defaultEmail?: string): string {
  return normal(visit.pointOfContactEmail) || normal(defaultEmail);
}
