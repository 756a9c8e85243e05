// The actions cards send back: verb names, the data each verb carries, and the one place incoming
// action data is checked. Card data is never trusted (a client can send anything), so every field
// is validated here and the handler still checks the clicking user against list data.
import { NOTE_FIELD_MAX } from '../../core/forms';
import { etagProblem } from '../../core/services/etag';
import { normalizeEmail } from '../../core/email';

export const VERBS = {
  briefingAcknowledge: 'briefing.acknowledge',
  briefingAsk: 'briefing.ask',
  findingsStart: 'findings.start',
  findingsSaveSection: 'findings.saveSection',
  findingsBack: 'findings.back',
  findingsReview: 'findings.review',
  findingsSubmit: 'findings.submit',
  hosRespond: 'hos.respond',
  hosDelegate: 'hos.delegate',
  hosAskCouncillor: 'hos.askCouncillor',
  hosRefresh: 'hos.refresh',
  requestReply: 'request.reply',
  help: 'help'
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** Longest text each typed field may carry (the card inputs' maxLength; checked again here). */
export const TEXT_LIMITS = {
  question: 1000,
  response: 4000,
  reply: 2000,
  answer: NOTE_FIELD_MAX,
  answersPerSection: 50
} as const;

/** Findings inputs are named `answer:<questionId>`, so they can never collide with visitId etc. */
export const ANSWER_PREFIX = 'answer:';
export const answerInputId = (questionId: string): string => ANSWER_PREFIX + questionId;

export interface SectionPayload {
  visitId: number;
  sectionId: string;
  /**
   * The answers on the card, by question id. A key that is absent was not on the card (e.g. an
   * answer too long to edit in chat): the handler must keep the stored value, not clear it.
   */
  answers: Record<string, string>;
  /** The draft's ETag when the card was built, for saveDraft's conflict check. */
  etag?: string;
}

export type CardAction =
  | { verb: 'briefing.acknowledge'; data: { visitId: number } }
  | { verb: 'briefing.ask'; data: { visitId: number; question: string } }
  /** sectionId: open the form at that step (the review card's "Go back and edit"); default the first. */
  | { verb: 'findings.start'; data: { visitId: number; sectionId?: string } }
  | { verb: 'findings.saveSection'; data: SectionPayload }
  | { verb: 'findings.back'; data: SectionPayload }
  /** Save the last step, then show every answer on one card before it is sent. */
  | { verb: 'findings.review'; data: SectionPayload }
  | { verb: 'findings.submit'; data: SectionPayload }
  /**
   * visitId, findingsId: the request's, as the card was built (cards since issue 18): only read up
   * front with it, never trusted; core reads the request and decides from its own.
   */
  | { verb: 'hos.respond'; data: { requestId: number; response: string; visitId?: number; findingsId?: number } }
  | { verb: 'hos.delegate'; data: { requestId: number; delegateEmail: string } }
  | { verb: 'hos.askCouncillor'; data: { requestId: number; question: string } }
  | { verb: 'hos.refresh'; data: { requestId: number } }
  /** The councillor's reply to the head of service's "ask for more". */
  | { verb: 'request.reply'; data: { requestId: number; reply: string } }
  | { verb: 'help'; data: Record<string, never> };

export type ActionData<V extends Verb> = Extract<CardAction, { verb: V }>['data'];

export type ActionErrorCode = 'NotAnObject' | 'MissingVerb' | 'UnknownVerb' | 'VerbMismatch' | 'InvalidField';

export interface ActionError {
  code: ActionErrorCode;
  /** Plain words, safe to show the user in a message card. */
  message: string;
  verb?: string;
  field?: string;
}

export type ParsedAction =
  { ok: true; action: CardAction; source: 'execute' | 'submit' } | { ok: false; error: ActionError };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const KNOWN = new Set<string>(Object.values(VERBS));

class Invalid extends Error {
  public constructor(
    public readonly field: string,
    message: string
  ) {
    super(message);
  }
}

function id(data: Json, field: string): number {
  const v = data[field];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1)
    throw new Invalid(field, `"${field}" must be a positive whole number.`);
  return v;
}

function text(data: Json, field: string, max: number): string {
  const v = data[field];
  if (typeof v !== 'string' || v.trim() === '') throw new Invalid(field, `Please fill in "${field}".`);
  if (v.length > max) throw new Invalid(field, `"${field}" is too long: ${v.length} characters, the limit is ${max}.`);
  return v.trim();
}

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const SECTION_OR_QUESTION_ID = /^[A-Za-z0-9._-]{1,100}$/;

function section(data: Json): SectionPayload {
  const sectionId = data.sectionId;
  if (typeof sectionId !== 'string' || !SECTION_OR_QUESTION_ID.test(sectionId)) {
    throw new Invalid('sectionId', '"sectionId" must be a section id.');
  }
  const answers: Record<string, string> = {};
  const keys = Object.keys(data).filter((k) => k.startsWith(ANSWER_PREFIX));
  if (keys.length > TEXT_LIMITS.answersPerSection) throw new Invalid('answers', 'Too many answers for one section.');
  for (const key of keys) {
    const questionId = key.slice(ANSWER_PREFIX.length);
    const value = data[key];
    if (!SECTION_OR_QUESTION_ID.test(questionId)) throw new Invalid(key, `"${key}" is not a question id.`);
    if (typeof value !== 'string') throw new Invalid(key, `"${questionId}" must be text.`);
    if (value.length > TEXT_LIMITS.answer)
      throw new Invalid(key, `"${questionId}" is too long: ${value.length} characters.`);
    answers[questionId] = value;
  }
  const etag = data.etag;
  if (etag !== undefined && typeof etag !== 'string') throw new Invalid('etag', '"etag" must be text.');
  // It goes back to SharePoint as IF-Match: core's one rule for what an ETag may be.
  const etagRefused = etagProblem(etag);
  if (etagRefused) throw new Invalid('etag', etagRefused);
  const payload: SectionPayload = { visitId: id(data, 'visitId'), sectionId, answers };
  if (etag) payload.etag = etag;
  return payload;
}

function payload(verb: Verb, data: Json): CardAction {
  switch (verb) {
    case 'briefing.acknowledge':
      return { verb, data: { visitId: id(data, 'visitId') } };
    case 'findings.start': {
      const sectionId = data.sectionId;
      if (sectionId === undefined) return { verb, data: { visitId: id(data, 'visitId') } };
      if (typeof sectionId !== 'string' || !SECTION_OR_QUESTION_ID.test(sectionId))
        throw new Invalid('sectionId', '"sectionId" must be a section id.');
      return { verb, data: { visitId: id(data, 'visitId'), sectionId } };
    }
    case 'briefing.ask':
      return { verb, data: { visitId: id(data, 'visitId'), question: text(data, 'question', TEXT_LIMITS.question) } };
    case 'findings.saveSection':
    case 'findings.back':
    case 'findings.review':
    case 'findings.submit':
      return { verb, data: section(data) };
    case 'hos.respond':
      return {
        verb,
        data: {
          requestId: id(data, 'requestId'),
          response: text(data, 'response', TEXT_LIMITS.response),
          ...(data.visitId === undefined ? {} : { visitId: id(data, 'visitId') }),
          ...(data.findingsId === undefined ? {} : { findingsId: id(data, 'findingsId') })
        }
      };
    case 'hos.delegate': {
      const email = normalizeEmail(text(data, 'delegateEmail', 254));
      if (!EMAIL.test(email)) throw new Invalid('delegateEmail', 'Please give an e-mail address to delegate to.');
      return { verb, data: { requestId: id(data, 'requestId'), delegateEmail: email } };
    }
    case 'hos.askCouncillor':
      return {
        verb,
        data: { requestId: id(data, 'requestId'), question: text(data, 'question', TEXT_LIMITS.question) }
      };
    case 'hos.refresh':
      return { verb, data: { requestId: id(data, 'requestId') } };
    case 'request.reply':
      return { verb, data: { requestId: id(data, 'requestId'), reply: text(data, 'reply', TEXT_LIMITS.reply) } };
    case 'help':
      return { verb, data: {} };
  }
}

/**
 * Checks what a card sent. Accepts the `adaptiveCard/action` invoke value
 * (`{ action: { type: 'Action.Execute', verb, data } }`), the action object itself, or an
 * Action.Submit fallback's message value (the data, with `verb` inside). Never throws.
 */
export function parseAction(value: unknown): ParsedAction {
  const fail = (code: ActionErrorCode, message: string, extra: Partial<ActionError> = {}): ParsedAction => ({
    ok: false,
    error: { code, message, ...extra }
  });
  if (!isObject(value)) return fail('NotAnObject', 'The card sent no action data.');
  const execute = isObject(value.action) ? value.action : value.type === 'Action.Execute' ? value : undefined;
  const data = execute ? (isObject(execute.data) ? execute.data : {}) : value;
  const verb = execute ? execute.verb : value.verb;
  if (typeof verb !== 'string' || verb === '') return fail('MissingVerb', 'The card sent an action without a verb.');
  if (!KNOWN.has(verb))
    return fail('UnknownVerb', `This card action is not known ("${verb.slice(0, 60)}").`, { verb: verb.slice(0, 60) });
  if (execute && data.verb !== undefined && data.verb !== verb) {
    return fail('VerbMismatch', 'The card action and its data do not match.', { verb });
  }
  try {
    return { ok: true, action: payload(verb as Verb, data), source: execute ? 'execute' : 'submit' };
  } catch (e) {
    if (e instanceof Invalid) return fail('InvalidField', e.message, { verb, field: e.field });
    return fail('InvalidField', 'The card sent data that could not be read.', { verb });
  }
}
