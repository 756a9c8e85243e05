// Europe/London time. Instants are stored as UTC ISO strings; people think in London calendar
// days and wall-clock times, which move against UTC at the BST changes. The zone rules come from
// the platform's own time-zone database through Intl.DateTimeFormat (Node and every supported
// browser), so no rule here hand-codes an offset or a change date, and no library ships with the
// web parts' first screens.
//
// Wall-clock times that the clock changes make odd are resolved as JavaScript's own Date (and
// Temporal's 'compatible' choice) resolve them:
// - a time that does not exist (spring, e.g. 01:30 on 30 March 2025) is read on the clock before
//   the change, so it moves forward by the hour skipped: 01:30 is 01:30 UTC, which London shows
//   as 02:30 BST;
// - a time that happens twice (autumn, e.g. 01:30 on 26 October 2025) is the first of the two,
//   still in BST: 00:30 UTC. (The date-fns code this replaced did the same in a browser set to
//   London time but took the second, GMT, one on a UTC host; now every host agrees.)
import type { IsoDateTime, LocalDate, YearMonth } from '../model';

export const LONDON = 'Europe/London';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const HOUR = 3600000;

function parseLocalDate(day: LocalDate): [number, number, number] {
  const m = LOCAL_DATE.exec(day);
  if (!m) throw new RangeError(`'${day}' is not a date in YYYY-MM-DD form.`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) throw new RangeError(`'${day}' is not a real date.`);
  return [y, mo, d];
}

/** A London wall clock: calendar fields as numbers (month 1-12). */
interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

let londonParts: Intl.DateTimeFormat | undefined;

/** The London wall clock at an instant, as the platform's time-zone database gives it. */
function zoneWallClock(ms: number): WallClock {
  londonParts =
    londonParts ??
    new Intl.DateTimeFormat('en-GB', {
      timeZone: LONDON,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    });
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of londonParts.formatToParts(ms)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = part;
  return { y: year, mo: month, d: day, h: hour, mi: minute, s: second };
}

/** The zone's offset at an instant, from the time-zone database (whole seconds). */
function zoneOffset(ms: number): number {
  const w = zoneWallClock(ms);
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - whole;
}

/**
 * London's offset by UTC hour. formatToParts is most of a bot turn's date work (a briefing
 * formats a dozen instants); the offset is the same throughout almost every UTC hour, so it is
 * asked once per hour and kept. An hour whose first and last millisecond differ (a change inside
 * it) is not kept and each instant in it is asked for, so the answer is always the database's.
 * The zone's rules do not change while a process runs; the map is emptied when it gets large.
 */
const hourOffsets = new Map<number, number>();
const MAX_HOURS = 4096;

/** London's offset from UTC at an instant, in milliseconds (0 in GMT, one hour in BST). */
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  const known = hourOffsets.get(hour);
  if (known !== undefined) return known;
  const first = zoneOffset(hour * HOUR);
  if (first !== zoneOffset(hour * HOUR + HOUR - 1)) return zoneOffset(ms);
  if (hourOffsets.size >= MAX_HOURS) hourOffsets.clear();
  hourOffsets.set(hour, first);
  return first;
}

/** The London wall clock at an instant: UTC's fields moved by London's offset then. */
function wallClock(ms: number): WallClock {
  const t = new Date(ms + offsetAt(ms));
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    s: t.getUTCSeconds()
  };
}

/** The UTC instant of a London wall-clock time on a London day (default midnight). */
export function londonInstant(day: LocalDate, time: string = '00:00'): IsoDateTime {
  const [y, mo, d] = parseLocalDate(day);
  const t = HH_MM.exec(time);
  if (!t) throw new RangeError(`'${time}' is not a time in HH:mm form.`);
  const asUtc = Date.UTC(y, mo - 1, d, Number(t[1]), Number(t[2]));
  // The offsets either side of this wall time (London changes at most once in any 24 hours).
  const before = offsetAt(asUtc - 12 * HOUR);
  const after = offsetAt(asUtc + 12 * HOUR);
  // The earlier reading first: a repeated time is its first occurrence (see the top of the file).
  const readings = [asUtc - Math.max(before, after), asUtc - Math.min(before, after)];
  const valid = readings.find((ms) => asUtc - ms === offsetAt(ms));
  // None valid: the time is skipped in spring; read it on the clock before the change.
  return new Date(valid ?? asUtc - before).toISOString();
}

/** The London calendar day an instant falls on. */
export function londonDate(instant: IsoDateTime | Date): LocalDate {
  return formatLondon(instant, 'yyyy-MM-dd');
}

/** The London wall-clock time of an instant, `HH:mm`. */
export function londonTime(instant: IsoDateTime | Date): string {
  return formatLondon(instant, 'HH:mm');
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const FIELDS: Record<string, (w: WallClock, ms: number) => string> = {
  yyyy: (w) => pad(w.y, 4),
  MMMM: (w) => MONTHS[w.mo - 1],
  MMM: (w) => MONTHS[w.mo - 1].slice(0, 3),
  MM: (w) => pad(w.mo, 2),
  M: (w) => String(w.mo),
  dd: (w) => pad(w.d, 2),
  d: (w) => String(w.d),
  EEEE: (w) => WEEKDAYS[new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDay()],
  EEE: (w) => WEEKDAYS[new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDay()].slice(0, 3),
  HH: (w) => pad(w.h, 2),
  H: (w) => String(w.h),
  mm: (w) => pad(w.mi, 2),
  ss: (w) => pad(w.s, 2),
  T: (_w, ms) => String(ms)
};
// A quoted literal ('' is a quote), a run of one letter, or any other character.
const TOKEN = /'(?:[^']|'')*'?|([A-Za-z])\1*|[^A-Za-z']+/g;

/**
 * Formats an instant in London time with a date-fns pattern, e.g. `EEEE d MMMM yyyy, HH:mm`, in
 * English. The fields: yyyy, MMMM, MMM, MM, M, dd, d, EEEE, EEE, HH, H, mm, ss and T (epoch
 * milliseconds); text in single quotes is literal. Any other letter is refused, not guessed at.
 */
export function formatLondon(instant: IsoDateTime | Date, pattern: string): string {
  const ms = toMillis(instant);
  const w = wallClock(ms);
  return (pattern.match(TOKEN) ?? [])
    .map((token) => {
      if (token.startsWith("'")) return token === "''" ? "'" : token.replace(/^'|'$/g, '').replace(/''/g, "'");
      if (!/^[A-Za-z]/.test(token)) return token;
      const field = FIELDS[token];
      if (!field) throw new RangeError(`'${token}' in '${pattern}' is not a London time format field.`);
      return field(w, ms);
    })
    .join('');
}
/** Calendar arithmetic on London days: adding days never shifts the wall clock. */
export function addDays(day: LocalDate, days: number): LocalDate {
  const [y, mo, d] = parseLocalDate(day);
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
}

/** The instant at the same London wall-clock time (to the millisecond) on another London day. */
function sameLondonTimeOn(instant: IsoDateTime, day: LocalDate): IsoDateTime {
  const withinMinute = ((Date.parse(instant) % 60000) + 60000) % 60000;
  return new Date(Date.parse(londonInstant(day, londonTime(instant))) + withinMinute).toISOString();
}

/** The same London wall-clock time `days` calendar days later: a day across a clock change is 23 or 25 hours. */
export function addLondonDays(instant: IsoDateTime, days: number): IsoDateTime {
  return sameLondonTimeOn(instant, addDays(londonDate(instant), days));
}

/** The same London wall-clock time `years` later on the London calendar (29 February to 28 February). */
export function addLondonYears(instant: IsoDateTime, years: number): IsoDateTime {
  const [y, mo, d] = parseLocalDate(londonDate(instant));
  const last = new Date(Date.UTC(y + years, mo, 0)).getUTCDate();
  return sameLondonTimeOn(instant, new Date(Date.UTC(y + years, mo - 1, Math.min(d, last))).toISOString().slice(0, 10));
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
