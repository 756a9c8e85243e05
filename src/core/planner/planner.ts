// planRota: validate, match councillors to rota rows, choose teams and days, explain what is left.
// When a matched councillor cannot be given a day (say a volunteer whose two visits need the same
// day), they are barred from that row and the matching runs again. Each round bars more pairs, so
// the loop ends; it is capped, and the best round (coverage first) is kept, since barring can also
// make a later round worse.
import { visitMinutes } from '../config';
import type { LocalDate } from '../model';
import { londonInstant } from '../time/london';
import { cmp } from './candidates';
import { placeVisits, type PlacedVisit } from './dates';
import { explain, type Ban } from './explain';
import { monthLabel } from './labels';
import { matchUnits, type MatchingProblem } from './matching';
import { normalizeInput, type Normalized } from './normalize';
import type { PlannedVisit, PlannerInput, RotaPlan } from './types';

const MAX_ROUNDS = 25;
/** Stop once this many rounds in a row found nothing better. */
const MAX_STALE_ROUNDS = 5;

export function planRota(input: PlannerInput): RotaPlan {
  const norm = normalizeInput(input);
  const { members, rows } = norm;
  // Units: one per visit a member owes. First visits take indices 0..members-1, so they sort first.
  const unitMember: number[] = members.map((m) => m.index);
  for (const m of members) if (m.visits === 2) unitMember.push(m.index);
  const units = Int32Array.from(unitMember);
  const memberRows = members.map((m) =>
    rows.filter((r) => m.unavailable.anyFree(r.days.clashFree)).map((r) => r.index)
  );
  const barred: Set<number>[] = Array.from(units, () => new Set<number>());
  const applied: Ban[][] = members.map(() => []);
  let best: Round | undefined;
  for (let round = 1, stale = 0; round <= MAX_ROUNDS && stale < MAX_STALE_ROUNDS; round++) {
    const matching = matchUnits(buildProblem(norm, units, memberRows, barred));
    const placed = placeVisits(norm, units, matching.unitRow);
    const bans = applied.map((b) => b.slice());
    for (const f of placed.failures)
      bans[units[f.unit]].push({ row: f.row, constraint: f.constraint, reason: f.reason });
    const score = scoreOf(placed.visits);
    if (!best || better(score, best.score)) {
      best = { visits: placed.visits, bans, score };
      stale = 0;
    } else stale++;
    // Only scheduling clashes are retried elsewhere; barring a councillor without a partner from a row
    // would just hand the row to others no better matched.
    const retry = placed.failures.filter((f) => f.constraint === 'scheduling');
    if (retry.length === 0) break;
    for (const f of retry) {
      barred[f.unit].add(f.row);
      applied[units[f.unit]].push({ row: f.row, constraint: f.constraint, reason: f.reason });
    }
  }
  const { visits: placedVisits, bans } = best as Round;
  const issues = explain({ norm, visits: placedVisits, memberRows, bans });
  const starts = new Map<string, string>();
  const visits = placedVisits.map((v) => toVisit(norm, v, starts)).sort(byDayTeam);
  return {
    visits,
    issues,
    warnings: norm.warnings,
    complete: issues.length === 0,
    summary: {
      members: members.length,
      councillorVisits: units.length,
      teamSlots: rows.reduce((sum, r) => sum + r.teams.length, 0),
      teamSlotsCovered: best ? best.score[0] : 0,
      visitsPlanned: visits.length
    }
  };
}

/** Team slots covered, members with a visit, visits: compared in that order. */
type Score = [number, number, number];

interface Round {
  visits: PlacedVisit[];
  bans: Ban[][];
  score: Score;
}

function scoreOf(visits: PlacedVisit[]): Score {
  const covered = new Set(visits.map((v) => `${v.row.index}|${v.team.id}`)).size;
  const members = new Set<number>();
  for (const v of visits) for (const m of v.members) members.add(m);
  return [covered, members.size, visits.length];
}

function better(a: Score, b: Score): boolean {
  return a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];
}

function buildProblem(
  norm: Normalized,
  units: Int32Array,
  memberRows: number[][],
  barred: Set<number>[]
): MatchingProblem {
  const { members, rows, config } = norm;
  const memberCount = members.length;
  const unitsOf: number[][] = members.map((m) => [m.index]);
  const sibling = new Int32Array(units.length).fill(-1);
  const second = new Uint8Array(units.length);
  for (let u = memberCount; u < units.length; u++) {
    const first = units[u];
    unitsOf[first].push(u);
    sibling[u] = first;
    sibling[first] = u;
    second[u] = 1;
  }
  // Preference within a row: first visits, then the row's own committee, then canonical member order.
  const buckets: number[][][] = rows.map(() => [[], [], [], []]);
  const unitRows: number[][] = Array.from(units, () => []);
  for (const m of members) {
    for (const r of memberRows[m.index]) {
      const sameCommittee = m.councillor.committees.indexOf(rows[r].committee) >= 0;
      for (const u of unitsOf[m.index]) {
        if (barred[u].has(r)) continue;
        buckets[r][(second[u] ? 2 : 0) + (sameCommittee ? 0 : 1)].push(u);
        unitRows[u].push(r);
      }
    }
  }
  const monthOrdinal = new Map<string, number>();
  for (const r of rows) if (!monthOrdinal.has(r.month)) monthOrdinal.set(r.month, monthOrdinal.size);
  return {
    unitCount: units.length,
    sibling,
    second,
    rowMonth: Int32Array.from(rows, (r) => monthOrdinal.get(r.month) as number),
    eligible: buckets.map((b) => Int32Array.from(b[0].concat(b[1], b[2], b[3]))),
    unitRows: unitRows.map((r) => Int32Array.from(r)),
    visitOrder: visitOrder(norm),
    seatsPerVisit: config.councillorsPerVisit,
    fits: config.councillorsPerVisit > 1 ? sharesADay(norm, units) : undefined
  };
}

/** For visits of several councillors: the candidate is another member, free on a day all the others are. */
function sharesADay(norm: Normalized, units: Int32Array): (row: number, chosen: number[], unit: number) => boolean {
  const cache = new Map<number, LocalDate[]>();
  const daysOf = (unit: number, row: number): LocalDate[] => {
    const key = unit * norm.rows.length + row;
    let days = cache.get(key);
    if (!days) {
      days = norm.members[units[unit]].unavailable.filter(norm.rows[row].days.clashFree);
      cache.set(key, days);
    }
    return days;
  };
  return (row, chosen, unit) => {
    if (chosen.some((c) => units[c] === units[unit])) return false;
    let common = daysOf(unit, row);
    for (const c of chosen) {
      const other = new Set(daysOf(c, row));
      common = common.filter((d) => other.has(d));
      if (common.length === 0) return false;
    }
    return true;
  };
}

/**
 * First visits before extra visits; within each, round-robin across rows (rota order) by team
 * position, so a shortfall is shared between areas and extra visits are spread across them.
 */
function visitOrder(norm: Normalized): Int32Array {
  const rows = norm.rows.filter((r) => r.days.clashFree.length > 0);
  const extra = norm.config.maxVisitsPerTeam - 1;
  const widest = rows.reduce((max, r) => Math.max(max, r.teams.length), 0);
  const order: number[] = [];
  for (let q = 0; q < widest; q++) for (const r of rows) if (q < r.teams.length) order.push(r.index);
  for (let q = 0; q < widest * extra; q++) for (const r of rows) if (q < r.teams.length * extra) order.push(r.index);
  return Int32Array.from(order);
}

function toVisit(norm: Normalized, v: PlacedVisit, starts: Map<string, string>): PlannedVisit {
  const { config, members } = norm;
  // Zone conversion is the costly step at scale; many visits share a day.
  let start = starts.get(v.day);
  if (!start) {
    start = londonInstant(v.day, config.defaultStartTime);
    starts.set(v.day, start);
  }
  const visit: PlannedVisit = {
    title: `${v.team.name} - ${monthLabel(v.row.month)}`,
    teamId: v.team.id,
    area: v.team.area,
    visitMonth: v.row.month,
    visitDay: v.day,
    visitStart: start,
    durationMinutes: visitMinutes(config),
    councillorEmails: v.members.map((m) => members[m].email).sort(cmp),
    committee: v.row.committee,
    status: 'Planned',
    formTemplate: config.formTemplate
  };
  if (v.row.committeeDate) visit.committeeDate = v.row.committeeDate;
  return visit;
}

function byDayTeam(a: PlannedVisit, b: PlannedVisit): number {
  return (
    cmp(a.visitDay, b.visitDay) || a.teamId - b.teamId || cmp(a.councillorEmails.join(), b.councillorEmails.join())
  );
}
