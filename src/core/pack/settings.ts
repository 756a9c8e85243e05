// What a council's committee report takes from its process settings: the marking ("OPEN"), who
// the report is of, the contact officer, and the implications paragraphs with their default
// wording. Data, not code: a council changes them in its Process Settings; an officer changes them
// per pack in the saved draft.
import type { FieldError } from '../settingsChecks';
import { isRecord } from '../settingsChecks';
import { isEmailAddress } from '../email';

export interface PackImplication {
  /** e.g. `Monitoring Officer/Legal`. */
  heading: string;
  /** e.g. `There are no direct legal implications.` */
  text: string;
}

export interface PackSettings {
  /** Printed above the report, e.g. `OPEN` (or `Part 2 - exempt`). */
  marking: string;
  /** The kind of report, e.g. `BRIEFING REPORT`. */
  reportKind: string;
  reportOf: string;
  contactOfficer: string;
  contactEmail: string;
  implications: PackImplication[];
}

/** The headings English councils' committee reports carry (seed 004), with "none" wording to edit. */
export const DEFAULT_PACK_SETTINGS: PackSettings = {
  marking: 'OPEN',
  reportKind: 'BRIEFING REPORT',
  reportOf: '',
  contactOfficer: '',
  contactEmail: '',
  implications: [
    { heading: 'Monitoring Officer/Legal', text: 'There are no direct legal implications.' },
    { heading: 'Section 151 Officer/Finance', text: 'There are no financial implications.' },
    { heading: 'Human Resources', text: 'There are no human resources implications identified.' },
    { heading: 'Risk Management', text: 'There are no risk management implications identified.' },
    { heading: 'Impact on other Committees', text: 'There is no known impact on other Committees.' },
    { heading: 'Policy', text: 'There are no identified policy implications.' },
    { heading: 'Equality', text: 'There are no equality implications identified.' },
    { heading: 'Other Implications', text: 'No relevant issues identified.' }
  ]
};

export const PACK_TEXT_MAX = 255;
export const IMPLICATION_TEXT_MAX = 4000;
export const IMPLICATIONS_MAX = 20;

/** The settings' pack part, or the defaults for settings saved before it existed. */
export function packSettingsOf(settings: { pack?: PackSettings }): PackSettings {
  return settings.pack ?? DEFAULT_PACK_SETTINGS;
}

function text(value: unknown, max: number, required = false): boolean {
  return typeof value === 'string' && value.length <= max && (!required || value.trim().length > 0);
}

/** Every bad field of `pack` (optional in settings), named with what it allows. */
export function packSettingsErrors(pack: unknown, at = 'pack'): FieldError[] {
  if (pack === undefined) return [];
  if (!isRecord(pack))
    return [
      {
        field: at,
        message:
          'must be the report settings: marking, reportKind, reportOf, contactOfficer, contactEmail, implications'
      }
    ];
  const errors: FieldError[] = [];
  for (const field of ['marking', 'reportKind', 'reportOf', 'contactOfficer'])
    if (!text(pack[field], PACK_TEXT_MAX))
      errors.push({ field: `${at}.${field}`, message: `must be a text of at most ${PACK_TEXT_MAX} characters` });
  errors.push(...contactEmailErrors(pack.contactEmail, `${at}.contactEmail`));
  errors.push(...implicationErrors(pack.implications, `${at}.implications`));
  return errors;
}

/**
 * The report's contact e-mail in settings: empty, or one address (printed on every report for people
 * to write to). A pack draft copies it as text and keeps it, so a draft saved before this rule stays readable.
 */
export function contactEmailErrors(value: unknown, field: string): FieldError[] {
  if (typeof value === 'string' && (value.trim() === '' || isEmailAddress(value))) return [];
  return [{ field, message: 'must be empty or one e-mail address such as visits@council.gov.uk' }];
}

export function implicationErrors(list: unknown, at: string): FieldError[] {
  if (!Array.isArray(list) || list.length > IMPLICATIONS_MAX)
    return [
      { field: at, message: `must be a list of at most ${IMPLICATIONS_MAX} implications, each a heading and a text` }
    ];
  const errors: FieldError[] = [];
  list.forEach((item: unknown, i) => {
    if (!isRecord(item) || !text(item.heading, PACK_TEXT_MAX, true))
      errors.push({
        field: `${at}[${i}].heading`,
        message: `must be a non-empty text of at most ${PACK_TEXT_MAX} characters`
      });
    if (!isRecord(item) || !text(item.text, IMPLICATION_TEXT_MAX))
      errors.push({
        field: `${at}[${i}].text`,
        message: `must be a text of at most ${IMPLICATION_TEXT_MAX} characters`
      });
  });
  return errors;
}

/** A copy of only the known fields. */
export function copyPackSettings(p: PackSettings): PackSettings {
  return {
    marking: p.marking,
    reportKind: p.reportKind,
    reportOf: p.reportOf,
    contactOfficer: p.contactOfficer,
    contactEmail: p.contactEmail,
    implications: p.implications.map((i) => ({ heading: i.heading, text: i.text }))
  };
}
