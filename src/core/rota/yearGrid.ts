// The rota as officers read it: areas and teams down the side, months across, with the committee
// meetings and QA activity of each month. Pure, so the web part, the bot and the committee pack
// all show the same thing.
import type { QaActivity, Team, Visit, YearMonth } from '../model';
import { addDays, londonDate, monthOf, monthRange } from '../time/london';

export interface GridVisit {
  visitId: number;
  status: Visit['status'];
  /** London day when booked, else undefined (only the month is planned). */
  day?: string;
  councillorEmails: string[];
  committee: string;
  committeeDate?: string;
}

export interface GridTeamRow {
  teamId: number;
  teamName: string;
  /** Visits by month; months without a visit are absent. */
  cells: Record<YearMonth, GridVisit[]>;
}

export interface GridArea {
  area: string;
  teams: GridTeamRow[];
}

export interface GridMonthNote {
  title: string;
  kind: QaActivity['kind'];
  /** London days covered within this month. */
  firstDay: string;
  lastDay: string;
  areas: string[];
}

export interface RotaYearGrid {
  months: YearMonth[];
  areas: GridArea[];
  /** QA activity and committee meetings touching each month. */
  notes: Record<YearMonth, GridMonthNote[]>;
}

/** Builds the grid for [start, end] months. Teams with no visit in the window are left out. */
export function buildYearGrid(
  teams: Team[],
  visits: Visit[],
  qa: QaActivity[],
  start: YearMonth,
  end: YearMonth
): RotaYearGrid {
  const months = monthRange(start, end);
  const inWindow = visits.filter((v) => v.visitMonth >= start && v.visitMonth <= end);
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const areaOrder: string[] = [];
  const rows = new Map<number, GridTeamRow>();
  // Rota order is the order visits are planned: by month, then by id.
  const ordered = [...inWindow].sort((a, b) => a.visitMonth.localeCompare(b.visitMonth) || a.id - b.id);
  for (const v of ordered) {
    const team = teamById.get(v.teamId);
    const area = team?.area ?? v.area;
    if (areaOrder.indexOf(area) < 0) areaOrder.push(area);
    let row = rows.get(v.teamId);
    if (!row) {
      row = { teamId: v.teamId, teamName: team?.name ?? `Team ${v.teamId}`, cells: {} };
      rows.set(v.teamId, row);
    }
    (row.cells[v.visitMonth] = row.cells[v.visitMonth] ?? []).push({
      visitId: v.id,
      status: v.status,
      day: v.visitStart ? londonDate(v.visitStart) : undefined,
      councillorEmails: v.councillorEmails,
      committee: v.committee,
      committeeDate: v.committeeDate ? londonDate(v.committeeDate) : undefined
    });
  }
  const areas: GridArea[] = areaOrder.map((area) => ({
    area,
    teams: [...rows.values()].filter((r) => (teamById.get(r.teamId)?.area ?? areaOf(inWindow, r.teamId)) === area)
  }));
  return { months, areas, notes: notesByMonth(qa, months) };
}

function areaOf(visits: Visit[], teamId: number): string {
  return visits.find((v) => v.teamId === teamId)?.area ?? '';
}

function notesByMonth(qa: QaActivity[], months: YearMonth[]): Record<YearMonth, GridMonthNote[]> {
  const notes: Record<YearMonth, GridMonthNote[]> = {};
  for (const m of months) notes[m] = [];
  for (const item of qa) {
    const first = londonDate(item.start);
    const last = londonDate(item.end);
    for (const m of months) {
      if (monthOf(first) > m || monthOf(last) < m) continue;
      const monthFirst = `${m}-01`;
      const monthLast = lastDayOf(m);
      notes[m].push({
        title: item.title,
        kind: item.kind,
        firstDay: first > monthFirst ? first : monthFirst,
        lastDay: last < monthLast ? last : monthLast,
        areas: item.areas
      });
    }
  }
  for (const m of months)
    notes[m].sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.title.localeCompare(b.title));
  return notes;
}

function lastDayOf(month: YearMonth): string {
  return addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1);
}
