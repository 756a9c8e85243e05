import { FRONTLINE_2025 } from '../../../src/core/config';
import { planRota, type PlannerInput } from '../../../src/core/planner';
import { CAF, CFCCL_MEMBERS_2025, QA_2025, ROTA_2025, TEAMS_2025 } from '../../../src/core/samples/rota2025';
import { councillor, shuffled } from '../../kits/plannerHelpers';

// A busy input: two committees, volunteers, availability and bank holidays, so order could matter.
const extra = ['Ann Adams', 'Bob Baker', 'Cat Cole', 'Dan Dean', 'Eve Evans', 'Fay Ford', 'Gus Gray', 'Hal Hart'].map(
  (n, i) => councillor(n, [CAF], { secondVisitVolunteer: i % 3 === 0 })
);
const base: PlannerInput = {
  slots: ROTA_2025,
  teams: TEAMS_2025,
  councillors: CFCCL_MEMBERS_2025.concat(extra),
  qaCalendar: QA_2025,
  availability: {
    [extra[0].email]: [{ from: '2025-07-01', to: '2025-12-31' }],
    [extra[1].email]: ['2025-07-14', '2025-07-15', { from: '2025-09-01', to: '2025-09-30' }],
    'cllr.holland@example.gov.uk': [{ from: '2025-07-01', to: '2025-07-20' }]
  },
  bankHolidays: ['2025-12-25', '2025-12-26', '2026-04-03', '2026-04-06'],
  config: { ...FRONTLINE_2025, extraVisitVolunteers: 2 }
};

/** The same data in another order: rows, teams in rows, people, QA items and availability keys. */
function reorder(input: PlannerInput, seed: number): PlannerInput {
  const availability = input.availability ?? {};
  return {
    ...input,
    slots: shuffled(input.slots, seed).map((s) => ({ ...s, teamNames: shuffled(s.teamNames ?? [], seed + 1) })),
    teams: shuffled(input.teams, seed + 2),
    councillors: shuffled(input.councillors, seed + 3),
    qaCalendar: shuffled(input.qaCalendar, seed + 4),
    availability: Object.fromEntries(
      shuffled(Object.keys(availability), seed + 5).map((k) => [k, shuffled(availability[k], seed + 6)])
    ),
    bankHolidays: shuffled(input.bankHolidays ?? [], seed + 7)
  };
}

describe('determinism', () => {
  const plan = planRota(base);

  it('gives the same plan for the same input', () => {
    expect(planRota(base)).toEqual(plan);
    expect(JSON.stringify(planRota(base))).toBe(JSON.stringify(plan));
  });

  it.each([1, 2, 3, 42, 2025])('gives the same plan whatever the input order (seed %i)', (seed) => {
    expect(JSON.stringify(planRota(reorder(base, seed)))).toBe(JSON.stringify(plan));
  });

  it('uses neither the clock nor randomness', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const now = jest.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    try {
      expect(planRota(base)).toEqual(plan);
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('does not change its input', () => {
    const copy = JSON.parse(JSON.stringify(base));
    planRota(base);
    expect(JSON.parse(JSON.stringify(base))).toEqual(copy);
  });
});
