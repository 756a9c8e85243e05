// Who may answer a head-of-service request, and how long an answer or a question may be. Core's
// actions (headOfService.ts) apply them; pages and cards ask them too, so they never offer an action
// core would refuse. Kept apart from the actions so a view's first screen can use them cheaply.
import type { HeadOfServiceRequest, Team } from '../model';
import { normalizeEmail } from '../email';

/** The longest answer to escalated issues, in characters. */
export const RESPONSE_MAX = 4000;
/** The longest question to the councillor, in characters. */
export const QUESTION_MAX = 1000;
/** The longest reply from the councillor to the head of service's question, in characters. */
export const REPLY_MAX = 2000;

/** The request's current responder (a delegate), and always the visited team's head of service. */
export function mayAnswerRequest(
  request: Pick<HeadOfServiceRequest, 'responderEmail'>,
  team: Pick<Team, 'headOfServiceEmail'>,
  email: string
): boolean {
  const who = normalizeEmail(email);
  return !!who && [normalizeEmail(request.responderEmail), normalizeEmail(team.headOfServiceEmail)].indexOf(who) >= 0;
}

/**
 * Who the request's responder is once an answer by `actorEmail` is recorded: the person who gave it,
 * even when the team's head of service answers a request they had delegated; an answered request
 * keeps its first responder (a repeated answer changes nothing).
 */
export function responderOnceAnswered(
  request: Pick<HeadOfServiceRequest, 'status' | 'responderEmail'>,
  actorEmail: string
): string {
  return request.status === 'Responded' ? normalizeEmail(request.responderEmail) : normalizeEmail(actorEmail);
}
