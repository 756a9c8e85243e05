// Europe/London time. Instants are stored as UTC ISO strings; people think in London calendar
// days and wall-clock times, which move against UTC at the BST changes. All zone arithmetic is
// delegated to date-fns + @date-fns/tz so no rule here hand-codes an offset.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { IsoDateTime, LocalDate, YearMonth } from '../model';

export const LONDON = 'Europe/London';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseLocalDate(day: LocalDate): [number, number, number] {
  const m = LOCAL_DATE.exec(day);
  if (!m) throw new RangeError(`'${day}' is not a date in YYYY-MM-DD form.`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) throw new RangeError(`'${day}' is not a real date.`);
  return [y, mo, d];
}

/** The UTC instant of a London wall-clock time on a London day (default midnight). */
export function londonInstant(day: LocalDate, time: string = '00:00'): IsoDateTime {
  const [y, mo, d] = parseLocalDate(day);
  const t = HH_MM.exec(time);
  if (!t) throw new RangeError(`'${time}' is not a time in HH:mm form.`);
  return new Date(new TZDate(y, mo - 1, d, Number(t[1]), Number(t[2]), 0, 0, LONDON).getTime()).toISOString();
}

/** The London calendar day an instant falls on. */
export function londonDate(instant: IsoDateTime | Date): LocalDate {
  return format(new TZDate(toMillis(instant), LONDON), 'yyyy-MM-dd');
}

/** The London wall-clock time of an instant, `HH:mm`. */
export function londonTime(instant: IsoDateTime | Date): string {
  return format(new TZDate(toMillis(instant), LONDON), 'HH:mm');
}

/** Formats an instant in London time with a date-fns pattern, e.g. `EEEE d MMMM yyyy, HH:mm`. */
export function formatLondon(instant: IsoDateTime | Date, pattern: string): string {
  return format(new TZDate(toMillis(instant), LONDON), pattern);
}

/** Calendar arithmetic on London days: adding days never shifts the wall clock. */
export function addDays(day: LocalDate, days: number): LocalDate {
  const [y, mo, d] = parseLocalDate(day);
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  const [y1, m1, d1] = parseLocalDate(a);
  const [y2, m2, d2] = parseLocalDate(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86400000);
}

/** The last instant of a London day (23:59:59.999 London time). */
export function londonEndOfDay(day: LocalDate): IsoDateTime {
  return new Date(Date.parse(londonInstant(addDays(day, 1))) - 1).toISOString();
}

/** 0 = Sunday ... 6 = Saturday, for a London day. */
export function dayOfWeek(day: LocalDate): number {
  const [y, mo, d] = parseLocalDate(day);
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
}

export function isWeekday(day: LocalDate): boolean {
  const dow = dayOfWeek(day);
  return dow >= 1 && dow <= 5;
}

/** Every London day of a `YYYY-MM` month, in order. */
export function daysOfMonth(month: YearMonth): LocalDate[] {
  const m = YEAR_MONTH.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`'${month}' is not a month in YYYY-MM form.`);
  const first = `${month}-01`;
  const days: LocalDate[] = [];
  for (let day = first; day.slice(0, 7) === month; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The `YYYY-MM` month of a London day or instant. */
export function monthOf(dayOrInstant: LocalDate | IsoDateTime): YearMonth {
  return (LOCAL_DATE.test(dayOrInstant) ? dayOrInstant : londonDate(dayOrInstant)).slice(0, 7);
}

/** Months from `start` to `end` inclusive. */
export function monthRange(start: YearMonth, end: YearMonth): YearMonth[] {
  const out: YearMonth[] = [];
  for (let day = `${start}-01`; day.slice(0, 7) <= end; day = addDays(`${day.slice(0, 7)}-28`, 4).slice(0, 7) + '-01') {
    out.push(day.slice(0, 7));
  }
  return out;
}

function toMillis(instant: IsoDateTime | Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`'${String(instant)}' is not a date and time.`);
  return ms;
}
