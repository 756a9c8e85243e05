import { FRONTLINE_2025 } from '../../src/core/config';
import { planRota } from '../../src/core/planner';
import { openPlannerInput } from '../../src/core/rota/openPlan';
import { BEN_WYE, CFCCL_MEMBERS_2025, QA_2025, TEAMS_2025 } from '../../src/core/samples/rota2025';
import { VISITS_2025 } from '../../src/core/samples/visits2025';

const source = { teams: TEAMS_2025, visits: VISITS_2025, councillors: [...CFCCL_MEMBERS_2025, BEN_WYE], qa: QA_2025 };

describe('planning the rest of a year', () => {
  const input = openPlannerInput(source, FRONTLINE_2025);
  const plan = planRota(input);

  it('leaves out the teams visited in July 2025 and plans the other thirteen rows', () => {
    const planned = new Set(input.slots.flatMap((s) => s.teamIds ?? []));
    expect(planned.size).toBe(13);
    for (const v of VISITS_2025.filter((x) => x.councillorEmails.length)) expect(planned.has(v.teamId)).toBe(false);
  });

  it('gives the July visitors no second visit, except the volunteer, who gets exactly one more', () => {
    const count = (email: string) => plan.visits.filter((v) => v.councillorEmails.indexOf(email) >= 0).length;
    expect(count('cllr.bennett.wake@example.gov.uk')).toBe(0);
    expect(count('cllr.wye@example.gov.uk')).toBe(0);
    expect(count('cllr.holland@example.gov.uk')).toBe(1);
    expect(input.config.extraVisitVolunteers).toBe(0);
    // The ten members without a visit each get one.
    expect(plan.visits).toHaveLength(11);
    expect(plan.issues.filter((i) => i.kind === 'unassigned-councillor')).toEqual([]);
  });
});
