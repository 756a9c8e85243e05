// A councillor acknowledging their pre-visit briefing: the visit moves from Booked to Briefed.
// Repeating it (Teams retries invokes, or a second councillor on the visit) changes nothing.
import { ConflictError, DomainError } from '../errors';
import type { AuditLog } from '../ports/audit';
import type { Visit } from '../model';
import type { Stored, VisitRepository } from '../ports/repositories';
import { transitionVisit } from '../visitLifecycle';
import { assertOnVisit, normalizeEmail } from './common';

export async function acknowledgeBriefing(
  deps: { visits: Pick<VisitRepository, 'get' | 'update'>; audit?: AuditLog },
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
      const briefed = await deps.visits.update(visit, { status: transitionVisit(visit, 'Briefed').status });
      const actor = normalizeEmail(input.councillorEmail);
      await deps.audit?.record({
        actor,
        action: 'briefing-acknowledged',
        list: 'visits',
        targetId: visit.id,
        visitId: visit.id,
        version: actor,
        detail: 'Briefing acknowledged.'
      });
      return { outcome: 'done', visit: briefed };
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      visit = await deps.visits.get(input.visitId);
    }
  }
  throw new ConflictError(`The visit '${visit.title}' kept changing; please try again.`);
}
