// The approval-style card a head of service gets for escalated issues (seed 000 para 12): respond,
// delegate, or ask the councillor for more. Once someone has acted, the refresh returns the "done"
// variant, so a second head of service (or a second device) never answers twice.
import type { HeadOfServiceRequest, IsoDateTime, Team, Visit } from '../../core/model';
import template from './hosRequest.template.json';
import { expandCard } from './expand';
import { dateAndTime, longDate } from './format';
import { assertCardFits } from './limits';
import { userParagraphs } from './text';
import { CardInputError, personLabel, personName, requireUrl, type AdaptiveCardJson, type Person } from './types';

/** Teams refreshes a card automatically for at most 60 users. */
export const MAX_REFRESH_USERS = 60;

export type HosOutcome =
  | { kind: 'responded'; by: Person; at: IsoDateTime; response: string }
  | { kind: 'delegated'; by: Person; at: IsoDateTime; to: Person };

export interface HosRequestCardInput {
  request: HeadOfServiceRequest & { id: number };
  visit: Visit;
  team: Team;
  councillor: Person;
  /** From core deadlines.responseDueDate. */
  responseDue: IsoDateTime;
  formUrl: string;
  /** Teams user ids (MRIs) whose copy refreshes itself: the head of service and any delegate; 1 to 60. */
  refreshUserIds: readonly string[];
  /** Set once someone has acted: the card becomes the done variant, without buttons or refresh. */
  outcome?: HosOutcome;
}

export interface HosRequestCardData {
  requestId: number;
  /** The request's visit and form, sent back with "Send response" so the bot reads them with the request. */
  visitId: number;
  findingsId: number;
  teamName: string;
  visitDate: string;
  councillorName: string;
  councillorShort: string;
  requestedAt: string;
  dueDate: string;
  issues: string[];
  issuesTruncated: boolean;
  statusLine: string;
  done: boolean;
  doneLine: string;
  response: string[];
  /** The last "ask for more" question, as stored on the request, once there is one. */
  hasQuestion: boolean;
  questionLine: string;
  question: string[];
  /** The councillor's reply to the last "ask for more", once there is one. */
  hasReply: boolean;
  replyLine: string;
  reply: string[];
  refreshUserIds: string[];
  formUrl: string;
}

const ISSUE_CHARS = 3000;
const RESPONSE_CHARS = 4000;
const REPLY_CHARS = 2000;
const QUESTION_CHARS = 1000;

function statusLine(input: HosRequestCardInput): string {
  const due = longDate(input.responseDue);
  switch (input.request.status) {
    case 'MoreInfoRequested':
      return `You asked ${personName(input.councillor)} for more information. You can respond at any time; please do by ${due}.`;
    case 'Delegated':
      return `This was passed to you to answer. Please respond by ${due}.`;
    default:
      return input.request.councillorReply
        ? `${personName(input.councillor)} has replied. Please respond by ${due}.`
        : `Waiting for your response. Please respond by ${due}.`;
  }
}

/** The outcome given, or the one a Responded request already records. */
function outcomeOf(input: HosRequestCardInput): HosOutcome | undefined {
  if (input.outcome) return input.outcome;
  const r = input.request;
  if (r.status !== 'Responded') return undefined;
  return {
    kind: 'responded',
    by: { email: r.responderEmail },
    at: r.respondedAt ?? r.requestedAt,
    response: r.response ?? ''
  };
}

export function hosRequestCardData(input: HosRequestCardInput): HosRequestCardData {
  const ids = input.refreshUserIds.filter((id) => id.trim() !== '');
  if (ids.length > MAX_REFRESH_USERS) {
    throw new CardInputError(
      `Teams refreshes a card for at most ${MAX_REFRESH_USERS} users; ${ids.length} were given.`
    );
  }
  const outcome = outcomeOf(input);
  // The open card must refresh for someone; the done card has no refresh at all.
  if (ids.length === 0 && !outcome)
    throw new CardInputError('refreshUserIds needs the head of service (and any delegate).');
  const issues = userParagraphs(input.request.request, ISSUE_CHARS, 30);
  const response = outcome?.kind === 'responded' ? userParagraphs(outcome.response, RESPONSE_CHARS, 40).paragraphs : [];
  const doneLine = !outcome
    ? ''
    : outcome.kind === 'responded'
      ? `Responded by ${personLabel(outcome.by)} on ${dateAndTime(outcome.at)}.`
      : `Delegated by ${personLabel(outcome.by)} to ${personLabel(outcome.to)} on ${dateAndTime(outcome.at)}.`;
  return {
    requestId: input.request.id,
    visitId: input.request.visitId,
    findingsId: input.request.findingsId,
    teamName: input.team.name,
    visitDate: input.visit.visitStart ? longDate(input.visit.visitStart) : input.visit.title,
    councillorName: personLabel(input.councillor),
    councillorShort: personName(input.councillor),
    requestedAt: dateAndTime(input.request.requestedAt),
    dueDate: longDate(input.responseDue),
    issues: issues.paragraphs,
    issuesTruncated: issues.truncated,
    statusLine: statusLine(input),
    done: outcome !== undefined,
    doneLine,
    response,
    hasQuestion: !!input.request.moreInfoQuestion,
    questionLine: input.request.moreInfoQuestion
      ? `Question to ${personName(input.councillor)}${input.request.moreInfoAskedAt ? `, asked on ${dateAndTime(input.request.moreInfoAskedAt)}` : ''}:`
      : '',
    question: input.request.moreInfoQuestion
      ? userParagraphs(input.request.moreInfoQuestion, QUESTION_CHARS, 20).paragraphs
      : [],
    hasReply: !!input.request.councillorReply,
    replyLine: input.request.councillorReply
      ? `${personName(input.councillor)} replied${input.request.councillorRepliedAt ? ` on ${dateAndTime(input.request.councillorRepliedAt)}` : ''}:`
      : '',
    reply: input.request.councillorReply
      ? userParagraphs(input.request.councillorReply, REPLY_CHARS, 30).paragraphs
      : [],
    refreshUserIds: ids,
    formUrl: requireUrl(input.formUrl, 'formUrl')
  };
}

export function buildHosRequestCard(input: HosRequestCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, hosRequestCardData(input)));
}
