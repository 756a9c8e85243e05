// The domain model. Field names mirror the SharePoint list contract (shared/spec/lists.md)
// in camelCase, so adapters map one-to-one and nothing is renamed on the way.

/** UTC ISO-8601 instant, e.g. `2025-07-24T09:00:00.000Z`. Shown to people in Europe/London. */
export type IsoDateTime = string;
/** A planned month, `YYYY-MM`. */
export type YearMonth = string;
/** A London calendar day, `YYYY-MM-DD`. */
export type LocalDate = string;

export interface Councillor {
  id?: number;
  /** Display name, e.g. `Sarah Bennett-Wake`. */
  name: string;
  /** Lower case; unique. */
  email: string;
  aadObjectId?: string;
  committees: string[];
  secondVisitVolunteer: boolean;
  /** Empty = data-protection / UK GDPR training not recorded. */
  dataProtectionTrainingDate?: IsoDateTime;
  dbsCheckDate?: IsoDateTime;
  active: boolean;
}

export interface Team {
  id: number;
  name: string;
  area: string;
  serviceManagerEmail: string;
  headOfServiceEmail: string;
  location: string;
}

export const VISIT_STATUSES = [
  'Planned',
  'Booked',
  'Briefed',
  'Visited',
  'FindingsReturned',
  'Responded',
  'Reported',
  'Rearranged',
  'Cancelled'
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** One visit to one team (one Visit Rota item). */
export interface Visit {
  id: number;
  title: string;
  teamId: number;
  area: string;
  visitMonth: YearMonth;
  /** Booked start; undefined while only the month is planned. */
  visitStart?: IsoDateTime;
  durationMinutes: number;
  councillorEmails: string[];
  committee: string;
  committeeDate?: IsoDateTime;
  status: VisitStatus;
  /** Why the visit was rearranged or cancelled. */
  statusReason?: string;
  findingsDueDate?: IsoDateTime;
  pointOfContactEmail?: string;
  formTemplate: string;
  /**
   * Each councillor's acknowledgement of this booking's briefing: lower-case e-mail to when they
   * first acknowledged. Written only by the service (core/services/briefing.ts); a new booking starts afresh.
   */
  briefingAcknowledgements?: Readonly<Record<string, IsoDateTime>>;
}

export type FindingsStatus = 'Draft' | 'Submitted';
/**
 * How far a sent form's submission has got. 'Sending': the service recorded the intent (the form is
 * Submitted) and the steps after it (sharing, the head-of-service request, the visit move) may not
 * all have run; the next retry or sweep completes them. 'Complete': every step has run.
 */
export type SubmissionState = 'Sending' | 'Complete';
export type Channel = 'Teams' | 'SharePoint';
/** Answers keyed by the template's question ids; the scaling question holds a number. */
export type FormAnswers = Record<string, string | number | undefined>;

/** One councillor's form for one visit (one Visit Findings item). */
export interface Findings {
  id?: number;
  visitId: number;
  councillorEmail: string;
  status: FindingsStatus;
  submittedAt?: IsoDateTime;
  channel: Channel;
  templateId: string;
  answers: FormAnswers;
  /** Set on Submitted forms only (see SubmissionState); a Submitted form without it is treated as 'Sending'. */
  submission?: SubmissionState;
}

export type HosRequestStatus = 'Requested' | 'Responded' | 'MoreInfoRequested' | 'Delegated';

/** A request for a head-of-service response to escalated issues, and its answer. */
export interface HeadOfServiceRequest {
  id?: number;
  findingsId: number;
  visitId: number;
  responderEmail: string;
  status: HosRequestStatus;
  request: string;
  response?: string;
  requestedAt: IsoDateTime;
  respondedAt?: IsoDateTime;
  /** When the response is due; absent on requests made before it was stored (then derived from requestedAt). */
  responseDueDate?: IsoDateTime;
  /** The head of service's latest "ask for more" question, and when it was asked (core/services/headOfService.ts). */
  moreInfoQuestion?: string;
  moreInfoAskedAt?: IsoDateTime;
  /** The councillor's latest reply to the head of service's "ask for more" (core/services/councillorReply.ts). */
  councillorReply?: string;
  councillorRepliedAt?: IsoDateTime;
}

export const QA_KINDS = [
  'Ofsted',
  'DfE review',
  'SLIP',
  'Audit',
  'Committee meeting',
  'Election period',
  'Practice week',
  'Other'
] as const;
export type QaKind = (typeof QA_KINDS)[number];

/** Activity visits must not clash with (one QA Calendar item). Start/end are inclusive instants. */
export interface QaActivity {
  id?: number;
  title: string;
  kind: QaKind;
  start: IsoDateTime;
  end: IsoDateTime;
  /** Affected areas; empty = all areas. */
  areas: string[];
}
