// A councillor acknowledging their pre-visit briefing: the visit moves from Booked to Briefed.
// Repeating it (Teams retries invokes, or a second councillor on the visit) changes nothing.
import { ConflictError, DomainError } from '../errors';
import type { Visit } from '../model';
import type { Stored, VisitRepository } from '../ports/repositories';
import { transitionVisit } from '../visitLifecycle';
import { assertOnVisit, normalizeEmail } from './common';

export async function acknowledgeBriefing(
  deps: { visits: Pick<VisitRepository, 'get' | 'update'> },
  input: { visitId: number; councillorEmail: string }
): Promise<{ outcome: 'done' | 'already'; visit: Stored<Visit> }> {
  let visit = await deps.visits.get(input.visitId);
  assertOnVisit(visit, normalizeEmail(input.councillorEmail));
  for (let attempt = 0; attempt < 4; attempt++) {
    if (visit.status !== 'Booked') {
      if (visit.status === 'Planned' || visit.status === 'Rearranged' || visit.status === 'Cancelled') {
        throw new DomainError(
          'VisitNotBooked',
          `The visit '${visit.title}' is ${visit.status.toLowerCase()}; there is no briefing to acknowledge until it is booked.`
        );
      }
      return { outcome: 'already', visit };
    }
    try {
      return {
        outcome: 'done',
        visit: await deps.visits.update(visit, { status: transitionVisit(visit, 'Briefed').status })
      };
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      visit = await deps.visits.get(input.visitId);
    }
  }
  throw new ConflictError(`The visit '${visit.title}' kept changing; please try again.`);
}
