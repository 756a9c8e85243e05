// Shared builders and an independent checker of the planner's hard rules. The checker re-derives
// clashes from the input with the london.ts helpers only, so it does not share the planner's code.
import type { ProcessConfig } from '../../src/core/config';
import type { Councillor, LocalDate, QaActivity, Team } from '../../src/core/model';
import type { PlannerInput, RotaPlan, Unavailability } from '../../src/core/planner';
import { addDays, isWeekday, londonDate, londonEndOfDay, londonInstant, londonTime } from '../../src/core/time/london';

export function team(id: number, name: string, area: string): Team {
  return {
    id,
    name,
    area,
    serviceManagerEmail: `sm${id}@example.gov.uk`,
    headOfServiceEmail: `hos${id}@example.gov.uk`,
    location: 'Town Hall'
  };
}

export function councillor(name: string, committees: string[], opts: Partial<Councillor> = {}): Councillor {
  return {
    name,
    email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.gov.uk`,
    committees,
    secondVisitVolunteer: false,
    dataProtectionTrainingDate: '2025-05-20T09:00:00.000Z',
    active: true,
    ...opts
  };
}

export function qa(
  title: string,
  kind: QaActivity['kind'],
  from: LocalDate,
  to: LocalDate,
  areas: string[] = []
): QaActivity {
  return { title, kind, start: londonInstant(from), end: londonEndOfDay(to), areas };
}

/** Members in the planner's documented order (name, then e-mail) and what each owes. */
export function expectedVisits(input: PlannerInput): Map<string, number> {
  const members = input.councillors
    .filter((c) => c.active && c.committees.some((k) => input.config.committees.indexOf(k) >= 0))
    .map((c) => ({ ...c, email: c.email.toLowerCase() }))
    .sort((a, b) =>
      a.name.toLowerCase() < b.name.toLowerCase()
        ? -1
        : a.name.toLowerCase() > b.name.toLowerCase()
          ? 1
          : a.email < b.email
            ? -1
            : 1
    );
  const volunteers = new Set(
    members
      .filter((m) => m.secondVisitVolunteer)
      .slice(0, input.config.extraVisitVolunteers)
      .map((m) => m.email)
  );
  return new Map(members.map((m) => [m.email, volunteers.has(m.email) ? 2 : 1]));
}

/** Why a day is closed for a slot's area, or undefined when it is clash-free. */
export function blockedBecause(input: PlannerInput, area: string, day: LocalDate): string | undefined {
  if (!isWeekday(day)) return 'weekend';
  if ((input.bankHolidays ?? []).indexOf(day) >= 0) return 'bank holiday';
  if (day.slice(5) === '12-25') return 'Christmas Day';
  for (const item of input.qaCalendar) {
    if (day < londonDate(item.start) || day > londonDate(item.end)) continue;
    if (item.kind === 'Committee meeting' || item.kind === 'Election period') return item.title;
    if (item.areas.length === 0 || item.areas.map((a) => a.toLowerCase()).indexOf(area.toLowerCase()) >= 0)
      return item.title;
  }
  return undefined;
}

export function unavailableOn(input: PlannerInput, email: string, day: LocalDate): boolean {
  const entries: Unavailability[] = Object.keys(input.availability ?? {})
    .filter((k) => k.toLowerCase() === email)
    .flatMap((k) => (input.availability ?? {})[k]);
  return entries.some((e) => (typeof e === 'string' ? e === day : e.from <= day && day <= e.to));
}

/** Team ids per slot month, resolved the same way a person would read the rota. */
export function slotTeams(input: PlannerInput): { area: string; month: string; teamId: number }[] {
  return input.slots.flatMap((s) => {
    const ids = (s.teamIds ?? []).concat(
      (s.teamNames ?? []).map((n) => (input.teams.find((t) => t.name === n) as Team).id)
    );
    return ids.map((teamId) => ({ area: s.area, month: s.month, teamId }));
  });
}

/** Every hard rule the plan must keep, as a list of broken ones (empty = all kept). */
export function violations(input: PlannerInput, plan: RotaPlan): string[] {
  const out: string[] = [];
  const cfg: ProcessConfig = input.config;
  const owed = expectedVisits(input);
  const count = new Map<string, number>();
  const daysOf = new Map<string, LocalDate[]>();
  const teamDays = new Map<string, LocalDate[]>();
  const slots = slotTeams(input);
  for (const v of plan.visits) {
    const where = `${v.title} on ${v.visitDay}`;
    const slot = slots.find((s) => s.teamId === v.teamId && s.month === v.visitMonth);
    if (!slot) out.push(`${where}: not a team of a rota row in ${v.visitMonth}`);
    if (v.visitDay.slice(0, 7) !== v.visitMonth) out.push(`${where}: day outside its month`);
    const why = blockedBecause(input, slot ? slot.area : v.area, v.visitDay);
    if (why) out.push(`${where}: blocked (${why})`);
    if (
      v.visitStart !== londonInstant(v.visitDay, cfg.defaultStartTime) ||
      londonTime(v.visitStart) !== cfg.defaultStartTime
    ) {
      out.push(`${where}: start ${v.visitStart} is not ${cfg.defaultStartTime} London time`);
    }
    if (v.councillorEmails.length !== cfg.councillorsPerVisit)
      out.push(`${where}: ${v.councillorEmails.length} councillors`);
    if (new Set(v.councillorEmails).size !== v.councillorEmails.length) out.push(`${where}: a councillor listed twice`);
    if (v.status !== 'Planned' || v.formTemplate !== cfg.formTemplate) out.push(`${where}: wrong status or template`);
    if (v.durationMinutes !== cfg.agenda.reduce((s, p) => s + p.minutes, 0)) out.push(`${where}: wrong duration`);
    for (const email of v.councillorEmails) {
      if (!owed.has(email)) out.push(`${where}: ${email} is not an active member`);
      if (unavailableOn(input, email, v.visitDay)) out.push(`${where}: ${email} is unavailable`);
      count.set(email, (count.get(email) ?? 0) + 1);
      const days = daysOf.get(email) ?? [];
      if (days.indexOf(v.visitDay) >= 0) out.push(`${where}: ${email} has two visits that day`);
      daysOf.set(email, days.concat(v.visitDay));
    }
    const key = `${v.teamId}|${v.visitMonth}`;
    const tdays = teamDays.get(key) ?? [];
    if (tdays.indexOf(v.visitDay) >= 0) out.push(`${where}: the team has two visits that day`);
    teamDays.set(key, tdays.concat(v.visitDay));
  }
  for (const [key, days] of teamDays)
    if (days.length > cfg.maxVisitsPerTeam) out.push(`team ${key}: ${days.length} visits`);
  for (const [email, n] of count)
    if (n > (owed.get(email) ?? 0)) out.push(`${email}: ${n} visits, owes ${owed.get(email)}`);
  const uncovered = slots.filter((s) => !teamDays.has(`${s.teamId}|${s.month}`));
  const short = Array.from(owed).filter(([email, n]) => (count.get(email) ?? 0) !== n);
  if (plan.complete) {
    if (uncovered.length > 0) out.push(`complete, but ${uncovered.length} team slots are uncovered`);
    if (short.length > 0) out.push(`complete, but ${short.map(([e]) => e).join(', ')} lack visits`);
    if (plan.issues.length > 0) out.push('complete, but has issues');
  } else if (plan.issues.length === 0) out.push('incomplete without issues');
  for (const s of uncovered) {
    if (!plan.issues.some((i) => i.kind === 'uncovered-team' && i.teamId === s.teamId && i.month === s.month)) {
      out.push(`team ${s.teamId} in ${s.month} is uncovered without an uncovered-team issue`);
    }
  }
  for (const [email] of short) {
    if (!plan.issues.some((i) => i.kind === 'unassigned-councillor' && i.councillorEmail === email)) {
      out.push(`${email} lacks a visit without an unassigned-councillor issue`);
    }
  }
  for (const i of plan.issues) if (!i.message || /undefined|NaN/.test(i.message)) out.push(`bad message: ${i.message}`);
  return out;
}

/** Days from `from` to `to` inclusive. */
export function dayRange(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Deterministic Fisher-Yates with a small LCG, for order-independence tests. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
