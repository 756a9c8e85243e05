// What a visit will send and when, independent of "now". The sweep (due.ts) and the UI's
// "next reminder" column both read this plan, so they cannot disagree about a date.
import { daysOverdue, effectiveDueDate, instantMillis } from '../deadlines';
import type { IsoDateTime, LocalDate, Visit } from '../model';
import { addDays, londonDate, londonInstant } from '../time/london';
import { DEFAULT_FORM_OPENS_DAYS_AFTER } from '../config';
import { briefingKey, formOpenKey, overdueKey, returnReminderKey, submittedLookup } from './keys';
import { awaitsFindings, councillorsOf } from '../visitStatus';
import { normalizeEmail } from '../email';
import type { Notification, ReminderConfig, ScheduleOptions } from './types';

/** One councillor's part of a visit's plan. Stages are in time order, all after the visit and before the escalation. */
export interface CouncillorPlan {
  visitId: number;
  visitStart: IsoDateTime;
  councillorEmail: string;
  briefing?: Notification;
  /** "Your findings form is open": after the visit, before the first return reminder. */
  formOpen?: Notification;
  stages: Notification[];
  escalation?: Notification;
}

export interface PlanContext {
  isSubmitted: (visitId: number, email: string) => boolean;
  officerEmail?: string;
}

/** sendHour London wall-clock time on a London day, as a UTC instant (09:00 = 08:00Z in BST, 09:00Z in GMT). */
export function sendTime(day: LocalDate, config: Pick<ReminderConfig, 'sendHour'>): IsoDateTime {
  return londonInstant(day, `${String(config.sendHour).padStart(2, '0')}:00`);
}

/** The configured days after the visit for the form-open message; 0 = none. */
export function formOpensDaysAfter(config: Pick<ReminderConfig, 'formOpensDaysAfter'>): number {
  return config.formOpensDaysAfter ?? DEFAULT_FORM_OPENS_DAYS_AFTER;
}

/** The plan of every councillor of a visit. Empty when the visit has no start or its status sends nothing. */
export function planVisit(visit: Visit, config: ReminderConfig, ctx: PlanContext): CouncillorPlan[] {
  const visitStart = visit.visitStart;
  // Booked is one of the awaiting statuses, so nothing else can send anything.
  if (!visitStart || !awaitsFindings(visit.status)) return [];
  const startMs = instantMillis(visitStart);
  const visitDay = londonDate(visitStart);
  const due = effectiveDueDate(visit, config) as IsoDateTime;
  const dueDay = londonDate(due);
  const escalationAt = sendTime(addDays(dueDay, config.overdueEscalationDays), config);
  const escalationMs = instantMillis(escalationAt);
  const officer = normalizeEmail(visit.pointOfContactEmail) || normalizeEmail(ctx.officerEmail);
  // The times are the visit's, the same for each councillor: worked out once (zone arithmetic is
  // the costly part of a sweep over thousands of visits).
  const briefingAt =
    visit.status === 'Booked' ? sendTime(addDays(visitDay, -config.briefingLeadDays), config) : undefined;
  // A stage before the visit (offset beyond the return period) or not before the escalation has nothing to say.
  const stageTimes = uniqueSorted(config.reminderOffsetsDays)
    .map((offsetDays) => ({ offsetDays, scheduledAt: sendTime(addDays(dueDay, offsetDays), config) }))
    .filter((s) => instantMillis(s.scheduledAt) > startMs && instantMillis(s.scheduledAt) < escalationMs);
  const daysLate = daysOverdue(due, escalationAt);
  // The form-open message only while it says something new: after the visit, before the first
  // return reminder and the escalation (a short return period leaves it out).
  const openDays = formOpensDaysAfter(config);
  const openAt = openDays > 0 ? sendTime(addDays(visitDay, openDays), config) : undefined;
  const openMs = openAt ? instantMillis(openAt) : NaN;
  const firstStageMs = stageTimes.length ? instantMillis(stageTimes[0].scheduledAt) : escalationMs;
  const formOpenAt = openAt && openMs > startMs && openMs < firstStageMs && openMs < escalationMs ? openAt : undefined;

  return councillorsOf(visit).map((email) => {
    const plan: CouncillorPlan = { visitId: visit.id, visitStart, councillorEmail: email, stages: [] };
    // A briefing timed at or after the start (lead 0, early visit) could never be useful, so there is none.
    if (briefingAt && instantMillis(briefingAt) < startMs) {
      plan.briefing = {
        key: briefingKey(visit.id, email, visitDay),
        kind: 'briefing',
        visitId: visit.id,
        recipientEmail: email,
        councillorEmail: email,
        scheduledAt: briefingAt
      };
    }
    if (ctx.isSubmitted(visit.id, email)) return plan;
    if (formOpenAt) {
      plan.formOpen = {
        key: formOpenKey(visit.id, email, visitDay),
        kind: 'form-open',
        visitId: visit.id,
        recipientEmail: email,
        councillorEmail: email,
        scheduledAt: formOpenAt,
        dueDate: due
      };
    }
    for (const { offsetDays, scheduledAt } of stageTimes) {
      plan.stages.push({
        key: returnReminderKey(visit.id, email, dueDay, offsetDays),
        kind: 'return-reminder',
        visitId: visit.id,
        recipientEmail: email,
        councillorEmail: email,
        scheduledAt,
        dueDate: due,
        offsetDays
      });
    }
    plan.escalation = {
      key: overdueKey(visit.id, email, dueDay),
      kind: 'overdue-escalation',
      visitId: visit.id,
      recipientEmail: officer,
      councillorEmail: email,
      scheduledAt: escalationAt,
      dueDate: due,
      daysLate
    };
    return plan;
  });
}

/**
 * Every notification the visit will produce in its current state, with its scheduled instant,
 * sorted by scheduledAt then key. Pass `submitted` to leave out councillors who have returned findings.
 */
export function visitSchedule(visit: Visit, config: ReminderConfig, options: ScheduleOptions = {}): Notification[] {
  const ctx: PlanContext = { isSubmitted: submittedLookup(options.submitted), officerEmail: options.officerEmail };
  const all: Notification[] = [];
  for (const plan of planVisit(visit, config, ctx)) {
    if (plan.briefing) all.push(plan.briefing);
    if (plan.formOpen) all.push(plan.formOpen);
    all.push(...plan.stages);
    if (plan.escalation) all.push(plan.escalation);
  }
  return sortNotifications(all);
}

/** The first notification of the visit scheduled after `now` (for a "next reminder" column), if any. */
export function nextScheduled(
  visit: Visit,
  config: ReminderConfig,
  now: IsoDateTime,
  options: ScheduleOptions = {}
): Notification | undefined {
  const nowMs = instantMillis(now);
  return visitSchedule(visit, config, options).find((n) => instantMillis(n.scheduledAt) > nowMs);
}

/** Deterministic order: scheduledAt, then key; one entry per key. */
export function sortNotifications(list: readonly Notification[]): Notification[] {
  const seen = new Set<string>();
  return list
    .slice()
    .sort(
      (a, b) =>
        instantMillis(a.scheduledAt) - instantMillis(b.scheduledAt) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    )
    .filter((n) => (seen.has(n.key) ? false : (seen.add(n.key), true)));
}

function uniqueSorted(values: readonly number[]): number[] {
  return values.filter((v, i) => values.indexOf(v) === i).sort((a, b) => a - b);
}
