// To whom a head of service may delegate escalated issues: only people the council knows. A
// delegate reads the confidential form, so an outside address is refused before anything is shared.
import { isEmailAddress, normalizeEmail } from '../email';
import { inCouncilDomains, knownAs, type ContactDirectory } from '../contacts';
import { ValidationError } from './errors';

/** Who the council knows: the same directory as a point of contact's. */
export type KnownPeople = ContactDirectory;

/** In the council's domains (one rule, in email.ts; the web parts' people picker uses it from here). */
export { inCouncilDomains } from '../contacts';

/** Throws a ValidationError naming who may be chosen unless `email` is someone the council knows. */
export async function assertKnownToCouncil(people: KnownPeople, email: string): Promise<void> {
  const who = normalizeEmail(email);
  const domains = people.councilDomains ?? [];
  if (!isEmailAddress(who))
    throw new ValidationError(
      [{ questionId: 'delegateEmail', message: 'Please give the e-mail address of the person to delegate to.' }],
      [],
      'action'
    );
  // The same people as a point of contact (contacts.ts knownAs); the domain first, as it needs no read.
  if (inCouncilDomains(who, domains) || (await knownAs(people, who))) return;
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
