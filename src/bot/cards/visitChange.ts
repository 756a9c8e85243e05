// A visit booked, rearranged or cancelled: what changed, when it is now, and why (the record
// keeps the reason: process.md).
import type { IsoDateTime, Team, Visit } from '../../core/model';
import type { VisitChangeKind } from '../../core/notices/visitChanges';
import { formatLondon, londonInstant } from '../../core/time/london';
import template from './visitChange.template.json';
import { expandCard } from './expand';
import { clock, dateAndTime } from './format';
import { assertCardFits } from './limits';
import { userParagraphs } from './text';
import { CardInputError, requireUrl, type AdaptiveCardJson } from './types';

export type { VisitChangeKind };

export interface VisitChangeCardInput {
  change: VisitChangeKind;
  /** The visit as it is now (its visitStart is the new time). */
  visit: Visit;
  team: Team;
  /** The start before a rearrangement or cancellation. */
  previousStart?: IsoDateTime;
  /** Why; defaults to the visit's statusReason. */
  reason?: string;
  visitUrl: string;
}

export interface VisitChangeCardData {
  title: string;
  titleColor: 'Default' | 'Attention';
  intro: string;
  teamName: string;
  place: string;
  whenTitle: string;
  when: string;
  hasWas: boolean;
  was: string;
  hasReason: boolean;
  reason: string[];
  visitUrl: string;
}

/** `2025-11` as "November 2025" (the month as planned). */
function monthName(month: string): string {
  return /^\d{4}-\d{2}$/.test(month) ? formatLondon(londonInstant(`${month}-15`, '12:00'), 'MMMM yyyy') : month;
}

function slot(start: IsoDateTime, minutes: number): string {
  return `${dateAndTime(start)} to ${clock(new Date(Date.parse(start) + minutes * 60000).toISOString())}`;
}

export function visitChangeCardData(input: VisitChangeCardInput): VisitChangeCardData {
  const { visit, change } = input;
  const now = visit.visitStart;
  // Rearranged with no new date yet (rearrangeVisit without a start): told now, booked again later.
  const undated = change === 'rearranged' && !now;
  if (change === 'booked' && !now)
    throw new CardInputError(`A ${change} visit needs a start time (visit ${visit.id}).`);
  const previous = input.previousStart ?? (change === 'cancelled' ? visit.visitStart : undefined);
  const reason = userParagraphs(input.reason ?? visit.statusReason ?? '', 1000, 10);
  const titles: Record<VisitChangeKind, string> = {
    booked: 'Visit booked',
    rearranged: 'Visit rearranged',
    cancelled: 'Visit cancelled'
  };
  const intros: Record<VisitChangeKind, string> = {
    booked: `Your frontline visit to ${input.team.name} is booked. You will get a briefing before the visit.`,
    rearranged: undated
      ? `Your frontline visit to ${input.team.name} has been rearranged. A new date is to be arranged: you will be told when it is booked.`
      : `Your frontline visit to ${input.team.name} has moved to a new date or time.`,
    cancelled: `Your frontline visit to ${input.team.name} has been cancelled. The officer will be in touch about a new date if one is needed.`
  };
  return {
    title: titles[change],
    titleColor: change === 'cancelled' ? 'Attention' : 'Default',
    intro: intros[change],
    teamName: input.team.name,
    place: input.team.location,
    whenTitle: change === 'cancelled' ? 'Was' : 'When',
    when:
      change === 'cancelled'
        ? previous
          ? slot(previous, visit.durationMinutes)
          : visit.title
        : undated
          ? `A new date is to be arranged (planned for ${monthName(visit.visitMonth)})`
          : slot(now as string, visit.durationMinutes),
    hasWas: change === 'rearranged' && previous !== undefined,
    was: change === 'rearranged' && previous ? slot(previous, visit.durationMinutes) : '',
    hasReason: reason.paragraphs.length > 0,
    reason: reason.paragraphs,
    visitUrl: requireUrl(input.visitUrl, 'visitUrl')
  };
}

export function buildVisitChangeCard(input: VisitChangeCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, visitChangeCardData(input)));
}
