// The head of service's answer, sent back to the councillor who raised the issues (seed 000
// para 13: it also goes into the committee report).
import type { HeadOfServiceRequest, Team, Visit } from '../../core/model';
import template from './hosResponse.template.json';
import { expandCard } from './expand';
import { dateAndTime, longDate } from './format';
import { assertCardFits } from './limits';
import { userParagraphs } from './text';
import { CardInputError, personLabel, requireUrl, type AdaptiveCardJson, type Person } from './types';

export interface HosResponseCardInput {
  /** A request with its response and respondedAt. */
  request: HeadOfServiceRequest;
  visit: Visit;
  team: Team;
  responder: Person;
  formUrl: string;
}

export interface HosResponseCardData {
  teamName: string;
  visitDate: string;
  responderName: string;
  respondedAt: string;
  issues: string[];
  response: string[];
  truncated: boolean;
  formUrl: string;
}

export function hosResponseCardData(input: HosResponseCardInput): HosResponseCardData {
  const { request } = input;
  if (!request.response || !request.respondedAt) {
    throw new CardInputError(`Request ${request.id ?? '(new)'} has no response yet.`);
  }
  const issues = userParagraphs(request.request, 1500, 12);
  const response = userParagraphs(request.response, 4000, 40);
  return {
    teamName: input.team.name,
    visitDate: input.visit.visitStart ? longDate(input.visit.visitStart) : input.visit.title,
    responderName: personLabel(input.responder),
    respondedAt: dateAndTime(request.respondedAt),
    issues: issues.paragraphs,
    response: response.paragraphs,
    truncated: issues.truncated || response.truncated,
    formUrl: requireUrl(input.formUrl, 'formUrl')
  };
}

export function buildHosResponseCard(input: HosResponseCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, hosResponseCardData(input)));
}
