// The process settings a council keeps on its site (the Process Settings list): the process as
// configuration plus the council's own name, e-mail domains and default point of contact. Every
// save and every load goes through validateSettings, which names each bad field and what it allows.
import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018, type ProcessConfig } from './config';
import { isRecord, processErrors, type FieldError } from './settingsChecks';
import { inCouncilDomains } from './contacts';
import { isEmailAddress } from './email';
import { copyPackSettings, DEFAULT_PACK_SETTINGS, packSettingsErrors, type PackSettings } from './pack/settings';
import { copyRetention, retentionErrors, type RetentionSettings } from './retention/settings';

export type { FieldError } from './settingsChecks';

export interface ProcessSettings extends ProcessConfig {
  /** The council's name as people see it (empty in the presets). */
  councilName: string;
  /** The council's own e-mail domains, lower case: a delegate must be inside one of them. */
  councilDomains: string[];
  /** Named on cards and forms when a visit has no point of contact (empty: the service's default). */
  pointOfContactEmail: string;
  /** The committee report's marking, authors and implications defaults (absent: DEFAULT_PACK_SETTINGS). */
  pack?: PackSettings;
  /** How long forms, drafts, the bot's records and the audit are kept (absent: DEFAULT_RETENTION). */
  retention?: RetentionSettings;
}

/** A process preset with the council fields empty: what provisioning writes first. */
export function presetSettings(config: ProcessConfig): ProcessSettings {
  return JSON.parse(
    JSON.stringify({
      ...config,
      councilName: '',
      councilDomains: [],
      pointOfContactEmail: '',
      pack: DEFAULT_PACK_SETTINGS
    })
  ) as ProcessSettings;
}

export const FRONTLINE_2025_SETTINGS: ProcessSettings = presetSettings(FRONTLINE_2025);
export const SIGNS_OF_SAFETY_2018_SETTINGS: ProcessSettings = presetSettings(SIGNS_OF_SAFETY_2018);

export type SettingsResult = { ok: true; settings: ProcessSettings } | { ok: false; errors: FieldError[] };

export interface SettingsCheckOptions {
  /** Whether a form template id exists (default: any id passes; the service passes the form registry). */
  hasTemplate?: (id: string) => boolean;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function checkText(
  input: Record<string, unknown>,
  field: string,
  errors: FieldError[],
  max: number,
  required: boolean
): void {
  const value = input[field];
  const ok = typeof value === 'string' && value.length <= max && (!required || value.trim().length > 0);
  if (!ok)
    errors.push({ field, message: `must be ${required ? 'a non-empty' : 'a'} text of at most ${max} characters` });
}

function checkCouncil(input: Record<string, unknown>, errors: FieldError[]): void {
  checkText(input, 'councilName', errors, 255, false);
  const domains = input.councilDomains;
  if (!Array.isArray(domains) || domains.length > 20) {
    errors.push({
      field: 'councilDomains',
      message: 'must be a list of at most 20 e-mail domains such as cheshireeast.gov.uk'
    });
  } else {
    domains.forEach((d, i) => {
      if (typeof d !== 'string' || !DOMAIN.test(d)) {
        errors.push({
          field: `councilDomains[${i}]`,
          message: 'must be a lower-case e-mail domain such as cheshireeast.gov.uk (no @, no spaces)'
        });
      }
    });
  }
  const contact = input.pointOfContactEmail;
  if (typeof contact !== 'string' || (contact !== '' && !isEmailAddress(contact))) {
    errors.push({
      field: 'pointOfContactEmail',
      message: 'must be empty or an e-mail address such as visits@council.gov.uk'
    });
  } else if (contact !== '' && !errors.some((e) => e.field.startsWith('councilDomains'))) {
    // The contact rule's domain half (core/contacts.ts), once the domains themselves are good;
    // settings cannot read the lists, so a default outside the domains is refused even for a
    // councillor on the site.
    const domainList = domains as string[];
    if (domainList.length > 0 && !inCouncilDomains(contact, domainList)) {
      errors.push({
        field: 'pointOfContactEmail',
        message: `must be empty or an address at ${domainList.join(', ')} (the council's domains): a person who can use the Frontline Visits app in Teams`
      });
    }
  }
}

/** Only the known fields, copied: a caller's object never becomes live settings. */
function copyOf(s: ProcessSettings): ProcessSettings {
  return {
    id: s.id,
    timeZone: s.timeZone,
    returnPeriodDays: s.returnPeriodDays,
    responsePeriodDays: s.responsePeriodDays,
    councillorsPerVisit: s.councillorsPerVisit,
    extraVisitVolunteers: s.extraVisitVolunteers,
    maxVisitsPerTeam: s.maxVisitsPerTeam,
    briefingLeadDays: s.briefingLeadDays,
    overdueEscalationDays: s.overdueEscalationDays,
    sendHour: s.sendHour,
    ...(s.formOpensDaysAfter === undefined ? {} : { formOpensDaysAfter: s.formOpensDaysAfter }),
    ...(s.reportPeriodMonths === undefined ? {} : { reportPeriodMonths: s.reportPeriodMonths }),
    ...(s.reportYearStartMonth === undefined ? {} : { reportYearStartMonth: s.reportYearStartMonth }),
    defaultStartTime: s.defaultStartTime,
    formTemplate: s.formTemplate,
    councilName: s.councilName,
    pointOfContactEmail: s.pointOfContactEmail,
    agenda: s.agenda.map((p) => ({ id: p.id, title: p.title, minutes: p.minutes, description: p.description })),
    committees: [...s.committees],
    reminderOffsetsDays: [...s.reminderOffsetsDays],
    councilDomains: [...s.councilDomains],
    ...(s.pack === undefined ? {} : { pack: copyPackSettings(s.pack) }),
    ...(s.retention === undefined ? {} : { retention: copyRetention(s.retention) })
  };
}

/** Checks any value as process settings: the settings, or every bad field with what it allows. Never throws. */
export function validateSettings(input: unknown, options: SettingsCheckOptions = {}): SettingsResult {
  if (!isRecord(input))
    return { ok: false, errors: [{ field: '(settings)', message: 'must be an object of process settings' }] };
  const errors: FieldError[] = [];
  errors.push(...processErrors(input, options.hasTemplate));
  checkCouncil(input, errors);
  errors.push(...packSettingsErrors(input.pack));
  errors.push(...retentionErrors(input.retention));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: copyOf(input as unknown as ProcessSettings) };
}

/** `field: message; field: message`, for logs and ConfigError messages. */
export function describeErrors(errors: FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}
