// Shapes shared by the reminder rules. A notification is a value, not an action: the sweep says what
// is due, the caller sends it and records its key, and the next sweep never returns that key again.
import type { ProcessConfig } from '../config';
import type { FindingsStatus, IsoDateTime, Visit } from '../model';

export type NotificationKind = 'briefing' | 'form-open' | 'return-reminder' | 'overdue-escalation';

export interface Notification {
  /** Stable identity (see keys.ts). Record it when sent or claimed; pass it back in `sent`. */
  key: string;
  kind: NotificationKind;
  visitId: number;
  /**
   * Lower case. The councillor for briefings, the form-open message and reminders; for an escalation the visit's point of
   * contact, else the officer fallback, else '' (no one known: the caller must report it, not send it).
   */
  recipientEmail: string;
  /** Lower case; the councillor the message is about. */
  councillorEmail: string;
  /** When it becomes due: sendHour London time on its day. */
  scheduledAt: IsoDateTime;
  /** Findings due date (the form-open message, return reminders and escalations). */
  dueDate?: IsoDateTime;
  /** Whole London days late (escalations), as at the sweep, or at scheduledAt in a schedule. */
  daysLate?: number;
  /** The reminder stage, in days relative to the due day (return reminders). */
  offsetDays?: number;
}

/** A (visit, councillor) pair with findings. Entries whose status is given and not 'Submitted' are ignored, so Findings[] can be passed as is. */
export interface SubmittedRef {
  visitId: number;
  councillorEmail: string;
  status?: FindingsStatus;
}

/** The part of the process configuration the schedule reads. */
export type ReminderConfig = Pick<
  ProcessConfig,
  | 'returnPeriodDays'
  | 'briefingLeadDays'
  | 'reminderOffsetsDays'
  | 'overdueEscalationDays'
  | 'sendHour'
  | 'formOpensDaysAfter'
>;

export interface ScheduleOptions {
  /** Councillors with submitted findings get no return reminders or escalation. */
  submitted?: readonly SubmittedRef[];
  /** Escalation recipient when a visit has no pointOfContactEmail. */
  officerEmail?: string;
}

export interface ReminderInput {
  visits: readonly Visit[];
  submitted: readonly SubmittedRef[];
  config: ReminderConfig;
  /** The sweep's instant; the only source of "now". */
  now: IsoDateTime;
  /** Keys already sent or claimed; never returned again. */
  sent: ReadonlySet<string>;
  officerEmail?: string;
}
