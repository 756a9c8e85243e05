// The settings view's draft: the process settings as the officer types them (numbers and lists as
// text), turned back into a candidate for core's validateSettings as it is. No rule lives here: a
// value that is not a whole number goes to core as typed, and core says what the field allows.
import { formOpensDaysAfter } from '../../core/reminders/schedule';
import { reportPeriodMonths, reportYearStartMonth } from '../../core/report/period';
import type { FieldError, ProcessSettings } from '../../core/settings';
import type { PackSettings } from '../../core/pack/settings';
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
  /** The committee report's settings: kept as they are (each pack edits its own copy). */
  pack?: PackSettings;
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
    ...(s.pack ? { pack: s.pack } : {}),
    retention: retentionDraftOf(s)
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
    ...(d.pack ? { pack: d.pack } : {}),
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
