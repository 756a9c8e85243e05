// Which visit a councillor means when they type "briefing" or "findings" without naming one.
// Compares instants against the London day's bounds once, instead of converting every visit's
// start to a London date (the bot does this at every turn over the whole upcoming rota).
import type { IsoDateTime, Visit } from '../model';
import type { Stored } from '../ports/repositories';
import { londonDate, londonEndOfDay, londonInstant } from '../time/london';

/** A briefing is for a visit booked and not yet held. */
export const UPCOMING: Visit['status'][] = ['Booked', 'Briefed'];
/** A form is awaited from a visit booked, briefed or held, once its day has come. */
export const AWAITING_FORMS: Visit['status'][] = ['Booked', 'Briefed', 'Visited'];

const isOn = (v: Visit, email: string): boolean => v.councillorEmails.some((e) => e.toLowerCase() === email);
const at = (v: Visit): string => new Date(v.visitStart as string).toISOString();

/** The councillor's next visit from today (London), earliest first; `visits` need only be UPCOMING ones. */
export function nextVisitOf<V extends Stored<Visit>>(visits: V[], email: string, now: IsoDateTime): V | undefined {
  const from = londonInstant(londonDate(now));
  return visits
    .filter((v) => UPCOMING.includes(v.status) && v.visitStart && at(v) >= from && isOn(v, email))
    .sort((a, b) => at(a).localeCompare(at(b)))[0];
}

/** The councillor's latest visit held by the end of today (London) that still awaits forms. */
export function latestHeldVisitOf<V extends Stored<Visit>>(visits: V[], email: string, now: IsoDateTime): V | undefined {
  const until = londonEndOfDay(londonDate(now));
  return visits
    .filter((v) => AWAITING_FORMS.includes(v.status) && v.visitStart && at(v) <= until && isOn(v, email))
    .sort((a, b) => at(b).localeCompare(at(a)))[0];
}
