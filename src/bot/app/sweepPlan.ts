// Turns what is due into messages the sweep can send: core's notifications (briefing, return
// reminder, overdue escalation) and the notices of recently submitted forms. WHAT is due is core's
// (core/reminders, core/services submissionNotices); this file only picks the card and the recipient.
import type { Councillor, IsoDateTime, Visit } from '../../core/model';
import type { Notification } from '../../core/reminders';
import { normalizeEmail } from '../../core/email';
import { submissionNotices } from '../../core/services/submitFindings';
import { findingsGrants } from '../../core/services/submitSteps';
import { buildMessageCard, buildOverdueCard, buildReminderCard, type AdaptiveCardJson } from '../cards';
import { deadline, longDate } from '../cards/format';
import { briefingCard } from './briefingHandlers';
import type { BotDeps } from './deps';
import { deliver, type DeliveryOutcome } from './delivery';
import { deliverSubmissionNotices } from './notices';
import type { SweepData } from './sweepData';
import type { SweepKind } from './sweepReport';

/** One message the sweep may send. `send` claims its key first (deliver), so it is safe to run twice. */
export interface PlannedMessage {
  key: string;
  kind: SweepKind;
  recipientEmail: string;
  visitId: number;
  /** Not sent when one of these keys was sent before or is due in the same sweep. */
  unless?: string[];
  send(deps: BotDeps): Promise<DeliveryOutcome>;
}

/** The snapshot, indexed, with the sweep's instant and where to report problems. */
export interface SweepContext {
  data: SweepData;
  now: IsoDateTime;
  problems: string[];
  visitById: Map<number, Visit>;
  teamById: Map<number, SweepData['teams'][number]>;
  councillorByEmail: Map<string, Councillor>;
}

export function sweepContext(data: SweepData, now: IsoDateTime): SweepContext {
  return {
    data,
    now,
    problems: [],
    visitById: new Map(data.visits.map((v) => [v.id, v])),
    teamById: new Map(data.teams.map((t) => [t.id, t])),
    councillorByEmail: new Map(data.councillors.map((c) => [normalizeEmail(c.email), c]))
  };
}

/** A councillor on a visit who is missing from the Councillors list still gets their briefing, by e-mail. */
function councillorOf(ctx: SweepContext, email: string): Councillor {
  return (
    ctx.councillorByEmail.get(email) ?? {
      name: email,
      email,
      committees: [],
      secondVisitVolunteer: false,
      active: true
    }
  );
}

/** A message whose card is built (from the snapshot) only once its key is claimed. */
export function plannedMessage(
  n: Pick<PlannedMessage, 'key' | 'kind' | 'recipientEmail' | 'visitId'>,
  card: (deps: BotDeps) => AdaptiveCardJson | Promise<AdaptiveCardJson>
): PlannedMessage {
  const entry = { key: n.key, kind: n.kind, recipientEmail: n.recipientEmail, visitId: n.visitId };
  return { ...entry, send: (deps) => deliver(deps, entry, () => card(deps)) };
}

/** The message for one of core's notifications; undefined (and a problem) when it cannot be sent. */
export function reminderMessage(ctx: SweepContext, n: Notification): PlannedMessage | undefined {
  const visit = ctx.visitById.get(n.visitId);
  const team = visit && ctx.teamById.get(visit.teamId);
  if (!visit || !team) {
    ctx.problems.push(`${n.key}: visit ${n.visitId} or its team could not be read.`);
    return undefined;
  }
  const councillor = councillorOf(ctx, n.councillorEmail);
  switch (n.kind) {
    case 'briefing':
      return plannedMessage(n, (deps) => briefingCard(deps, councillor, visit));
    case 'form-open':
      return plannedMessage(n, (deps) =>
        buildMessageCard({
          title: 'Your findings form is open',
          text: `Thank you for visiting ${team.name} on ${longDate(visit.visitStart as string)}. Your findings form is open: please return it by ${deadline(n.dueDate as string)}. You can fill it in on SharePoint, or type "findings" here.`,
          facts: [{ title: 'Due', value: deadline(n.dueDate as string) }],
          link: { title: 'Open the findings form', url: deps.links.form(visit.id) }
        })
      );
    case 'return-reminder':
      return plannedMessage(n, (deps) =>
        buildReminderCard({
          visit,
          team,
          dueDate: n.dueDate as string,
          now: ctx.now,
          formUrl: deps.links.form(visit.id)
        })
      );
    case 'overdue-escalation':
      if (!n.recipientEmail) {
        // Core leaves the recipient blank when the visit names no point of contact and no officer is configured.
        ctx.problems.push(
          `The findings of ${councillor.name} for '${visit.title}' are ${n.daysLate ?? 1} day(s) overdue, but the visit has no point of contact and there is no default one, so no one was told. Set a person as the visit's contact on the rota, or as the default point of contact in the process settings.`
        );
        return undefined;
      }
      return plannedMessage(n, (deps) =>
        buildOverdueCard({
          visit,
          team,
          councillor: { name: councillor.name, email: councillor.email },
          dueDate: n.dueDate as string,
          now: ctx.now,
          dashboardUrl: deps.links.dashboard,
          visitUrl: deps.links.form(visit.id)
        })
      );
  }
}

/**
 * The findings card to the service manager and head of service, and the request card to the head of
 * service, for each recently submitted form. The keys are submitFindings' own, so notices already
 * sent from the chat are "already sent" here and forms sent through the web part get theirs now.
 */
export function submissionMessages(ctx: SweepContext): PlannedMessage[] {
  const out: PlannedMessage[] = [];
  for (const findings of ctx.data.recentSubmissions) {
    const visit = ctx.visitById.get(findings.visitId);
    const team = visit && ctx.teamById.get(visit.teamId);
    if (!visit || !team) {
      ctx.problems.push(
        `Findings ${findings.id}: visit ${findings.visitId} or its team could not be read, so its notices were not sent.`
      );
      continue;
    }
    const email = normalizeEmail(findings.councillorEmail);
    const found = ctx.data.requests.find((r) => r.findingsId === findings.id);
    // Only an open request asks for a response; one answered or delegated since is handled in chat.
    const request = found && found.status === 'Requested' ? found : undefined;
    for (const n of submissionNotices(email, findings.visitId, findings.id, findingsGrants(email, team), request)) {
      if (n.kind === 'findings-received') continue; // the councillor saw it on submitting
      out.push({
        key: n.key,
        kind: n.kind,
        recipientEmail: n.recipientEmail,
        visitId: n.visitId,
        send: async (deps) => (await deliverSubmissionNotices(deps, findings, request, [n]))[n.key] ?? 'failed'
      });
    }
  }
  return out;
}
