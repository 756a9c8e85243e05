// The matching on its own, against a textbook reference (Kuhn's augmenting paths over expanded seats).
import fc from 'fast-check';
import { matchUnits, type MatchingProblem } from '../../../src/core/planner/matching';
import { CAF } from '../../../src/core/samples/rota2025';
import { FRONTLINE_2025 } from '../../../src/core/config';
import { planRota } from '../../../src/core/planner';
import { councillor, team, violations } from '../../kits/plannerHelpers';

interface Spec {
  /** Teams per row. */
  teams: number[];
  maxVisits: number;
  /** Per first unit: eligible rows (preference order = unit order). */
  units: number[][];
  /** Second units: [first unit, eligible rows]. */
  seconds?: [number, number[]][];
  seats?: number;
}

function problem(spec: Spec): MatchingProblem {
  const rows = spec.teams.length;
  const unitRows = spec.units.concat((spec.seconds ?? []).map(([, r]) => r));
  const n = unitRows.length;
  const sibling = new Int32Array(n).fill(-1);
  const second = new Uint8Array(n);
  (spec.seconds ?? []).forEach(([first], i) => {
    const u = spec.units.length + i;
    sibling[u] = first;
    sibling[first] = u;
    second[u] = 1;
  });
  const eligible = Array.from({ length: rows }, (_, r) =>
    Int32Array.from(unitRows.map((rs, u) => (rs.indexOf(r) >= 0 ? u : -1)).filter((u) => u >= 0))
  );
  const order: number[] = [];
  const widest = Math.max(0, ...spec.teams);
  for (let q = 0; q < widest; q++) for (let r = 0; r < rows; r++) if (q < spec.teams[r]) order.push(r);
  for (let q = 0; q < widest * (spec.maxVisits - 1); q++)
    for (let r = 0; r < rows; r++) if (q < spec.teams[r] * (spec.maxVisits - 1)) order.push(r);
  return {
    unitCount: n,
    sibling,
    second,
    rowMonth: Int32Array.from(spec.teams, (_, r) => r),
    eligible,
    unitRows: unitRows.map((r) => Int32Array.from(r)),
    visitOrder: Int32Array.from(order),
    seatsPerVisit: spec.seats ?? 1
  };
}

/** Maximum number of units placed when row r holds at most cap[r] units (Kuhn's algorithm). */
function reference(unitRows: number[][], cap: number[]): number {
  const seats: number[] = [];
  cap.forEach((c, r) => {
    for (let k = 0; k < c; k++) seats.push(r);
  });
  const seatOwner = seats.map(() => -1);
  const tryUnit = (u: number, seen: boolean[]): boolean => {
    for (let s = 0; s < seats.length; s++) {
      if (seen[s] || unitRows[u].indexOf(seats[s]) < 0) continue;
      seen[s] = true;
      if (seatOwner[s] < 0 || tryUnit(seatOwner[s], seen)) {
        seatOwner[s] = u;
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let u = 0; u < unitRows.length; u++)
    if (
      tryUnit(
        u,
        seats.map(() => false)
      )
    )
      size++;
  return size;
}

describe('matchUnits', () => {
  it('moves a matched councillor along an augmenting path to make room', () => {
    // Unit 0 is free in both rows and sorts first; unit 1 only in row 0.
    const m = matchUnits(problem({ teams: [1, 1], maxVisits: 1, units: [[0, 1], [0]] }));
    expect(Array.from(m.unitRow)).toEqual([1, 0]);
    expect(Array.from(m.rowVisits)).toEqual([1, 1]);
  });

  it('undoes a visit that cannot get all its councillors, so they stay free for another row', () => {
    // Pairs: row 0 can only get unit 0; row 1 can take units 0 and 2.
    const m = matchUnits(problem({ teams: [1, 1], maxVisits: 1, units: [[0, 1], [1]], seats: 2 }));
    expect(Array.from(m.rowVisits)).toEqual([0, 1]);
    expect(Array.from(m.unitRow)).toEqual([1, 1]);
  });

  it('gives every member a first visit before a volunteer’s second', () => {
    // Unit 0 (volunteer, free rows 0-1) with second unit 3; unit 1 free rows 0 and 2; unit 2 only row 2.
    const m = matchUnits(
      problem({ teams: [1, 1, 1], maxVisits: 1, units: [[0, 1], [2, 0], [2]], seconds: [[0, [0, 1]]] })
    );
    const placed = Array.from(m.unitRow);
    expect(placed.slice(0, 3).every((r) => r >= 0)).toBe(true);
    expect(placed[3]).toBe(-1);
  });

  it('fills first visits of every row before any extra visit', () => {
    const m = matchUnits(
      problem({
        teams: [2, 1],
        maxVisits: 2,
        units: [
          [0, 1],
          [0, 1],
          [0, 1]
        ]
      })
    );
    expect(Array.from(m.rowVisits)).toEqual([2, 1]);
  });

  it('is a maximum matching that also covers as many first visits as possible (random graphs)', () => {
    const arb = fc
      .record({
        teams: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 5 }),
        maxVisits: fc.integer({ min: 1, max: 3 }),
        units: fc.array(fc.array(fc.nat(4), { maxLength: 4 }), { maxLength: 14 })
      })
      .map((s) => ({ ...s, units: s.units.map((rs) => Array.from(new Set(rs.filter((r) => r < s.teams.length)))) }));
    fc.assert(
      fc.property(arb, (spec) => {
        const m = matchUnits(problem(spec));
        const rowVisits = Array.from(m.rowVisits);
        spec.units.forEach((rs, u) => {
          if (m.unitRow[u] >= 0) expect(rs).toContain(m.unitRow[u]);
        });
        spec.teams.forEach((t, r) => {
          expect(Array.from(m.unitRow).filter((x) => x === r).length).toBe(rowVisits[r]);
          expect(rowVisits[r]).toBeLessThanOrEqual(t * spec.maxVisits);
        });
        const total = rowVisits.reduce((a, b) => a + b, 0);
        const firsts = rowVisits.reduce((a, v, r) => a + Math.min(v, spec.teams[r]), 0);
        expect(total).toBe(
          reference(
            spec.units,
            spec.teams.map((t) => t * spec.maxVisits)
          )
        );
        expect(firsts).toBe(reference(spec.units, spec.teams));
      }),
      { numRuns: 500 }
    );
  });
});

describe('augmenting paths through planRota', () => {
  it('covers both months when the first councillor by name is needed in the second', () => {
    const cs = [councillor('Able', [CAF]), councillor('Baker', [CAF])];
    const input = {
      slots: [
        { area: 'North', teamIds: [1], month: '2025-07', committee: CAF },
        { area: 'North', teamIds: [1], month: '2025-09', committee: CAF }
      ],
      teams: [team(1, 'North A', 'North')],
      councillors: cs,
      qaCalendar: [],
      availability: { [cs[1].email]: [{ from: '2025-08-01', to: '2025-12-31' }] },
      config: { ...FRONTLINE_2025, extraVisitVolunteers: 0, maxVisitsPerTeam: 1 }
    };
    const plan = planRota(input);
    expect(violations(input, plan)).toEqual([]);
    expect(plan.complete).toBe(true);
    expect(plan.visits.map((v) => [v.visitMonth, v.councillorEmails[0]])).toEqual([
      ['2025-07', cs[1].email],
      ['2025-09', cs[0].email]
    ]);
  });
});
