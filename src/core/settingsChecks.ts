// Per-field checks shared by validateConfig and validateSettings (settings.ts): each bad field is
// named with its path and what it allows; no check throws, whatever the input.

export interface FieldError {
  /** Path of the field, e.g. `returnPeriodDays`, `agenda[1].minutes`, `councilDomains[0]`. */
  field: string;
  /** What the field allows, e.g. `must be a whole number from 1 to 365`. */
  message: string;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nonEmptyText = (value: unknown, max: number): boolean =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= max;

export function checkTimeZone(input: Record<string, unknown>, errors: FieldError[]): void {
  if (input.timeZone !== 'Europe/London') errors.push({ field: 'timeZone', message: "must be 'Europe/London'" });
}

export function checkAgenda(agenda: unknown, errors: FieldError[]): void {
  if (!Array.isArray(agenda) || agenda.length === 0 || agenda.length > 20) {
    errors.push({ field: 'agenda', message: 'must be a list of 1 to 20 parts' });
    return;
  }
  const ids = new Set<string>();
  agenda.forEach((part: unknown, i) => {
    const at = `agenda[${i}]`;
    if (!isRecord(part)) {
      errors.push({ field: at, message: 'must be a part with id, title, minutes and description' });
      return;
    }
    if (!nonEmptyText(part.id, 100) || ids.has(part.id as string)) {
      errors.push({
        field: `${at}.id`,
        message: 'must be a non-empty id of at most 100 characters, unique in the agenda'
      });
    } else ids.add(part.id as string);
    if (!nonEmptyText(part.title, 255))
      errors.push({ field: `${at}.title`, message: 'must be a non-empty text of at most 255 characters' });
    if (typeof part.minutes !== 'number' || !Number.isInteger(part.minutes) || part.minutes < 1 || part.minutes > 480) {
      errors.push({ field: `${at}.minutes`, message: 'must be a whole number from 1 to 480' });
    }
    if (typeof part.description !== 'string' || part.description.length > 2000) {
      errors.push({ field: `${at}.description`, message: 'must be a text of at most 2000 characters' });
    }
  });
}

export function checkCommittees(committees: unknown, errors: FieldError[]): void {
  if (!Array.isArray(committees) || committees.length === 0 || committees.length > 20) {
    errors.push({ field: 'committees', message: 'must be a list of 1 to 20 committee names' });
    return;
  }
  committees.forEach((c: unknown, i) => {
    if (!nonEmptyText(c, 255))
      errors.push({
        field: `committees[${i}]`,
        message: 'must be a non-empty committee name of at most 255 characters'
      });
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface IntRule {
  field: string;
  min: number;
  max: number;
}

const WHOLE_NUMBERS: IntRule[] = [
  { field: 'returnPeriodDays', min: 1, max: 365 },
  { field: 'responsePeriodDays', min: 1, max: 365 },
  { field: 'councillorsPerVisit', min: 1, max: 20 },
  { field: 'extraVisitVolunteers', min: 0, max: 100 },
  { field: 'maxVisitsPerTeam', min: 1, max: 12 },
  { field: 'briefingLeadDays', min: 0, max: 90 },
  { field: 'overdueEscalationDays', min: 1, max: 365 },
  { field: 'sendHour', min: 0, max: 23 }
];

/** Report periods that tile a year, so every month is in exactly one period. */
export const REPORT_PERIODS: readonly number[] = [1, 2, 3, 4, 6, 12];

const wholeFrom = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Every bad field of the process part of the settings (what validateConfig checks). */
export function processErrors(input: Record<string, unknown>, hasTemplate?: (id: string) => boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (!nonEmptyText(input.id, 100))
    errors.push({ field: 'id', message: 'must be a non-empty text of at most 100 characters' });
  checkTimeZone(input, errors);
  for (const rule of WHOLE_NUMBERS) {
    if (!wholeFrom(input[rule.field], rule.min, rule.max)) {
      errors.push({ field: rule.field, message: `must be a whole number from ${rule.min} to ${rule.max}` });
    }
  }
  // Optional: settings saved before it existed leave it out (the default then applies).
  if (input.formOpensDaysAfter !== undefined && !wholeFrom(input.formOpensDaysAfter, 0, 60)) {
    errors.push({
      field: 'formOpensDaysAfter',
      message: 'must be a whole number of days from 0 to 60 after the visit (0: no "form is open" message)'
    });
  }
  if (input.reportPeriodMonths !== undefined && !REPORT_PERIODS.includes(input.reportPeriodMonths as number)) {
    errors.push({
      field: 'reportPeriodMonths',
      message: `must be one of ${REPORT_PERIODS.join(', ')} months (the periods divide the year: 12 yearly, 6 six-monthly)`
    });
  }
  if (input.reportYearStartMonth !== undefined && !wholeFrom(input.reportYearStartMonth, 1, 12)) {
    errors.push({ field: 'reportYearStartMonth', message: 'must be a month number from 1 (January) to 12 (December)' });
  }
  checkAgenda(input.agenda, errors);
  checkCommittees(input.committees, errors);
  const offsets = input.reminderOffsetsDays;
  if (!Array.isArray(offsets) || offsets.length > 10) {
    errors.push({ field: 'reminderOffsetsDays', message: 'must be a list of at most 10 whole days from -60 to 0' });
  } else {
    offsets.forEach((d, i) => {
      if (!wholeFrom(d, -60, 0))
        errors.push({
          field: `reminderOffsetsDays[${i}]`,
          message: 'must be a whole number of days from -60 to 0 (on or before the due date)'
        });
    });
  }
  if (typeof input.defaultStartTime !== 'string' || !TIME.test(input.defaultStartTime)) {
    errors.push({ field: 'defaultStartTime', message: 'must be a 24-hour time HH:mm, such as 10:00' });
  }
  const template = input.formTemplate;
  if (typeof template !== 'string' || template.trim() === '') {
    errors.push({ field: 'formTemplate', message: 'must be the id of a findings form template' });
  } else if (hasTemplate && !hasTemplate(template)) {
    errors.push({
      field: 'formTemplate',
      message: `must be the id of a known findings form template ('${template}' is not one)`
    });
  }
  return errors;
}
