// Reporting periods: the process settings say how many months a period report covers (2025: 12, a
// yearly report; 2018: 6, six-monthly) and the month the reporting year starts (as the rota year:
// May in 2025, April in the 2018 paper). Periods tile the year, so every month is in exactly one.
import { DEFAULT_REPORT_PERIOD_MONTHS, type ProcessConfig } from '../config';
import type { LocalDate, YearMonth } from '../model';
import { DEFAULT_YEAR_START_MONTH, rotaYearStarting } from '../rota/rotaYear';

export type PeriodSettings = Pick<ProcessConfig, 'reportPeriodMonths' | 'reportYearStartMonth'>;

export interface ReportPeriod {
  /** "2025/26" for a year; "April to September 2018", "October 2018 to March 2019" otherwise. */
  label: string;
  /** First and last month, inclusive. */
  start: YearMonth;
  end: YearMonth;
  months: number;
}

/** The months a report covers, in force (absent in older settings: yearly). */
export function reportPeriodMonths(config: PeriodSettings): number {
  return config.reportPeriodMonths ?? DEFAULT_REPORT_PERIOD_MONTHS;
}

/** The month the reporting year starts, in force (absent: the rota year's May). */
export function reportYearStartMonth(config: PeriodSettings): number {
  return config.reportYearStartMonth ?? DEFAULT_YEAR_START_MONTH;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const pad = (n: number): string => String(n).padStart(2, '0');
const index = (ym: YearMonth): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const monthAt = (i: number): YearMonth => `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
const monthName = (ym: YearMonth): string => `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;

/** "YYYY-MM" or "YYYY-MM-DD" → "YYYY-MM"; RangeError on anything else. */
function monthOf(dayOrMonth: LocalDate | YearMonth): YearMonth {
  const m = /^(\d{4})-(0[1-9]|1[0-2])(-\d{2})?$/.exec(dayOrMonth);
  if (!m) throw new RangeError(`'${dayOrMonth}' is not a month such as 2025-07.`);
  return `${m[1]}-${m[2]}`;
}

export function periodLabel(start: YearMonth, end: YearMonth, months: number, startMonth: number): string {
  if (months === 12) return rotaYearStarting(Number(start.slice(0, 4)), startMonth).label;
  if (months === 1) return monthName(start);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${sameYear ? MONTHS[Number(start.slice(5, 7)) - 1] : monthName(start)} to ${monthName(end)}`;
}

/** The reporting period that contains a London day or month. */
export function reportPeriodOf(dayOrMonth: LocalDate | YearMonth, config: PeriodSettings): ReportPeriod {
  const months = reportPeriodMonths(config);
  const startMonth = reportYearStartMonth(config);
  const anchor = startMonth - 1;
  const at = index(monthOf(dayOrMonth));
  const first = at - ((((at - anchor) % months) + months) % months);
  const start = monthAt(first);
  const end = monthAt(first + months - 1);
  return { label: periodLabel(start, end, months, startMonth), start, end, months };
}

/** The periods that hold any of these months (a rota's visit months), oldest first. */
export function reportPeriods(monthsWithVisits: readonly YearMonth[], config: PeriodSettings): ReportPeriod[] {
  const byStart = new Map<string, ReportPeriod>();
  for (const m of monthsWithVisits) {
    const p = reportPeriodOf(m, config);
    byStart.set(p.start, p);
  }
  return [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/** Whether a London day or month falls in the period. */
export function inPeriod(dayOrMonth: LocalDate | YearMonth, period: Pick<ReportPeriod, 'start' | 'end'>): boolean {
  const m = dayOrMonth.slice(0, 7);
  return m >= period.start && m <= period.end;
}

/** The period to open: the one holding today if it has visits, else the latest earlier one, else the first. */
export function defaultReportPeriod(today: LocalDate, periods: readonly ReportPeriod[]): ReportPeriod | undefined {
  const current = periods.find((p) => inPeriod(today, p));
  if (current) return current;
  const earlier = periods.filter((p) => p.end < today.slice(0, 7));
  return earlier.length ? earlier[earlier.length - 1] : periods[0];
}
