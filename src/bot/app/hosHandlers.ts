// The head of service's card actions. Core decides who may act (from the lists); these turn the
// outcome into the updated card and the messages that follow: the answer to the councillor, the
// request to a delegate, a question to the councillor.
import {
  askCouncillorForMore,
  completeResponse,
  delegateRequest,
  mayAnswerRequest,
  recordResponse,
  type HosDeps
} from '../../core/services';
import { responderOnceAnswered } from '../../core/services/hosRules';
import { AccessDeniedError } from '../../core/errors';
import { buildMessageCard } from '../cards';
import type { BotDeps, TurnResult } from './deps';
import { sendHosQuestion, sendHosResponse, sendToDelegate } from './hosNotices';
import { requestCard, requestCardParts } from './notices';
import { afterTheReply } from './afterReply';

export const hosDeps = (deps: BotDeps): HosDeps => ({
  ...deps.repos,
  sharing: deps.sharing,
  audit: deps.audit,
  now: deps.now,
  officers: deps.officers,
  councilDomains: deps.councilDomains
});

/**
 * The answer: recorded (the one write) and the card replaced at once; sharing it with the
 * councillor, the audit, the visit's move and the councillor's message follow after the reply
 * (completeResponse, then sendHosResponse: each idempotent, and the sweep sends an answer not yet
 * sent, running completeResponse first). The new card's other reads start beside the write: the
 * batch answers the request, its form and visit (the card's hints), so only the councillor and
 * the conversations of who may act are read, while the answer is written.
 */
export async function onRespond(
  deps: BotDeps,
  actorEmail: string,
  requestId: number,
  response: string
): Promise<TurnResult> {
  // The new card's other reads go out once the answer's write has, so they overlap it (a write
  // outlasts a read) however quickly the list answers: one round trip after the $batch.
  let writing = (): void => undefined;
  const written = new Promise<void>((resolve) => (writing = resolve));
  const hos = hosDeps(deps);
  const requests: HosDeps['requests'] = Object.assign(Object.create(hos.requests) as HosDeps['requests'], {
    update: (...args: Parameters<HosDeps['requests']['update']>) => {
      const update = hos.requests.update(...args);
      writing();
      return update;
    }
  });
  const parts = Promise.all([deps.repos.requests.get(requestId), written]).then(([before]) =>
    requestCardParts(deps, { ...before, responderEmail: responderOnceAnswered(before, actorEmail) })
  );
  parts.catch(() => undefined); // unread if recordResponse refuses; its own error is the turn's answer
  const r = await recordResponse({ ...hos, requests }, { requestId, actorEmail, response });
  writing(); // a repeated answer writes nothing
  const card = await requestCard(
    deps,
    r.request,
    {
      kind: 'responded',
      by: { email: r.request.responderEmail },
      at: r.request.respondedAt ?? deps.now(),
      response: r.request.response ?? ''
    },
    parts
  );
  await afterTheReply(deps, 'hos.respond', async () => sendHosResponse(deps, await completeResponse(hos, r)));
  return { replies: [], card };
}

export async function onDelegate(
  deps: BotDeps,
  actorEmail: string,
  requestId: number,
  delegateEmail: string
): Promise<TurnResult> {
  const r = await delegateRequest(hosDeps(deps), { requestId, actorEmail, delegateEmail });
  const to = r.request.responderEmail;
  const sent = await sendToDelegate(deps, r);
  const card = await requestCard(deps, r.request, {
    kind: 'delegated',
    by: { email: actorEmail },
    at: deps.now(),
    to: { email: to }
  });
  const replies =
    sent === 'unreachable' || sent === 'failed'
      ? [
          buildMessageCard({
            title: 'Delegate not reachable in Teams',
            text: `${to} does not have the Frontline Visits app, so they were not sent the card. The request is theirs now: they can answer from the SharePoint form page, or you can still answer it yourself.`,
            tone: 'warning',
            link: { title: 'Open the form', url: deps.links.form(r.visit.id) }
          })
        ]
      : [];
  return { replies, card };
}

export async function onAskCouncillor(
  deps: BotDeps,
  actorEmail: string,
  requestId: number,
  question: string
): Promise<TurnResult> {
  const r = await askCouncillorForMore(hosDeps(deps), { requestId, actorEmail, question: question });
  await sendHosQuestion(deps, r, actorEmail);
  return {
    replies: [
      buildMessageCard({
        title: 'Question sent',
        text: `Your question went to the councillor: ${r.question}`,
        tone: 'good'
      })
    ],
    card: await requestCard(deps, r.request)
  };
}

/** refresh: the card as it stands for someone who may act; anyone else gets a plain note. */
export async function onRefresh(deps: BotDeps, actorEmail: string, requestId: number): Promise<TurnResult> {
  const request = await deps.repos.requests.get(requestId);
  const visit = await deps.repos.visits.get(request.visitId);
  const team = await deps.repos.teams.get(visit.teamId);
  if (!mayAnswerRequest(request, team, actorEmail))
    throw new AccessDeniedError('This request is no longer yours to answer.');
  const outcome =
    request.status === 'Responded'
      ? {
          kind: 'responded' as const,
          by: { email: request.responderEmail },
          at: request.respondedAt ?? deps.now(),
          response: request.response ?? ''
        }
      : undefined;
  return { replies: [], card: await requestCard(deps, request, outcome) };
}
