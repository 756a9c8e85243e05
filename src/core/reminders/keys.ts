// Notification keys and e-mail normalisation. A key names one message for one councillor about one
// booking or one deadline, so re-running a sweep repeats nothing, while a change that deserves a new
// message (a visit moved to another day, a due date extended) yields a new key.
import type { LocalDate, Visit } from '../model';
import type { SubmittedRef } from './types';

/** E-mails are compared lower case and trimmed (the lists store them lower case; people type them otherwise). */
export function normalizeEmail(email: string | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

export function briefingKey(visitId: number, councillorEmail: string, visitDay: LocalDate): string {
  return `briefing:${visitId}:${normalizeEmail(councillorEmail)}:${visitDay}`;
}

/** "Your findings form is open", once per councillor and visit day (a visit moved to another day opens again). */
export function formOpenKey(visitId: number, councillorEmail: string, visitDay: LocalDate): string {
  return `form-open:${visitId}:${normalizeEmail(councillorEmail)}:${visitDay}`;
}

export function returnReminderKey(
  visitId: number,
  councillorEmail: string,
  dueDay: LocalDate,
  offsetDays: number
): string {
  return `return:${visitId}:${normalizeEmail(councillorEmail)}:${dueDay}:${offsetDays}`;
}

export function overdueKey(visitId: number, councillorEmail: string, dueDay: LocalDate): string {
  return `overdue:${visitId}:${normalizeEmail(councillorEmail)}:${dueDay}`;
}

/** The visit's councillors, normalised, blanks dropped, each once, in rota order. */
export function councillorsOf(visit: Visit): string[] {
  const out: string[] = [];
  for (const raw of visit.councillorEmails) {
    const email = normalizeEmail(raw);
    if (email && out.indexOf(email) < 0) out.push(email);
  }
  return out;
}

/** A lookup of which councillors have submitted findings for which visit. */
export function submittedLookup(
  refs: readonly SubmittedRef[] | undefined
): (visitId: number, email: string) => boolean {
  const done = new Set<string>();
  for (const ref of refs ?? []) {
    if (ref.status === undefined || ref.status === 'Submitted')
      done.add(`${ref.visitId}|${normalizeEmail(ref.councillorEmail)}`);
  }
  return (visitId, email) => done.has(`${visitId}|${normalizeEmail(email)}`);
}
