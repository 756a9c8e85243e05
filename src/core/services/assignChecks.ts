// What the officer is told when giving councillors a visit: the process asks each member of the
// children's committees for one visit a rota year, and a few volunteers (ProcessConfig
// extraVisitVolunteers, Councillor.secondVisitVolunteer) for a second. More is allowed (the officer
// decides) but never silent: a second or third visit is a warning that says what the process asks.
import type { ProcessConfig } from '../config';
import { cllr } from '../councillors';
import type { Councillor, Visit } from '../model';
import { monthLabel, plural } from '../planner/labels';
import type { RotaYear } from '../rota/rotaYear';
import type { BookingWarning } from './bookingChecks';
import { isOnVisit } from '../visitStatus';
import { normalizeEmail } from '../email';
import type { Names } from './visitNames';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

export const ordinal = (n: number): string => ORDINALS[n - 1] ?? `${n}th`;

/** `a`, `a and b`, `a, b and c`. */
export function andList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A warning for each councillor newly given `visit` who already has another visit in its rota year.
 * `yearVisits`: the year's visits that are not cancelled (any order; `visit` itself is skipped).
 */
export function secondVisitWarnings(
  visit: Visit,
  added: Pick<Councillor, 'email' | 'name' | 'secondVisitVolunteer'>[],
  yearVisits: Visit[],
  year: RotaYear,
  config: Pick<ProcessConfig, 'extraVisitVolunteers'>,
  names: Names
): BookingWarning[] {
  const warnings: BookingWarning[] = [];
  for (const councillor of added) {
    const email = normalizeEmail(councillor.email);
    const theirs = yearVisits
      .filter((v) => v.id !== visit.id && v.status !== 'Cancelled' && isOnVisit(v, email))
      .sort((a, b) => (a.visitMonth < b.visitMonth ? -1 : a.visitMonth > b.visitMonth ? 1 : a.id - b.id));
    if (theirs.length === 0) continue;
    const n = theirs.length + 1;
    const who = cllr(councillor.name);
    const already = andList(theirs.map((v) => `${names.team(v)} in ${monthLabel(v.visitMonth)}`));
    const extra = config.extraVisitVolunteers;
    const asks = extra === 0 ? 'no second visits' : `${plural(extra, 'volunteer')} for a second visit`;
    const tail =
      n > 2
        ? 'no councillor is asked for more than two.'
        : `${who} has ${councillor.secondVisitVolunteer ? '' : 'not '}volunteered for a second visit.`;
    warnings.push({
      kind: 'second-visit',
      councillorEmail: email,
      message:
        `This would be ${who}'s ${ordinal(n)} visit this rota year (${year.label}): they already visit ${already}. ` +
        `The process asks for one visit per councillor and ${asks}; ${tail}`
    });
  }
  return warnings;
}
