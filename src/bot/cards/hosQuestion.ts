// The head of service's "ask for more" as the councillor gets it: the question (as stored on the
// request), a reply box and "Send reply" (request.reply). Once the reply is stored the card is shown
// again as "replied", with the question, the reply and no input, so it cannot be sent twice.
import type { IsoDateTime, Team, Visit } from '../../core/model';
import template from './hosQuestion.template.json';
import { expandCard } from './expand';
import { dateAndTime, longDate } from './format';
import { assertCardFits } from './limits';
import { userParagraphs } from './text';
import { personLabel, personName, requireUrl, type AdaptiveCardJson, type Person } from './types';
import { TEXT_LIMITS } from './verbs';

export interface HosQuestionCardInput {
  requestId: number;
  visit: Visit;
  team: Team;
  /** Who asked: the head of service or their delegate. */
  from: Person;
  /** The question, as stored on the request (MoreInfoQuestion); absent on requests asked before schema 8. */
  question?: string;
  /** When it was asked (MoreInfoAskedAt). */
  askedAt?: IsoDateTime;
  formUrl: string;
  /** Set once the councillor's reply is stored. */
  reply?: { text: string; at: IsoDateTime };
}

export interface HosQuestionCardData {
  requestId: number;
  title: string;
  intro: string;
  visitLine: string;
  from: string;
  fromShort: string;
  hasQuestion: boolean;
  questionLine: string;
  question: string[];
  replied: boolean;
  repliedLine: string;
  reply: string[];
  formUrl: string;
}

export function hosQuestionCardData(input: HosQuestionCardInput): HosQuestionCardData {
  const when = input.visit.visitStart ? longDate(input.visit.visitStart) : input.visit.title;
  return {
    requestId: input.requestId,
    title: input.reply ? 'Your reply was sent' : 'The head of service asks for more',
    intro: input.reply
      ? `${personName(input.from)} has your reply and will respond to the issues you escalated.`
      : `About the issues you escalated after your visit to ${input.team.name}. Reply here: your answer is kept with the request.`,
    visitLine: `${input.team.name}, ${when}`,
    from: personLabel(input.from),
    fromShort: personName(input.from),
    hasQuestion: !!input.question,
    questionLine: input.askedAt ? `Question, asked on ${dateAndTime(input.askedAt)}` : 'Question',
    question: input.question ? userParagraphs(input.question, TEXT_LIMITS.question, 20).paragraphs : [],
    replied: input.reply !== undefined,
    repliedLine: input.reply ? `You replied on ${dateAndTime(input.reply.at)}:` : '',
    reply: input.reply ? userParagraphs(input.reply.text, TEXT_LIMITS.reply, 30).paragraphs : [],
    formUrl: requireUrl(input.formUrl, 'formUrl')
  };
}

export function buildHosQuestionCard(input: HosQuestionCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, hosQuestionCardData(input)));
}
