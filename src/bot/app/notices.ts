// After a submission (in chat, or through the web part and picked up by the sweep): the findings
// card to the service manager and head of service, and the approval-style request card to the
// head of service. Each goes through the send log under the notice's stable key, so it is sent once.
import { effectiveDueDate } from '../../core/deadlines';
import { getTemplate } from '../../core/forms';
import type { Councillor, Findings, HeadOfServiceRequest, Team, Visit } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import type { SubmitNotice } from '../../core/services';
import { requestDueDate } from '../../core/reminders';
import { buildFindingsSummaryCard, buildHosRequestCard, type AdaptiveCardJson, type HosOutcome } from '../cards';
import type { BotDeps } from './deps';
import { deliver, type DeliveryOutcome } from './delivery';
import { normalizeEmail } from '../../core/email';

/** Teams user ids whose copy of a request card refreshes: whoever may act and has the app installed. */
async function refreshUsers(deps: Pick<BotDeps, 'conversations'>, emails: string[]): Promise<string[]> {
  const ids: string[] = [];
  // The responder is often the head of service: one read a person.
  const found = await Promise.all(Array.from(new Set(emails)).map((email) => deps.conversations.byEmail(email)));
  for (const c of found) {
    const id = c ? (JSON.parse(c.reference) as { user?: { id?: string } }).user?.id : undefined;
    if (id && ids.indexOf(id) < 0) ids.push(id);
  }
  return ids;
}

/** What the request card shows besides the request: read apart, so a turn can start them beside its write. */
export interface RequestCardParts {
  findings: Stored<Findings>;
  visit: Stored<Visit>;
  team: Stored<Team>;
  councillor?: Stored<Councillor>;
  refreshUserIds: string[];
}

/** Reads nothing the request's own write changes: the form, the visit, its team, the councillor, and who may act. */
export async function requestCardParts(
  deps: BotDeps,
  request: Pick<HeadOfServiceRequest, 'findingsId' | 'visitId' | 'responderEmail'>
): Promise<RequestCardParts> {
  const [findings, visit] = await Promise.all([
    deps.repos.findings.get(request.findingsId),
    deps.repos.visits.get(request.visitId)
  ]);
  const team = deps.repos.teams.get(visit.teamId);
  const [councillor, users] = await Promise.all([
    deps.repos.councillors.byEmail(findings.councillorEmail),
    team.then((t) => refreshUsers(deps, [request.responderEmail, t.headOfServiceEmail].map(normalizeEmail)))
  ]);
  return { findings, visit, team: await team, councillor, refreshUserIds: users };
}

/** The request card as it stands: actionable while open, the "done" variant once acted on. */
export async function requestCard(
  deps: BotDeps,
  request: Stored<HeadOfServiceRequest>,
  outcome?: HosOutcome,
  parts?: Promise<RequestCardParts>
): Promise<AdaptiveCardJson> {
  const { findings, visit, team, councillor, refreshUserIds } = await (parts ?? requestCardParts(deps, request));
  return buildHosRequestCard({
    request,
    visit,
    team,
    councillor: { name: councillor?.name, email: findings.councillorEmail },
    responseDue: requestDueDate(request, deps.config),
    formUrl: deps.links.form(visit.id),
    refreshUserIds,
    outcome
  });
}

export async function deliverSubmissionNotices(
  deps: BotDeps,
  findings: Stored<Findings>,
  request: Stored<HeadOfServiceRequest> | undefined,
  notices: SubmitNotice[]
): Promise<Record<string, DeliveryOutcome>> {
  const out: Record<string, DeliveryOutcome> = {};
  // Each notice has its own send-log key and recipient, so they go together, not one after another.
  const one = async (n: SubmitNotice): Promise<void> => {
    if (n.kind === 'findings-received') return; // the councillor sees it in place of the form
    const entry = { key: n.key, recipientEmail: n.recipientEmail, kind: n.kind, visitId: n.visitId };
    if (n.kind === 'findings-shared') {
      out[n.key] = await deliver(deps, entry, async () => {
        const visit = await deps.repos.visits.get(findings.visitId);
        const [team, councillor] = await Promise.all([
          deps.repos.teams.get(visit.teamId),
          deps.repos.councillors.byEmail(findings.councillorEmail)
        ]);
        return buildFindingsSummaryCard({
          visit,
          team,
          councillor: { name: councillor?.name, email: findings.councillorEmail },
          template: getTemplate(findings.templateId),
          answers: findings.answers,
          submittedAt: findings.submittedAt ?? deps.now(),
          dueAt: effectiveDueDate(visit, deps.config),
          formUrl: deps.links.form(visit.id)
        });
      });
    } else if (request) {
      out[n.key] = await deliver(deps, entry, () => requestCard(deps, request));
    }
  };
  await Promise.all(notices.map(one));
  return out;
}
