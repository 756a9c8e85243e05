// The rota view's reads (core/ports/rotaReader.ts) over the memory repository lists, as
// SpRotaReader makes them: every team and councillor, the visits planned in the months asked for,
// and the QA activity overlapping those months (London time).
import type { RotaReader } from '../../../src/core/ports/rotaReader';
import { daysOfMonth, londonEndOfDay, londonInstant } from '../../../src/core/time/london';
import type { RepositoryLists } from './repositories';

export function memoryRotaReader(t: RepositoryLists): RotaReader {
  return {
    async readYear(start, end) {
      const from = Date.parse(londonInstant(`${start}-01`));
      const to = Date.parse(londonEndOfDay(daysOfMonth(end).slice(-1)[0]));
      return {
        teams: t.teams.all(),
        visits: t.visits.all().filter((v) => v.visitMonth >= start && v.visitMonth <= end),
        qa: t.qa.all().filter((a) => Date.parse(a.start) <= to && Date.parse(a.end) >= from),
        councillors: t.councillors.all()
      };
    },
    async plannedMonths() {
      return Array.from(new Set(t.visits.all().map((v) => v.visitMonth))).sort();
    }
  };
}
