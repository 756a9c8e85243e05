// Which days a visit can happen on: the one rule the planner and booking share. Teams are not at work
// at weekends or on bank holidays, so the planner never picks those days and booking refuses them.
// Christmas Day is closed whatever holiday list a council passes (a list can leave it out).
import type { LocalDate } from '../model';
import { dayOfWeek, formatLondon, londonInstant } from '../time/london';
import { ENGLAND_AND_WALES_BANK_HOLIDAY_NAMES } from './bankHolidays';

export type ClosedReason = 'weekend' | 'bank-holiday';

/** A day no visit can happen on, and why, in words an officer can act on. */
export interface ClosedDay {
  day: LocalDate;
  reason: ClosedReason;
  /** `Saturday`, `Summer bank holiday`, `Christmas Day`, or `a bank holiday` for an unnamed listed day. */
  name: string;
  message: string;
}

const WEEKEND_NAMES: Readonly<Record<number, string>> = { 0: 'Sunday', 6: 'Saturday' };
const CHRISTMAS = '12-25';

export class VisitDays {
  private readonly holidays: Set<LocalDate>;

  /** `bankHolidays`: the council's list (England and Wales: calendar/bankHolidays.ts). */
  public constructor(bankHolidays: readonly LocalDate[]) {
    this.holidays = new Set(bankHolidays);
  }

  /** Why no visit can happen on `day`, or undefined on a working weekday. */
  public closed(day: LocalDate): ClosedDay | undefined {
    const weekend = WEEKEND_NAMES[dayOfWeek(day)];
    const christmas = day.slice(5) === CHRISTMAS;
    if (weekend) {
      const name = christmas ? 'Christmas Day' : weekend;
      return closedDay(day, 'weekend', name, christmas ? 'Christmas Day' : 'at the weekend', 'at weekends');
    }
    if (!christmas && !this.holidays.has(day)) return undefined;
    const name = christmas ? 'Christmas Day' : (ENGLAND_AND_WALES_BANK_HOLIDAY_NAMES[day] ?? 'a bank holiday');
    const what = /bank holiday$/.test(name) && !name.startsWith('a ') ? `the ${name}` : name;
    return closedDay(day, 'bank-holiday', name, what, 'on bank holidays');
  }

  public isVisitDay(day: LocalDate): boolean {
    return !this.closed(day);
  }
}

/** Saturday or Sunday: the planner's candidate days are the other five. */
export function isWeekend(day: LocalDate): boolean {
  return WEEKEND_NAMES[dayOfWeek(day)] !== undefined;
}

function closedDay(day: LocalDate, reason: ClosedReason, name: string, what: string, when: string): ClosedDay {
  const label = formatLondon(londonInstant(day, '12:00'), 'EEEE d MMMM yyyy');
  const other = reason === 'weekend' ? 'a weekday' : 'another weekday';
  return {
    day,
    reason,
    name,
    message: `${label} is ${what}: teams are not at work ${when}, so no visit can be booked that day. Choose ${other}.`
  };
}
