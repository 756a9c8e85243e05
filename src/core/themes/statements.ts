// Finding statements: a form answer split into bullets or sentences, each keeping where it came from
// (quality of practice or experience; strength, area for development or escalated issue). Keys are
// stable for an unchanged answer, because officers' corrections are stored against them.
import { FRONTLINE_2025_ID } from '../forms/frontline2025';
import { SIGNS_OF_SAFETY_2018_ID } from '../forms/signsOfSafety2018';
import type { FormTemplate } from '../forms/template';
import type { Findings, IsoDateTime } from '../model';
import { rotaYearOf } from '../rota/rotaYear';
import { londonDate } from '../time/london';
import type { FindingArea, FindingKind, Statement } from './types';

/** Fewer words than this is a heading or a stray fragment ("Service breakdowns."), not a finding. */
export const MIN_STATEMENT_WORDS = 3;

// "•", "-", "*", "–", "1." / "1)", "a)" / "(a)" at the start of a line.
const BULLET = /^\s*(?:[•▪●◦·*\-–—]|\d{1,2}[.)]|\(?[a-z]\))\s+/i;
// Words whose full stop is not the end of a sentence.
const ABBREVIATIONS = 'e.g i.e eg ie cllr no nos mr mrs ms dr st vs approx dept govt ref para paras cf'.split(' ');

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Splits a paragraph into sentences at . ! ? followed by a space and a capital (or an opening quote/bracket and a capital). */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const boundary = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(paragraph)) !== null) {
    const end = m.index + 1;
    const before = paragraph.slice(start, end);
    const lastWord = (/(\S+)\.$/.exec(before)?.[1] ?? '').toLowerCase().replace(/^[("'“‘]+/, '');
    // Abbreviations and initials ("J. Saunders") do not end a sentence.
    if (paragraph[m.index] === '.' && (ABBREVIATIONS.indexOf(lastWord) >= 0 || /^[a-z]$/.test(lastWord))) continue;
    out.push(paragraph.slice(start, m.index + m[0].trimEnd().length));
    start = m.index + m[0].length;
  }
  out.push(paragraph.slice(start));
  return out.map(tidy).filter((s) => s.length > 0);
}

/**
 * Statements of one answer: each bullet is one statement (even with several sentences: the
 * councillor grouped them), other text is split into sentences. Fragments under three words go.
 */
export function splitStatements(text: string): string[] {
  const items: { text: string; bullet: boolean }[] = [];
  let current: { text: string; bullet: boolean } | undefined;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      current = undefined;
    } else if (BULLET.test(line)) {
      current = { text: line.replace(BULLET, ''), bullet: true };
      items.push(current);
    } else if (current && /^\s*[a-z]/.test(line)) {
      // A wrapped line (starts in lower case): continues the bullet or paragraph above it.
      current.text += ` ${line}`;
    } else {
      current = { text: line, bullet: false };
      items.push(current);
    }
  }
  const out: string[] = [];
  for (const item of items) out.push(...(item.bullet ? [tidy(item.text)] : splitSentences(item.text)));
  return out.filter((s) => wordCount(s) >= MIN_STATEMENT_WORDS);
}

export interface QuestionPlace {
  area: FindingArea;
  kind: FindingKind;
}

const FRONTLINE_2025_PLACES: Record<string, QuestionPlace> = {
  qualityStrengths: { area: 'quality', kind: 'strength' },
  qualityDevelopment: { area: 'quality', kind: 'development' },
  experienceStrengths: { area: 'experience', kind: 'strength' },
  experienceDevelopment: { area: 'experience', kind: 'development' },
  escalationIssues: { area: 'other', kind: 'escalation' }
};

// 2018 grid: the Staffing row (vacancies, morale, support systems) is the experience of working
// there; Performance (child focus, referral systems, workloads) is quality of practice. Worries and
// "what needs to happen" are both areas for development; they went to the head of service as a
// whole, so they are not counted as individual escalations.
const SOS_AREA: Record<string, FindingArea> = { staffing: 'experience', performance: 'quality', other: 'other' };
const SOS_KIND: Record<string, FindingKind> = {
  worried: 'development',
  workingWell: 'strength',
  needsToHappen: 'development'
};

/** Where a question's answer belongs, or undefined when it holds no findings (names of staff, scaling). */
export function placeOfQuestion(template: FormTemplate, questionId: string): QuestionPlace | undefined {
  if (template.id === FRONTLINE_2025_ID) return FRONTLINE_2025_PLACES[questionId];
  for (const section of template.sections) {
    for (const q of section.questions) {
      if (q.id !== questionId || q.kind === 'scale') continue;
      if (template.id === SIGNS_OF_SAFETY_2018_ID) {
        return q.grid ? { area: SOS_AREA[q.grid.row] ?? 'other', kind: SOS_KIND[q.grid.column] ?? 'other' } : undefined;
      }
      // A council's own template: escalated answers are escalations, other findings are not placed.
      if (template.escalation.questionIds.indexOf(q.id) >= 0) return { area: 'other', kind: 'escalation' };
      return section.findings ? { area: 'other', kind: 'other' } : undefined;
    }
  }
  return undefined;
}

export interface StatementContext {
  visitId: number;
  teamName?: string;
  serviceArea?: string;
  /** Reporting period label, e.g. from periodOf(visit date). */
  period: string;
  committeeDate?: IsoDateTime;
}

/** Statements of one findings form, in template order. Keys: `form:<findingsId>:<questionId>:<n>`. */
export function statementsFromFindings(
  findings: Findings,
  template: FormTemplate,
  context: StatementContext
): Statement[] {
  // Unsaved drafts have no item id yet; their keys are provisional and should not carry corrections.
  const findingsId = findings.id !== undefined ? String(findings.id) : `draft-${context.visitId}`;
  const out: Statement[] = [];
  for (const section of template.sections) {
    for (const q of section.questions) {
      const place = placeOfQuestion(template, q.id);
      const answer = findings.answers[q.id];
      if (!place || typeof answer !== 'string') continue;
      splitStatements(answer).forEach((text, n) => {
        out.push({
          key: `form:${findingsId}:${q.id}:${n}`,
          text,
          area: place.area,
          kind: place.kind,
          period: context.period,
          committeeDate: context.committeeDate,
          teamName: context.teamName,
          serviceArea: context.serviceArea,
          source: { kind: 'form', findingsId: findings.id, questionId: q.id }
        });
      });
    }
  }
  return out;
}

/**
 * The council reports findings by the year from 1 April (seed 000: "1 April 2023 to 31 March 2024";
 * seed 001: the 2017-18 visits ran April 2017 to March 2018). The rota year (rota/rotaYear.ts)
 * starts in May by default; pass its start month to group findings by rota year instead.
 */
export const FINDINGS_YEAR_START_MONTH = 4;

/** The reporting period of an instant, in London: "2025-26" (or "2025" for a calendar year). */
export function periodOf(instant: IsoDateTime | Date, startMonth: number = FINDINGS_YEAR_START_MONTH): string {
  return rotaYearOf(londonDate(instant), startMonth).label.replace('/', '-');
}
