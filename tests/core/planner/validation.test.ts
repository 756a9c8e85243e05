import { FRONTLINE_2025 } from '../../../src/core/config';
import { ConfigError, DomainError } from '../../../src/core/errors';
import { planRota, PlannerInputError, type PlannerInput } from '../../../src/core/planner';
import { CAF } from '../../../src/core/samples/rota2025';
import { input, members, NORTH, ONE_VISIT, TEAMS } from './fixtures';
import { councillor, team } from '../../kits/plannerHelpers';

describe('input validation', () => {
  const good = (): PlannerInput =>
    input({ slots: [{ area: NORTH, teamIds: [1], month: '2025-07', committee: CAF }], councillors: members(['A']) });

  it('lists every fault in one PlannerInputError', () => {
    const bad: PlannerInput = {
      ...good(),
      teams: TEAMS.concat(team(1, 'Duplicate id', NORTH), team(9, 'North A', NORTH)),
      slots: [
        { area: NORTH, teamNames: ['Nowhere Team'], month: '2025-07', committee: CAF },
        { area: NORTH, teamIds: [42], month: '2025-13', committee: CAF },
        { area: NORTH, teamIds: [4], month: '2025-08', committee: CAF },
        { area: NORTH, teamIds: [2], month: '2025-7', committee: 'Planning Committee' },
        { area: NORTH, teamNames: ['north a'], month: '2025-09', committee: CAF },
        { area: NORTH, teamIds: [3, 3], month: '2025-10', committee: CAF, committeeDay: '2025-02-30' }
      ],
      councillors: [councillor('A', [CAF]), { ...councillor('B', [CAF]), email: 'A@EXAMPLE.GOV.UK' }],
      qaCalendar: [
        { title: 'Backwards', kind: 'Audit', start: '2025-07-10T09:00:00Z', end: '2025-07-09T09:00:00Z', areas: [] }
      ],
      availability: { 'a@example.gov.uk': [{ from: '2025-07-10', to: '2025-07-01' }, '2025-02-29'] },
      bankHolidays: ['25/12/2025']
    };
    let error: unknown;
    try {
      planRota(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlannerInputError);
    expect(error).toBeInstanceOf(DomainError);
    const e = error as PlannerInputError;
    expect(e.code).toBe('InvalidPlannerInput');
    const expected = [
      /team id 1 is used by/,
      /unknown team 'Nowhere Team'/,
      /unknown team id 42/,
      /month '2025-13' is not YYYY-MM/,
      /team 'South A' is in area 'South', not 'North Locality'/,
      /month '2025-7' is not YYYY-MM/,
      /committee 'Planning Committee' is not one of/,
      /team name 'north a' matches 2 teams/,
      /'North C' is listed more than once/,
      /committee day '2025-02-30'/,
      /e-mail a@example.gov.uk is listed twice/,
      /Backwards.*ends before it starts/,
      /2025-07-10 to 2025-07-01 ends before it starts/,
      /'"2025-02-29"' is not a YYYY-MM-DD day/,
      /bank holiday '25\/12\/2025'/
    ];
    for (const pattern of expected) expect(e.problems.some((p) => pattern.test(p))).toBe(true);
    expect(e.problems).toHaveLength(expected.length);
    expect(e.message).toMatch(/^The rota cannot be planned: /);
  });

  it('refuses a committee that meets before the visits', () => {
    const i = {
      ...good(),
      slots: [{ area: NORTH, teamIds: [1], month: '2025-07', committee: CAF, committeeDay: '2025-06-30' }]
    };
    expect(() => planRota(i)).toThrow(/meets before the visits' month/);
  });

  it('refuses an invalid process configuration', () => {
    expect(() => planRota({ ...good(), config: { ...FRONTLINE_2025, councillorsPerVisit: 0 } })).toThrow(ConfigError);
  });

  it('warns about availability for someone not on the councillor list, and plans anyway', () => {
    const p = planRota({ ...good(), config: ONE_VISIT, availability: { 'stranger@example.gov.uk': ['2025-07-01'] } });
    expect(p.warnings).toEqual([
      expect.objectContaining({ kind: 'unknown-availability-councillor', councillorEmail: 'stranger@example.gov.uk' })
    ]);
    expect(p.complete).toBe(true);
  });

  it('plans an empty rota without error', () => {
    const p = planRota({ ...good(), slots: [], councillors: [], config: ONE_VISIT });
    expect(p).toMatchObject({ visits: [], issues: [], complete: true });
  });
});
