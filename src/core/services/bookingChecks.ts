// The checks a booking must pass (rota year, a visit day, no double booking) and the clashes it is warned about
// (QA activity for the area, committee meetings, election periods). Pure: callers load the data.
import { blocksVisit } from '../calendar/blockers';
import { VisitDays } from '../calendar/visitDays';
import { DomainError } from '../errors';
import type { IsoDateTime, LocalDate, QaActivity, Visit } from '../model';
import { holdsTime } from '../visitStatus';
import { rotaYearOf, type RotaYear } from '../rota/rotaYear';
import { monthLabel } from '../planner/labels';
import { councillorsOf } from '../visitStatus';
import { formatLondon, londonDate } from '../time/london';
import type { BookingClash } from './errors';
import { capitalised, type Names } from './visitNames';

export type BookingWarningKind =
  | 'qa-activity'
  | 'committee-meeting'
  | 'election-period'
  | 'in-the-past'
  | 'outside-planned-month'
  | 'no-training'
  | 'needs-briefing'
  | 'fewer-councillors'
  | 'second-visit';

export interface BookingWarning {
  kind: BookingWarningKind;
  message: string;
  activity?: QaActivity;
  councillorEmail?: string;
}

export const dayLabel = (instant: IsoDateTime): string => formatLondon(instant, 'EEEE d MMMM yyyy');
const timeLabel = (instant: IsoDateTime): string => formatLondon(instant, 'HH:mm');
const yearMonths = (y: RotaYear): string => `${monthLabel(y.start)} to ${monthLabel(y.end)}`;

export function parseStart(start: IsoDateTime): IsoDateTime {
  const ms = Date.parse(start);
  if (Number.isNaN(ms)) throw new DomainError('InvalidStart', `'${start}' is not a date and time.`);
  return new Date(ms).toISOString();
}

/** The booked day must fall in the rota year of the visit's planned month. */
export function assertInRotaYear(visit: Visit, start: IsoDateTime, startMonth?: number): RotaYear {
  const year = rotaYearOf(visit.visitMonth, startMonth);
  const booked = rotaYearOf(londonDate(start), startMonth);
  if (booked.label !== year.label) {
    throw new DomainError(
      'OutsideRotaYear',
      `'${visit.title}' is in the ${year.label} rota (${yearMonths(year)}); ${dayLabel(start)} is in ${booked.label}. Choose a day in ${year.label}, or plan the visit in next year's rota.`
    );
  }
  return year;
}

/** Refuses a day no team works (weekend, bank holiday, Christmas Day): the planner's rule, calendar/visitDays.ts. */
export function assertVisitDay(start: IsoDateTime, bankHolidays: readonly LocalDate[]): void {
  const closed = new VisitDays(bankHolidays).closed(londonDate(start));
  if (closed) throw new DomainError('NotAVisitDay', closed.message);
}

const endOf = (v: { visitStart?: IsoDateTime; durationMinutes: number }): number =>
  Date.parse(v.visitStart as string) + v.durationMinutes * 60000;

/** A rival visit found by clashingVisits, before it is put into words. */
export interface RawClash {
  kind: BookingClash['kind'];
  other: Visit;
  councillorEmail?: string;
}

/** Other visits that would share a councillor's day or the team's time with `visit` booked at `start`. */
export function clashingVisits(visit: Visit, start: IsoDateTime, others: Visit[]): RawClash[] {
  const clashes: RawClash[] = [];
  const day = londonDate(start);
  const mine = councillorsOf(visit);
  const from = Date.parse(start);
  const to = endOf({ visitStart: start, durationMinutes: visit.durationMinutes });
  for (const other of others) {
    if (other.id === visit.id || !other.visitStart || !holdsTime(other.status)) continue;
    if (londonDate(other.visitStart) === day) {
      for (const email of councillorsOf(other).filter((e) => mine.indexOf(e) >= 0)) {
        clashes.push({ kind: 'councillor-same-day', other, councillorEmail: email });
      }
    }
    if (other.teamId === visit.teamId && Date.parse(other.visitStart) < to && endOf(other) > from) {
      clashes.push({ kind: 'team-overlap', other });
    }
  }
  return clashes;
}

/** Clashes in words: councillors by name, visits by team and date (never an e-mail or a visit id). */
export function describeClashes(visit: Visit, clashes: RawClash[], names: Names): BookingClash[] {
  return clashes.map(({ kind, other, councillorEmail }) => {
    const start = other.visitStart as IsoDateTime;
    const hours = `${timeLabel(start)} to ${timeLabel(new Date(endOf(other)).toISOString())}`;
    const base = { kind, visitId: other.id, title: other.title };
    if (kind === 'councillor-same-day') {
      const who = names.councillor(councillorEmail as string);
      const message = `${who} is already visiting ${names.team(other)} on ${dayLabel(start)} (${hours}): one visit a day each.`;
      return { ...base, councillorEmail, message };
    }
    const people = councillorsOf(other).map((e) => names.councillor(e));
    const who = people.length ? ` (${people.join(' and ')})` : '';
    const message = `${capitalised(names.team(visit))} already has a visit on ${dayLabel(start)} from ${hours}${who}.`;
    return { ...base, message };
  });
}

/** clashingVisits in words. */
export function findClashes(visit: Visit, start: IsoDateTime, others: Visit[], names: Names): BookingClash[] {
  return describeClashes(visit, clashingVisits(visit, start, others), names);
}

/** QA activity that blocks the visit's London day in its area (calendar/blockers.ts, the planner's rule too). */
export function calendarWarnings(visit: Visit, start: IsoDateTime, activities: QaActivity[]): BookingWarning[] {
  const day = londonDate(start);
  const out: BookingWarning[] = [];
  for (const a of activities) {
    if (!blocksVisit(a, visit.area, day)) continue;
    const kind: BookingWarningKind =
      a.kind === 'Committee meeting'
        ? 'committee-meeting'
        : a.kind === 'Election period'
          ? 'election-period'
          : 'qa-activity';
    const span =
      londonDate(a.start) === londonDate(a.end) ? dayLabel(a.start) : `${dayLabel(a.start)} to ${dayLabel(a.end)}`;
    out.push({ kind, activity: a, message: `${dayLabel(start)} clashes with ${a.title} (${a.kind}, ${span}).` });
  }
  return out;
}

/** Warnings that never block: a day in the past (recording a visit after the fact) or outside the planned month. */
export function timingWarnings(visit: Visit, start: IsoDateTime, now: IsoDateTime): BookingWarning[] {
  const out: BookingWarning[] = [];
  if (Date.parse(start) < Date.parse(now))
    out.push({ kind: 'in-the-past', message: `${dayLabel(start)} at ${timeLabel(start)} is in the past.` });
  if (londonDate(start).slice(0, 7) !== visit.visitMonth) {
    out.push({
      kind: 'outside-planned-month',
      message: `'${visit.title}' was planned for ${monthLabel(visit.visitMonth)}; ${dayLabel(start)} is outside that month.`
    });
  }
  return out;
}
