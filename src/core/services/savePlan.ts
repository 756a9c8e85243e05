// Saving the planner's drafts (planner/PlannedVisit) as Visit Rota items. A visit is matched by
// team, month and title, counted, so saving the same plan twice adds nothing, and a team planned
// twice in one month (maxVisitsPerTeam) keeps both visits.
import { assertCommittee } from '../committees';
import type { ProcessConfig } from '../config';
import type { Visit } from '../model';
import type { PlannedVisit } from '../planner';
import type { Stored, VisitRepository } from '../ports/repositories';
import { normalizeEmail } from '../email';

export interface SavePlanDeps {
  visits: Pick<VisitRepository, 'query' | 'add' | 'update'>;
  /** A planned visit is saved only for one of the process's committees (core/committees.ts). */
  config: Pick<ProcessConfig, 'committees'>;
}

export interface SavePlanResult {
  created: Stored<Visit>[];
  /** Planned visits already on the rota, left as they are (an officer may have changed them). */
  existing: Stored<Visit>[];
  /** Rota items planned by month only (no councillor, no day) that took the plan's councillors and day. */
  filled: Stored<Visit>[];
}

const keyOf = (v: { teamId: number; visitMonth: string; title: string }): string =>
  `${v.teamId}|${v.visitMonth}|${v.title.trim().toLowerCase()}`;

/**
 * Adds the planned visits that are not on the rota yet, as Planned items keeping the planner's
 * proposed start (the officer books it, or another day). A save cut short is finished by saving again.
 */
export async function savePlan(
  deps: SavePlanDeps,
  planned: PlannedVisit[],
  options: { pointOfContactEmail?: string } = {}
): Promise<SavePlanResult> {
  const result: SavePlanResult = { created: [], existing: [], filled: [] };
  if (!planned.length) return result;
  // Every committee is checked before anything is written, so a refused plan saves nothing.
  for (const p of planned) assertCommittee(p.committee, deps.config, `'${p.title}' cannot be saved`);
  const months = planned.map((p) => p.visitMonth).sort();
  const onRota = await deps.visits.query({ monthFrom: months[0], monthTo: months[months.length - 1] });
  const unclaimed = new Map<string, Stored<Visit>[]>();
  for (const v of onRota) unclaimed.set(keyOf(v), [...(unclaimed.get(keyOf(v)) ?? []), v]);
  for (const p of planned) {
    const match = unclaimed.get(keyOf(p))?.shift();
    if (match && isBlank(match)) {
      // The rota row the officers drew up by month: the plan fills it in, with its ETag.
      result.filled.push(
        await deps.visits.update(match, { councillorEmails: p.councillorEmails, visitStart: p.visitStart })
      );
      continue;
    }
    if (match) {
      result.existing.push(match);
      continue;
    }
    const { visitDay: _day, ...visit } = p;
    void _day;
    const poc = p.pointOfContactEmail ?? options.pointOfContactEmail;
    result.created.push(
      await deps.visits.add({
        ...visit,
        status: 'Planned',
        ...(poc ? { pointOfContactEmail: normalizeEmail(poc) } : {})
      })
    );
  }
  return result;
}

/** Only the month is planned: nobody assigned, no day, still Planned. */
function isBlank(v: Visit): boolean {
  return v.status === 'Planned' && v.councillorEmails.length === 0 && !v.visitStart;
}
