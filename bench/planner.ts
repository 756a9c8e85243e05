// Planner scale (issue 7, item 5): planRota at 60 councillors x 40 team visits (target 100 ms) and
// 1,000 x 500 (target 2 s), median of 5 timed runs after 1 warm-up, with the constraint result.
// Inputs are the same deterministic scenario as tests/core/planner/scale.test.ts (copied, so the
// correctness tests and these timings describe one workload); the hard rules are re-checked by the
// tests' independent checker, which shares no code with the planner.
import { performance } from 'perf_hooks';
import { FRONTLINE_2025, type ProcessConfig } from '../src/core/config';
import type { Councillor, QaActivity, Team } from '../src/core/model';
import { planRota, type PlannerInput, type PlannerSlot, type Unavailability } from '../src/core/planner';
import { addDays, londonEndOfDay, londonInstant } from '../src/core/time/london';
import { violations } from '../tests/core/planner/helpers';

const MONTHS = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'].concat(
  ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']
);
const day = (month: string, d: number): string => `${month}-${String(d).padStart(2, '0')}`;

/** `teams` teams in rows of `perRow`; councillors free in most months, each away one month. */
export function scenario(councillors: number, teams: number, perRow: number, config: ProcessConfig = FRONTLINE_2025): PlannerInput {
  const teamList: Team[] = [];
  const slots: PlannerSlot[] = [];
  for (let i = 0; i < teams; i += perRow) {
    const r = slots.length;
    const ids: number[] = [];
    for (let j = i; j < Math.min(teams, i + perRow); j++) {
      teamList.push({ id: j + 1, name: `Team ${j}`, area: `Area ${r}`, serviceManagerEmail: '', headOfServiceEmail: '', location: '' });
      ids.push(j + 1);
    }
    slots.push({ area: `Area ${r}`, teamIds: ids, month: MONTHS[r % 12], committee: config.committees[r % config.committees.length] });
  }
  const people: Councillor[] = [];
  const availability: Record<string, Unavailability[]> = {};
  for (let i = 0; i < councillors; i++) {
    const email = `c${i}@example.gov.uk`;
    people.push({
      name: `Cllr ${String(i).padStart(4, '0')}`,
      email,
      committees: [config.committees[i % config.committees.length]],
      secondVisitVolunteer: i % 17 === 0,
      active: true,
      dataProtectionTrainingDate: i % 7 ? '2025-01-01T09:00:00.000Z' : undefined
    });
    const away = MONTHS[(i * 7) % 12];
    availability[email] = [{ from: `${away}-01`, to: `${away}-28` }, `${MONTHS[(i * 5) % 12]}-15`];
  }
  const qaCalendar: QaActivity[] = [];
  for (let i = 0; i < 40; i++) {
    const start = day(MONTHS[i % 12], 1 + ((i * 3) % 25));
    qaCalendar.push({
      title: `QA ${i}`,
      kind: i % 5 === 0 ? 'Committee meeting' : 'Audit',
      start: londonInstant(start),
      end: londonEndOfDay(addDays(start, i % 4)),
      areas: i % 3 ? [`Area ${i % 25}`] : []
    });
  }
  return { slots, teams: teamList, councillors: people, qaCalendar, availability, config };
}

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function measurePlanner(): Promise<Record<string, unknown>[]> {
  const cases = [
    { size: '60 x 40', councillors: 60, teams: 40, perRow: 4, targetMs: 100 },
    { size: '1000 x 500', councillors: 1000, teams: 500, perRow: 10, targetMs: 2000 }
  ];
  const rows: Record<string, unknown>[] = [];
  for (const c of cases) {
    try {
      const input = scenario(c.councillors, c.teams, c.perRow);
      planRota(input); // warm-up (JIT, date caches)
      const times: number[] = [];
      let plan = planRota(input);
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        plan = planRota(input);
        times.push(performance.now() - t0);
      }
      const ms = median(times);
      const broken = violations(input, plan);
      const unassigned = plan.issues.filter((x) => x.kind === 'unassigned-councillor').length;
      rows.push({
        size: c.size,
        medianMs: Math.round(ms * 10) / 10,
        minMs: Math.round(Math.min(...times) * 10) / 10,
        maxMs: Math.round(Math.max(...times) * 10) / 10,
        targetMs: c.targetMs,
        met: ms <= c.targetMs,
        visits: plan.visits.length,
        teamSlotsCovered: `${plan.summary.teamSlotsCovered}/${plan.summary.teamSlots}`,
        unassignedCouncillors: unassigned,
        issues: plan.issues.length,
        complete: plan.complete,
        hardRuleViolations: broken.length
      });
    } catch (e) {
      rows.push({ size: c.size, error: String(e instanceof Error ? e.message : e).split('\n')[0] });
    }
  }
  return rows;
}
