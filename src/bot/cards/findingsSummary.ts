// Findings as the service manager and head of service first see them: a short summary of each
// section, the escalated issues highlighted, and the full form one tap away in SharePoint.
import { escalationText, questionName, type FormTemplate } from '../../core/forms';
import type { FormAnswers, IsoDateTime, Team, Visit } from '../../core/model';
import template from './findingsSummary.template.json';
import { expandCard } from './expand';
import { dateAndTime, deadline, longDate } from './format';
import { assertCardFits, cardBytes, CARD_BYTES_TARGET } from './limits';
import { userParagraphs } from './text';
import { personLabel, requireUrl, type AdaptiveCardJson, type Person } from './types';

export interface FindingsSummaryCardInput {
  visit: Visit;
  team: Team;
  councillor: Person;
  template: FormTemplate;
  answers: FormAnswers;
  submittedAt: IsoDateTime;
  /** When the form was due (core's effectiveDueDate), beside when it was sent. */
  dueAt?: IsoDateTime;
  formUrl: string;
}

export interface SummarySectionData {
  title: string;
  isEmpty: boolean;
  answers: Array<{ name: string; paragraphs: string[] }>;
}

export interface FindingsSummaryCardData {
  teamName: string;
  visitDate: string;
  councillorName: string;
  submitted: string;
  hasDue: boolean;
  due: string;
  hasEscalation: boolean;
  escalation: string[];
  sections: SummarySectionData[];
  truncated: boolean;
  formUrl: string;
}

// Characters per answer, tried in turn until the card fits (long non-Latin text is 3 bytes a character).
const ANSWER_CHARS = [400, 200, 100];
const ESCALATION_CHARS = 1500;

function summaryData(input: FindingsSummaryCardInput, answerChars: number): FindingsSummaryCardData {
  const t = input.template;
  const escalated = new Set(t.escalation.questionIds);
  const escalation = userParagraphs(escalationText(t, input.answers), ESCALATION_CHARS, 12);
  let truncated = escalation.truncated;
  // A section holding only escalated questions is the highlighted box; it is not repeated.
  const sections = t.sections
    .filter((s) => !s.questions.every((q) => escalated.has(q.id)))
    .map((s): SummarySectionData => {
      const answers = s.questions.flatMap((q) => {
        const value = input.answers[q.id];
        if (value === undefined || value === '') return [];
        if (q.kind === 'scale')
          return [{ name: questionName(t, q.id), paragraphs: [`${value} out of ${q.max ?? 10}`] }];
        const shown = userParagraphs(String(value), answerChars, 6);
        truncated = truncated || shown.truncated;
        return shown.paragraphs.length > 0 ? [{ name: questionName(t, q.id), paragraphs: shown.paragraphs }] : [];
      });
      return { title: s.title, isEmpty: answers.length === 0, answers };
    });
  return {
    teamName: input.team.name,
    visitDate: input.visit.visitStart ? longDate(input.visit.visitStart) : input.visit.title,
    councillorName: personLabel(input.councillor),
    submitted: dateAndTime(input.submittedAt),
    hasDue: input.dueAt !== undefined,
    due: input.dueAt ? deadline(input.dueAt) : '',
    hasEscalation: escalation.paragraphs.length > 0,
    escalation: escalation.paragraphs,
    sections,
    truncated,
    formUrl: requireUrl(input.formUrl, 'formUrl')
  };
}

export function findingsSummaryCardData(input: FindingsSummaryCardInput): FindingsSummaryCardData {
  let data = summaryData(input, ANSWER_CHARS[0]);
  for (const chars of ANSWER_CHARS.slice(1)) {
    if (cardBytes(expandCard(template, data)) <= CARD_BYTES_TARGET) break;
    data = summaryData(input, chars);
  }
  return data;
}

export function buildFindingsSummaryCard(input: FindingsSummaryCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, findingsSummaryCardData(input)));
}
