// Findings-form templates are data, not code: a council can register its own template id (e.g.
// loaded from JSON) and every channel (Teams card, SharePoint page, reports) renders from it.
// The header of the paper forms (councillor, date, team) is not here: it comes from the visit.

export type QuestionKind = 'longText' | 'text' | 'scale';

/** A cell of the template's grid, by row and column id (the Signs of Safety 3 x 3 grid). */
export interface GridPosition {
  row: string;
  column: string;
}

export interface GridAxis {
  id: string;
  label: string;
}

export interface Question {
  /** Key in the stored Answers JSON; the 2025 ids also map to SharePoint fields (QualityStrengths...). */
  id: string;
  label: string;
  /** Name used in messages and summaries when the label is too long for a phone screen. */
  shortLabel?: string;
  help?: string;
  kind: QuestionKind;
  /** Enforced on submit only; drafts may be partial. */
  required: boolean;
  /** Text kinds: most characters allowed (defaults below). */
  maxLength?: number;
  /** Scale kind: inclusive whole-number bounds. */
  min?: number;
  max?: number;
  grid?: GridPosition;
}

export interface Section {
  id: string;
  title: string;
  help?: string;
  /** True for sections that hold findings: on submit at least one such answer must be filled. */
  findings: boolean;
  questions: Question[];
}

/** Question prompts shown in the briefing, for some agenda parts (or the whole visit). */
export interface PromptGroup {
  id: string;
  title: string;
  /** Agenda part ids (config.ts) the prompts are for; empty = every part of the visit. */
  agendaPartIds: string[];
  questions: string[];
}

export interface EscalationRule {
  /** Questions whose answers are sent to the head of service for a response; [] = none. */
  questionIds: string[];
}

export interface FormTemplate {
  /** Value of the Visit Rota `FormTemplate` field, e.g. `frontline-2025`. */
  id: string;
  title: string;
  version: string;
  description: string;
  sections: Section[];
  grid?: { rows: GridAxis[]; columns: GridAxis[] };
  prompts: PromptGroup[];
  escalation: EscalationRule;
  /** Shown with the form, e.g. "Please send this form within one week of the visit." */
  returnInstruction: string;
}

// 10,000 characters is ~3.7 times the longest section in the three real 2025 forms (2,667, Holland's
// experience areas for development), yet keeps one answer far inside a SharePoint Note field (63,999)
// and a single Teams message, so nothing a councillor writes is cut off downstream.
export const DEFAULT_LONG_TEXT_MAX = 10000;
/** A SharePoint single line of text holds 255 characters. */
export const DEFAULT_TEXT_MAX = 255;
/** The most a template may allow for one answer: a SharePoint Note field's limit. */
export const NOTE_FIELD_MAX = 63999;

export function allQuestions(template: FormTemplate): Question[] {
  const out: Question[] = [];
  for (const section of template.sections) out.push(...section.questions);
  return out;
}

export function findQuestion(template: FormTemplate, id: string): { question: Question; section: Section } | undefined {
  for (const section of template.sections) {
    for (const question of section.questions) if (question.id === id) return { question, section };
  }
  return undefined;
}

export function maxLengthOf(question: Question): number {
  if (question.maxLength !== undefined) return question.maxLength;
  return question.kind === 'text' ? DEFAULT_TEXT_MAX : DEFAULT_LONG_TEXT_MAX;
}

/**
 * The name a person sees for a question in messages: its short label, else its label, prefixed by
 * the section title when the label alone is ambiguous ("Strengths" appears in two sections).
 */
export function questionName(template: FormTemplate, id: string): string {
  const found = findQuestion(template, id);
  if (!found) return id;
  const { question, section } = found;
  if (question.shortLabel) return question.shortLabel;
  const sameLabel = allQuestions(template).filter((q) => q.label === question.label).length;
  return sameLabel > 1 ? `${section.title}: ${question.label}` : question.label;
}

/** Prompt groups for one agenda part, including groups meant for the whole visit. */
export function promptsForPart(template: FormTemplate, agendaPartId: string): PromptGroup[] {
  return template.prompts.filter((g) => g.agendaPartIds.length === 0 || g.agendaPartIds.indexOf(agendaPartId) >= 0);
}
