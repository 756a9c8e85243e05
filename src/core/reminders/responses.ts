// Head-of-service response reminders. The current responder (the head of service, or the person the
// request was delegated to) is reminded 2 days before the response is due and the day after, at the
// send hour; once late by overdueEscalationDays the visit's point of contact (else the officer) is
// told, once. Keys name the request, the responder and the due day, so each message goes out once
// and a delegate gets reminders of their own.
import type { ProcessConfig } from '../config';
import { daysOverdue, instantMillis, responseDueDate } from '../deadlines';
import type { HeadOfServiceRequest, HosRequestStatus, IsoDateTime, LocalDate, Visit } from '../model';
import { addDays, londonDate } from '../time/london';
import { normalizeEmail } from '../email';
import { sendTime } from './schedule';

/** Requests still waiting for the responder. */
export const AWAITING_RESPONSE: readonly HosRequestStatus[] = ['Requested', 'Delegated', 'MoreInfoRequested'];
/** Reminder stages, in days relative to the response's due day. */
export const RESPONSE_REMINDER_OFFSETS: readonly number[] = [-2, 1];

export type ResponseReminderConfig = Pick<ProcessConfig, 'responsePeriodDays' | 'overdueEscalationDays' | 'sendHour'>;

export interface ResponseNotification {
  key: string;
  kind: 'response-reminder' | 'response-overdue';
  requestId: number;
  visitId: number;
  /** Lower case. The responder for reminders; the point of contact, else the officer, else '' for the escalation. */
  recipientEmail: string;
  /** Lower case; who the response is awaited from. */
  responderEmail: string;
  scheduledAt: IsoDateTime;
  dueDate: IsoDateTime;
  /** Reminder stage relative to the due day. */
  offsetDays?: number;
  /** Whole London days late (escalations), as at the sweep. */
  daysLate?: number;
}

export interface ResponseReminderInput {
  requests: readonly HeadOfServiceRequest[];
  /** The requests' visits, for the point of contact (missing ones fall back to the officer). */
  visits: readonly Pick<Visit, 'id' | 'pointOfContactEmail'>[];
  config: ResponseReminderConfig;
  now: IsoDateTime;
  sent: ReadonlySet<string>;
  officerEmail?: string;
}

/** The stored due date, re-serialised; requests made before it was stored derive it from requestedAt. */
export function requestDueDate(
  request: Pick<HeadOfServiceRequest, 'requestedAt' | 'responseDueDate'>,
  config: Pick<ProcessConfig, 'responsePeriodDays'>
): IsoDateTime {
  return request.responseDueDate
    ? new Date(instantMillis(request.responseDueDate)).toISOString()
    : responseDueDate(request.requestedAt, config);
}

export function responseReminderKey(requestId: number, responder: string, dueDay: LocalDate, offset: number): string {
  return `response-reminder:${requestId}:${normalizeEmail(responder)}:${dueDay}:${offset}`;
}

export function responseOverdueKey(requestId: number, dueDay: LocalDate): string {
  return `response-overdue:${requestId}:${dueDay}`;
}

/** Everything an open request will send, in time order; [] once answered. */
export function responsePlan(
  request: HeadOfServiceRequest,
  config: ResponseReminderConfig,
  escalateTo: string
): ResponseNotification[] {
  if (request.id === undefined || AWAITING_RESPONSE.indexOf(request.status) < 0) return [];
  const requestId = request.id;
  const due = requestDueDate(request, config);
  const dueDay = londonDate(due);
  const responder = normalizeEmail(request.responderEmail);
  const base = { requestId, visitId: request.visitId, responderEmail: responder, dueDate: due };
  const requestedMs = Date.parse(request.requestedAt);
  const out: ResponseNotification[] = [];
  for (const offsetDays of RESPONSE_REMINDER_OFFSETS) {
    const scheduledAt = sendTime(addDays(dueDay, offsetDays), config);
    // A "due soon" stage before the request was made has nothing to say.
    if (!Number.isNaN(requestedMs) && instantMillis(scheduledAt) <= requestedMs) continue;
    if (!responder) continue;
    out.push({
      ...base,
      key: responseReminderKey(requestId, responder, dueDay, offsetDays),
      kind: 'response-reminder',
      recipientEmail: responder,
      scheduledAt,
      offsetDays
    });
  }
  const escalationAt = sendTime(addDays(dueDay, config.overdueEscalationDays), config);
  out.push({
    ...base,
    key: responseOverdueKey(requestId, dueDay),
    kind: 'response-overdue',
    recipientEmail: normalizeEmail(escalateTo),
    scheduledAt: escalationAt,
    daysLate: daysOverdue(due, escalationAt)
  });
  return out;
}

/**
 * The response messages due at `now` whose keys are not in `sent`, by scheduledAt then key: of the
 * responder's reminders only the latest stage reached (a sweep that was down sends one, not two), and
 * the escalation from its time, while the request is open.
 */
export function dueResponseNotifications(input: ResponseReminderInput): ResponseNotification[] {
  const nowMs = instantMillis(input.now);
  const contactOf = new Map(input.visits.map((v) => [v.id, normalizeEmail(v.pointOfContactEmail)]));
  const officer = normalizeEmail(input.officerEmail);
  const due: ResponseNotification[] = [];
  for (const request of input.requests) {
    const plan = responsePlan(request, input.config, contactOf.get(request.visitId) || officer);
    const reached = plan.filter((n) => instantMillis(n.scheduledAt) <= nowMs);
    const reminders = reached.filter((n) => n.kind === 'response-reminder');
    if (reminders.length) due.push(reminders[reminders.length - 1]);
    for (const n of reached)
      if (n.kind === 'response-overdue') due.push({ ...n, daysLate: daysOverdue(n.dueDate, input.now) });
  }
  return due
    .filter((n) => !input.sent.has(n.key))
    .sort((a, b) => instantMillis(a.scheduledAt) - instantMillis(b.scheduledAt) || (a.key < b.key ? -1 : 1));
}
