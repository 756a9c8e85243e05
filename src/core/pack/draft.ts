// A committee pack is a saved draft per meeting that officers write up over several days: the
// report's metadata, per summary heading the bullets an officer composed from the councillors'
// statements (each keeping links to the statements it came from), the service response, the
// implications paragraphs (defaults from the process settings) and which forms go in as appendices.
// Pure operations: each returns a new draft, the page and the CLI share them.
import type { LocalDate } from '../model';
import { SUMMARY_PARTS } from './buckets';
import { packResponseKey } from './responses';
import type { PackImplication, PackSettings } from './settings';
import type { CommitteePack, PackStatement, PackSummary } from './types';

export type SummaryPart = keyof PackSummary;

/** One bullet of a written-up summary. */
export interface DraftBullet {
  text: string;
  /** The statement ids (PackStatement.id) it was written from; empty for an officer's own point. */
  sources: string[];
}

export interface PackDraft {
  /** packResponseKey(committee, committeeDay): one draft per meeting. */
  key: string;
  committee: string;
  committeeDay: LocalDate;
  marking: string;
  reportKind: string;
  reportOf: string;
  contactOfficer: string;
  contactEmail: string;
  summary: Record<SummaryPart, DraftBullet[]>;
  serviceResponse: string;
  implications: PackImplication[];
  /** Visit Findings ids of the forms appended, in the pack's order. */
  appendixFindingsIds: number[];
}

const emptySummary = (): Record<SummaryPart, DraftBullet[]> => ({
  qualityStrengths: [],
  qualityDevelopment: [],
  experienceStrengths: [],
  experienceDevelopment: []
});

/** A meeting's first draft: the settings' defaults, no bullets yet, every sent form appended. */
export function newPackDraft(
  pack: Pick<CommitteePack, 'committee' | 'committeeDay'> & { appendices: { findingsId?: number }[] },
  settings: PackSettings,
  serviceResponse = ''
): PackDraft {
  return {
    key: packResponseKey(pack.committee, pack.committeeDay),
    committee: pack.committee.trim(),
    committeeDay: pack.committeeDay,
    marking: settings.marking,
    reportKind: settings.reportKind,
    reportOf: settings.reportOf,
    contactOfficer: settings.contactOfficer,
    contactEmail: settings.contactEmail,
    summary: emptySummary(),
    serviceResponse,
    implications: settings.implications.map((i) => ({ ...i })),
    appendixFindingsIds: pack.appendices.map((a) => a.findingsId).filter((id): id is number => id !== undefined)
  };
}

const withPart = (draft: PackDraft, part: SummaryPart, bullets: DraftBullet[]): PackDraft => ({
  ...draft,
  summary: { ...draft.summary, [part]: bullets }
});

/** Each picked statement becomes a bullet of its own, as the councillor wrote it (to be edited). */
export function pickStatements(draft: PackDraft, part: SummaryPart, statements: PackStatement[]): PackDraft {
  const added = statements.map((s) => ({ text: s.text, sources: [s.id] }));
  return withPart(draft, part, [...draft.summary[part], ...added]);
}

/** One bullet in the officer's words, written from several statements. */
export function writeBullet(draft: PackDraft, part: SummaryPart, text: string, sources: string[]): PackDraft {
  return withPart(draft, part, [...draft.summary[part], { text, sources: unique(sources) }]);
}

/** The bullets at `indexes` become one, with `text`, keeping every source of each. */
export function mergeBullets(draft: PackDraft, part: SummaryPart, indexes: number[], text: string): PackDraft {
  const list = draft.summary[part];
  const chosen = unique(indexes.map(String))
    .map(Number)
    .filter((i) => i >= 0 && i < list.length)
    .sort((a, b) => a - b);
  if (chosen.length === 0) return draft;
  const merged = { text, sources: unique(chosen.flatMap((i) => list[i].sources)) };
  const kept = list.filter((_, i) => chosen.indexOf(i) < 0);
  kept.splice(chosen[0], 0, merged);
  return withPart(draft, part, kept);
}

export function rewriteBullet(draft: PackDraft, part: SummaryPart, index: number, text: string): PackDraft {
  return withPart(
    draft,
    part,
    draft.summary[part].map((b, i) => (i === index ? { ...b, text } : b))
  );
}

export function removeBullet(draft: PackDraft, part: SummaryPart, index: number): PackDraft {
  return withPart(
    draft,
    part,
    draft.summary[part].filter((_, i) => i !== index)
  );
}

/** Statements of the pack not yet used in any bullet of that heading. */
export function unusedStatements(draft: PackDraft, pack: CommitteePack, part: SummaryPart): PackStatement[] {
  const used = new Set(draft.summary[part].flatMap((b) => b.sources));
  return pack.summary[part].filter((s) => !used.has(s.id));
}

/** Source statements of a bullet, for "written from" links (ids no longer in the pack are left out). */
export function sourcesOf(bullet: DraftBullet, pack: CommitteePack): PackStatement[] {
  const all = SUMMARY_PARTS.flatMap((p) => pack.summary[p]);
  return bullet.sources.map((id) => all.find((s) => s.id === id)).filter((s): s is PackStatement => !!s);
}

function unique(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}
