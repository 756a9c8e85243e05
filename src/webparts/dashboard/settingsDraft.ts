// The settings view's draft: the process settings as the officer types them (numbers and lists as
// text), turned back into a candidate for core's validateSettings as it is. No rule lives here: a
// value that is not a whole number goes to core as typed, and core says what the field allows.
import { formOpensDaysAfter } from '../../core/reminders/schedule';
import { reportPeriodMonths, reportYearStartMonth } from '../../core/report/period';
import type { FieldError, ProcessSettings } from '../../core/settings';
import { packSettingsOf, type PackSettings } from '../../core/pack/settings';
import { retentionOf } from '../../core/retention/settings';

/** The retention periods, as typed (core's errors name them `retention.<field>`). */
export const RETENTION_FIELDS = ['formsYears', 'draftDays', 'botDays', 'auditYears'] as const;
export type RetentionField = (typeof RETENTION_FIELDS)[number];
export type RetentionDraft = Record<RetentionField, string> & { retentionLabel: string };

export interface AgendaPartDraft {
  /** Kept from the stored part, or made up for a new one (core checks it is unique). */
  id: string;
  title: string;
  minutes: string;
  description: string;
}

/** The report's text fields (core's errors name them `pack.<field>`). */
export const PACK_TEXT_FIELDS = ['marking', 'reportKind', 'reportOf', 'contactOfficer', 'contactEmail'] as const;
export type PackTextField = (typeof PACK_TEXT_FIELDS)[number];

export interface ImplicationDraft {
  /** The draft's own key, so a moved item keeps its fields and focus (not saved). */
  id: string;
  heading: string;
  text: string;
}

export type PackDraft = Record<PackTextField, string> & { implications: ImplicationDraft[] };

export const NUMBER_FIELDS = [
  'returnPeriodDays',
  'responsePeriodDays',
  'councillorsPerVisit',
  'extraVisitVolunteers',
  'maxVisitsPerTeam',
  'briefingLeadDays',
  'formOpensDaysAfter',
  'overdueEscalationDays',
  'sendHour',
  'reportPeriodMonths',
  'reportYearStartMonth'
] as const;

export type NumberField = (typeof NUMBER_FIELDS)[number];

export type SettingsDraft = Record<NumberField, string> & {
  /** The process the settings started from (a preset id); not edited here. */
  id: string;
  councilName: string;
  /** The domains as typed, separated by commas or spaces. */
  councilDomains: string;
  pointOfContactEmail: string;
  /** Days relative to the due date, separated by commas or spaces (e.g. "-2, 0"). */
  reminderOffsetsDays: string;
  defaultStartTime: string;
  formTemplate: string;
  agenda: AgendaPartDraft[];
  committees: string[];
  /** The committee report's defaults in force (each new pack starts from them, then edits its own copy). */
  pack: PackDraft;
  /** The retention periods in force (the defaults while the stored settings have none). */
  retention: RetentionDraft;
};

const LIST_SEPARATOR = /[\s,;]+/;

export function draftOf(s: ProcessSettings): SettingsDraft {
  // Optional fields of stored settings: the draft shows the values in force.
  const full = {
    ...s,
    formOpensDaysAfter: formOpensDaysAfter(s),
    reportPeriodMonths: reportPeriodMonths(s),
    reportYearStartMonth: reportYearStartMonth(s)
  };
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, String(full[f])])) as Record<NumberField, string>;
  return {
    ...numbers,
    id: s.id,
    councilName: s.councilName,
    councilDomains: s.councilDomains.join(', '),
    pointOfContactEmail: s.pointOfContactEmail,
    reminderOffsetsDays: s.reminderOffsetsDays.join(', '),
    defaultStartTime: s.defaultStartTime,
    formTemplate: s.formTemplate,
    agenda: s.agenda.map((p) => ({ id: p.id, title: p.title, minutes: String(p.minutes), description: p.description })),
    committees: [...s.committees],
    pack: packDraftOf(packSettingsOf(s)),
    retention: retentionDraftOf(s)
  };
}

function packDraftOf(p: PackSettings): PackDraft {
  const texts = Object.fromEntries(PACK_TEXT_FIELDS.map((f) => [f, p[f]])) as Record<PackTextField, string>;
  return {
    ...texts,
    implications: p.implications.map((i, n) => ({ id: `imp-${n + 1}`, heading: i.heading, text: i.text }))
  };
}

function retentionDraftOf(s: ProcessSettings): RetentionDraft {
  const r = retentionOf(s);
  const numbers = Object.fromEntries(RETENTION_FIELDS.map((f) => [f, String(r[f])])) as Record<RetentionField, string>;
  return { ...numbers, retentionLabel: r.retentionLabel ?? '' };
}

/** A whole number when the text is one ("7", " -2 "); otherwise the text, for core to refuse by name. */
function numberOrText(text: string): number | string {
  const t = text.trim();
  return /^[-+]?\d{1,9}$/.test(t) ? Number(t) : t;
}

export function listOf(text: string): string[] {
  return text.split(LIST_SEPARATOR).filter((x) => x !== '');
}

/** What core validates: the draft with numbers and lists parsed, nothing corrected. */
export function candidateOf(d: SettingsDraft): Record<string, unknown> {
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, numberOrText(d[f])]));
  return {
    ...numbers,
    id: d.id,
    timeZone: 'Europe/London',
    councilName: d.councilName,
    councilDomains: listOf(d.councilDomains),
    pointOfContactEmail: d.pointOfContactEmail.trim(),
    reminderOffsetsDays: listOf(d.reminderOffsetsDays).map(numberOrText),
    defaultStartTime: d.defaultStartTime.trim(),
    formTemplate: d.formTemplate,
    agenda: d.agenda.map((p) => ({
      id: p.id,
      title: p.title,
      minutes: numberOrText(p.minutes),
      description: p.description
    })),
    committees: d.committees,
    pack: {
      ...Object.fromEntries(PACK_TEXT_FIELDS.map((f) => [f, d.pack[f]])),
      implications: d.pack.implications.map((i) => ({ heading: i.heading, text: i.text }))
    },
    ...retentionCandidate(d.retention)
  };
}

/** The retention part: left out while it is the defaults (absent means the defaults), so saves stay as before. */
function retentionCandidate(r: RetentionDraft): { retention?: Record<string, unknown> } {
  const label = r.retentionLabel.trim();
  const defaults = retentionDraftOf({} as ProcessSettings);
  if (!label && RETENTION_FIELDS.every((f) => r[f].trim() === defaults[f])) return {};
  return {
    retention: {
      ...Object.fromEntries(RETENTION_FIELDS.map((f) => [f, numberOrText(r[f])])),
      ...(label ? { retentionLabel: label } : {})
    }
  };
}

/** A new agenda part with an id no other part has. */
export function newAgendaPart(agenda: AgendaPartDraft[]): AgendaPartDraft {
  const ids = new Set(agenda.map((p) => p.id));
  let n = agenda.length + 1;
  while (ids.has(`part-${n}`)) n += 1;
  return { id: `part-${n}`, title: '', minutes: '30', description: '' };
}

/** A new, empty implication with a key no other has (core refuses it until it has a heading). */
export function newImplication(list: ImplicationDraft[]): ImplicationDraft {
  const ids = new Set(list.map((i) => i.id));
  let n = list.length + 1;
  while (ids.has(`imp-${n}`)) n += 1;
  return { id: `imp-${n}`, heading: '', text: '' };
}

/** The list with item `i` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem<T>(list: T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return list;
  const next = [...list];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/** The agenda's total length in minutes, counting only parts whose minutes are whole numbers. */
export function agendaMinutes(agenda: AgendaPartDraft[]): number {
  return agenda.reduce((sum, p) => {
    const m = numberOrText(p.minutes);
    return typeof m === 'number' ? sum + m : sum;
  }, 0);
}

/**
 * Core's errors by where the view shows them: `returnPeriodDays`, `agenda[1].minutes`,
 * `committees[0]`; an error on a list item typed as text (a domain, a reminder offset) goes to its
 * list's field, naming the item.
 */
export function errorsByField(errors: FieldError[], draft: SettingsDraft): Map<string, string> {
  const byField = new Map<string, string>();
  const add = (field: string, message: string): void => {
    const before = byField.get(field);
    byField.set(field, before ? `${before}; ${message}` : message);
  };
  for (const e of errors) {
    const item = /^(councilDomains|reminderOffsetsDays)\[(\d+)\]$/.exec(e.field);
    if (item) {
      const typed = listOf(draft[item[1] as 'councilDomains' | 'reminderOffsetsDays'])[Number(item[2])];
      add(item[1], `'${typed ?? ''}' ${e.message}`);
    } else add(e.field, e.message);
  }
  return byField;
}
