// How long the product keeps what it holds about people (UK GDPR Article 5(1)(e), storage
// limitation): the Process Settings' optional `retention`, its defaults and its checks. Absent in
// settings saved before it existed: DEFAULT_RETENTION applies. The README's *Retention* table says
// why each default is what it is.
import type { FieldError } from '../settingsChecks';
import { isRecord } from '../settingsChecks';

export interface RetentionSettings {
  /** Submitted forms and the head of service's answers: years after the committee meeting they were reported to. */
  formsYears: number;
  /** Drafts never sent: days after the form's due date. */
  draftDays: number;
  /** The bot's send log and conversation references: days (a conversation goes at once when its person has left). */
  botDays: number;
  /** The Frontline Audit trail: years after each entry. */
  auditYears: number;
  /**
   * A Microsoft Purview retention label applied to the lists instead of the sweep (empty: the sweep
   * deletes). When set, the sweep deletes nothing and `npm run retention -- --purview` prints the commands.
   */
  retentionLabel?: string;
}

export const DEFAULT_RETENTION: RetentionSettings = {
  formsYears: 6,
  draftDays: 90,
  botDays: 400,
  auditYears: 7
};

/** The longest look-back of the reminder sweep (requests answered in the last 365 days): the send log must outlive it. */
export const SWEEP_LOOKBACK_DAYS = 365;

interface Rule {
  field: keyof Omit<RetentionSettings, 'retentionLabel'>;
  min: number;
  max: number;
  message: string;
}

const RULES: Rule[] = [
  { field: 'formsYears', min: 1, max: 100, message: 'years after the committee meeting' },
  { field: 'draftDays', min: 1, max: 3650, message: 'days after the due date' },
  {
    field: 'botDays',
    min: SWEEP_LOOKBACK_DAYS + 1,
    max: 3650,
    message: `days (more than the reminder sweep's ${SWEEP_LOOKBACK_DAYS}-day look-back, so no message is sent twice)`
  },
  { field: 'auditYears', min: 1, max: 100, message: 'years after the entry' }
];

export const RETENTION_LABEL_MAX = 255;

/** The retention in force: the settings' own, or the defaults for settings saved before it existed. */
export function retentionOf(settings: { retention?: RetentionSettings }): RetentionSettings {
  return settings.retention ?? DEFAULT_RETENTION;
}

/** Every bad field of `retention` (optional in settings), named with what it allows. */
export function retentionErrors(value: unknown, at = 'retention'): FieldError[] {
  if (value === undefined) return [];
  if (!isRecord(value))
    return [{ field: at, message: 'must be the retention periods: formsYears, draftDays, botDays, auditYears' }];
  const errors: FieldError[] = [];
  for (const rule of RULES) {
    const v = value[rule.field];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < rule.min || v > rule.max)
      errors.push({
        field: `${at}.${rule.field}`,
        message: `must be a whole number from ${rule.min} to ${rule.max} ${rule.message}`
      });
  }
  const label = value.retentionLabel;
  if (label !== undefined && (typeof label !== 'string' || label.length > RETENTION_LABEL_MAX || /[\r\n]/.test(label)))
    errors.push({
      field: `${at}.retentionLabel`,
      message: `must be empty or the name of a Purview retention label, one line of at most ${RETENTION_LABEL_MAX} characters`
    });
  return errors;
}

/** Only the known fields, copied (an empty label is no label). */
export function copyRetention(r: RetentionSettings): RetentionSettings {
  const label = r.retentionLabel?.trim();
  return {
    formsYears: r.formsYears,
    draftDays: r.draftDays,
    botDays: r.botDays,
    auditYears: r.auditYears,
    ...(label ? { retentionLabel: label } : {})
  };
}
