// Notices of visits booked, rearranged or cancelled, to each councillor on the visit and the team's
// service manager. Which change a visit announces, and its key, are core/notices/visitChanges.ts.
import { changeOf, changeWhen, visitChangeKey } from '../../core/notices/visitChanges';
import { briefingKey } from '../../core/reminders';
import { councillorsOf } from '../../core/visitStatus';
import { normalizeEmail } from '../../core/email';
import { londonDate, monthOf } from '../../core/time/london';
import { buildVisitChangeCard } from '../cards';
import { plannedMessage, type PlannedMessage, type SweepContext } from './sweepPlan';

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
    const when = changeWhen(visit);
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
