// Deadlines. A deadline is the END of a London calendar day counted in calendar days, so a visit
// on a Thursday is due by midnight London time the next Thursday, whatever the clocks did in between
// (adding 7 x 24 hours would land an hour early or late across a BST change).
//
// A visit's findings due date has one source of truth: the rule findingsDueDate(visitStart, config)
// below. Booking (services/booking.ts) stores it in Visit Rota.FindingsDueDate from that rule, so the
// list can be sorted and filtered by it, and an officer may extend it there; a rearrangement clears
// it. Every reader asks effectiveDueDate(visit, config), which derives it from the rule and prefers the
// stored date only when it is later (an extension). Nothing else reads visit.findingsDueDate
// (tests/architecture.test.ts checks).
import type { ProcessConfig } from './config';
import type { IsoDateTime, Visit } from './model';
import { addDays, daysBetween, londonDate, londonEndOfDay } from './time/london';

/** Milliseconds of an instant; throws RangeError on text that is not a date and time. */
export function instantMillis(instant: IsoDateTime): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`'${instant}' is not a date and time.`);
  return ms;
}

/** The last instant of the London day that is `days` calendar days after the London day of `from`. */
export function endOfLondonDayAfter(from: IsoDateTime, days: number): IsoDateTime {
  return londonEndOfDay(addDays(londonDate(from), days));
}

/** When the councillor's findings form is due: end of the London day, returnPeriodDays after the visit day. */
export function findingsDueDate(visitStart: IsoDateTime, config: Pick<ProcessConfig, 'returnPeriodDays'>): IsoDateTime {
  return endOfLondonDayAfter(visitStart, config.returnPeriodDays);
}

/** When the head of service's response is due: end of the London day, responsePeriodDays after the request. */
export function responseDueDate(
  requestedAt: IsoDateTime,
  config: Pick<ProcessConfig, 'responsePeriodDays'>
): IsoDateTime {
  return endOfLondonDayAfter(requestedAt, config.responsePeriodDays);
}

export function isOverdue(due: IsoDateTime, now: IsoDateTime): boolean {
  return instantMillis(now) > instantMillis(due);
}

/**
 * Whole London days late: 0 until the deadline passes, then the London days from the due day to
 * today. Due dates here are ends of days, so a form is 1 day late from the first minute of the next
 * day; a deadline set mid-day and missed the same day also counts 1, so daysOverdue > 0 iff isOverdue.
 */
export function daysOverdue(due: IsoDateTime, now: IsoDateTime): number {
  if (!isOverdue(due, now)) return 0;
  return Math.max(1, daysBetween(londonDate(due), londonDate(now)));
}

/**
 * The due date the reminder rules use: the derived one, unless the record holds a LATER one (an
 * officer's extension). A stored date earlier than the derived one is treated as stale (left from an
 * earlier booking) and ignored, so a stale one left on rebooking can never make reminders early.
 */
export function effectiveDueDate(
  visit: Pick<Visit, 'visitStart' | 'findingsDueDate'>,
  config: Pick<ProcessConfig, 'returnPeriodDays'>
): IsoDateTime | undefined {
  if (!visit.visitStart) return undefined;
  const derived = findingsDueDate(visit.visitStart, config);
  const stored = visit.findingsDueDate;
  // Re-serialised so keys and comparisons see one canonical form whatever the list returned.
  return stored && instantMillis(stored) > instantMillis(derived)
    ? new Date(instantMillis(stored)).toISOString()
    : derived;
}
