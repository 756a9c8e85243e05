// Checks a template before it is used. Templates can come from a council's own configuration (JSON),
// so nothing about the shape is trusted: a bad template must fail at registration, not mid-visit.
import { ConfigError } from '../errors';
import { NOTE_FIELD_MAX, type FormTemplate } from './template';

const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
// Also used as JSON keys and, for the 2025 form, SharePoint field names: keep them plain.
const QUESTION_ID = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)?$/;
const KINDS = ['longText', 'text', 'scale'];
/** A scale wider than this is not something a councillor can answer on a phone. */
const MAX_SCALE_STEPS = 100;

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Returns the template if it is sound; otherwise throws ConfigError listing every problem. */
export function validateTemplate(input: unknown): FormTemplate {
  const problems: string[] = [];
  if (!isObject(input)) throw new ConfigError('A form template must be an object.');
  const t = input;
  const name = typeof t.id === 'string' ? t.id : '(no id)';
  if (typeof t.id !== 'string' || !TEMPLATE_ID.test(t.id)) {
    problems.push('id must be lower-case letters, digits and hyphens (e.g. frontline-2025)');
  }
  for (const key of ['title', 'version', 'description', 'returnInstruction']) {
    if (typeof t[key] !== 'string' || (key !== 'description' && !isText(t[key])))
      problems.push(`${key} is required text`);
  }

  const questionIds: string[] = [];
  const questionKinds: Record<string, unknown> = {};
  const cells: string[] = [];
  const sectionIds: string[] = [];
  let findingsQuestions = 0;
  const sections = Array.isArray(t.sections) ? t.sections : [];
  if (sections.length === 0) problems.push('at least one section is needed');
  for (const section of sections) {
    if (!isObject(section) || !isText(section.id) || !isText(section.title)) {
      problems.push('every section needs an id and a title');
      continue;
    }
    if (sectionIds.indexOf(section.id) >= 0) problems.push(`section id '${section.id}' is used twice`);
    sectionIds.push(section.id);
    if (typeof section.findings !== 'boolean')
      problems.push(`section '${section.id}' must say whether it holds findings`);
    const questions = Array.isArray(section.questions) ? section.questions : [];
    if (questions.length === 0) problems.push(`section '${section.id}' has no questions`);
    for (const q of questions) {
      if (!isObject(q) || typeof q.id !== 'string' || !QUESTION_ID.test(q.id)) {
        problems.push(
          `section '${section.id}' has a question without a valid id (letters and digits, e.g. qualityStrengths)`
        );
        continue;
      }
      const where = `question '${q.id}'`;
      if (questionIds.indexOf(q.id) >= 0) problems.push(`${where} is used twice`);
      questionIds.push(q.id);
      questionKinds[q.id] = q.kind;
      if (section.findings === true && q.kind !== 'scale') findingsQuestions++;
      if (!isText(q.label)) problems.push(`${where} needs a label`);
      if (typeof q.required !== 'boolean') problems.push(`${where} must say whether it is required`);
      if (KINDS.indexOf(q.kind as string) < 0)
        problems.push(`${where} has kind '${String(q.kind)}' (use ${KINDS.join(', ')})`);
      if (q.kind === 'scale') {
        if (!isInt(q.min) || !isInt(q.max) || q.min >= q.max || q.max - q.min > MAX_SCALE_STEPS) {
          problems.push(`${where} needs whole-number min and max, min below max, at most ${MAX_SCALE_STEPS} apart`);
        }
      } else if (
        q.maxLength !== undefined &&
        (!isInt(q.maxLength) || q.maxLength < 1 || q.maxLength > NOTE_FIELD_MAX)
      ) {
        problems.push(`${where} maxLength must be a whole number from 1 to ${NOTE_FIELD_MAX}`);
      }
      if (q.grid !== undefined) {
        const cell = isObject(q.grid) ? `${String(q.grid.row)}/${String(q.grid.column)}` : '';
        if (cells.indexOf(cell) >= 0) problems.push(`${where} shares grid cell ${cell} with another question`);
        cells.push(cell);
      }
    }
  }
  if (findingsQuestions === 0)
    problems.push('at least one section must hold findings (findings: true) with a text question');

  checkGrid(t, problems, cells);
  checkEscalation(t, problems, questionKinds);
  checkPrompts(t, problems);

  if (problems.length > 0) throw new ConfigError(`Invalid form template '${name}': ${problems.join('; ')}.`);
  return input as unknown as FormTemplate;
}

function axisIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const ids = value.map((a) => (isObject(a) && isText(a.id) && isText(a.label) ? a.id : ''));
  return ids.indexOf('') >= 0 || new Set(ids).size !== ids.length ? undefined : ids;
}

function checkGrid(t: Loose, problems: string[], cells: string[]): void {
  if (t.grid === undefined) {
    if (cells.length > 0) problems.push('questions have grid positions but the template has no grid');
    return;
  }
  const rows = isObject(t.grid) ? axisIds(t.grid.rows) : undefined;
  const columns = isObject(t.grid) ? axisIds(t.grid.columns) : undefined;
  if (!rows || !columns) {
    problems.push('grid needs rows and columns, each with a unique id and a label');
    return;
  }
  for (const cell of cells) {
    const [row, column] = cell.split('/');
    if (rows.indexOf(row) < 0 || columns.indexOf(column) < 0) problems.push(`grid cell ${cell} is not in the grid`);
  }
}

function checkEscalation(t: Loose, problems: string[], kinds: Record<string, unknown>): void {
  const ids = isObject(t.escalation) ? t.escalation.questionIds : undefined;
  if (!Array.isArray(ids)) {
    problems.push('escalation.questionIds must be a list (empty when nothing is escalated)');
    return;
  }
  for (const id of ids) {
    const kind = kinds[String(id)];
    if (kind === undefined) problems.push(`escalation names '${String(id)}', which is not a question`);
    else if (kind === 'scale') problems.push(`escalation question '${String(id)}' must be a text question`);
  }
}

function checkPrompts(t: Loose, problems: string[]): void {
  if (!Array.isArray(t.prompts)) {
    problems.push('prompts must be a list (it may be empty)');
    return;
  }
  const seen: string[] = [];
  for (const group of t.prompts) {
    const ok =
      isObject(group) &&
      isText(group.id) &&
      isText(group.title) &&
      Array.isArray(group.agendaPartIds) &&
      group.agendaPartIds.every(isText) &&
      Array.isArray(group.questions) &&
      group.questions.length > 0 &&
      group.questions.every(isText);
    if (!ok) {
      problems.push('every prompt group needs an id, a title, agendaPartIds and at least one question');
      continue;
    }
    if (seen.indexOf(group.id as string) >= 0) problems.push(`prompt group '${String(group.id)}' is used twice`);
    seen.push(group.id as string);
  }
}
