// Validates planner input and puts it in canonical order (rows by month and area, teams by id,
// councillors by name), so the plan depends on the data and never on the order it arrived in.
import { committeeProblem } from '../committees';
import { validateConfig, type ProcessConfig } from '../config';
import { lacksDataProtectionTraining } from '../councillors';
import type { Councillor, IsoDateTime, Team, YearMonth } from '../model';
import { londonInstant } from '../time/london';
import { VisitDays } from '../calendar/visitDays';
import { toBlockers } from '../calendar/blockers';
import { ClashCalendar, cmp, Unavailable, type SlotDays } from './candidates';
import { PlannerInputError, type PlannerInput, type PlannerSlot, type PlanWarning } from './types';
import { checkAvailability, checkCouncillors, checkQa, checkTeams, safeLondonDate, validDay } from './validate';

export interface Row {
  index: number;
  area: string;
  month: YearMonth;
  committee: string;
  committeeDate?: IsoDateTime;
  /** Sorted by id. */
  teams: Team[];
  days: SlotDays;
}

export interface Member {
  index: number;
  councillor: Councillor;
  /** Lower case. */
  email: string;
  /** 2 for a chosen second-visit volunteer. */
  visits: number;
  unavailable: Unavailable;
}

export interface Normalized {
  config: ProcessConfig;
  rows: Row[];
  members: Member[];
  volunteersNeeded: number;
  volunteersFlagged: number;
  warnings: PlanWarning[];
}

export function normalizeInput(input: PlannerInput): Normalized {
  const config = validateConfig(input.config);
  const problems: string[] = [];
  const teams = checkTeams(input.teams, problems);
  const rows = checkSlots(input.slots, teams, config, problems);
  const councillors = checkCouncillors(input.councillors, problems);
  checkQa(input, problems);
  const { ranges, warnings } = checkAvailability(input.availability ?? {}, councillors, problems);
  if (problems.length > 0) throw new PlannerInputError(problems);

  const calendar = new ClashCalendar(toBlockers(input.qaCalendar), new VisitDays(input.bankHolidays ?? []));
  for (const row of rows) row.days = calendar.forSlot(row.area, row.month);

  const members = councillors.filter((c) => c.active && c.committees.some((k) => config.committees.indexOf(k) >= 0));
  const flagged = members.filter((c) => c.secondVisitVolunteer);
  const chosen = new Set(flagged.slice(0, config.extraVisitVolunteers).map((c) => c.email));
  for (const c of members) {
    if (lacksDataProtectionTraining(c)) {
      warnings.push({
        kind: 'no-data-protection-training',
        councillorEmail: c.email,
        message: `${c.name} (${c.email}) has no Data Protection / UK GDPR training recorded; arrange it before their visit.`
      });
    }
  }
  return {
    config,
    rows,
    members: members.map((c, index) => ({
      index,
      councillor: c,
      email: c.email,
      visits: chosen.has(c.email) ? 2 : 1,
      unavailable: new Unavailable(ranges.get(c.email) ?? [])
    })),
    volunteersNeeded: config.extraVisitVolunteers,
    volunteersFlagged: flagged.length,
    warnings
  };
}

function resolveTeam(name: string, teams: Team[]): Team | string {
  for (const match of [
    (t: Team) => t.name === name,
    (t: Team) => t.name.trim().toLowerCase() === name.trim().toLowerCase()
  ]) {
    const found = teams.filter(match);
    if (found.length === 1) return found[0];
    if (found.length > 1)
      return `team name '${name}' matches ${found.length} teams (ids ${found.map((t) => t.id).join(', ')}); use teamIds`;
  }
  return `unknown team '${name}'`;
}

function checkSlots(slots: PlannerSlot[], byId: Map<number, Team>, config: ProcessConfig, problems: string[]): Row[] {
  const all = Array.from(byId.values());
  const rows: Row[] = [];
  const seen = new Set<string>();
  slots.forEach((slot, i) => {
    const where = `rota row ${i + 1} (${slot.area}, ${slot.month})`;
    const before = problems.length;
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(slot.month)) problems.push(`${where}: month '${slot.month}' is not YYYY-MM`);
    if (!slot.area || !slot.area.trim()) problems.push(`${where}: area is empty`);
    const committee = committeeProblem(slot.committee, config);
    if (committee) problems.push(`${where}: ${committee}`);
    const teams: Team[] = [];
    for (const id of slot.teamIds ?? []) {
      const t = byId.get(id);
      if (t) teams.push(t);
      else problems.push(`${where}: unknown team id ${id}`);
    }
    for (const name of slot.teamNames ?? []) {
      const t = resolveTeam(name, all);
      if (typeof t === 'string') problems.push(`${where}: ${t}`);
      else teams.push(t);
    }
    if (teams.length === 0 && problems.length === before) problems.push(`${where}: no teams`);
    for (const t of teams) {
      if (t.area.trim().toLowerCase() !== slot.area.trim().toLowerCase()) {
        problems.push(`${where}: team '${t.name}' is in area '${t.area}', not '${slot.area}'`);
      }
      const key = `${t.id}|${slot.month}`;
      if (seen.has(key)) problems.push(`${where}: team '${t.name}' is listed more than once for ${slot.month}`);
      seen.add(key);
    }
    const committeeDate = checkCommitteeDate(slot, where, problems);
    if (problems.length > before) return;
    rows.push({
      index: 0,
      area: slot.area.trim(),
      month: slot.month,
      committee: slot.committee,
      committeeDate,
      teams,
      days: EMPTY_DAYS
    });
  });
  for (const row of rows) row.teams.sort((a, b) => a.id - b.id);
  rows.sort(
    (a, b) => cmp(a.month, b.month) || cmp(a.area.toLowerCase(), b.area.toLowerCase()) || a.teams[0].id - b.teams[0].id
  );
  rows.forEach((row, index) => (row.index = index));
  return rows;
}

const EMPTY_DAYS: SlotDays = { clashFree: [], blocked: [], blockers: [] };

function checkCommitteeDate(slot: PlannerSlot, where: string, problems: string[]): IsoDateTime | undefined {
  let instant = slot.committeeDate;
  if (instant === undefined && slot.committeeDay !== undefined) {
    if (!validDay(slot.committeeDay)) {
      problems.push(`${where}: committee day '${slot.committeeDay}' is not YYYY-MM-DD`);
      return undefined;
    }
    instant = londonInstant(slot.committeeDay);
  }
  if (instant === undefined) return undefined;
  const day = safeLondonDate(instant);
  if (!day) problems.push(`${where}: committee date '${instant}' is not a date and time`);
  else if (day.slice(0, 7) < slot.month)
    problems.push(`${where}: the committee (${day}) meets before the visits' month`);
  return instant;
}
