// Planning (or re-planning) a year whose rota already has some councillors assigned: teams that
// already have their visit are left out, and councillors keep the visits they have, so the planner
// only fills what is still open. The rota rows come from the Visit Rota items themselves; a row
// whose committee is no longer in the process's committees is refused by the planner, by name.
import type { ProcessConfig } from '../config';
import type { Councillor, LocalDate, QaActivity, Team, Visit } from '../model';
import type { PlannerInput, PlannerSlot } from '../planner';
import { normalizeEmail } from '../email';

export interface OpenPlanSource {
  teams: Team[];
  visits: Visit[];
  councillors: Councillor[];
  qa: QaActivity[];
}

const holdsCouncillors = (v: Visit): boolean => v.status !== 'Cancelled' && v.councillorEmails.length > 0;

export function openPlannerInput(
  source: OpenPlanSource,
  config: ProcessConfig,
  bankHolidays: readonly LocalDate[] = []
): PlannerInput {
  const rows = new Map<string, PlannerSlot>();
  for (const v of source.visits) {
    if (v.status === 'Cancelled') continue;
    const key = `${v.area}|${v.visitMonth}|${v.committee}`;
    const row = rows.get(key) ?? {
      area: v.area,
      teamIds: [],
      month: v.visitMonth,
      committee: v.committee,
      committeeDate: v.committeeDate
    };
    // A team whose visit already has its councillors needs no plan.
    if (!holdsCouncillors(v) && row.teamIds && row.teamIds.indexOf(v.teamId) < 0) row.teamIds.push(v.teamId);
    rows.set(key, row);
  }
  const held = new Map<string, number>();
  for (const v of source.visits.filter(holdsCouncillors))
    for (const e of v.councillorEmails) held.set(e, (held.get(e) ?? 0) + 1);
  let volunteersUsed = 0;
  const councillors: Councillor[] = [];
  for (const c of source.councillors) {
    const has = held.get(normalizeEmail(c.email)) ?? 0;
    if (has === 0) councillors.push(c);
    // A volunteer with one visit already makes one more: as an ordinary member, their second visit spent.
    else if (has === 1 && c.secondVisitVolunteer) {
      councillors.push({ ...c, secondVisitVolunteer: false });
      volunteersUsed++;
    } else if (c.secondVisitVolunteer && has >= 2) volunteersUsed++;
  }
  return {
    slots: [...rows.values()].filter((r) => (r.teamIds ?? []).length > 0),
    teams: source.teams,
    councillors,
    qaCalendar: source.qa,
    bankHolidays: [...bankHolidays],
    config: { ...config, extraVisitVolunteers: Math.max(0, config.extraVisitVolunteers - volunteersUsed) }
  };
}
