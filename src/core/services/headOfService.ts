// What a head of service (or their delegate) does with escalated issues: respond, delegate, or
// ask the councillor for more. Who may act is decided here from the lists (the request's current
// responder, or the visited team's head of service), never from card data. Each action is safe to
// repeat: Teams retries invokes, so a second identical call changes nothing and says so.
import { AccessDeniedError, ConflictError, DomainError } from '../errors';
import type { HeadOfServiceRequest, IsoDateTime, Visit } from '../model';
import type {
  FindingsRepository,
  HeadOfServiceRequestRepository,
  Stored,
  TeamRepository,
  VisitRepository
} from '../ports/repositories';
import { readers, type FindingsSharing } from '../ports/sharing';
import type { AuditLog } from '../ports/audit';
import { textKey } from '../textKey';
import { transitionVisit } from '../visitLifecycle';
import { normalizeEmail } from '../email';
import { assertKnownToCouncil, type KnownPeople } from './delegation';
import { ValidationError } from './errors';
import { mayAnswerRequest, QUESTION_MAX, RESPONSE_MAX, responderOnceAnswered } from './hosRules';

export { mayAnswerRequest, QUESTION_MAX, RESPONSE_MAX };

export interface HosDeps extends Omit<KnownPeople, 'teams'> {
  requests: Pick<HeadOfServiceRequestRepository, 'get' | 'update' | 'forVisit'>;
  findings: Pick<FindingsRepository, 'get'>;
  visits: Pick<VisitRepository, 'get' | 'update'>;
  teams: Pick<TeamRepository, 'get' | 'all'>;
  sharing: FindingsSharing;
  now: () => IsoDateTime;
  /** Who the service acted for (the list's version history names the service). */
  audit?: AuditLog;
}

export interface HosOutcome {
  outcome: 'done' | 'already';
  request: Stored<HeadOfServiceRequest>;
  /** The councillor who escalated the issues (from the findings form). */
  councillorEmail: string;
  visit: Stored<Visit>;
}

/** The request and who may act on it now: its responder, and always the team's head of service. */
async function load(
  deps: HosDeps,
  requestId: number,
  actorEmail: string
): Promise<{ request: Stored<HeadOfServiceRequest>; councillorEmail: string; visit: Stored<Visit> }> {
  const request = await deps.requests.get(requestId);
  const [findings, visit] = await Promise.all([
    deps.findings.get(request.findingsId),
    deps.visits.get(request.visitId)
  ]);
  // The teams list is a few dozen rows, often already read for this turn (who is asking); by id otherwise.
  const team = (await deps.teams.all()).find((t) => t.id === visit.teamId) ?? (await deps.teams.get(visit.teamId));
  if (!mayAnswerRequest(request, team, actorEmail)) {
    throw new AccessDeniedError(
      `Only the head of service for ${team.name} or the person they delegated to can answer these escalated issues.`
    );
  }
  return { request, councillorEmail: normalizeEmail(findings.councillorEmail), visit };
}

function text(value: string, what: string, max: number): string {
  const t = value.replace(/\r\n?/g, '\n').trim();
  if (!t) throw new ValidationError([{ questionId: what, message: `Please write a ${what}.` }], [], 'action');
  if (t.length > max)
    throw new ValidationError(
      [{ questionId: what, message: `The ${what} is ${t.length} characters; the most is ${max}.` }],
      [],
      'action'
    );
  return t;
}

/** Moves the visit to Responded once every request on it has an answer (re-read on a stale ETag). */
async function settleVisit(deps: HosDeps, visit: Stored<Visit>): Promise<Stored<Visit>> {
  let current = visit;
  for (let attempt = 0; attempt < 4; attempt++) {
    if (current.status !== 'FindingsReturned') return current;
    const open = (await deps.requests.forVisit(current.id)).filter((r) => r.status !== 'Responded');
    if (open.length) return current;
    try {
      return await deps.visits.update(current, { status: transitionVisit(current, 'Responded').status });
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      current = await deps.visits.get(current.id);
    }
  }
  return current;
}

/**
 * The answer recorded (the one write), or a retry of the same answer recognised. Once this returns
 * the answer is durable; completeResponse does the rest (and the sweep, if this process stops).
 */
export async function recordResponse(
  deps: HosDeps,
  input: { requestId: number; actorEmail: string; response: string }
): Promise<HosOutcome> {
  const { request, councillorEmail, visit } = await load(deps, input.requestId, input.actorEmail);
  const response = text(input.response, 'response', RESPONSE_MAX);
  if (request.status === 'Responded') {
    // A retry: nothing to write; completeResponse runs the later steps again, in case the first try stopped.
    if ((request.response ?? '').trim() === response) return { outcome: 'already', request, councillorEmail, visit };
    throw new DomainError(
      'AlreadyResponded',
      `These issues were answered on ${request.respondedAt ?? 'an earlier day'}. Contact the officer to add to the answer.`
    );
  }
  const updated = await deps.requests.update(request, {
    status: 'Responded',
    response,
    respondedAt: deps.now(),
    responderEmail: responderOnceAnswered(request, input.actorEmail)
  });
  return { outcome: 'done', request: updated, councillorEmail, visit };
}

/**
 * After the answer: shared with the councillor, audited (as its responder, who gave it), the visit
 * moved on once every request on it is answered. Each step is idempotent, so a retry or the sweep runs them again.
 */
export async function completeResponse(deps: HosDeps, r: HosOutcome): Promise<HosOutcome> {
  // Sharing the answer, the audit and the visit's move touch different items: together.
  const [, settled] = await Promise.all([
    afterResponse(deps, r.request, r.councillorEmail, r.request.responderEmail),
    settleVisit(deps, r.visit)
  ]);
  return { ...r, visit: settled };
}

/** Both: the answer recorded and everything after it (the requests API). */
export async function respondToRequest(
  deps: HosDeps,
  input: { requestId: number; actorEmail: string; response: string }
): Promise<HosOutcome> {
  return completeResponse(deps, await recordResponse(deps, input));
}

async function afterResponse(
  deps: HosDeps,
  request: Stored<HeadOfServiceRequest>,
  councillorEmail: string,
  actor: string
): Promise<void> {
  await Promise.all([
    deps.sharing.shareRequest(request.id, readers(councillorEmail)),
    deps.audit?.record({
      actor: normalizeEmail(actor),
      action: 'response-given',
      list: 'responses',
      targetId: request.id,
      visitId: request.visitId,
      version: 'once',
      at: request.respondedAt,
      detail: 'Escalated issues answered.'
    })
  ]);
}

/** The delegate reads the form and the request (and answers through the service or the bot); the one who delegated keeps access. */
async function afterDelegation(
  deps: HosDeps,
  request: Stored<HeadOfServiceRequest>,
  delegate: string,
  actor: string
): Promise<void> {
  await Promise.all([
    deps.sharing.shareRequest(request.id, readers(delegate)),
    deps.sharing.shareFindings(request.findingsId, readers(delegate)),
    deps.audit?.record({
      actor: normalizeEmail(actor),
      action: 'request-delegated',
      list: 'responses',
      targetId: request.id,
      visitId: request.visitId,
      version: delegate,
      detail: `Delegated to ${delegate}.`
    })
  ]);
}

export async function delegateRequest(
  deps: HosDeps,
  input: { requestId: number; actorEmail: string; delegateEmail: string }
): Promise<HosOutcome> {
  const { request, councillorEmail, visit } = await load(deps, input.requestId, input.actorEmail);
  const delegate = normalizeEmail(input.delegateEmail);
  await assertKnownToCouncil(deps, delegate);
  if (request.status === 'Responded')
    throw new DomainError('AlreadyResponded', 'These issues have already been answered, so they cannot be delegated.');
  if (request.status === 'Delegated' && normalizeEmail(request.responderEmail) === delegate) {
    await afterDelegation(deps, request, delegate, input.actorEmail);
    return { outcome: 'already', request, councillorEmail, visit };
  }
  if (delegate === normalizeEmail(input.actorEmail))
    throw new ValidationError(
      [{ questionId: 'delegateEmail', message: 'Choose someone other than yourself.' }],
      [],
      'action'
    );
  const updated = await deps.requests.update(request, { status: 'Delegated', responderEmail: delegate });
  await afterDelegation(deps, updated, delegate, input.actorEmail);
  return { outcome: 'done', request: updated, councillorEmail, visit };
}

export async function askCouncillorForMore(
  deps: HosDeps,
  input: { requestId: number; actorEmail: string; question: string }
): Promise<HosOutcome & { question: string }> {
  const { request, councillorEmail, visit } = await load(deps, input.requestId, input.actorEmail);
  const question = text(input.question, 'question', QUESTION_MAX);
  if (request.status === 'Responded')
    throw new DomainError('AlreadyResponded', 'These issues have already been answered.');
  // The question is kept on the request (MoreInfoQuestion, MoreInfoAskedAt): a second one replaces
  // the first; a retried one (same text, still asked) changes nothing, and is sent once (its key holds the text's hash).
  const retried = request.status === 'MoreInfoRequested' && (request.moreInfoQuestion ?? '').trim() === question;
  const updated = retried
    ? request
    : await deps.requests.update(request, {
        status: 'MoreInfoRequested',
        moreInfoQuestion: question,
        moreInfoAskedAt: deps.now()
      });
  await deps.audit?.record({
    actor: normalizeEmail(input.actorEmail),
    action: 'more-info-asked',
    list: 'responses',
    targetId: request.id,
    visitId: request.visitId,
    version: textKey('q', question),
    detail: 'Asked the councillor for more.'
  });
  return { outcome: retried ? 'already' : 'done', request: updated, councillorEmail, visit, question };
}
