// Notices of visits booked, rearranged or cancelled, to each councillor on the visit and the team's
// service manager. The visit record holds no change history, so the key is the visit's state:
// `visit-change:<visit>:<change>:<start or month>:<recipient>`. An unchanged visit gives the same
// key (never notified twice); a new date or a cancellation gives a new one (rearranged twice,
// notified twice). Acknowledging a briefing (Booked to Briefed) keeps the key, so it sends nothing.
import type { Visit } from '../../core/model';
import { briefingKey } from '../../core/reminders';
import { councillorsOf } from '../../core/visitStatus';
import { normalizeEmail } from '../../core/email';
import { londonDate, monthOf } from '../../core/time/london';
import { buildVisitChangeCard, type VisitChangeKind } from '../cards';
import { plannedMessage, type PlannedMessage, type SweepContext } from './sweepPlan';

/**
 * What the visit's state announces. rearrangeVisit books a moved visit again (status Booked, the
 * reason kept), so a Booked visit with a reason was rearranged. A Rearranged visit with no date
 * (rearrangeVisit without a new start clears it) is told at once, keyed by its planned month, and
 * again when it is booked for a new date (a new key).
 */
export function changeOf(visit: Visit): VisitChangeKind | undefined {
  switch (visit.status) {
    case 'Booked':
    case 'Briefed':
      if (!visit.visitStart) return undefined;
      return visit.statusReason?.trim() ? 'rearranged' : 'booked';
    case 'Rearranged':
      return 'rearranged';
    case 'Cancelled':
      return 'cancelled';
    default:
      return undefined;
  }
}

/** One canonical text per instant, whatever form the list returned it in, so the key is stable. */
const canonical = (instant: string): string => new Date(Date.parse(instant)).toISOString();

export function visitChangeKey(visitId: number, change: VisitChangeKind, when: string, recipientEmail: string): string {
  return `visit-change:${visitId}:${change}:${when}:${normalizeEmail(recipientEmail)}`;
}

export function changeMessages(ctx: SweepContext): PlannedMessage[] {
  const today = londonDate(ctx.now);
  const thisMonth = monthOf(ctx.now);
  const out: PlannedMessage[] = [];
  for (const visit of ctx.data.visits) {
    const change = changeOf(visit);
    if (!change) continue;
    // Only visits still ahead (today counts): a past visit's booking is history, not news.
    const upcoming = visit.visitStart ? londonDate(visit.visitStart) >= today : visit.visitMonth >= thisMonth;
    if (!upcoming) continue;
    const team = ctx.teamById.get(visit.teamId);
    if (!team) {
      ctx.problems.push(
        `Visit '${visit.title}': its team (${visit.teamId}) could not be read, so no one was told it was ${change}.`
      );
      continue;
    }
    const when = visit.visitStart ? canonical(visit.visitStart) : visit.visitMonth;
    const councillors = councillorsOf(visit);
    const manager = normalizeEmail(team.serviceManagerEmail);
    if (!manager)
      ctx.problems.push(
        `Team '${team.name}' has no service manager e-mail, so they were not told that '${visit.title}' was ${change}.`
      );
    const recipients = manager && councillors.indexOf(manager) < 0 ? [...councillors, manager] : councillors;
    for (const email of recipients) {
      const m = plannedMessage(
        {
          key: visitChangeKey(visit.id, change, when, email),
          kind: 'visit-change',
          recipientEmail: email,
          visitId: visit.id
        },
        (deps) => buildVisitChangeCard({ change, visit, team, visitUrl: deps.links.form(visit.id) })
      );
      // A councillor whose briefing is due now or was sent has the date and place from it: a second
      // "booked" card would only repeat it. The manager gets no briefing, so always gets the notice.
      if (change === 'booked' && councillors.indexOf(email) >= 0)
        m.unless = [briefingKey(visit.id, email, londonDate(visit.visitStart as string))];
      out.push(m);
    }
  }
  return out;
}
