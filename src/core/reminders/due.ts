// The reminder sweep: which notifications are due at `now`. Pure, so the timer job, a manual
// "send now" and the tests all get the same answer; idempotent through keys the caller records.
import { daysOverdue, instantMillis } from '../deadlines';
import { planVisit, sortNotifications } from './schedule';
import type { CouncillorPlan } from './schedule';
import { submittedLookup } from './keys';
import type { Notification, ReminderInput } from './types';

/**
 * Every notification due at `input.now` whose key is not in `input.sent`, sorted by scheduledAt then key.
 * `sent` only filters: the answer is the answer with nothing sent, less those keys, in the same order.
 * - briefing: due from its scheduled time until the visit starts (booked inside the lead time: at once).
 * - form open: due from its scheduled time (the morning after the visit by default) until the first
 *   return reminder is due; a sweep that missed it sends the reminder instead, not both.
 * - return reminder: only the latest stage already due, until the escalation time. Earlier stages a
 *   sweep missed are skipped for good, so a job that was down for days sends one reminder, not several.
 * - overdue escalation: due from its scheduled time, once, while the form is still awaited.
 */
export function dueNotifications(input: ReminderInput): Notification[] {
  const nowMs = instantMillis(input.now);
  const ctx = { isSubmitted: submittedLookup(input.submitted), officerEmail: input.officerEmail };
  const due: Notification[] = [];
  for (const visit of input.visits) {
    for (const plan of planVisit(visit, input.config, ctx)) due.push(...dueForCouncillor(plan, nowMs, input.now));
  }
  return sortNotifications(due.filter((n) => !input.sent.has(n.key)));
}

function dueForCouncillor(plan: CouncillorPlan, nowMs: number, now: string): Notification[] {
  const out: Notification[] = [];
  const startMs = instantMillis(plan.visitStart);
  const reached = (n: Notification): boolean => instantMillis(n.scheduledAt) <= nowMs;

  if (plan.briefing && reached(plan.briefing) && nowMs < startMs) out.push(plan.briefing);
  if (nowMs < startMs) return out;

  if (plan.escalation && reached(plan.escalation)) {
    // daysLate as at the sweep: a sweep that runs late reports how late the form really is.
    out.push({ ...plan.escalation, daysLate: daysOverdue(plan.escalation.dueDate as string, now) });
    return out;
  }
  // Latest reached stage only; whether it was already sent is decided by the key, never by falling back.
  const reachedStages = plan.stages.filter(reached);
  if (reachedStages.length > 0) out.push(reachedStages[reachedStages.length - 1]);
  else if (plan.formOpen && reached(plan.formOpen)) out.push(plan.formOpen);
  return out;
}
