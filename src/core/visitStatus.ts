// The visit status groups and the "who is on this visit" rule, in one place. Every service, handler,
// sweep and web part asks these instead of listing statuses or comparing e-mails itself. The moves
// between statuses are visitLifecycle.ts.
import { normalizeEmail } from './email';
import type { Visit, VisitStatus } from './model';

/** A visit that holds its time: booked, and it will happen or it has. The others (Planned, Rearranged, Cancelled) have no date that counts. */
export const HOLDS_TIME: VisitStatus[] = ['Booked', 'Briefed', 'Visited', 'FindingsReturned', 'Responded', 'Reported'];

/** Booked and not yet held: its briefing can be acknowledged, it is the councillor's "next visit". */
export const UPCOMING: VisitStatus[] = ['Booked', 'Briefed'];

/** Booked, briefed or held and still awaiting forms: reminders run, the form is offered. */
export const AWAITING_FINDINGS: VisitStatus[] = ['Booked', 'Briefed', 'Visited'];

/** Held, and gone on since: forms may have been sent for it. */
export const HELD: VisitStatus[] = ['Visited', 'FindingsReturned', 'Responded', 'Reported'];

/** Visits whose forms may have come in (a submission moves a visit to Visited or FindingsReturned). */
export const SUBMITTED_STATUSES: VisitStatus[] = ['Visited', 'FindingsReturned', 'Responded'];

/** Visits whose escalated issues may be awaiting or have had an answer (until they are reported). */
export const ANSWERING_STATUSES: VisitStatus[] = ['FindingsReturned', 'Responded'];

export function holdsTime(status: VisitStatus): boolean {
  return HOLDS_TIME.indexOf(status) >= 0;
}

export function isUpcoming(status: VisitStatus): boolean {
  return UPCOMING.indexOf(status) >= 0;
}

export function awaitsFindings(status: VisitStatus): boolean {
  return AWAITING_FINDINGS.indexOf(status) >= 0;
}

/** Findings can be written for a visit that holds its time and has a day (whether the day has come is the caller's clock). */
export function acceptsFindings(visit: Pick<Visit, 'status' | 'visitStart'>): boolean {
  return holdsTime(visit.status) && !!visit.visitStart;
}

/** The visit's councillors, normalised, blanks dropped, each once, in rota order. */
export function councillorsOf(visit: Pick<Visit, 'councillorEmails'>): string[] {
  const out: string[] = [];
  for (const raw of visit.councillorEmails) {
    const email = normalizeEmail(raw);
    if (email && out.indexOf(email) < 0) out.push(email);
  }
  return out;
}

/** Whether this person is a councillor on the visit. */
export function isOnVisit(visit: Pick<Visit, 'councillorEmails'>, email: string | undefined): boolean {
  const wanted = normalizeEmail(email);
  return !!wanted && councillorsOf(visit).indexOf(wanted) >= 0;
}
