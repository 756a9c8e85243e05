// One step of the findings form in chat: a section's questions as inputs, built from the form
// template, with the draft's answers, and the validation messages next to the field they are about.
import {
  findQuestion,
  maxLengthOf,
  questionName,
  type FieldMessage,
  type FormTemplate,
  type Question
} from '../../core/forms';
import type { FormAnswers, IsoDateTime, Team, Visit } from '../../core/model';
import template from './findingsSection.template.json';
import { expandCard } from './expand';
import { deadline, longDate } from './format';
import { assertCardFits, cardBytes, CARD_BYTES_LIMIT, CARD_BYTES_TARGET } from './limits';
import { plainRun, userParagraphs } from './text';
import { CardInputError, requireUrl, type AdaptiveCardJson } from './types';
import { answerInputId } from './verbs';

export interface FindingsSectionCardInput {
  visit: Visit;
  team: Team;
  template: FormTemplate;
  sectionId: string;
  /** The draft's current answers (all sections; only this section's are shown). */
  answers: FormAnswers;
  /** From validateFindings or a ValidationError; messages for other sections are listed at the top. */
  errors?: readonly FieldMessage[];
  warnings?: readonly FieldMessage[];
  /** The draft's ETag, sent back with the actions for saveDraft's conflict check. */
  etag?: string;
  /** When the form is due (core's effectiveDueDate), shown under the visit. */
  dueAt?: IsoDateTime;
  /** A plain note above the section (e.g. this card was older than the last save). */
  notice?: string;
  /** The findings form page in SharePoint. */
  formUrl: string;
  /** Size the card must fit (default: the Teams limit less room for the message around it). */
  targetBytes?: number;
}

export type QuestionView = 'longText' | 'text' | 'scale' | 'readOnly';

export interface QuestionData {
  questionId: string;
  inputId: string;
  containerId: string;
  kind: QuestionView;
  label: string;
  help: string;
  hasHelp: boolean;
  value: string;
  maxLength: number;
  placeholder: string;
  isRequired: boolean;
  errorMessage: string;
  choices: Array<{ title: string; value: string }>;
  /** readOnly only: the start of an answer too long for the card. */
  preview: string[];
  errors: string[];
  warnings: string[];
}

export interface FindingsSectionCardData {
  visitId: number;
  formTitle: string;
  visitLine: string;
  due: string;
  hasDue: boolean;
  notice: string;
  hasNotice: boolean;
  stepLabel: string;
  sectionId: string;
  sectionTitle: string;
  sectionHelp: string;
  hasSectionHelp: boolean;
  otherErrors: string[];
  hasOtherErrors: boolean;
  /** Child-identifier warnings on questions of other steps (never blocking). */
  otherWarnings: string[];
  hasOtherWarnings: boolean;
  questions: QuestionData[];
  isFirst: boolean;
  isLast: boolean;
  /** Back saves what was typed, except where a required input would block going back. */
  backInputs: 'auto' | 'none';
  etag: string;
  returnInstruction: string;
  formUrl: string;
}

/** Characters of a too-long answer shown read-only. */
const PREVIEW_CHARS = 600;
/** Child-identifier warnings shown per field; the rest are counted. */
const MAX_WARNINGS = 3;

const messagesFor = (messages: readonly FieldMessage[], id: string): string[] =>
  messages.filter((m) => m.questionId === id).map((m) => plainRun(m.message));

function capped(list: string[]): string[] {
  if (list.length <= MAX_WARNINGS) return list;
  return [...list.slice(0, MAX_WARNINGS), `…and ${list.length - MAX_WARNINGS} more like these.`];
}

function answerText(value: string | number | undefined): string {
  return value === undefined ? '' : String(value);
}

function questionData(t: FormTemplate, q: Question, input: FindingsSectionCardInput, readOnly: boolean): QuestionData {
  const value = answerText(input.answers[q.id]);
  const name = questionName(t, q.id);
  const min = q.min ?? 0;
  const max = q.max ?? 10;
  const choices: QuestionData['choices'] = [];
  if (q.kind === 'scale') for (let n = min; n <= max; n++) choices.push({ title: String(n), value: String(n) });
  return {
    questionId: q.id,
    inputId: answerInputId(q.id),
    containerId: `question-${q.id}`,
    kind: readOnly ? 'readOnly' : q.kind,
    label: q.label,
    help: q.help ?? '',
    hasHelp: Boolean(q.help),
    value: readOnly ? '' : value,
    maxLength: q.kind === 'scale' ? 0 : maxLengthOf(q),
    placeholder: q.kind === 'scale' ? `Choose ${min} to ${max}` : '',
    isRequired: q.required,
    errorMessage:
      q.kind === 'scale' ? `Please choose a number from ${min} to ${max} for "${name}".` : `Please fill in "${name}".`,
    choices,
    preview: readOnly ? userParagraphs(value, PREVIEW_CHARS, 8).paragraphs : [],
    errors: messagesFor(input.errors ?? [], q.id),
    warnings: capped(messagesFor(input.warnings ?? [], q.id))
  };
}

/** Messages about questions not on this step, named by the step they are on. */
function otherErrors(t: FormTemplate, sectionId: string, errors: readonly FieldMessage[]): string[] {
  return otherMessages(t, sectionId, errors);
}

export function otherMessages(
  t: FormTemplate,
  sectionId: string | undefined,
  errors: readonly FieldMessage[]
): string[] {
  return errors
    .filter((e) => findQuestion(t, e.questionId)?.section.id !== sectionId)
    .map((e) => {
      const found = findQuestion(t, e.questionId);
      const step = found ? t.sections.indexOf(found.section) + 1 : 0;
      return plainRun(found ? `Step ${step} (${found.section.title}): ${e.message}` : e.message);
    });
}

/**
 * The card's data. Answers are editable in the card when they fit; otherwise the longest are shown
 * read-only (start only) with a pointer to SharePoint, and the card sends no input for them, so
 * saving from chat can never overwrite a long answer with a cut-down copy.
 */
export function findingsSectionCardData(input: FindingsSectionCardInput): FindingsSectionCardData {
  return fitSection(input).data;
}

/** The data that fits, and its card when fitting it already expanded that data (so it is not expanded twice). */
function fitSection(input: FindingsSectionCardInput): { data: FindingsSectionCardData; card?: AdaptiveCardJson } {
  const t = input.template;
  const index = t.sections.findIndex((s) => s.id === input.sectionId);
  if (index < 0) throw new CardInputError(`The form '${t.id}' has no section '${input.sectionId}'.`);
  const section = t.sections[index];
  const readOnly = new Set<string>(
    section.questions
      .filter((q) => q.kind !== 'scale' && answerText(input.answers[q.id]).length > maxLengthOf(q))
      .map((q) => q.id)
  );
  const other = otherErrors(t, section.id, input.errors ?? []);
  const otherWarnings = capped(otherMessages(t, section.id, input.warnings ?? []));
  const build = (): FindingsSectionCardData => ({
    visitId: input.visit.id,
    formTitle: t.title,
    visitLine: input.visit.visitStart ? `${input.team.name}, ${longDate(input.visit.visitStart)}` : input.visit.title,
    due: input.dueAt ? `Please send it by ${deadline(input.dueAt)}.` : '',
    hasDue: input.dueAt !== undefined,
    notice: plainRun(input.notice ?? ''),
    hasNotice: Boolean(input.notice),
    stepLabel: `Step ${index + 1} of ${t.sections.length}`,
    sectionId: section.id,
    sectionTitle: section.title,
    sectionHelp: section.help ?? '',
    hasSectionHelp: Boolean(section.help),
    otherErrors: other,
    hasOtherErrors: other.length > 0,
    otherWarnings,
    hasOtherWarnings: otherWarnings.length > 0,
    questions: section.questions.map((q) => questionData(t, q, input, readOnly.has(q.id))),
    isFirst: index === 0,
    isLast: index === t.sections.length - 1,
    backInputs: section.questions.some((q) => q.required) ? 'none' : 'auto',
    etag: input.etag ?? '',
    returnInstruction: t.returnInstruction,
    formUrl: requireUrl(input.formUrl, 'formUrl')
  });
  const target = input.targetBytes ?? CARD_BYTES_TARGET;
  let data = build();
  // Longest answers first: each one made read-only frees the most room.
  const bySize = section.questions
    .filter((q) => !readOnly.has(q.id) && q.kind !== 'scale')
    .sort((a, b) => answerText(input.answers[b.id]).length - answerText(input.answers[a.id]).length);
  for (const q of bySize) {
    const card = expandCard(template, data);
    if (cardBytes(card) <= target) return { data, card };
    readOnly.add(q.id);
    data = build();
  }
  return { data };
}

export function buildFindingsSectionCard(input: FindingsSectionCardInput): AdaptiveCardJson {
  const { data, card } = fitSection(input);
  // A card fitSection kept is already measured within its target, which is within the limit.
  return card ?? assertCardFits(expandCard(template, data), Math.max(input.targetBytes ?? 0, CARD_BYTES_LIMIT));
}
