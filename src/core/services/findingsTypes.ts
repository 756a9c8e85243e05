// Inputs, dependencies and results of the findings services (saveDraft, submitFindings). The
// dependencies are the narrowest slices of the ports, so a Repositories object fits as it is.
import type { ProcessConfig } from '../config';
import type { FieldMessage } from '../forms';
import type { Channel, Findings, FormAnswers, HeadOfServiceRequest, IsoDateTime, VisitStatus } from '../model';
import type {
  CouncillorRepository,
  FindingsRepository,
  HeadOfServiceRequestRepository,
  Stored,
  TeamRepository,
  VisitRepository
} from '../ports/repositories';
import type { FindingsSharing, ShareGrant } from '../ports/sharing';
import type { AuditLog } from '../ports/audit';
import type { TemplateSource } from './common';

export interface DraftDeps {
  visits: Pick<VisitRepository, 'get'>;
  teams: Pick<TeamRepository, 'get'>;
  councillors: Pick<CouncillorRepository, 'byEmail'>;
  findings: Pick<FindingsRepository, 'find' | 'create' | 'update'>;
  sharing: FindingsSharing;
  /** Default: the product's template registry. */
  templates?: TemplateSource;
  /** Who the service acted for; without it nothing is logged beyond the lists' version history. */
  audit?: AuditLog;
}

export interface SubmitDeps extends DraftDeps {
  visits: Pick<VisitRepository, 'get' | 'update'>;
  findings: Pick<FindingsRepository, 'find' | 'create' | 'update' | 'forVisit' | 'get'>;
  requests: Pick<HeadOfServiceRequestRepository, 'create'>;
  /** The only source of "now". */
  now: () => IsoDateTime;
  /** How many times a write that met someone else's change is re-read and tried again (default 4). */
  maxAttempts?: number;
  /** When a head of service's response falls due: the process in force, which composition roots pass. */
  config: Pick<ProcessConfig, 'responsePeriodDays'>;
}

export interface DraftInput {
  visitId: number;
  councillorEmail: string;
  answers: FormAnswers;
  channel: Channel;
  /** The ETag of the draft the councillor loaded: a newer save from another device is a ConflictError. */
  etag?: string;
  /** The signed-in person, when not the councillor (an officer entering a form sent by e-mail). */
  actorEmail?: string;
}

export interface DraftResult {
  findings: Stored<Findings>;
  /** Never block (e.g. text that looks like it names a child). */
  warnings: FieldMessage[];
  /** Saved with shareLater: the draft's sharing with its councillor, for the caller to run (idempotent). */
  share?: () => Promise<string[]>;
}

export interface DraftOptions {
  /**
   * Leave the sharing to the caller (result.share), e.g. to run after its reply (the bot). Until it
   * runs a new draft reads as the Visit Findings list does: officers and site owners only.
   */
  shareLater?: boolean;
}

export type SubmitInput = Omit<DraftInput, 'etag'>;

export type NoticeKind = 'findings-received' | 'findings-shared' | 'response-requested';

/**
 * A message the caller may send because of a submission. The key is stable across retries, so a
 * caller that records sent keys sends each once even when a retried call returns it again.
 */
export interface SubmitNotice {
  key: string;
  kind: NoticeKind;
  recipientEmail: string;
  visitId: number;
  findingsId: number;
  requestId?: number;
}

export interface SubmitResult {
  /** 'already-submitted': the form had been sent before; its answers were not changed. */
  outcome: 'submitted' | 'already-submitted';
  findings: Stored<Findings>;
  /** The request for a head-of-service response, when the form escalates issues. */
  request?: Stored<HeadOfServiceRequest>;
  visit: { id: number; status: VisitStatus; from: VisitStatus; allSubmitted: boolean };
  /** Who may read the form now, and who may read or answer the request. */
  sharedWith: ShareGrant[];
  requestSharedWith: ShareGrant[];
  /** Permission changes made by this call (empty on a clean retry). */
  sharingChanges: string[];
  notices: SubmitNotice[];
  warnings: FieldMessage[];
  /** already-submitted only: the answers given differ from those sent before (they were ignored). */
  ignoredChanges: boolean;
  /** Things an officer must put right (a team with no head of service, a visit that kept changing). */
  problems: string[];
}
