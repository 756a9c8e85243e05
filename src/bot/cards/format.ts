// How cards show times: always Europe/London wall-clock time (core/time/london.ts), written out in
// words so a phone screen never shows an ambiguous 03/07.
import { formatLondon } from '../../core/time/london';
import type { IsoDateTime } from '../../core/model';

/** "Thursday 24 July 2025" */
export function longDate(instant: IsoDateTime): string {
  return formatLondon(instant, 'EEEE d MMMM yyyy');
}

/** "10:00" */
export function clock(instant: IsoDateTime): string {
  return formatLondon(instant, 'HH:mm');
}

/** "Thursday 24 July 2025 at 10:00" */
export function dateAndTime(instant: IsoDateTime): string {
  return `${longDate(instant)} at ${clock(instant)}`;
}

/** "1 day", "3 days" */
export function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** A deadline: deadlines are ends of London days, so the day alone is the honest answer. */
export function deadline(instant: IsoDateTime): string {
  return clock(instant) === '23:59' ? longDate(instant) : dateAndTime(instant);
}
