// Planner scale (issue 7, item 5): planRota at 60 councillors x 40 team visits (target 100 ms) and
// 1,000 x 500 (target 2 s), median of 5 timed runs after 1 warm-up, with the constraint result.
// Inputs are the deterministic scenario the correctness tests at these sizes use
// (tests/kits/plannerScenario.ts), so the tests and these timings describe one workload; the hard
// rules are re-checked by the tests' independent checker, which shares no code with the planner.
import { performance } from 'perf_hooks';
import { planRota } from '../src/core/planner';
import { violations } from '../tests/kits/plannerHelpers';
import { scenario } from '../tests/kits/plannerScenario';

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
