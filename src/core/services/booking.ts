// Booking, rearranging and cancelling visits, and assigning councillors, for the officers' pages.
// Every write sends the ETag of the visit the officer loaded, so a change made by someone else since
// surfaces as a ConflictError (the page offers a reload) and is never overwritten.
import { assertCommittee } from '../committees';
import type { ProcessConfig } from '../config';
import { findingsDueDate } from '../deadlines';
import { DomainError } from '../errors';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../calendar/bankHolidays';
import type { IsoDateTime, LocalDate, Visit, VisitStatus } from '../model';
import type { QaCalendarRepository, Stored, VisitRepository } from '../ports/repositories';
import { londonDate, londonEndOfDay, londonInstant } from '../time/london';
import { transitionVisit } from '../visitLifecycle';
import {
  assertInRotaYear,
  assertVisitDay,
  calendarWarnings,
  clashingVisits,
  describeClashes,
  parseStart,
  timingWarnings,
  type BookingWarning
} from './bookingChecks';
import { councillorsOf, HOLDS_TIME } from '../visitStatus';
import { BookingClashError } from './errors';
import { loadNames, type NameDeps } from './visitNames';

export { savePlan } from './savePlan';
export type { SavePlanDeps, SavePlanResult } from './savePlan';
export type { BookingWarning, BookingWarningKind } from './bookingChecks';
export { assignCouncillors, previewAssignment } from './assignment';
export type { AssignDeps } from './assignment';

export interface BookingDeps extends NameDeps {
  visits: Pick<VisitRepository, 'query' | 'update'>;
  qa: Pick<QaCalendarRepository, 'between'>;
  /** `committees`: a visit is booked only for one of the process's committees (core/committees.ts). */
  config: Pick<ProcessConfig, 'returnPeriodDays' | 'councillorsPerVisit' | 'committees'>;
  /** The only source of "now". */
  now: () => IsoDateTime;
  /** First month (1-12) of the rota year; default May (rota/rotaYear.ts). */
  rotaYearStartMonth?: number;
  /** Days besides weekends no visit can happen on (the planner's list); default England and Wales. */
  bankHolidays?: readonly LocalDate[];
}

export interface BookingResult {
  visit: Stored<Visit>;
  /** Never block: the officer decides. */
  warnings: BookingWarning[];
}

/** Refuses a committee not in the process, a day no team works and a double booking; returns what the officer should know about the day. */
async function checkTime(deps: BookingDeps, visit: Visit, start: IsoDateTime): Promise<BookingWarning[]> {
  assertCommittee(visit.committee, deps.config, `'${visit.title}' cannot be booked`);
  assertVisitDay(start, deps.bankHolidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS);
  const year = assertInRotaYear(visit, start, deps.rotaYearStartMonth);
  // Every visit holding a time is inside its own rota year, so this year's months hold all rivals.
  const others = await deps.visits.query({ statuses: HOLDS_TIME, monthFrom: year.start, monthTo: year.end });
  const clashes = clashingVisits(visit, start, others);
  if (clashes.length) throw new BookingClashError(describeClashes(visit, clashes, await loadNames(deps)));
  const day = londonDate(start);
  const activities = await deps.qa.between(londonInstant(day), londonEndOfDay(day));
  const warnings = [...timingWarnings(visit, start, deps.now()), ...calendarWarnings(visit, start, activities)];
  const count = councillorsOf(visit).length;
  if (count < deps.config.councillorsPerVisit) {
    warnings.push({
      kind: 'fewer-councillors',
      message: `'${visit.title}' has ${count} of the ${deps.config.councillorsPerVisit} councillors a visit takes.`
    });
  }
  return warnings;
}

/**
 * What booking `visit` at `start` would meet, without writing: clashes (which bookVisit refuses)
 * and warnings, so the officer sees them before saving.
 */
export async function previewBooking(
  deps: BookingDeps,
  input: { visit: Visit; start: IsoDateTime }
): Promise<{ clashes: BookingClashError['clashes']; warnings: BookingWarning[] }> {
  try {
    return { clashes: [], warnings: await checkTime(deps, input.visit, parseStart(input.start)) };
  } catch (e) {
    if (e instanceof BookingClashError) return { clashes: e.clashes, warnings: [] };
    throw e;
  }
}

function needReason(reason: string | undefined, what: string): string {
  const why = reason?.trim();
  if (!why) throw new DomainError('ReasonRequired', `Please say why the visit is being ${what}; the record keeps it.`);
  return why;
}

/** Books a planned (or rearranged) visit for a start instant. */
export async function bookVisit(
  deps: BookingDeps,
  input: { visit: Stored<Visit>; start: IsoDateTime; durationMinutes?: number }
): Promise<BookingResult> {
  const start = parseStart(input.start);
  const minutes = input.durationMinutes ?? input.visit.durationMinutes;
  if (!Number.isInteger(minutes) || minutes <= 0)
    throw new DomainError('InvalidDuration', `A visit lasts a whole number of minutes (got ${minutes}).`);
  const visit = { ...input.visit, durationMinutes: minutes };
  // The lifecycle refuses first (a cancelled visit, no councillor), before anything is read.
  const booked = transitionVisit(visit, 'Booked', { visitStart: start });
  const warnings = await checkTime(deps, visit, start);
  const changes: Partial<Visit> = {
    status: booked.status,
    visitStart: start,
    findingsDueDate: findingsDueDate(start, deps.config)
  };
  if (minutes !== input.visit.durationMinutes) changes.durationMinutes = minutes;
  return { visit: await deps.visits.update(input.visit, changes), warnings };
}

/**
 * Rearranges a visit: with a new start it is booked again for then (the reason stays on record);
 * without one it waits as Rearranged, its old date and due date cleared.
 */
export async function rearrangeVisit(
  deps: BookingDeps,
  input: { visit: Stored<Visit>; reason: string; newStart?: IsoDateTime }
): Promise<BookingResult> {
  const { visit } = input;
  const reason = needReason(input.reason, 'rearranged');
  if (!input.newStart) {
    const next = transitionVisit(visit, 'Rearranged', { reason });
    const changes: Partial<Visit> = {
      status: next.status,
      statusReason: reason,
      visitStart: undefined,
      findingsDueDate: undefined
    };
    return { visit: await deps.visits.update(visit, changes), warnings: [] };
  }
  const start = parseStart(input.newStart);
  const steps: VisitStatus[] = visit.status === 'Rearranged' ? ['Booked'] : ['Rearranged', 'Booked'];
  const next = steps.reduce((v, s) => transitionVisit(v, s, { reason, visitStart: start }), visit as Visit);
  const warnings = await checkTime(deps, visit, start);
  const changes: Partial<Visit> = {
    status: next.status,
    statusReason: reason,
    visitStart: start,
    findingsDueDate: findingsDueDate(start, deps.config)
  };
  return { visit: await deps.visits.update(visit, changes), warnings };
}

export async function cancelVisit(
  deps: { visits: Pick<VisitRepository, 'update'> },
  input: { visit: Stored<Visit>; reason: string }
): Promise<Stored<Visit>> {
  const reason = needReason(input.reason, 'cancelled');
  const next = transitionVisit(input.visit, 'Cancelled', { reason });
  return deps.visits.update(input.visit, { status: next.status, statusReason: reason });
}
