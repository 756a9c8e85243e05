// Which visit a councillor means when they type "briefing" or "findings" without naming one.
// Compares instants against the London day's bounds once, instead of converting every visit's
// start to a London date (the bot does this at every turn over the whole upcoming rota).
import type { IsoDateTime, Visit } from '../model';
import type { Stored } from '../ports/repositories';
import { londonDate, londonEndOfDay, londonInstant } from '../time/london';
import { awaitsFindings, isOnVisit, isUpcoming } from '../visitStatus';

const at = (v: Visit): string => new Date(v.visitStart as string).toISOString();

/** The councillor's next visit from today (London), earliest first; `visits` need only be UPCOMING ones (visitStatus.ts). */
export function nextVisitOf<V extends Stored<Visit>>(visits: V[], email: string, now: IsoDateTime): V | undefined {
  const from = londonInstant(londonDate(now));
  return visits
    .filter((v) => isUpcoming(v.status) && v.visitStart && at(v) >= from && isOnVisit(v, email))
    .sort((a, b) => at(a).localeCompare(at(b)))[0];
}

/** The councillor's latest visit held by the end of today (London) that still awaits forms. */
export function latestHeldVisitOf<V extends Stored<Visit>>(
  visits: V[],
  email: string,
  now: IsoDateTime
): V | undefined {
  const until = londonEndOfDay(londonDate(now));
  return visits
    .filter((v) => awaitsFindings(v.status) && v.visitStart && at(v) <= until && isOnVisit(v, email))
    .sort((a, b) => at(b).localeCompare(at(a)))[0];
}
