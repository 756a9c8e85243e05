// Why a plan is incomplete, in words an officer can act on and in fields a UI can group by.
// Reasons are classified from the most fundamental (no clash-free day, nobody free) to the least
// (capacity, competition for the same month), so each issue names the constraint to change.
import { cllr } from '../councillors';
import type { Row, Normalized } from './normalize';
import type { PlacedVisit } from './dates';
import { dayRuns, listSome, monthLabel, plural } from './labels';
import type { CouncillorClash, PlanConstraint, PlanIssue } from './types';

/** A row a unit was barred from after it could not be scheduled there. */
export interface Ban {
  row: number;
  constraint: 'scheduling' | 'pairing';
  reason: string;
}

export interface ExplainInput {
  norm: Normalized;
  visits: PlacedVisit[];
  /** Per member, the rows with at least one clash-free day they are free (before any ban). */
  memberRows: number[][];
  /** Per member, rows they were barred from and why. */
  bans: Ban[][];
}

export function explain(x: ExplainInput): PlanIssue[] {
  const { norm } = x;
  const issues: PlanIssue[] = [];
  if (norm.volunteersFlagged < norm.volunteersNeeded) {
    const short = norm.volunteersNeeded - norm.volunteersFlagged;
    issues.push({
      kind: 'missing-volunteer',
      constraint: 'volunteers',
      capacity: { available: norm.volunteersFlagged, needed: norm.volunteersNeeded },
      message:
        `The rota needs ${plural(norm.volunteersNeeded, 'second-visit volunteer')} but ` +
        `${norm.volunteersFlagged === 0 ? 'no active member has' : `only ${plural(norm.volunteersFlagged, 'active member')} ${norm.volunteersFlagged === 1 ? 'has' : 'have'}`}` +
        ` volunteered: ask ${plural(short, 'more member')} to volunteer for a second visit.`
    });
  }
  const covered = new Set(x.visits.map((v) => `${v.row.index}|${v.team.id}`));
  for (const row of norm.rows) {
    if (row.days.clashFree.length === 0) issues.push(...noClashFreeDay(row));
  }
  const ctx = context(x);
  for (const row of norm.rows) {
    for (const team of row.teams) {
      if (covered.has(`${row.index}|${team.id}`)) continue;
      const issue: PlanIssue = { ...uncovered(x, ctx, row), teamId: team.id, teamName: team.name };
      issue.message = `${team.name} (${row.area}) has no visit in ${monthLabel(row.month)}: ${uncoveredWhy(x, row, issue)}`;
      issues.push(issue);
    }
  }
  issues.push(...unassigned(x));
  return issues;
}

function noClashFreeDay(row: Row): PlanIssue[] {
  // Grouped by label, so several bank holidays (or same-named items) read as one entry.
  const labels = Array.from(new Set(row.days.blockers.map((b) => b.label)));
  const blockers = labels.map((label) => {
    const days = row.days.blocked.filter((d) => d.reasons.indexOf(label) >= 0).map((d) => d.day);
    return `${label}: ${dayRuns(days)}`;
  });
  return row.teams.map((team) => ({
    kind: 'no-clash-free-day' as const,
    constraint: 'clash-free-days' as const,
    teamId: team.id,
    teamName: team.name,
    area: row.area,
    month: row.month,
    blockedDays: row.days.blocked,
    message:
      `No weekday in ${monthLabel(row.month)} is free for ${team.name} (${row.area}); move the visit to another month ` +
      `or move one of the blockers: ${blockers.join('; ')}.`
  }));
}

/** Lookups built once, so explaining many uncovered teams stays linear. */
interface Context {
  rowMembers: number[][];
  visitsByMember: PlacedVisit[][];
  capacity: { available: number; needed: number };
}

function context(x: ExplainInput): Context {
  const rowMembers: number[][] = x.norm.rows.map(() => []);
  x.memberRows.forEach((rows, m) => rows.forEach((r) => rowMembers[r].push(m)));
  const visitsByMember: PlacedVisit[][] = x.norm.members.map(() => []);
  for (const v of x.visits) for (const m of v.members) visitsByMember[m].push(v);
  const available = x.norm.members.reduce((sum, m) => sum + m.visits, 0);
  const slots = x.norm.rows.reduce((sum, r) => sum + r.teams.length, 0);
  return { rowMembers, visitsByMember, capacity: { available, needed: slots * x.norm.config.councillorsPerVisit } };
}

function uncovered(x: ExplainInput, ctx: Context, row: Row): PlanIssue {
  const { norm } = x;
  const base = { kind: 'uncovered-team' as const, area: row.area, month: row.month, message: '' };
  if (row.days.clashFree.length === 0) return { ...base, constraint: 'clash-free-days' };
  const eligible = ctx.rowMembers[row.index].map((m) => norm.members[m]);
  if (eligible.length === 0) {
    const reason = `unavailable on all ${row.days.clashFree.length} clash-free days (${dayRuns(row.days.clashFree)})`;
    const clashes: CouncillorClash[] = norm.members.map((m) => ({
      councillorEmail: m.email,
      councillorName: m.councillor.name,
      reason
    }));
    return {
      ...base,
      constraint: norm.members.length === 0 ? 'capacity' : 'availability',
      clashes,
      capacity: ctx.capacity
    };
  }
  const bansHere = eligible.map((m) => x.bans[m.index].filter((b) => b.row === row.index));
  // For each councillor free that month: why they could not be scheduled, or where they go instead.
  const clashes = eligible.map((m, i) => ({
    councillorEmail: m.email,
    councillorName: m.councillor.name,
    reason: bansHere[i].length > 0 ? bansHere[i].map((b) => b.reason).join('; ') : visitsOf(ctx, m.index)
  }));
  const pairing = bansHere.some((b) => b.some((ban) => ban.constraint === 'pairing'));
  if (bansHere.every((b) => b.length > 0)) return { ...base, constraint: pairing ? 'pairing' : 'scheduling', clashes };
  // A global shortfall explains it best; otherwise name who is free that month and where they go instead.
  if (ctx.capacity.available < ctx.capacity.needed) return { ...base, constraint: 'capacity', capacity: ctx.capacity };
  return { ...base, constraint: pairing ? 'pairing' : 'competing-demand', capacity: ctx.capacity, clashes };
}

function uncoveredWhy(x: ExplainInput, row: Row, issue: PlanIssue): string {
  const n = issue.clashes?.length ?? 0;
  const who = listSome(
    (issue.clashes ?? []).map((c) => `${cllr(c.councillorName)} (${c.reason})`),
    3
  );
  switch (issue.constraint as PlanConstraint) {
    case 'clash-free-days':
      return 'every weekday is blocked by QA activity, a committee meeting, an election period or a bank holiday (see the no-clash-free-day issue).';
    case 'availability':
      return `no member can come: ${who}. Ask members for other dates or move the visit.`;
    case 'scheduling':
      return `the ${plural(n, 'councillor')} free that month could not be given a day: ${who}.`;
    case 'pairing':
      return (
        `visits need ${x.norm.config.councillorsPerVisit} councillors free on the same day, and the ${plural(n, 'councillor')} ` +
        `free that month cannot make another such group: ${who}.`
      );
    case 'capacity': {
      const c = issue.capacity as { available: number; needed: number };
      const per = x.norm.config.councillorsPerVisit;
      const needs =
        per === 1
          ? `${c.needed} team visits`
          : `${c.needed / per} team visits of ${per} councillors (${c.needed} needed)`;
      return (
        `not enough councillor capacity: ${c.available} councillor-visits (${plural(x.norm.members.length, 'member')}` +
        ` + ${plural(c.available - x.norm.members.length, 'second visit')}) for ${needs}. Add members or second-visit volunteers.`
      );
    }
    default:
      return (
        `the ${plural(n, 'councillor')} free on a clash-free day that month ${n === 1 ? 'is' : 'are'} needed for other visits ` +
        `(${who}); ask other members for dates in ${monthLabel(row.month)}.`
      );
  }
}

function visitsOf(ctx: Context, member: number): string {
  const mine = ctx.visitsByMember[member];
  if (mine.length === 0) return 'has no visit';
  return `visits ${mine.map((v) => `${v.team.name} in ${monthLabel(v.row.month)}`).join(' and ')}`;
}

function unassigned(x: ExplainInput): PlanIssue[] {
  const { norm } = x;
  const placed = new Int32Array(norm.members.length);
  const rowVisits = new Int32Array(norm.rows.length);
  for (const v of x.visits) {
    rowVisits[v.row.index]++;
    for (const m of v.members) placed[m]++;
  }
  const issues: PlanIssue[] = [];
  for (const m of norm.members) {
    const missing = m.visits - placed[m.index];
    if (missing <= 0) continue;
    const who = cllr(m.councillor.name);
    const lead =
      placed[m.index] > 0
        ? `${who} volunteered for a second visit, but it could not be planned`
        : `${who} has no visit`;
    const rows = x.memberRows[m.index].map((r) => norm.rows[r]);
    const open = rows.filter((r) => !x.bans[m.index].some((b) => b.row === r.index));
    const months = listSome(unique(rows.map((r) => monthLabel(r.month))));
    let constraint: PlanConstraint;
    let why: string;
    if (rows.length === 0) {
      const any = norm.rows.some((r) => r.days.clashFree.length > 0);
      constraint = any ? 'availability' : 'clash-free-days';
      why = any
        ? `they are unavailable on every clash-free day of the rota months (${listSome(unique(norm.rows.map((r) => monthLabel(r.month))))}); ask for other dates`
        : 'no rota month has a clash-free day';
    } else if (open.length === 0) {
      const bans = x.bans[m.index];
      constraint = bans.some((b) => b.constraint === 'pairing') ? 'pairing' : 'scheduling';
      why = `no day could be found in the months they are free: ${bans.map((b) => `in ${monthLabel(norm.rows[b.row].month)}, ${b.reason}`).join('; ')}`;
    } else {
      const full = open.every((r) => rowVisits[r.index] >= r.teams.length * norm.config.maxVisitsPerTeam);
      constraint = full || norm.config.councillorsPerVisit === 1 ? 'no-open-visit' : 'pairing';
      why =
        constraint === 'no-open-visit'
          ? `every visit in the months they are free (${months}) already has its councillors ` +
            `(at most ${norm.config.maxVisitsPerTeam} per team); add teams to the rota or ask for dates in other months`
          : `visits need ${norm.config.councillorsPerVisit} councillors and no other councillor free in the same months (${months}) is left to go with them`;
    }
    issues.push({
      kind: 'unassigned-councillor',
      constraint,
      councillorEmail: m.email,
      message: `${lead}: ${why}.`
    });
  }
  return issues;
}

function unique(items: string[]): string[] {
  return Array.from(new Set(items));
}
