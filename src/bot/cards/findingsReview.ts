// The councillor's own findings on one card before they are sent (the web form has the same step):
// every answer, any child-identifier warnings again, the due date, and "Send" or "Go back and edit".
// Send carries no inputs: it sends the draft as saved, checked against the ETag the card was built on.
import type { FieldMessage, FormTemplate } from '../../core/forms';
import type { FormAnswers, IsoDateTime, Team, Visit } from '../../core/model';
import template from './findingsReview.template.json';
import { expandCard } from './expand';
import { deadline, longDate } from './format';
import { otherMessages } from './findingsSection';
import { assertCardFits, cardBytes, CARD_BYTES_TARGET } from './limits';
import { userParagraphs } from './text';
import { requireUrl, type AdaptiveCardJson } from './types';

export interface FindingsReviewCardInput {
  visit: Visit;
  team: Team;
  template: FormTemplate;
  /** The draft as saved. */
  answers: FormAnswers;
  /** validateFindings' warnings on those answers (never blocking). */
  warnings?: readonly FieldMessage[];
  /** The saved draft's ETag: Send is refused if the draft changed since. */
  etag?: string;
  dueAt?: IsoDateTime;
  formUrl: string;
}

export interface ReviewSectionData {
  stepLabel: string;
  title: string;
  isEmpty: boolean;
  answers: Array<{ name: string; paragraphs: string[] }>;
}

export interface FindingsReviewCardData {
  visitId: number;
  formTitle: string;
  visitLine: string;
  due: string;
  hasDue: boolean;
  hasWarnings: boolean;
  warnings: string[];
  sections: ReviewSectionData[];
  truncated: boolean;
  lastSectionId: string;
  etag: string;
  returnInstruction: string;
  formUrl: string;
}

// Characters per answer, tried in turn until the card fits.
const ANSWER_CHARS = [3000, 1200, 500, 200];
const MAX_WARNINGS = 6;

function reviewData(input: FindingsReviewCardInput, answerChars: number): FindingsReviewCardData {
  const t = input.template;
  let truncated = false;
  const sections = t.sections.map((s, i): ReviewSectionData => {
    const answers = s.questions.flatMap((q) => {
      const value = input.answers[q.id];
      if (value === undefined || value === '') return [];
      if (q.kind === 'scale') return [{ name: q.label, paragraphs: [`${value} out of ${q.max ?? 10}`] }];
      const shown = userParagraphs(String(value), answerChars, 12);
      truncated = truncated || shown.truncated;
      return shown.paragraphs.length > 0 ? [{ name: q.label, paragraphs: shown.paragraphs }] : [];
    });
    return { stepLabel: `Step ${i + 1}`, title: s.title, isEmpty: answers.length === 0, answers };
  });
  let warnings = otherMessages(t, undefined, input.warnings ?? []);
  if (warnings.length > MAX_WARNINGS)
    warnings = [...warnings.slice(0, MAX_WARNINGS), `…and ${warnings.length - MAX_WARNINGS} more like these.`];
  return {
    visitId: input.visit.id,
    formTitle: t.title,
    visitLine: input.visit.visitStart ? `${input.team.name}, ${longDate(input.visit.visitStart)}` : input.visit.title,
    due: input.dueAt ? `Please send it by ${deadline(input.dueAt)}.` : '',
    hasDue: input.dueAt !== undefined,
    hasWarnings: warnings.length > 0,
    warnings,
    sections,
    truncated,
    lastSectionId: t.sections[t.sections.length - 1].id,
    etag: input.etag ?? '',
    returnInstruction: t.returnInstruction,
    formUrl: requireUrl(input.formUrl, 'formUrl')
  };
}

export function findingsReviewCardData(input: FindingsReviewCardInput): FindingsReviewCardData {
  return fitReview(input).data;
}

/** The data that fits, and its card when fitting it already expanded that data (so it is not expanded twice). */
function fitReview(input: FindingsReviewCardInput): { data: FindingsReviewCardData; card?: AdaptiveCardJson } {
  let data = reviewData(input, ANSWER_CHARS[0]);
  for (const chars of ANSWER_CHARS.slice(1)) {
    const card = expandCard(template, data);
    if (cardBytes(card) <= CARD_BYTES_TARGET) return { data, card };
    data = reviewData(input, chars);
  }
  return { data };
}

export function buildFindingsReviewCard(input: FindingsReviewCardInput): AdaptiveCardJson {
  const { data, card } = fitReview(input);
  // A card fitReview kept is already measured within CARD_BYTES_TARGET, under the limit.
  return card ?? assertCardFits(expandCard(template, data));
}
