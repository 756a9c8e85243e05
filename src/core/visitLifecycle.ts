// The visit state machine. Every status change in the product goes through transitionVisit,
// so an illegal move (a report before findings, a booking without a date) is refused in one place.
import { IllegalTransitionError } from './errors';
import type { IsoDateTime, Visit, VisitStatus } from './model';

/** Legal next statuses. Rearranged and Cancelled need a reason; Cancelled is final. */
const NEXT: Readonly<Record<VisitStatus, readonly VisitStatus[]>> = {
  Planned: ['Booked', 'Rearranged', 'Cancelled'],
  Booked: ['Briefed', 'Visited', 'Rearranged', 'Cancelled'],
  Briefed: ['Visited', 'Rearranged', 'Cancelled'],
  // A visit that happened can still be cancelled for reporting (e.g. the form is withdrawn).
  Visited: ['FindingsReturned', 'Cancelled'],
  // Reported directly when no issue was escalated to the head of service.
  FindingsReturned: ['Responded', 'Reported'],
  Responded: ['Reported'],
  Reported: [],
  Rearranged: ['Planned', 'Booked', 'Cancelled'],
  Cancelled: []
};

const NEEDS_REASON: readonly VisitStatus[] = ['Rearranged', 'Cancelled'];

export interface TransitionOptions {
  /** Why; required for Rearranged and Cancelled. */
  reason?: string;
  /** The booked start, required when moving to Booked unless the visit already has one. */
  visitStart?: IsoDateTime;
}

export function allowedTransitions(from: VisitStatus): readonly VisitStatus[] {
  return NEXT[from];
}

export function canTransition(from: VisitStatus, to: VisitStatus): boolean {
  return NEXT[from].indexOf(to) >= 0;
}

/**
 * Returns the visit in its new status. Throws IllegalTransitionError with a message a person
 * can act on. Pure: the caller persists the result (with its ETag) and derives due dates.
 */
export function transitionVisit(visit: Visit, to: VisitStatus, options: TransitionOptions = {}): Visit {
  const from = visit.status;
  if (!canTransition(from, to)) {
    const allowed = NEXT[from];
    const hint = allowed.length ? `From ${from} it can go to: ${allowed.join(', ')}.` : `${from} is final.`;
    throw new IllegalTransitionError(`Visit ${visit.id} ('${visit.title}') cannot move from ${from} to ${to}. ${hint}`);
  }
  const reason = options.reason?.trim();
  if (NEEDS_REASON.indexOf(to) >= 0 && !reason) {
    throw new IllegalTransitionError(`Visit ${visit.id} needs a reason to be ${to.toLowerCase()}.`);
  }
  const visitStart = options.visitStart ?? visit.visitStart;
  if (to === 'Booked' && !visitStart) {
    throw new IllegalTransitionError(`Visit ${visit.id} needs a date and time to be booked.`);
  }
  if (to === 'Booked' && visit.councillorEmails.length === 0) {
    throw new IllegalTransitionError(`Visit ${visit.id} needs at least one councillor to be booked.`);
  }
  const next: Visit = { ...visit, status: to, visitStart };
  if (reason) next.statusReason = reason;
  // Rearranged with no new date drops the old one, so it is booked again; back to Planned drops it too.
  if ((to === 'Rearranged' && !options.visitStart) || to === 'Planned') next.visitStart = undefined;
  return next;
}
