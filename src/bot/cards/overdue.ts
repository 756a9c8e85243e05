// To the visit's point of contact (else the officer) the day after a form was due and not sent.
import { daysOverdue } from '../../core/deadlines';
import type { IsoDateTime, Team, Visit } from '../../core/model';
import template from './overdue.template.json';
import { expandCard } from './expand';
import { days, deadline, longDate } from './format';
import { assertCardFits } from './limits';
import { CardInputError, personLabel, personName, requireUrl, type AdaptiveCardJson, type Person } from './types';

export interface OverdueCardInput {
  visit: Visit;
  team: Team;
  councillor: Person;
  dueDate: IsoDateTime;
  /** Days late come from core deadlines.daysOverdue(dueDate, now). */
  now: IsoDateTime;
  dashboardUrl: string;
  visitUrl: string;
}

export interface OverdueCardData {
  councillorName: string;
  councillorLabel: string;
  teamName: string;
  visitDate: string;
  dueDate: string;
  daysLate: number;
  daysLateText: string;
  lateText: string;
  dashboardUrl: string;
  visitUrl: string;
}

export function overdueCardData(input: OverdueCardInput): OverdueCardData {
  const late = daysOverdue(input.dueDate, input.now);
  if (late < 1) throw new CardInputError(`The form due ${input.dueDate} is not overdue at ${input.now}.`);
  return {
    councillorName: personName(input.councillor),
    councillorLabel: personLabel(input.councillor),
    teamName: input.team.name,
    visitDate: input.visit.visitStart ? longDate(input.visit.visitStart) : input.visit.title,
    dueDate: deadline(input.dueDate),
    daysLate: late,
    daysLateText: String(late),
    lateText: days(late),
    dashboardUrl: requireUrl(input.dashboardUrl, 'dashboardUrl'),
    visitUrl: requireUrl(input.visitUrl, 'visitUrl')
  };
}

export function buildOverdueCard(input: OverdueCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, overdueCardData(input)));
}
