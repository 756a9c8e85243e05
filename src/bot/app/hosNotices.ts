// The messages that follow a head of service's action, wherever it was taken (the approval card in
// Teams, or the form page through the Frontline service): the answer to the councillor, the request
// to a delegate, a question to the councillor. Each is claimed in the send log under a stable key,
// so the card, the page and the reminder sweep never send one twice.
import type { HeadOfServiceRequest, Visit } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import type { HosOutcome } from '../../core/services';
import { buildHosQuestionCard, buildHosResponseCard } from '../cards';
import { normalizeEmail } from '../../core/email';
import type { BotDeps } from './deps';
import { deliver, type DeliveryOutcome } from './delivery';
import { textKey } from '../../core/textKey';
import { requestCard } from './notices';
import { sendReplyToResponder } from './replyHandlers';
import type { ReplyOutcome } from '../../core/services/councillorReply';

type Answered = { request: Stored<HeadOfServiceRequest>; visit: Stored<Visit>; councillorEmail: string };

export const hosResponseKey = (requestId: number): string => `hos-response:${requestId}`;
export const delegateRequestKey = (requestId: number, delegateEmail: string): string =>
  `response-requested:${requestId}:${delegateEmail}`;

/** The answer to the councillor who escalated the issues. */
export function sendHosResponse(deps: BotDeps, r: Answered): Promise<DeliveryOutcome> {
  return deliver(
    deps,
    { key: hosResponseKey(r.request.id), recipientEmail: r.councillorEmail, kind: 'hos-response', visitId: r.visit.id },
    async () =>
      buildHosResponseCard({
        request: r.request,
        visit: r.visit,
        team: await deps.repos.teams.get(r.visit.teamId),
        responder: { email: r.request.responderEmail },
        formUrl: deps.links.form(r.visit.id)
      })
  );
}

/** The approval card, now the delegate's to answer. */
export function sendToDelegate(deps: BotDeps, r: Pick<Answered, 'request' | 'visit'>): Promise<DeliveryOutcome> {
  const to = r.request.responderEmail;
  return deliver(
    deps,
    { key: delegateRequestKey(r.request.id, to), recipientEmail: to, kind: 'response-requested', visitId: r.visit.id },
    () => requestCard(deps, r.request)
  );
}

/** The head of service's question to the councillor (a retry of the same text is the same message). */
export function sendHosQuestion(
  deps: BotDeps,
  r: Answered & { question: string },
  actorEmail: string
): Promise<DeliveryOutcome> {
  return deliver(
    deps,
    {
      key: textKey(`hos-question:${r.request.id}`, r.question),
      recipientEmail: r.councillorEmail,
      kind: 'hos-question',
      visitId: r.visit.id
    },
    async () =>
      buildHosQuestionCard({
        requestId: r.request.id,
        visit: r.visit,
        team: await deps.repos.teams.get(r.visit.teamId),
        from: { email: normalizeEmail(actorEmail) },
        question: r.request.moreInfoQuestion ?? r.question,
        askedAt: r.request.moreInfoAskedAt,
        formUrl: deps.links.form(r.visit.id)
      })
  );
}

/** For the Frontline service, where the bot runs beside it: the messages after an action on the form page. */
export function hosActionNotices(deps: BotDeps): {
  responded(r: HosOutcome): Promise<DeliveryOutcome>;
  delegated(r: HosOutcome, actorEmail: string): Promise<DeliveryOutcome>;
  asked(r: HosOutcome & { question: string }, actorEmail: string): Promise<DeliveryOutcome>;
  replied(r: ReplyOutcome): Promise<DeliveryOutcome>;
} {
  return {
    responded: (r) => sendHosResponse(deps, r),
    delegated: (r) => sendToDelegate(deps, r),
    asked: (r, actorEmail) => sendHosQuestion(deps, r, actorEmail),
    replied: (r) => sendReplyToResponder(deps, r)
  };
}
