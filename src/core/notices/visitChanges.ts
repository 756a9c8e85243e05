// The bot's notice rules that are not reminders (those are reminders/): which visit change a visit's
// state announces and the key that tells each change once, how far back the sweep looks, and how
// long a send claim holds. The sweep (src/bot/app/sweep*.ts) and delivery apply them.
import { normalizeEmail } from '../email';
import type { Visit } from '../model';

export type VisitChangeKind = 'booked' | 'rearranged' | 'cancelled';

/**
 * What the visit's state announces. The visit record holds no change history, so the state is the
 * news: rearrangeVisit books a moved visit again (status Booked, the reason kept), so a Booked (or
 * Briefed) visit with a reason was rearranged. A Rearranged visit with no date (rearrangeVisit
 * without a new start clears it) is told at once, keyed by its planned month, and again when it is
 * booked for a new date (a new key). Acknowledging a briefing (Booked to Briefed) keeps the key.
 */
export function changeOf(visit: Visit): VisitChangeKind | undefined {
  switch (visit.status) {
    case 'Booked':
    case 'Briefed':
      if (!visit.visitStart) return undefined;
      return visit.statusReason?.trim() ? 'rearranged' : 'booked';
    case 'Rearranged':
      return 'rearranged';
    case 'Cancelled':
      return 'cancelled';
    default:
      return undefined;
  }
}

/** What the key says the change is about: the booked start (one canonical text per instant), else the planned month. */
export function changeWhen(visit: Visit): string {
  return visit.visitStart ? new Date(Date.parse(visit.visitStart)).toISOString() : visit.visitMonth;
}

/**
 * `visit-change:<visit>:<change>:<start or month>:<recipient>`. An unchanged visit gives the same key
 * (never notified twice); a new date or a cancellation gives a new one (rearranged twice, notified twice).
 */
export function visitChangeKey(visitId: number, change: VisitChangeKind, when: string, recipientEmail: string): string {
  return `visit-change:${visitId}:${change}:${when}:${normalizeEmail(recipientEmail)}`;
}

/** Forms submitted, and head-of-service answers and delegations made, within this many days get their notices if not yet sent. */
export const SUBMISSION_LOOKBACK_DAYS = 30;

/** Open head-of-service requests made within this many days get response reminders (one unanswered for longer is history). */
export const RESPONSE_LOOKBACK_DAYS = 365;

/** A send claim older than this belongs to a sweep that died mid-send, and may be taken over. */
export const CLAIM_LEASE_MS = 10 * 60 * 1000;
