// Port: what the rota view needs to read. Adapters: the core samples now, @pnp/sp lists later.
import type { Councillor, QaActivity, Team, Visit, YearMonth } from '../model';

export interface RotaYearData {
  teams: Team[];
  visits: Visit[];
  qa: QaActivity[];
  councillors: Councillor[];
}

export interface RotaReader {
  /** Everything the rota view shows for visits planned in [start, end]. */
  readYear(start: YearMonth, end: YearMonth): Promise<RotaYearData>;
  /** The planned months that have any visit, so the view can find the nearest year with data. */
  plannedMonths(): Promise<YearMonth[]>;
}
