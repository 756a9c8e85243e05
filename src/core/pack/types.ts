// The committee briefing pack (seed 004 shows a real one): built in core from the lists, edited by
// an officer, exported as .docx and CSV by adapters. Plain text only: exporters never interpret
// markup, so script or HTML typed into a form is shown as text.
import type { PackScopedTheme, PackThemes } from './scopedThemes';

export type { PackScopedTheme, PackThemes };

export interface PackVisit {
  visitId: number;
  teamName: string;
  area: string;
  /** London day of the visit, `YYYY-MM-DD`. */
  day: string;
  councillorNames: string[];
}

/** One finding statement, kept with where it came from so an officer can check it. */
export interface PackStatement {
  /** `form:<findingsId>:<questionId>:<n>`, as the themes name statements: a written bullet links to it. */
  id: string;
  findingsId?: number;
  text: string;
  visitId: number;
  councillorName: string;
}

export interface PackSummary {
  qualityStrengths: PackStatement[];
  qualityDevelopment: PackStatement[];
  experienceStrengths: PackStatement[];
  experienceDevelopment: PackStatement[];
}

export interface PackHosResponse {
  visitId: number;
  teamName: string;
  councillorName: string;
  /** The escalated issues as sent. */
  request: string;
  /** Undefined while the head of service has not answered. */
  response?: string;
  responderEmail: string;
  respondedAt?: string;
}

/** A completed form as an appendix: its sections, labelled as the template labels them. */
export interface PackAppendix {
  /** The Visit Findings item: the draft picks appendices by it. */
  findingsId?: number;
  title: string;
  councillorName: string;
  day: string;
  teamName: string;
  templateId: string;
  sections: { heading: string; answers: { label: string; text: string }[] }[];
}

/** A form the meeting still waits for, or one returned after its due day. */
export interface PackOutstanding {
  visitId: number;
  teamName: string;
  councillorName: string;
  state: 'outstanding' | 'late' | 'not visited';
  /** London days. */
  visitDay?: string;
  dueDay?: string;
  daysLate: number;
  /** One sentence for the report. */
  text: string;
}

export interface CommitteePack {
  committee: string;
  /** London day of the meeting, `YYYY-MM-DD`. */
  committeeDay: string;
  title: string;
  /** e.g. "Engagement with frontline services from councillors". */
  purpose: string;
  /** Who visited which team, when: one sentence per visit. */
  background: string[];
  summary: PackSummary;
  /** The officer's service response; empty until written. */
  serviceResponse: string;
  hosResponses: PackHosResponse[];
  /** This meeting's themes against the same period last year and the seed papers (none: themes not supplied, or no forms). */
  themes?: PackThemes;
  appendices: PackAppendix[];
  /** The visits with sent forms, in visit order (the appendices' order). */
  visits: PackVisit[];
  /** How a visit runs, from the process settings' agenda: "During each visit ..." (empty: no agenda given). */
  visitFormat: string;
  /** Forms not yet returned for this meeting's visits, and forms returned late. */
  outstanding: PackOutstanding[];
  /** Forms or head-of-service answers in this pack changed outside the Frontline service: check them first. */
  integrityWarnings: string[];
}
