// The wire contract of the Frontline service's findings and requests APIs, shared by the server (src/service)
// and the web part's client (findingsApi.ts) so the two cannot drift. JSON over HTTPS; the caller
// is the bearer of the request's token (tenant) or X-Frontline-User (local), never a body field.
import type { FieldMessage } from '../../core/forms';
import type {
  Channel,
  Findings,
  FindingsStatus,
  FormAnswers,
  HeadOfServiceRequest,
  HosRequestStatus,
  SubmissionState,
  VisitStatus
} from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import { QUESTION_MAX, REPLY_MAX, RESPONSE_MAX } from '../../core/services/hosRules';

export const FINDINGS_API = '/api/findings';

export const draftPath = (visitId: number): string => `${FINDINGS_API}/${visitId}/draft`;
export const submitPath = (visitId: number): string => `${FINDINGS_API}/${visitId}/submit`;

export interface FindingsRequestBody {
  /** Whose form: empty for the caller's own; an officer entering a form received by e-mail names the councillor. */
  councillorEmail?: string;
  answers: FormAnswers;
  /** Draft saves: the ETag of the form as loaded, so a newer save elsewhere is refused, not overwritten. */
  etag?: string;
}

export interface FormState {
  id: number;
  etag: string;
  status: FindingsStatus;
  councillorEmail: string;
  answers: FormAnswers;
  channel: Channel;
  submittedAt?: string;
  /** Sent forms: 'Sending' until the service has shared it and told the head of service (a retry or the next sweep finishes). */
  submission?: SubmissionState;
}

export interface DraftResponse {
  findings: FormState;
  warnings: FieldMessage[];
}

export interface SubmitResponse {
  outcome: 'submitted' | 'already-submitted';
  findings: FormState;
  visitStatus: VisitStatus;
  /** People who can now read the form (the councillor, service manager, head of service). */
  sharedWith: string[];
  /** Set when escalated issues were sent to the head of service for a response. */
  request?: { id: number; responderEmail: string };
  warnings: FieldMessage[];
  /** The answers sent differ from the form sent before, and were ignored. */
  ignoredChanges: boolean;
  /** Things an officer must put right; the form itself was received, and stays 'Sending' until they are. */
  problems: string[];
}

export const toFormState = (f: Stored<Findings>): FormState => ({
  id: f.id,
  etag: f.etag,
  status: f.status,
  councillorEmail: f.councillorEmail,
  answers: f.answers,
  channel: f.channel,
  submittedAt: f.submittedAt,
  submission: f.submission
});

// The requests API: a head of service (or their delegate) answers escalated issues from the form
// page. Who may act is core's decision from the lists (headOfService.ts), never the body's.
export const REQUESTS_API = '/api/requests';

export type RequestAction = 'respond' | 'delegate' | 'ask';
export const REQUEST_ACTIONS: readonly RequestAction[] = ['respond', 'delegate', 'ask'];
export const requestActionPath = (requestId: number, action: RequestAction): string =>
  `${REQUESTS_API}/${requestId}/${action}`;

/** Each action's body: one text field. */
export interface RequestBodies {
  respond: { response: string };
  delegate: { delegateEmail: string };
  ask: { question: string };
}

/** The one field each action takes, and its longest allowed text (core's limits; longer is a 400). */
export const REQUEST_FIELDS: { [A in RequestAction]: { field: keyof RequestBodies[A] & string; max: number } } = {
  respond: { field: 'response', max: RESPONSE_MAX },
  delegate: { field: 'delegateEmail', max: 254 },
  ask: { field: 'question', max: QUESTION_MAX }
};

/**
 * POST /api/requests/<id>/reply, body `{ reply }`: the councillor who escalated the issues answers
 * the head of service's "ask for more" (apart from RequestAction, which are the responder's).
 */
export const REPLY_ACTION = 'reply';
export const REPLY_FIELD = { field: 'reply', max: REPLY_MAX } as const;
export const requestReplyPath = (requestId: number): string => `${REQUESTS_API}/${requestId}/${REPLY_ACTION}`;

export interface RequestState {
  id: number;
  visitId: number;
  findingsId: number;
  status: HosRequestStatus;
  /** Who is asked to answer now (a delegate once delegated), or who answered. */
  responderEmail: string;
  request: string;
  response?: string;
  requestedAt: string;
  respondedAt?: string;
  /** The head of service's latest "ask for more" question, and when it was asked. */
  moreInfoQuestion?: string;
  moreInfoAskedAt?: string;
  /** The councillor's latest reply to "ask for more", and when. */
  councillorReply?: string;
  councillorRepliedAt?: string;
}

/**
 * The Teams message the action leads to (the answer or question to the councillor, the request to
 * a delegate): sent now; queued (the reminder sweep sends it); or not delivered because the person
 * has not got the Frontline Visits app (tell them another way).
 */
export type TeamsMessage = 'sent' | 'queued' | 'not-delivered';

export interface RequestActionResponse {
  /** 'already': the same action was done before (a retry); nothing changed. */
  outcome: 'done' | 'already';
  request: RequestState;
  visitStatus: VisitStatus;
  teamsMessage: TeamsMessage;
}

export const toRequestState = (r: Stored<HeadOfServiceRequest>): RequestState => ({
  id: r.id,
  visitId: r.visitId,
  findingsId: r.findingsId,
  status: r.status,
  responderEmail: r.responderEmail,
  request: r.request,
  response: r.response,
  requestedAt: r.requestedAt,
  respondedAt: r.respondedAt,
  moreInfoQuestion: r.moreInfoQuestion,
  moreInfoAskedAt: r.moreInfoAskedAt,
  councillorReply: r.councillorReply,
  councillorRepliedAt: r.councillorRepliedAt
});
