// Checks on the plain parts of planner input (teams, people, calendar, availability). Each check
// adds readable problems to one list, so an officer sees every fault at once, not one per attempt.
import { QA_KINDS, type Councillor, type LocalDate, type Team } from '../model';
import { dayOfWeek, formatLondon, londonDate } from '../time/london';
import { cmp } from './candidates';
import type { PlannerInput, PlanWarning, UnavailableRange } from './types';
import { normalizeEmail } from '../email';

export function checkTeams(teams: Team[], problems: string[]): Map<number, Team> {
  const byId = new Map<number, Team>();
  for (const t of teams) {
    if (!Number.isInteger(t.id)) problems.push(`team '${t.name}' has no whole-number id`);
    else if (byId.has(t.id)) problems.push(`team id ${t.id} is used by '${byId.get(t.id)?.name}' and '${t.name}'`);
    else byId.set(t.id, t);
  }
  return byId;
}

export function checkCouncillors(councillors: Councillor[], problems: string[]): Councillor[] {
  const seen = new Set<string>();
  const out: Councillor[] = [];
  for (const c of councillors) {
    const email = normalizeEmail(c.email);
    if (!email) problems.push(`councillor '${c.name}' has no e-mail`);
    else if (seen.has(email)) problems.push(`councillor e-mail ${email} is listed twice`);
    else {
      seen.add(email);
      out.push({ ...c, email });
    }
  }
  // Canonical order: by name, then e-mail (unique), compared by code unit.
  return out.sort((a, b) => cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.email, b.email));
}

export function checkQa(input: PlannerInput, problems: string[]): void {
  input.qaCalendar.forEach((item, i) => {
    const where = `QA item ${i + 1} ('${item.title}')`;
    if (QA_KINDS.indexOf(item.kind) < 0) problems.push(`${where}: unknown kind '${item.kind}'`);
    const start = safeLondonDate(item.start);
    const end = safeLondonDate(item.end);
    if (!start) problems.push(`${where}: start '${item.start}' is not a date and time`);
    if (!end) problems.push(`${where}: end '${item.end}' is not a date and time`);
    if (start && end && millis(item.end) < millis(item.start)) problems.push(`${where}: ends before it starts`);
    if (!Array.isArray(item.areas)) problems.push(`${where}: areas must be a list (empty = all areas)`);
  });
  for (const day of input.bankHolidays ?? []) {
    if (!validDay(day)) problems.push(`bank holiday '${day}' is not YYYY-MM-DD`);
  }
}

export function checkAvailability(
  availability: Record<string, (LocalDate | UnavailableRange)[]>,
  councillors: Councillor[],
  problems: string[]
): { ranges: Map<string, UnavailableRange[]>; warnings: PlanWarning[] } {
  const known = new Set(councillors.map((c) => c.email));
  const ranges = new Map<string, UnavailableRange[]>();
  const warnings: PlanWarning[] = [];
  for (const key of Object.keys(availability).sort()) {
    const email = normalizeEmail(key);
    if (!known.has(email)) {
      warnings.push({
        kind: 'unknown-availability-councillor',
        councillorEmail: email,
        message: `Availability was given for ${email}, who is not in the councillor list; it was ignored.`
      });
      continue;
    }
    const list = ranges.get(email) ?? [];
    for (const entry of availability[key]) {
      const range = typeof entry === 'string' ? { from: entry, to: entry } : entry;
      if (!validDay(range.from) || !validDay(range.to)) {
        problems.push(
          `availability of ${email}: '${JSON.stringify(entry)}' is not a YYYY-MM-DD day or {from, to} range`
        );
      } else if (range.to < range.from)
        problems.push(`availability of ${email}: ${range.from} to ${range.to} ends before it starts`);
      else list.push({ from: range.from, to: range.to });
    }
    ranges.set(email, list);
  }
  return { ranges, warnings };
}

export function validDay(day: unknown): day is LocalDate {
  if (typeof day !== 'string') return false;
  try {
    dayOfWeek(day);
    return true;
  } catch {
    return false;
  }
}

export function safeLondonDate(instant: unknown): LocalDate | undefined {
  if (typeof instant !== 'string') return undefined;
  try {
    return londonDate(instant);
  } catch {
    return undefined;
  }
}

/** An instant as epoch milliseconds (date-fns token `T`), to order two valid instants exactly. */
function millis(instant: string): number {
  return Number(formatLondon(instant, 'T'));
}
