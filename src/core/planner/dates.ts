// Turns the matching (which councillors visit which rota row) into visits with a team and a day.
// Within a row every team shares the clash-free days, so days are chosen first, spread across the
// month, and teams are then dealt round-robin in day order: a team's visits land on different days
// and the first visits of all teams come before any extra visit.
import type { LocalDate, Team } from '../model';
import { cmp } from './candidates';
import { dayRuns } from './labels';
import type { Member, Normalized, Row } from './normalize';

export interface PlacedVisit {
  row: Row;
  team: Team;
  day: LocalDate;
  /** Member indices, in canonical order. */
  members: number[];
}

/** A unit that could not be given a day or partner in the row it was matched to. */
export interface PlacementFailure {
  unit: number;
  row: number;
  constraint: 'scheduling' | 'pairing';
  reason: string;
}

interface Group {
  units: number[];
  days: LocalDate[];
  /** Stable processing key: the lowest unit index. */
  key: number;
  day?: LocalDate;
}

export function placeVisits(
  norm: Normalized,
  unitMember: Int32Array,
  unitRow: Int32Array
): { visits: PlacedVisit[]; failures: PlacementFailure[] } {
  const byRow: number[][] = norm.rows.map(() => []);
  for (let u = 0; u < unitRow.length; u++) if (unitRow[u] >= 0) byRow[unitRow[u]].push(u);
  // Days each member is already visiting: one visit a day, also across rows of the same month.
  const busy = norm.members.map(() => new Set<LocalDate>());
  const visits: PlacedVisit[] = [];
  const failures: PlacementFailure[] = [];
  for (const row of norm.rows) {
    if (byRow[row.index].length === 0) continue;
    const fail = (unit: number, constraint: PlacementFailure['constraint'], reason: string): void => {
      failures.push({ unit, row: row.index, constraint, reason });
    };
    const candidates: Group[] = [];
    for (const unit of byRow[row.index]) {
      const member = norm.members[unitMember[unit]];
      const days = member.unavailable.filter(row.days.clashFree).filter((d) => !busy[member.index].has(d));
      if (days.length === 0)
        fail(unit, 'scheduling', 'the clash-free days they are free are all taken by their other visit');
      else candidates.push({ units: [unit], days, key: unit });
    }
    const groups = formGroups(candidates, norm.config.councillorsPerVisit, unitMember, fail);
    const dated = chooseDays(row, groups, norm.members, unitMember, busy, fail);
    visits.push(...assignTeams(row, dated, unitMember, norm.config.maxVisitsPerTeam, busy, fail));
  }
  return { visits, failures };
}

/**
 * Groups of councillorsPerVisit distinct members sharing a free day. The most constrained councillor
 * goes first, on the day most others are free (so partners remain for the rest), with the most
 * constrained partners free that day.
 */
function formGroups(
  singles: Group[],
  size: number,
  unitMember: Int32Array,
  fail: (unit: number, constraint: 'pairing', reason: string) => void
): Group[] {
  if (size === 1) return singles;
  const pool = singles.slice().sort(byConstraint);
  const open = new Uint8Array(pool.length).fill(1);
  const daySets = pool.map((g) => new Set(g.days));
  const freeOn = new Map<LocalDate, number>();
  const count = (g: Group, delta: number): void => {
    for (const d of g.days) freeOn.set(d, (freeOn.get(d) ?? 0) + delta);
  };
  pool.forEach((g) => count(g, 1));
  const groups: Group[] = [];
  for (let i = 0; i < pool.length; i++) {
    if (!open[i]) continue;
    const days = pool[i].days
      .slice()
      .sort((a, b) => (freeOn.get(b) as number) - (freeOn.get(a) as number) || cmp(a, b));
    let picked: number[] | undefined;
    for (const day of days) {
      if ((freeOn.get(day) as number) < size) break;
      const team = [i];
      for (let j = i + 1; j < pool.length && team.length < size; j++) {
        if (!open[j] || !daySets[j].has(day) || team.some((k) => unitMember[pool[k].key] === unitMember[pool[j].key]))
          continue;
        team.push(j);
      }
      if (team.length === size) {
        picked = team;
        break;
      }
    }
    open[i] = 0;
    if (!picked) {
      count(pool[i], -1);
      fail(
        pool[i].key,
        'pairing',
        `no other councillor left for that month shares a free day with them (visits need ${size} councillors)`
      );
      continue;
    }
    let common = pool[i].days;
    for (const k of picked) {
      open[k] = 0;
      count(pool[k], -1);
      if (k !== i) common = common.filter((d) => daySets[k].has(d));
    }
    const units = picked.map((k) => pool[k].key).sort((a, b) => a - b);
    groups.push({ units, days: common, key: units[0] });
  }
  return groups;
}

/**
 * Spreads a row's visits over its clash-free days: the i-th group aims at the i/(n+1) point of the
 * month, takes the least-used day it can (a day holds at most one visit per team), nearest that aim.
 */
function chooseDays(
  row: Row,
  groups: Group[],
  members: Member[],
  unitMember: Int32Array,
  busy: Set<LocalDate>[],
  fail: (unit: number, constraint: 'scheduling', reason: string) => void
): Group[] {
  const all = row.days.clashFree;
  const index = new Map<LocalDate, number>();
  all.forEach((d, i) => index.set(d, i));
  const usage = new Int32Array(all.length);
  const order = groups.slice().sort(byConstraint);
  const dated: Group[] = [];
  order.forEach((g, i) => {
    const aim = Math.min(all.length - 1, Math.round(((i + 1) * all.length) / (order.length + 1)));
    const who = g.units.map((u) => unitMember[u]);
    let best = -1;
    let bestScore = Infinity;
    for (const day of g.days) {
      const at = index.get(day) as number;
      if (usage[at] >= row.teams.length || who.some((m) => busy[m].has(day))) continue;
      // Least-used first, then nearest the aim, then earlier.
      const score = usage[at] * 1e6 + Math.abs(at - aim) * 1e3 + at;
      if (score < bestScore) {
        bestScore = score;
        best = at;
      }
    }
    if (best < 0) {
      const tight = g.units
        .slice()
        .sort((a, b) => daysOf(members, unitMember, row, a) - daysOf(members, unitMember, row, b) || a - b)[0];
      const ownVisit = g.days.every((d) => who.some((m) => busy[m].has(d)));
      fail(
        tight,
        'scheduling',
        ownVisit
          ? `the days they are free (${dayRuns(g.days)}) already have their other visit`
          : `every day they are free (${dayRuns(g.days)}) already has a visit to each team in the area`
      );
      return;
    }
    usage[best]++;
    g.day = all[best];
    for (const m of who) busy[m].add(all[best]);
    dated.push(g);
  });
  return dated;
}

/** Deals teams round-robin in day order; same-day visits are consecutive, so they get different teams. */
function assignTeams(
  row: Row,
  groups: Group[],
  unitMember: Int32Array,
  maxVisits: number,
  busy: Set<LocalDate>[],
  fail: (unit: number, constraint: 'scheduling', reason: string) => void
): PlacedVisit[] {
  const teams = row.teams;
  const days: LocalDate[][] = teams.map(() => []);
  const seen: Set<number>[] = teams.map(() => new Set<number>());
  const sorted = groups.slice().sort((a, b) => cmp(a.day as string, b.day as string) || a.key - b.key);
  const out: PlacedVisit[] = [];
  sorted.forEach((g, j) => {
    const day = g.day as LocalDate;
    const who = g.units.map((u) => unitMember[u]);
    const fits = (t: number): boolean =>
      days[t].length < maxVisits && days[t].indexOf(day) < 0 && !who.some((m) => seen[t].has(m));
    let t = j % teams.length;
    // Only a volunteer visiting one row twice can clash here; fall back to the least-visited team.
    if (!fits(t)) {
      t = -1;
      for (let k = 0; k < teams.length; k++) if (fits(k) && (t < 0 || days[k].length < days[t].length)) t = k;
    }
    if (t < 0) {
      for (const m of who) busy[m].delete(day);
      fail(g.units[g.units.length - 1], 'scheduling', 'it would be their second visit to the same team');
      return;
    }
    days[t].push(day);
    for (const m of who) seen[t].add(m);
    out.push({ row, team: teams[t], day, members: who.slice().sort((a, b) => a - b) });
  });
  return out;
}

function byConstraint(a: Group, b: Group): number {
  return a.days.length - b.days.length || a.key - b.key;
}

function daysOf(members: Member[], unitMember: Int32Array, row: Row, unit: number): number {
  return members[unitMember[unit]].unavailable.filter(row.days.clashFree).length;
}
