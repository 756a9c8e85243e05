// The wire contract of the Frontline service's findings API, shared by the server (src/service)
// and the web part's client (findingsApi.ts) so the two cannot drift. JSON over HTTPS; the caller
// is the bearer of the request's token (tenant) or X-Frontline-User (local), never a body field.
import type { FieldMessage } from '../../core/forms';
import type { Channel, Findings, FindingsStatus, FormAnswers, SubmissionState, VisitStatus } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';

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
