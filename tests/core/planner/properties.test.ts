// Property-based tests: random rotas, people, QA calendars, availability and process settings.
// Whatever the input, the plan must keep every hard rule (see helpers.violations).
import fc from 'fast-check';
import { FRONTLINE_2025, type ProcessConfig } from '../../../src/core/config';
import { QA_KINDS, type Councillor, type QaActivity, type Team } from '../../../src/core/model';
import { planRota, type PlannerInput, type PlannerSlot, type Unavailability } from '../../../src/core/planner';
import { addDays, londonEndOfDay, londonInstant } from '../../../src/core/time/london';
import { blockedBecause, shuffled, slotTeams, team, unavailableOn, violations } from '../../kits/plannerHelpers';

const AREAS = ['North', 'South', 'East'];
const MONTHS = ['2025-07', '2025-08', '2025-12', '2026-03'];
const COMMITTEES = FRONTLINE_2025.committees;
const HOLIDAYS = ['2025-08-25', '2025-12-25', '2025-12-26', '2026-03-17'];

const day = (month: string, d: number): string => `${month}-${String(d).padStart(2, '0')}`;

// Weighted towards the 2025 process (one councillor a visit) but covering pairs and threes.
const arbSettings = fc.record({
  councillorsPerVisit: fc.oneof(
    { arbitrary: fc.constant(1), weight: 3 },
    { arbitrary: fc.constant(2), weight: 2 },
    { arbitrary: fc.constant(3), weight: 1 }
  ),
  extraVisitVolunteers: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: 2 })),
  maxVisitsPerTeam: fc.integer({ min: 1, max: 3 })
});

const arbSlot = fc.record({
  area: fc.constantFrom(...AREAS),
  month: fc.constantFrom(...MONTHS),
  teams: fc.integer({ min: 1, max: 3 }),
  committee: fc.constantFrom(...COMMITTEES),
  // Visit an earlier row's teams again in this row's month, when areas and months allow.
  repeat: fc.boolean(),
  byName: fc.boolean()
});

const arbCouncillor = fc.record({
  committees: fc.oneof(
    { arbitrary: fc.constant([COMMITTEES[0]]), weight: 3 },
    { arbitrary: fc.constant([COMMITTEES[1]]), weight: 3 },
    { arbitrary: fc.constant(COMMITTEES.slice()), weight: 1 },
    { arbitrary: fc.constant(['Planning Committee']), weight: 1 }
  ),
  volunteer: fc.boolean(),
  active: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
  trained: fc.boolean(),
  away: fc.array(
    fc.record({
      month: fc.constantFrom(...MONTHS),
      from: fc.integer({ min: 1, max: 28 }),
      days: fc.integer({ min: 0, max: 25 })
    }),
    {
      maxLength: 2
    }
  )
});

const arbQa = fc.record({
  kind: fc.constantFrom(...QA_KINDS),
  month: fc.constantFrom(...MONTHS),
  from: fc.integer({ min: 1, max: 28 }),
  days: fc.integer({ min: 0, max: 12 }),
  // Start and end at odd London times, so instants near midnight are converted to London days.
  startTime: fc.constantFrom('00:00', '09:30', '23:30'),
  areas: fc.subarray(AREAS)
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Raw = [
  ValueOf<typeof arbSettings>,
  ValueOf<typeof arbSlot>[],
  ValueOf<typeof arbCouncillor>[],
  ValueOf<typeof arbQa>[],
  string[]
];

function build([settings, rawSlots, rawPeople, rawQa, holidays]: Raw): PlannerInput {
  const config: ProcessConfig = { ...FRONTLINE_2025, ...settings };
  const teams: Team[] = [];
  const slots: PlannerSlot[] = [];
  rawSlots.forEach((s, i) => {
    const earlier = slots.find(
      (o) => o.area === s.area && o.month !== s.month && !slots.some((x) => x.area === s.area && x.month === s.month)
    );
    let ids: number[];
    if (s.repeat && earlier) ids = (earlier.teamIds ?? []).slice();
    else {
      ids = [];
      for (let k = 0; k < s.teams; k++) {
        teams.push(team(teams.length + 1, `Team ${i}-${k}`, s.area));
        ids.push(teams.length);
      }
    }
    slots.push({ area: s.area, month: s.month, committee: s.committee, teamIds: ids });
  });
  // Some rows name their teams instead (team names are unique here).
  const named = slots.map((s, i) =>
    rawSlots[i].byName ? { ...s, teamIds: undefined, teamNames: (s.teamIds ?? []).map((id) => teams[id - 1].name) } : s
  );
  const councillors: Councillor[] = rawPeople.map((p, i) => ({
    name: `Cllr ${String.fromCharCode(65 + (i % 26))}${i}`,
    email: `cllr${i}@example.gov.uk`,
    committees: p.committees,
    secondVisitVolunteer: p.volunteer,
    active: p.active,
    dataProtectionTrainingDate: p.trained ? '2025-01-01T09:00:00.000Z' : undefined
  }));
  const availability: Record<string, Unavailability[]> = {};
  rawPeople.forEach((p, i) => {
    if (p.away.length === 0) return;
    availability[`cllr${i}@example.gov.uk`] = p.away.map((a) =>
      a.days === 0 ? day(a.month, a.from) : { from: day(a.month, a.from), to: addDays(day(a.month, a.from), a.days) }
    );
  });
  const qaCalendar: QaActivity[] = rawQa.map((q, i) => ({
    title: `QA ${i}`,
    kind: q.kind,
    start: londonInstant(day(q.month, q.from), q.startTime),
    end: londonEndOfDay(addDays(day(q.month, q.from), q.days)),
    areas: q.areas
  }));
  return { slots: named, teams, councillors, qaCalendar, availability, bankHolidays: holidays, config };
}

const arbInput = fc
  .tuple(
    arbSettings,
    fc.array(arbSlot, { minLength: 1, maxLength: 4 }),
    fc.array(arbCouncillor, { maxLength: 24, size: 'medium' }),
    fc.array(arbQa, { maxLength: 5 }),
    fc.subarray(HOLIDAYS)
  )
  .map(build);

describe('planner properties', () => {
  it('keeps every hard rule for random input', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        expect(violations(input, planRota(input))).toEqual([]);
      }),
      { numRuns: 400 }
    );
  });

  it('with one councillor a visit and no volunteers, never leaves a free member out while a team they could visit is uncovered', () => {
    const single = arbInput.map((i) => ({
      ...i,
      config: { ...i.config, councillorsPerVisit: 1, extraVisitVolunteers: 0 }
    }));
    fc.assert(
      fc.property(single, (input) => {
        const plan = planRota(input);
        const visited = new Set(plan.visits.flatMap((v) => v.councillorEmails));
        const idle = input.councillors.filter(
          (c) => c.active && c.committees.some((k) => COMMITTEES.indexOf(k) >= 0) && !visited.has(c.email)
        );
        const uncovered = slotTeams(input).filter(
          (s) => !plan.visits.some((v) => v.teamId === s.teamId && v.visitMonth === s.month)
        );
        for (const s of uncovered) {
          for (const c of idle) {
            const free = Array.from({ length: 31 }, (_, d) => addDays(`${s.month}-01`, d))
              .filter((d) => d.slice(0, 7) === s.month)
              .filter((d) => !blockedBecause(input, s.area, d) && !unavailableOn(input, c.email, d));
            expect({ team: s.teamId, month: s.month, idle: c.email, free }).toEqual({
              team: s.teamId,
              month: s.month,
              idle: c.email,
              free: []
            });
          }
        }
      }),
      { numRuns: 300 }
    );
  });

  it('gives the same plan whatever the input order', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 1, max: 1e6 }), (input, seed) => {
        const reordered: PlannerInput = {
          ...input,
          slots: shuffled(input.slots, seed),
          teams: shuffled(input.teams, seed + 1),
          councillors: shuffled(input.councillors, seed + 2),
          qaCalendar: shuffled(input.qaCalendar, seed + 3),
          bankHolidays: shuffled(input.bankHolidays ?? [], seed + 4)
        };
        expect(JSON.stringify(planRota(reordered))).toBe(JSON.stringify(planRota(input)));
      }),
      { numRuns: 150 }
    );
  });
});
