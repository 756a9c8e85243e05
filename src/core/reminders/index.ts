// The reminder schedule: briefings before a visit, return reminders before the findings are due,
// and one escalation to the officer when they are late.
export { dueNotifications } from './due';
export { formOpensDaysAfter, nextScheduled, planVisit, sendTime, sortNotifications, visitSchedule } from './schedule';
export type { CouncillorPlan, PlanContext } from './schedule';
export { briefingKey, formOpenKey, overdueKey, returnReminderKey, submittedLookup } from './keys';
export type {
  Notification,
  NotificationKind,
  ReminderConfig,
  ReminderInput,
  ScheduleOptions,
  SubmittedRef
} from './types';
export {
  AWAITING_RESPONSE,
  RESPONSE_REMINDER_OFFSETS,
  dueResponseNotifications,
  requestDueDate,
  responseOverdueKey,
  responsePlan,
  responseReminderKey
} from './responses';
export type { ResponseNotification, ResponseReminderConfig, ResponseReminderInput } from './responses';
