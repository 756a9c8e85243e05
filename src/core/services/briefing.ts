// A councillor acknowledging their pre-visit briefing. Each councillor's acknowledgement is kept on
// the visit (Visit Rota.BriefingAcknowledgements, e-mail to time); the first one moves the visit
// from Booked to Briefed. Repeating it (Teams retries invokes) changes nothing; a second councillor
// on the visit adds their own; someone not on the visit is refused.
import { AccessDeniedError, ConflictError, DomainError } from '../errors';
import type { AuditLog } from '../ports/audit';
import type { IsoDateTime, Visit } from '../model';
import type { Stored, VisitRepository } from '../ports/repositories';
import { transitionVisit } from '../visitLifecycle';
import { councillorsOf, holdsTime, isOnVisit, isUpcoming } from '../visitStatus';
import { normalizeEmail } from '../email';

/**
 * The acknowledgements of the visit's current booking: none while it is Booked (those kept from an
 * earlier booking of a rearranged visit no longer count) or not booked at all; only the visit's own
 * councillors.
 */
export function briefingAcknowledgements(visit: Visit): Record<string, IsoDateTime> {
  if (visit.status === 'Booked' || !holdsTime(visit.status)) return {};
  const all = visit.briefingAcknowledgements ?? {};
  const out: Record<string, IsoDateTime> = {};
  for (const email of councillorsOf(visit)) if (all[email]) out[email] = all[email];
  return out;
}

/** When this councillor acknowledged the visit's briefing, if they have. */
export function acknowledgedAt(visit: Visit, email: string): IsoDateTime | undefined {
  return briefingAcknowledgements(visit)[normalizeEmail(email)];
}

/** Who on the visit has acknowledged its briefing, and who not yet (in the visit's order). */
export function acknowledgementProgress(visit: Visit): { acknowledged: string[]; notYet: string[] } {
  const acks = briefingAcknowledgements(visit);
  const people = councillorsOf(visit);
  return { acknowledged: people.filter((e) => !!acks[e]), notYet: people.filter((e) => !acks[e]) };
}

export interface AcknowledgeOutcome {
  outcome: 'done' | 'already';
  visit: Stored<Visit>;
  /** This councillor's acknowledgement time (the first one's, whatever retries follow); absent once the visit has happened without one. */
  acknowledgedAt?: IsoDateTime;
}

export async function acknowledgeBriefing(
  deps: { visits: Pick<VisitRepository, 'get' | 'update'>; audit?: AuditLog; now?: () => IsoDateTime },
  input: { visitId: number; councillorEmail: string }
): Promise<AcknowledgeOutcome> {
  const actor = normalizeEmail(input.councillorEmail);
  let visit = await deps.visits.get(input.visitId);
  if (!isOnVisit(visit, actor))
    throw new AccessDeniedError(
      `${actor || 'This person'} is not a councillor on the visit '${visit.title}', so cannot acknowledge its briefing. Only its councillors can.`
    );
  for (let attempt = 0; attempt < 4; attempt++) {
    // A briefing can be acknowledged while booked, or already briefed by another councillor.
    if (!isUpcoming(visit.status)) {
      if (!holdsTime(visit.status)) {
        throw new DomainError(
          'VisitNotBooked',
          `The visit '${visit.title}' is ${visit.status.toLowerCase()}; there is no briefing to acknowledge until it is booked.`
        );
      }
      // Visited or later: the briefing is past; whatever was recorded stands.
      return { outcome: 'already', visit, acknowledgedAt: acknowledgedAt(visit, actor) };
    }
    const kept = briefingAcknowledgements(visit);
    if (kept[actor]) {
      // A retry: the audit entry is written again under the same key (a no-op), in case the first try stopped.
      await record(deps.audit, visit, actor, kept[actor], false);
      return { outcome: 'already', visit, acknowledgedAt: kept[actor] };
    }
    const at = deps.now ? deps.now() : new Date().toISOString();
    const changes: Partial<Visit> = { briefingAcknowledgements: { ...kept, [actor]: at } };
    if (visit.status === 'Booked') changes.status = transitionVisit(visit, 'Briefed').status;
    try {
      const briefed = await deps.visits.update(visit, changes);
      await record(deps.audit, visit, actor, at, !!changes.status);
      return { outcome: 'done', visit: briefed, acknowledgedAt: at };
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      visit = await deps.visits.get(input.visitId);
    }
  }
  throw new ConflictError(`The visit '${visit.title}' kept changing; please try again.`);
}

function record(
  audit: AuditLog | undefined,
  visit: Visit,
  actor: string,
  at: IsoDateTime,
  briefed: boolean
): Promise<void> {
  return (
    audit?.record({
      actor,
      action: 'briefing-acknowledged',
      list: 'visits',
      targetId: visit.id,
      visitId: visit.id,
      version: `${actor},${at}`,
      at,
      detail: briefed ? 'Briefing acknowledged; the visit is briefed.' : 'Briefing acknowledged.'
    }) ?? Promise.resolve()
  );
}
