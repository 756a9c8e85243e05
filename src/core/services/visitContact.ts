// Setting a visit's point of contact from the rota: only someone the council knows (core/contacts.ts),
// written against the visit as the officer loaded it (its ETag), so a change made meanwhile is never
// overwritten. An empty address clears it: the visit then uses the settings' default point of contact.
import { assertKnownContact, type ContactDirectory } from '../contacts';
import { DomainError } from '../errors';
import type { Visit } from '../model';
import type { Stored, VisitRepository } from '../ports/repositories';
import { allowedTransitions } from '../visitLifecycle';
import { normalizeEmail } from '../email';

export interface VisitContactDeps extends ContactDirectory {
  visits: Pick<VisitRepository, 'update'>;
}

export async function setVisitContact(
  deps: VisitContactDeps,
  input: { visit: Stored<Visit>; email: string }
): Promise<Stored<Visit>> {
  const { visit } = input;
  if (allowedTransitions(visit.status).length === 0) {
    throw new DomainError(
      'CannotChangeContact',
      `'${visit.title}' is ${visit.status}; its point of contact can no longer be changed.`
    );
  }
  const email = input.email.trim() ? await assertKnownContact(deps, input.email) : '';
  if (email === normalizeEmail(visit.pointOfContactEmail)) return visit;
  return deps.visits.update(visit, { pointOfContactEmail: email });
}
