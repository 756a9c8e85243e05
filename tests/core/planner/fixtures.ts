// Small rotas in one locality, for rule-by-rule tests. plan() also checks every hard rule.
import { FRONTLINE_2025, type ProcessConfig } from '../../../src/core/config';
import type { Councillor, Team } from '../../../src/core/model';
import { planRota, type PlannerInput, type PlannerSlot, type RotaPlan } from '../../../src/core/planner';
import { CAF } from '../../../src/core/samples/rota2025';
import { councillor, team, violations } from '../../kits/plannerHelpers';

export const NORTH = 'North Locality';
export const TEAMS: Team[] = [
  team(1, 'North A', NORTH),
  team(2, 'North B', NORTH),
  team(3, 'North C', NORTH),
  team(4, 'South A', 'South')
];
// Most cases leave volunteers out, so a missing volunteer does not mask what they test.
export const NO_VOLUNTEER: ProcessConfig = { ...FRONTLINE_2025, extraVisitVolunteers: 0 };
export const ONE_VISIT: ProcessConfig = { ...NO_VOLUNTEER, maxVisitsPerTeam: 1 };

export function input(over: Partial<PlannerInput> & { slots: PlannerSlot[] }): PlannerInput {
  return { teams: TEAMS, councillors: [], qaCalendar: [], config: NO_VOLUNTEER, ...over };
}

/** Plans and asserts that no hard rule is broken. */
export function plan(i: PlannerInput): RotaPlan {
  const p = planRota(i);
  expect(violations(i, p)).toEqual([]);
  return p;
}

export const members = (names: string[], committee = CAF, opts: Partial<Councillor> = {}): Councillor[] =>
  names.map((n) => councillor(n, [committee], opts));
