// The councillor's receipt for a sent findings form, and the "already received" answer to a
// second submit (Teams retries invokes, and people press Submit twice).
import type { IsoDateTime, Team, Visit } from '../../core/model';
import template from './findingsReceived.template.json';
import { expandCard } from './expand';
import { dateAndTime, longDate } from './format';
import { assertCardFits } from './limits';
import { personLabel, personName, requireUrl, type AdaptiveCardJson, type Person } from './types';

export interface FindingsReceivedCardInput {
  visit: Visit;
  team: Team;
  councillor: Person;
  /** When the form was (first) sent. */
  submittedAt: IsoDateTime;
  /** submitFindings said 'already-submitted'. */
  alreadyReceived?: boolean;
  /** The repeated submit carried different answers, which were ignored. */
  ignoredChanges?: boolean;
  /** The form raised issues for the head of service. */
  escalated?: boolean;
  /** Received, and still being shared with the managers (after the reply): the card says so rather than "now shared". */
  passingOn?: boolean;
  /** Who to contact about corrections (the visit's point of contact). */
  pointOfContact: Person;
  formUrl: string;
}

export interface FindingsReceivedCardData {
  title: string;
  councillorName: string;
  teamName: string;
  visitDate: string;
  submitted: string;
  alreadyReceived: boolean;
  ignoredChanges: boolean;
  escalated: boolean;
  passingOn: boolean;
  contact: string;
  formUrl: string;
}

export function findingsReceivedCardData(input: FindingsReceivedCardInput): FindingsReceivedCardData {
  const already = input.alreadyReceived === true;
  return {
    title: already ? 'We already have your findings' : 'Thank you: findings received',
    councillorName: personName(input.councillor),
    teamName: input.team.name,
    visitDate: input.visit.visitStart ? longDate(input.visit.visitStart) : input.visit.title,
    submitted: dateAndTime(input.submittedAt),
    alreadyReceived: already,
    ignoredChanges: already && input.ignoredChanges === true,
    escalated: input.escalated === true,
    passingOn: input.passingOn === true,
    contact: personLabel(input.pointOfContact),
    formUrl: requireUrl(input.formUrl, 'formUrl')
  };
}

export function buildFindingsReceivedCard(input: FindingsReceivedCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, findingsReceivedCardData(input)));
}
