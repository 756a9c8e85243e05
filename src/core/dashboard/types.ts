// The officers' dashboard: one row per visit, with a status a person reads at a glance ("findings
// overdue, 3 days late") derived from the visit, its forms and its head-of-service requests.
import type { HosRequestStatus, IsoDateTime, LocalDate, VisitStatus, YearMonth } from '../model';

export const DISPLAY_STATUSES = [
  'planned',
  'booked',
  'briefed',
  'awaiting-findings',
  'findings-overdue',
  'findings-returned',
  'awaiting-head-of-service',
  'responded',
  'reported',
  'rearranged',
  'cancelled'
] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

export const DISPLAY_LABELS: Readonly<Record<DisplayStatus, string>> = {
  planned: 'Planned',
  booked: 'Booked',
  briefed: 'Briefed',
  'awaiting-findings': 'Visited: awaiting findings',
  'findings-overdue': 'Findings overdue',
  'findings-returned': 'Findings returned',
  'awaiting-head-of-service': 'Awaiting head of service',
  responded: 'Head of service responded',
  reported: 'Reported',
  rearranged: 'Rearranged',
  cancelled: 'Cancelled'
};

export interface RequestProgress {
  id: number;
  status: HosRequestStatus;
  responderEmail: string;
  requestedAt: IsoDateTime;
  respondedAt?: IsoDateTime;
  /** When the response is due (stored, else derived from requestedAt). */
  dueDate: IsoDateTime;
  /** Whole London days late while the response is awaited after its due date; 0 otherwise. */
  daysLate: number;
}

/** One councillor's part of a visit (2018 visits have two). */
export interface CouncillorProgress {
  email: string;
  name: string;
  findings: 'none' | 'draft' | 'submitted';
  submittedAt?: IsoDateTime;
  /** Whole London days late while this form is awaited after its due date; 0 otherwise. */
  daysLate: number;
  request?: RequestProgress;
  /** When they acknowledged the briefing of the visit's current booking (core/services/briefing.ts). */
  acknowledgedAt?: IsoDateTime;
}

export interface DashboardRow {
  visitId: number;
  title: string;
  teamId: number;
  teamName: string;
  area: string;
  visitMonth: YearMonth;
  visitStart?: IsoDateTime;
  /** London day of the visit. */
  visitDay?: LocalDate;
  committee: string;
  committeeDate?: IsoDateTime;
  /** London day of the committee meeting. */
  committeeDay?: LocalDate;
  visitStatus: VisitStatus;
  status: DisplayStatus;
  /** e.g. `Findings overdue (3 days late)`. */
  label: string;
  /** Why it was rearranged or cancelled (kept when a rearranged visit is booked again). */
  reason?: string;
  dueDate?: IsoDateTime;
  /** The most days late of the forms still awaited, or, awaiting the head of service, of the responses. */
  daysLate: number;
  councillors: CouncillorProgress[];
  /** More than one councillor: show the per-councillor detail. */
  multiCouncillor: boolean;
  submittedCount: number;
  /** Once the visit is briefed and until it happens: "Acknowledged by Anna Able; not yet by Ben Bold". */
  briefingLine?: string;
}

export interface RowFilter {
  area?: string;
  committeeDay?: LocalDate;
  councillorEmail?: string;
  statuses?: DisplayStatus[];
}
