// The councillor's reply to a head of service who asked for more. Only the councillor who wrote the
// findings behind the request may reply, and only while it is asked (MoreInfoRequested). The reply
// is kept on the request (CouncillorReply, CouncillorRepliedAt) and hands it back to its responder:
// Requested, or Delegated when a delegate holds it, so the head of service can respond as before.
// A retried reply (same text) changes nothing and says so.
import { AccessDeniedError, DomainError } from '../errors';
import type { HeadOfServiceRequest, IsoDateTime, Visit } from '../model';
import type { AuditLog } from '../ports/audit';
import type {
  FindingsRepository,
  HeadOfServiceRequestRepository,
  Stored,
  TeamRepository,
  VisitRepository
} from '../ports/repositories';
import { textKey } from '../textKey';
import { normalizeEmail } from '../email';
import { ValidationError } from './errors';
import { REPLY_MAX } from './hosRules';

export { REPLY_MAX };

export interface ReplyDeps {
  requests: Pick<HeadOfServiceRequestRepository, 'get' | 'update'>;
  findings: Pick<FindingsRepository, 'get'>;
  visits: Pick<VisitRepository, 'get'>;
  teams: Pick<TeamRepository, 'get'>;
  now: () => IsoDateTime;
  audit?: AuditLog;
}

export interface ReplyOutcome {
  outcome: 'done' | 'already';
  request: Stored<HeadOfServiceRequest>;
  councillorEmail: string;
  visit: Stored<Visit>;
  reply: string;
}

/** The reply as stored: line ends made plain, trimmed, 1 to REPLY_MAX characters. */
export function replyText(value: string): string {
  const t = value.replace(/\r\n?/g, '\n').trim();
  if (!t) throw new ValidationError([{ questionId: 'reply', message: 'Please write a reply.' }], [], 'action');
  if (t.length > REPLY_MAX)
    throw new ValidationError(
      [{ questionId: 'reply', message: `The reply is ${t.length} characters; the most is ${REPLY_MAX}.` }],
      [],
      'action'
    );
  return t;
}

export async function replyToHeadOfService(
  deps: ReplyDeps,
  input: { requestId: number; actorEmail: string; reply: string }
): Promise<ReplyOutcome> {
  const request = await deps.requests.get(input.requestId);
  const [findings, visit] = await Promise.all([
    deps.findings.get(request.findingsId),
    deps.visits.get(request.visitId)
  ]);
  const councillorEmail = normalizeEmail(findings.councillorEmail);
  const actor = normalizeEmail(input.actorEmail);
  if (!actor || actor !== councillorEmail)
    throw new AccessDeniedError(
      `Only the councillor who escalated these issues (after the visit '${visit.title}') can reply to the head of service.`
    );
  const reply = replyText(input.reply);
  const done = { councillorEmail, visit, reply };
  if (request.status !== 'MoreInfoRequested') {
    if ((request.councillorReply ?? '').trim() === reply) {
      await audit(deps, request, actor, reply);
      return { outcome: 'already', request, ...done };
    }
    if (request.status === 'Responded')
      throw new DomainError(
        'AlreadyResponded',
        `The head of service has already answered these issues (${request.respondedAt ?? 'earlier'}), so there is nothing to reply to.`
      );
    throw new DomainError(
      'NotAsked',
      'The head of service has not asked you anything about these issues (or you have replied already), so there is nothing to reply to. You can reply once they ask for more.'
    );
  }
  const team = await deps.teams.get(visit.teamId);
  const delegated = normalizeEmail(request.responderEmail) !== normalizeEmail(team.headOfServiceEmail);
  const updated = await deps.requests.update(request, {
    status: delegated ? 'Delegated' : 'Requested',
    councillorReply: reply,
    councillorRepliedAt: deps.now()
  });
  await audit(deps, updated, actor, reply);
  return { outcome: 'done', request: updated, ...done };
}

function audit(deps: ReplyDeps, request: Stored<HeadOfServiceRequest>, actor: string, reply: string): Promise<void> {
  return (
    deps.audit?.record({
      actor,
      action: 'councillor-replied',
      list: 'responses',
      targetId: request.id,
      visitId: request.visitId,
      version: textKey('r', reply),
      at: request.councillorRepliedAt,
      detail: 'The councillor replied to the head of service.'
    }) ?? Promise.resolve()
  );
}
