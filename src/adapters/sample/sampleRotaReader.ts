// A RotaReader over the 2025/26 sample data in core. The web part uses it until the @pnp/sp
// repositories exist, and tests use it as a second, trivially correct reader.
import type { RotaReader, RotaYearData } from '../../core/ports/rotaReader';
import type { YearMonth } from '../../core/model';
import { BEN_WYE, CFCCL_MEMBERS_2025, QA_2025, TEAMS_2025 } from '../../core/samples/rota2025';
import { VISITS_2025 } from '../../core/samples/visits2025';

export class SampleRotaReader implements RotaReader {
  public async readYear(start: YearMonth, end: YearMonth): Promise<RotaYearData> {
    const visits = VISITS_2025.filter((v) => v.visitMonth >= start && v.visitMonth <= end);
    const teamIds = new Set(visits.map((v) => v.teamId));
    return {
      teams: TEAMS_2025.filter((t) => teamIds.has(t.id)),
      visits,
      qa: QA_2025,
      councillors: [...CFCCL_MEMBERS_2025, BEN_WYE]
    };
  }

  public async plannedMonths(): Promise<YearMonth[]> {
    return Array.from(new Set(VISITS_2025.map((v) => v.visitMonth))).sort();
  }
}
