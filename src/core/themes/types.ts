// The shapes the themes feature shares: a finding statement (one bullet or sentence of a form
// section, or of a historical paper), the theme taxonomy, and the tagger's explained result.
import type { IsoDateTime } from '../model';

/** Which half of the 2025 form a statement belongs to (the 2018 grid maps onto the same two). */
export type FindingArea = 'quality' | 'experience' | 'other';
/** Strength, area for development, an issue escalated to the head of service, or not known. */
export type FindingKind = 'strength' | 'development' | 'escalation' | 'other';

export interface StatementSource {
  kind: 'form' | 'history';
  /** Seed/source paper id for history, e.g. "seed-001" (2018 process), "seed-000" (2025 arrangements), "seed-004". */
  paper?: string;
  /** Where in the paper: a paragraph or section reference a person can find, e.g. "para 27". */
  ref?: string;
  /** Visit Findings item id, for statements from forms. */
  findingsId?: number;
  questionId?: string;
}

export interface Statement {
  /** Stable across runs: corrections are stored against it. */
  key: string;
  text: string;
  area: FindingArea;
  kind: FindingKind;
  /** Reporting period label: a municipal year "2017-18", "2023-24", "2025-26". */
  period: string;
  /** The committee meeting it was (or will be) reported to, when known. */
  committeeDate?: IsoDateTime;
  teamName?: string;
  serviceArea?: string;
  source: StatementSource;
}

/** One matching rule: any of `phrases` (whole words, case-insensitive) unless one of `unless` also appears. */
export interface ThemeRule {
  phrases: string[];
  unless?: string[];
}

export interface Theme {
  id: string;
  name: string;
  description: string;
  rules: ThemeRule[];
}

export interface Taxonomy {
  id: string;
  version: string;
  themes: Theme[];
}

/** An officer's correction: wins over the rules for that statement and theme. */
export interface ThemeCorrection {
  statementKey: string;
  themeId: string;
  /** add: the theme applies though no rule matched; remove: it does not, though a rule matched. */
  action: 'add' | 'remove';
  by: string;
  at: IsoDateTime;
  note?: string;
}

export interface ThemeMatch {
  themeId: string;
  /** Why: the phrases that matched, or "officer correction by X on D". */
  reasons: string[];
  byCorrection: boolean;
}

export interface TaggedStatement {
  statement: Statement;
  themes: ThemeMatch[];
  /** Themes a rule matched but an officer removed (shown so the decision stays visible). */
  removed: ThemeMatch[];
}
