// Notification keys. A key names one message for one councillor about one
// booking or one deadline, so re-running a sweep repeats nothing, while a change that deserves a new
// message (a visit moved to another day, a due date extended) yields a new key.
import { normalizeEmail } from '../email';
import type { LocalDate } from '../model';
import type { SubmittedRef } from './types';

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
