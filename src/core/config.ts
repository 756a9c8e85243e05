// The process as configuration: the 2025 arrangements are the default, and the 2018
// Signs of Safety process is expressible with the same shape (shared/spec/process.md).
import { ConfigError } from './errors';
import { processErrors } from './settingsChecks';
import { DEFAULT_YEAR_START_MONTH } from './rota/rotaYear';

export interface AgendaPart {
  id: string;
  title: string;
  minutes: number;
  /** What happens in this part, as the briefing shows it. */
  description: string;
}

export interface ProcessConfig {
  id: string;
  timeZone: 'Europe/London';
  /** Days after the visit by which findings are due (2025: 7; 2018: 28). */
  returnPeriodDays: number;
  /** Days the head of service has to answer escalated issues (2018: 28). */
  responsePeriodDays: number;
  councillorsPerVisit: number;
  /** How many councillors make one extra visit a year (2025: one volunteer). */
  extraVisitVolunteers: number;
  /** At most this many visits to one team in one planned month. */
  maxVisitsPerTeam: number;
  agenda: AgendaPart[];
  committees: string[];
  /** Days before the visit that the Teams briefing is sent. */
  briefingLeadDays: number;
  /** Return reminders, in days relative to the due date (-2 = two days before). */
  reminderOffsetsDays: number[];
  /** Days after the due date that an overdue form is escalated to the officer. */
  overdueEscalationDays: number;
  /** London wall-clock hour at which scheduled messages become due. */
  sendHour: number;
  /**
   * Days after the visit day that "your findings form is open" is sent, at sendHour (1: the next
   * morning; 0: not sent). Absent in settings saved before it existed: DEFAULT_FORM_OPENS_DAYS_AFTER.
   */
  formOpensDaysAfter?: number;
  /**
   * Months each period report covers (2025: 12, a yearly report; 2018: 6, six-monthly), from
   * reportYearStartMonth. Absent in settings saved before it existed: DEFAULT_REPORT_PERIOD_MONTHS.
   */
  reportPeriodMonths?: number;
  /** The month (1-12) the reporting year starts, as the rota year does (absent: DEFAULT_YEAR_START_MONTH, May). */
  reportYearStartMonth?: number;
  /** London wall-clock start of a planned visit, `HH:mm`. */
  defaultStartTime: string;
  formTemplate: string;
}

export const DEFAULT_FORM_OPENS_DAYS_AFTER = 1;
/** A yearly report, as the 2025 arrangements ask. */
export const DEFAULT_REPORT_PERIOD_MONTHS = 12;

export const COMMITTEES_2025 = ['Children and Families Committee', 'Cared For Children and Care Leavers Committee'];

export const AGENDA_2025: AgendaPart[] = [
  {
    id: 'service-manager',
    title: 'Meeting with the service manager',
    minutes: 30,
    description: 'Context on the service and an update on recent developments and priorities.'
  },
  {
    id: 'practitioner',
    title: 'Meeting with a frontline practitioner (team room)',
    minutes: 30,
    description: 'An example of their work and their experience of working in the team.'
  },
  {
    id: 'team-manager',
    title: 'Meeting with a team manager (team room)',
    minutes: 30,
    description: 'Their work areas and responsibilities, a chance to shadow, and their experience.'
  },
  {
    id: 'focus-group',
    title: 'Focus group of practitioners (about 6)',
    minutes: 60,
    description: 'The service, improvements to practice, staff morale and working conditions.'
  }
];

export const FRONTLINE_2025: ProcessConfig = {
  id: 'frontline-2025',
  timeZone: 'Europe/London',
  returnPeriodDays: 7,
  responsePeriodDays: 28,
  councillorsPerVisit: 1,
  extraVisitVolunteers: 1,
  maxVisitsPerTeam: 2,
  agenda: AGENDA_2025,
  committees: COMMITTEES_2025,
  briefingLeadDays: 7,
  reminderOffsetsDays: [-2, 0],
  overdueEscalationDays: 1,
  sendHour: 9,
  formOpensDaysAfter: DEFAULT_FORM_OPENS_DAYS_AFTER,
  reportPeriodMonths: DEFAULT_REPORT_PERIOD_MONTHS,
  reportYearStartMonth: DEFAULT_YEAR_START_MONTH,
  defaultStartTime: '10:00',
  formTemplate: 'frontline-2025'
};

export const SIGNS_OF_SAFETY_2018: ProcessConfig = {
  ...FRONTLINE_2025,
  id: 'signs-of-safety-2018',
  returnPeriodDays: 28,
  responsePeriodDays: 28,
  councillorsPerVisit: 2,
  extraVisitVolunteers: 0,
  maxVisitsPerTeam: 1,
  // Seed 001: members report to scrutiny six-monthly; the paper's years run April to March.
  reportPeriodMonths: 6,
  reportYearStartMonth: 4,
  agenda: [
    {
      id: 'managers',
      title: 'Discussion with service and team managers',
      minutes: 30,
      description: 'Staffing, performance and other issues, through the Signs of Safety questions.'
    },
    {
      id: 'team-members',
      title: 'Discussion with team members (as available)',
      minutes: 30,
      description: 'What are we worried about? What is working well? What needs to happen?'
    }
  ],
  committees: ['Children and Families Overview and Scrutiny Committee'],
  formTemplate: 'signs-of-safety-2018'
};

/** Total visit length in minutes (2025: 150). */
export function visitMinutes(config: ProcessConfig): number {
  return config.agenda.reduce((sum, part) => sum + part.minutes, 0);
}

/**
 * Refuses a configuration that the planner or the reminder rules cannot honour: a ConfigError naming
 * every bad field and what it allows (the per-field check is processErrors, settingsChecks.ts).
 */
export function validateConfig(config: ProcessConfig): ProcessConfig {
  const problems = processErrors(config as unknown as Record<string, unknown>);
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    throw new ConfigError(`Invalid process configuration '${String(config.id)}': ${list}.`);
  }
  return config;
}
