// Filters and counts over dashboard rows, for the officers' views (an area, a committee, a councillor).
import type { LocalDate } from '../model';
import { normalizeEmail } from '../email';
import { DISPLAY_STATUSES, type DashboardRow, type DisplayStatus, type RowFilter } from './types';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function byArea(rows: readonly DashboardRow[], area: string): DashboardRow[] {
  return rows.filter((r) => same(r.area, area));
}

/** Visits reported to the committee meeting on this London day. */
export function byCommitteeDay(rows: readonly DashboardRow[], day: LocalDate): DashboardRow[] {
  return rows.filter((r) => r.committeeDay === day);
}

export function byCouncillor(rows: readonly DashboardRow[], email: string): DashboardRow[] {
  const wanted = normalizeEmail(email);
  return rows.filter((r) => r.councillors.some((c) => c.email === wanted));
}

/** Every given criterion must hold. */
export function filterRows(rows: readonly DashboardRow[], filter: RowFilter): DashboardRow[] {
  let out = rows.slice();
  if (filter.area) out = byArea(out, filter.area);
  if (filter.committeeDay) out = byCommitteeDay(out, filter.committeeDay);
  if (filter.councillorEmail) out = byCouncillor(out, filter.councillorEmail);
  if (filter.statuses) out = out.filter((r) => (filter.statuses as DisplayStatus[]).indexOf(r.status) >= 0);
  return out;
}

/** Rows per display status; every status is present, zero when none. */
export function countByStatus(rows: readonly DashboardRow[]): Record<DisplayStatus, number> {
  const counts = {} as Record<DisplayStatus, number>;
  for (const s of DISPLAY_STATUSES) counts[s] = 0;
  for (const r of rows) counts[r.status]++;
  return counts;
}
