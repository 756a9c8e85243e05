// The return reminder (core/reminders decides when; this says it): the visit, the due date and
// how long is left, with a button that starts the form in chat.
import { londonDate, daysBetween } from '../../core/time/london';
import type { IsoDateTime, Team, Visit } from '../../core/model';
import template from './reminder.template.json';
import { expandCard } from './expand';
import { days, deadline, longDate } from './format';
import { assertCardFits } from './limits';
import { requireUrl, type AdaptiveCardJson } from './types';

export interface ReminderCardInput {
  visit: Visit;
  team: Team;
  /** The findings due date (core deadlines.effectiveDueDate). */
  dueDate: IsoDateTime;
  /** When the card is built; London days from now to the due day give "due in 2 days". */
  now: IsoDateTime;
  formUrl: string;
}

export interface ReminderCardData {
  visitId: number;
  teamName: string;
  visitDate: string;
  dueDate: string;
  dueText: string;
  dueColor: 'Default' | 'Warning' | 'Attention';
  formUrl: string;
}

/** "due today", "due tomorrow", "due in 2 days", "was due 3 days ago", by London calendar days. */
export function dueText(dueDate: IsoDateTime, now: IsoDateTime): string {
  const left = daysBetween(londonDate(now), londonDate(dueDate));
  if (left === 0) return 'Your findings form is due today.';
  if (left === 1) return 'Your findings form is due tomorrow.';
  if (left > 1) return `Your findings form is due in ${days(left)}.`;
  return `Your findings form was due ${days(-left)} ago.`;
}

export function reminderCardData(input: ReminderCardInput): ReminderCardData {
  const left = daysBetween(londonDate(input.now), londonDate(input.dueDate));
  return {
    visitId: input.visit.id,
    teamName: input.team.name,
    visitDate: input.visit.visitStart ? longDate(input.visit.visitStart) : input.visit.title,
    dueDate: deadline(input.dueDate),
    dueText: dueText(input.dueDate, input.now),
    dueColor: left < 0 ? 'Attention' : left === 0 ? 'Warning' : 'Default',
    formUrl: requireUrl(input.formUrl, 'formUrl')
  };
}

export function buildReminderCard(input: ReminderCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, reminderCardData(input)));
}
