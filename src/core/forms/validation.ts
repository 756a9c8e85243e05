// Findings validation, shared by the Teams bot and the SharePoint form so both accept exactly the
// same answers. Messages are read on a phone: short, plain, naming the field as the form shows it.
import type { FormAnswers } from '../model';
import { findChildIdentifiers } from './childIdentifiers';
import { allQuestions, findQuestion, maxLengthOf, questionName, type FormTemplate } from './template';

export type ValidationMode = 'draft' | 'submit';

export interface FieldMessage {
  /** The question the message is about (an unknown key is reported under its own name). */
  questionId: string;
  message: string;
}

export interface ValidationResult {
  /** False when there is any error; warnings never block. */
  ok: boolean;
  errors: FieldMessage[];
  warnings: FieldMessage[];
}

/**
 * One stored form of a text answer whichever channel it came from: Teams cards and browsers differ
 * in line endings, non-breaking and zero-width spaces, and accented-letter encoding.
 */
export function normaliseText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\u00A0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Normalised copy of the answers: text trimmed and normalised, empty answers removed (so '' and
 * missing are stored alike), and with a template, "7" for a scale question becomes 7 (Adaptive
 * Cards submit numbers as text). Unknown keys are kept so validation can refuse them.
 */
export function normaliseAnswers(answers: FormAnswers, template?: FormTemplate): FormAnswers {
  const out: FormAnswers = {};
  for (const key of Object.keys(answers)) {
    const value: unknown = answers[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      out[key] = value as number;
      continue;
    }
    const text = normaliseText(value);
    if (text === '') continue;
    const isScale = template !== undefined && findQuestion(template, key)?.question.kind === 'scale';
    out[key] = isScale && /^[+-]?\d+$/.test(text) ? Number(text) : text;
  }
  return out;
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Checks answers against a template. Drafts may be partial: required answers and "at least one
 * finding" apply on submit only; everything else (limits, scale, unknown fields) always applies.
 */
export function validateFindings(template: FormTemplate, answers: FormAnswers, mode: ValidationMode): ValidationResult {
  const errors: FieldMessage[] = [];
  const warnings: FieldMessage[] = [];
  const values = normaliseAnswers(answers, template);

  for (const key of Object.keys(answers)) {
    // Never drop an answer silently: a key the form does not have means a mismatch to fix.
    if (!findQuestion(template, key))
      errors.push({ questionId: key, message: `"${key}" is not a question on this form.` });
  }

  for (const question of allQuestions(template)) {
    const id = question.id;
    const name = questionName(template, id);
    const value = values[id];
    if (value === undefined) {
      if (mode === 'submit' && question.required) errors.push({ questionId: id, message: `Please fill in "${name}".` });
      continue;
    }
    if (question.kind === 'scale') {
      const min = question.min ?? 0;
      const max = question.max ?? 10;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        errors.push({ questionId: id, message: `"${name}" must be a whole number from ${min} to ${max}.` });
      }
      continue;
    }
    if (typeof value !== 'string') {
      errors.push({ questionId: id, message: `"${name}" must be text.` });
      continue;
    }
    const limit = maxLengthOf(question);
    if (value.length > limit) {
      errors.push({
        questionId: id,
        message: `"${name}" is too long: ${thousands(value.length)} characters, the limit is ${thousands(limit)}.`
      });
    }
    for (const found of findChildIdentifiers(value)) {
      warnings.push({
        questionId: id,
        message: `"${name}": "${found.text}" looks like ${found.reason}. Please remove anything that could identify a child.`
      });
    }
  }

  if (mode === 'submit') {
    const findingsQuestions = template.sections
      .filter((s) => s.findings)
      .reduce<string[]>((ids, s) => ids.concat(s.questions.filter((q) => q.kind !== 'scale').map((q) => q.id)), []);
    const anyFilled = findingsQuestions.some((id) => typeof values[id] === 'string');
    if (findingsQuestions.length > 0 && !anyFilled) {
      errors.push({
        questionId: findingsQuestions[0],
        message: 'Please write at least one finding before you send the form.'
      });
    }
  }

  return { ok: errors.length === 0, errors, warnings };
}

// Answers that mean "nothing to escalate": a request to the head of service saying "None" is noise.
const NOTHING =
  /^(?:none|n\/?a|nil|no|nothing|no issues?|nothing to (?:escalate|report|add)|none at (?:this time|present|the moment)|-+)[.!]?$/i;

/** True when an escalation answer is empty or only says there is nothing to escalate. */
export function isNothingToEscalate(value: string | number | undefined): boolean {
  if (typeof value !== 'string') return true;
  const text = normaliseText(value);
  return text === '' || NOTHING.test(text);
}

/**
 * The text sent to the head of service for a response; '' when nothing is escalated. With several
 * escalated questions (the 2018 grid) each answer is headed by its question's name.
 */
export function escalationText(template: FormTemplate, answers: FormAnswers): string {
  const ids = template.escalation.questionIds;
  const parts: string[] = [];
  for (const id of ids) {
    const value = answers[id];
    if (isNothingToEscalate(value)) continue;
    const text = normaliseText(value as string);
    parts.push(ids.length > 1 ? `${questionName(template, id)}\n${text}` : text);
  }
  return parts.join('\n\n');
}
