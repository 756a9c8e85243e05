// The councillor's reply to the head of service's "ask for more" (request.reply). Core decides who
// may reply and when (core/services/councillorReply.ts) and stores the reply on the request; this
// sends the responder their request card again, now with the reply, and shows the councillor the
// card as replied. A retried invoke stores nothing new and sends nothing twice.
import { replyToHeadOfService, type ReplyOutcome } from '../../core/services/councillorReply';
import type { HeadOfServiceRequest, Visit } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import { textKey } from '../../core/textKey';
import { buildHosQuestionCard, buildMessageCard } from '../cards';
import type { BotDeps, TurnResult } from './deps';
import { deliver, type DeliveryOutcome } from './delivery';
import { requestCard } from './notices';

/** The request card, with the reply, to whoever holds the request now (the head of service or a delegate). */
export function sendReplyToResponder(
  deps: BotDeps,
  r: { request: Stored<HeadOfServiceRequest>; visit: Stored<Visit>; reply: string }
): Promise<DeliveryOutcome> {
  return deliver(
    deps,
    {
      key: textKey(`councillor-reply:${r.request.id}`, r.reply),
      recipientEmail: r.request.responderEmail,
      kind: 'councillor-reply',
      visitId: r.visit.id
    },
    () => requestCard(deps, r.request)
  );
}

export async function replyAndNotify(
  deps: BotDeps,
  input: { requestId: number; actorEmail: string; reply: string }
): Promise<ReplyOutcome & { teamsMessage: DeliveryOutcome }> {
  const r = await replyToHeadOfService({ ...deps.repos, audit: deps.audit, now: deps.now }, input);
  return { ...r, teamsMessage: await sendReplyToResponder(deps, r) };
}

export async function onCouncillorReply(
  deps: BotDeps,
  actorEmail: string,
  requestId: number,
  reply: string
): Promise<TurnResult> {
  const r = await replyAndNotify(deps, { requestId, actorEmail, reply });
  const team = await deps.repos.teams.get(r.visit.teamId);
  const card = buildHosQuestionCard({
    requestId: r.request.id,
    visit: r.visit,
    team,
    from: { email: r.request.responderEmail },
    question: r.request.moreInfoQuestion,
    askedAt: r.request.moreInfoAskedAt,
    formUrl: deps.links.form(r.visit.id),
    reply: { text: r.request.councillorReply ?? r.reply, at: r.request.councillorRepliedAt ?? deps.now() }
  });
  const unreachable = r.teamsMessage === 'unreachable' || r.teamsMessage === 'failed';
  const replies = unreachable
    ? [
        buildMessageCard({
          title: 'Head of service not reachable in Teams',
          text: `Your reply is kept with the request, but ${r.request.responderEmail} does not have the Frontline Visits app, so they were not sent it in Teams. They will see it on the SharePoint form page.`,
          tone: 'warning'
        })
      ]
    : [];
  return { replies, card };
}
