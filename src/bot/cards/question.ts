// A councillor's question before or during a visit: forwarded to the point of contact, and the
// confirmation back to the councillor ("questionSent"). One template, two variants.
import type { IsoDateTime, Team, Visit } from '../../core/model';
import template from './question.template.json';
import { expandCard } from './expand';
import { dateAndTime, longDate } from './format';
import { assertCardFits } from './limits';
import { userParagraphs } from './text';
import { personLabel, personName, requireUrl, type AdaptiveCardJson, type Person } from './types';
import { TEXT_LIMITS } from './verbs';

export type QuestionVariant = 'forwarded' | 'sent';

export interface QuestionCardInput {
  /** 'forwarded': to the point of contact; 'sent': the councillor's confirmation. */
  variant: QuestionVariant;
  visit: Visit;
  team: Team;
  councillor: Person;
  pointOfContact: Person;
  question: string;
  askedAt: IsoDateTime;
  visitUrl: string;
}

export interface QuestionCardData {
  title: string;
  intro: string;
  from: string;
  visitLine: string;
  askedAt: string;
  question: string[];
  footer: string;
  visitUrl: string;
}

export function questionCardData(input: QuestionCardInput): QuestionCardData {
  const forwarded = input.variant === 'forwarded';
  const councillor = personName(input.councillor);
  const contact = personName(input.pointOfContact);
  return {
    title: forwarded ? `Question from ${councillor}` : 'Your question has been sent',
    intro: forwarded
      ? `${councillor} has a question about their frontline visit to ${input.team.name}.`
      : `We sent your question to ${personLabel(input.pointOfContact)}.`,
    from: personLabel(input.councillor),
    visitLine: `${input.team.name}, ${input.visit.visitStart ? longDate(input.visit.visitStart) : input.visit.title}`,
    askedAt: dateAndTime(input.askedAt),
    question: userParagraphs(input.question, TEXT_LIMITS.question, 20).paragraphs,
    footer: forwarded
      ? `Please reply to ${councillor} directly in Teams or by e-mail (${input.councillor.email}).`
      : `${contact} will reply to you directly in Teams or by e-mail.`,
    visitUrl: requireUrl(input.visitUrl, 'visitUrl')
  };
}

export function buildQuestionCard(input: QuestionCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, questionCardData(input)));
}
