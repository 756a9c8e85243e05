// Rota years. Councils plan a municipal year that starts after the annual council meeting in May
// (the 2025/26 rota runs July 2025 to April 2026); the start month is configurable.
import type { LocalDate, YearMonth } from '../model';

export interface RotaYear {
  /** e.g. `2025/26`. */
  label: string;
  start: YearMonth;
  end: YearMonth;
}

export const DEFAULT_YEAR_START_MONTH = 5;

/** The rota year that contains a London day or month. */
export function rotaYearOf(dayOrMonth: LocalDate | YearMonth, startMonth: number = DEFAULT_YEAR_START_MONTH): RotaYear {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`The rota year start month must be 1 to 12 (got ${startMonth}).`);
  }
  const year = Number(dayOrMonth.slice(0, 4));
  const month = Number(dayOrMonth.slice(5, 7));
  const first = month >= startMonth ? year : year - 1;
  return rotaYearStarting(first, startMonth);
}

export function rotaYearStarting(firstYear: number, startMonth: number = DEFAULT_YEAR_START_MONTH): RotaYear {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  const endYear = startMonth === 1 ? firstYear : firstYear + 1;
  const label = startMonth === 1 ? String(firstYear) : `${firstYear}/${String(firstYear + 1).slice(2)}`;
  return { label, start: `${firstYear}-${pad(startMonth)}`, end: `${endYear}-${pad(endMonth)}` };
}

/** The year to open: the current one if anything is planned in it, else the latest earlier year that has visits. */
export function defaultRotaYear(
  today: LocalDate,
  plannedMonths: YearMonth[],
  startMonth: number = DEFAULT_YEAR_START_MONTH
): RotaYear {
  const current = rotaYearOf(today, startMonth);
  const inCurrent = plannedMonths.some((m) => m >= current.start && m <= current.end);
  if (inCurrent) return current;
  const earlier = plannedMonths.filter((m) => m < current.start).sort();
  return earlier.length ? rotaYearOf(earlier[earlier.length - 1], startMonth) : current;
}

/** The year before or after. */
export function shiftRotaYear(year: RotaYear, by: number, startMonth: number = DEFAULT_YEAR_START_MONTH): RotaYear {
  return rotaYearStarting(Number(year.start.slice(0, 4)) + by, startMonth);
}
