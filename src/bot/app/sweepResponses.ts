// Turns core's response notifications (core/reminders/responses) into messages: a reminder to the
// current responder, and the escalation of a late response to the point of contact (else the
// officer). WHAT is due is core's; this file only words the card and picks the link.
import type { ResponseNotification } from '../../core/reminders';
import { buildMessageCard, type AdaptiveCardJson } from '../cards';
import { longDate } from '../cards/format';
import type { BotDeps } from './deps';
import { plannedMessage, type PlannedMessage, type SweepContext } from './sweepPlan';

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

function reminderCard(deps: BotDeps, n: ResponseNotification, title: string, now: string): AdaptiveCardJson {
  const late = Date.parse(now) > Date.parse(n.dueDate);
  return buildMessageCard({
    title: late ? `Your response is overdue: ${title}` : `Your response is due soon: ${title}`,
    text: late
      ? `A response to the issues the councillor escalated was due by ${longDate(n.dueDate)}. Please respond, delegate it or ask the councillor a question.`
      : `A response to the issues the councillor escalated is due by ${longDate(n.dueDate)}. Please respond, delegate it or ask the councillor a question.`,
    tone: late ? 'attention' : 'warning',
    facts: [{ title: 'Due', value: longDate(n.dueDate) }],
    link: { title: 'Open the visit', url: deps.links.form(n.visitId) }
  });
}

function overdueCard(deps: BotDeps, n: ResponseNotification, title: string): AdaptiveCardJson {
  return buildMessageCard({
    title: `Head of service response overdue: ${title}`,
    text: `The response of ${n.responderEmail} to the issues escalated from this visit was due by ${longDate(n.dueDate)} and is ${days(n.daysLate ?? 1)} late.`,
    tone: 'attention',
    facts: [
      { title: 'Due', value: longDate(n.dueDate) },
      { title: 'Days late', value: String(n.daysLate ?? 1) }
    ],
    link: { title: 'Open the dashboard', url: deps.links.dashboard }
  });
}

/** The message for one response notification; undefined (and a problem) when it cannot be sent. */
export function responseMessage(ctx: SweepContext, n: ResponseNotification): PlannedMessage | undefined {
  const visit = ctx.visitById.get(n.visitId);
  if (!visit) {
    ctx.problems.push(`${n.key}: visit ${n.visitId} could not be read.`);
    return undefined;
  }
  if (!n.recipientEmail) {
    ctx.problems.push(
      `The head of service's response for '${visit.title}' is ${days(n.daysLate ?? 1)} overdue, but the visit has no point of contact and there is no default one, so no one was told. Set a person as the visit's contact on the rota, or as the default point of contact in the process settings.`
    );
    return undefined;
  }
  return plannedMessage(n, (deps) =>
    n.kind === 'response-reminder' ? reminderCard(deps, n, visit.title, ctx.now) : overdueCard(deps, n, visit.title)
  );
}
