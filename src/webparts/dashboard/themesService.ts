// The themes view's data: every sent form split into statements and tagged, with the historical
// findings from the seed papers, and officers' corrections applied; and recording a correction.
import { getTemplate } from '../../core/forms';
import type { IsoDateTime } from '../../core/model';
import type { Repositories } from '../../core/ports/repositories';
import type { HistoryRepository, ThemeCorrectionRepository } from '../../core/history/ports';
import { historyStatements } from '../../core/history/statements';
import {
  DEFAULT_TAXONOMY,
  periodOf,
  statementsFromFindings,
  tagAll,
  themeTable,
  type ThemePeriodRow
} from '../../core/themes';
import type { Statement, TaggedStatement, Taxonomy } from '../../core/themes/types';

export interface ThemesData {
  taxonomy: Taxonomy;
  tagged: TaggedStatement[];
  /** Oldest first. */
  periods: string[];
  table: ThemePeriodRow[];
}

export interface ThemesService {
  load(): Promise<ThemesData>;
  /** An officer says a theme does (add) or does not (remove) apply to a statement. */
  correct(statementKey: string, themeId: string, action: 'add' | 'remove'): Promise<void>;
}

export interface ThemesDeps {
  repos: Pick<Repositories, 'visits' | 'teams' | 'findings'>;
  history: Pick<HistoryRepository, 'all'>;
  corrections: ThemeCorrectionRepository;
  userEmail: string;
  now: () => IsoDateTime;
  taxonomy?: Taxonomy;
}

export function themesService(deps: ThemesDeps): ThemesService {
  const taxonomy = deps.taxonomy ?? DEFAULT_TAXONOMY;
  return {
    async load() {
      const [visits, teams, history, corrections] = await Promise.all([
        deps.repos.visits.query(),
        deps.repos.teams.all(),
        deps.history.all(),
        deps.corrections.all()
      ]);
      const teamById = new Map(teams.map((t) => [t.id, t]));
      const visitById = new Map(visits.map((v) => [v.id, v]));
      const forms = (await deps.repos.findings.forVisits(visits.map((v) => v.id))).filter(
        (f) => f.status === 'Submitted'
      );
      const statements: Statement[] = [];
      for (const f of forms) {
        const visit = visitById.get(f.visitId);
        const when = visit?.visitStart ?? f.submittedAt;
        if (!visit || !when) continue;
        const team = teamById.get(visit.teamId);
        statements.push(
          ...statementsFromFindings(f, getTemplate(f.templateId), {
            visitId: visit.id,
            teamName: team?.name,
            serviceArea: team?.area,
            period: periodOf(when),
            committeeDate: visit.committeeDate
          })
        );
      }
      statements.push(...historyStatements(history));
      const tagged = tagAll(statements, taxonomy, corrections);
      const periods = [...new Set(statements.map((s) => s.period))].sort();
      return { taxonomy, tagged, periods, table: themeTable(tagged, periods) };
    },
    async correct(statementKey, themeId, action) {
      await deps.corrections.add({ statementKey, themeId, action, by: deps.userEmail, at: deps.now() });
    }
  };
}
