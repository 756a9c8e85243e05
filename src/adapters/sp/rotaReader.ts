// The rota view's reads in one $batch: teams, the year's visits, the QA calendar and councillors.
// A page that comes back full is re-read with paging, so a huge list is slower, never truncated.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { RotaReader, RotaYearData } from '../../core/ports/rotaReader';
import type { YearMonth } from '../../core/model';
import { daysOfMonth, londonEndOfDay, londonInstant } from '../../core/time/london';
import { LIST } from '../../lists/schema';
import { mapSpError } from './errors';
import { ListStore, PAGE_SIZE } from './listStore';
import { councillorMapper, qaMapper, teamMapper, visitMapper, type Item, type Mapper } from './mappers';
import { odataDate, odataString } from './values';

interface Part<T> {
  list: string;
  mapper: Mapper<T>;
  noun: string;
  filter?: string;
}

export class SpRotaReader implements RotaReader {
  public constructor(private readonly sp: SPFI) {}

  public async readYear(start: YearMonth, end: YearMonth): Promise<RotaYearData> {
    const from = londonInstant(`${start}-01`);
    const to = londonEndOfDay(daysOfMonth(end).slice(-1)[0]);
    const visitsPart: Part<RotaYearData['visits'][number]> = {
      list: LIST.visits,
      mapper: visitMapper,
      noun: 'visit',
      filter: `VisitMonth ge ${odataString(start)} and VisitMonth le ${odataString(end)}`
    };
    // QA items overlapping the year.
    const qaPart: Part<RotaYearData['qa'][number]> = {
      list: LIST.qa,
      mapper: qaMapper,
      noun: 'calendar entry',
      filter: `Start le ${odataDate(to)} and End ge ${odataDate(from)}`
    };
    const teamsPart: Part<RotaYearData['teams'][number]> = { list: LIST.teams, mapper: teamMapper, noun: 'team' };
    const councillorsPart: Part<RotaYearData['councillors'][number]> = {
      list: LIST.councillors,
      mapper: councillorMapper,
      noun: 'councillor'
    };

    const [batched, execute] = this.sp.batched();
    const pending = [visitsPart, qaPart, teamsPart, councillorsPart].map((p) => this.page(batched, p as Part<unknown>));
    try {
      await execute();
    } catch (e) {
      mapSpError(e, 'the rota');
    }
    const [visits, qa, teams, councillors] = await Promise.all(
      pending.map((p, i) => this.complete(p, [visitsPart, qaPart, teamsPart, councillorsPart][i] as Part<unknown>))
    );
    return {
      visits: visits as RotaYearData['visits'],
      qa: qa as RotaYearData['qa'],
      teams: teams as RotaYearData['teams'],
      councillors: councillors as RotaYearData['councillors']
    };
  }

  public async plannedMonths(): Promise<YearMonth[]> {
    const months = new Set<string>();
    try {
      const q = this.sp.web.lists.getByTitle(LIST.visits).items.select('VisitMonth').top(PAGE_SIZE);
      for await (const page of q)
        for (const item of page as Item[]) if (item.VisitMonth) months.add(String(item.VisitMonth));
    } catch (e) {
      mapSpError(e, 'the rota');
    }
    return [...months].sort();
  }

  private page(batched: SPFI, part: Part<unknown>): Promise<Item[]> {
    let q = batched.web.lists
      .getByTitle(part.list)
      .items.select(...part.mapper.select)
      .top(PAGE_SIZE);
    if (part.filter) q = q.filter(part.filter);
    return q() as Promise<Item[]>;
  }

  private async complete(pending: Promise<Item[]>, part: Part<unknown>): Promise<unknown[]> {
    let items: Item[];
    try {
      items = await pending;
    } catch (e) {
      return mapSpError(e, `the ${part.list} list`);
    }
    if (items.length < PAGE_SIZE) return items.map((i) => part.mapper.fromItem(i));
    return new ListStore(this.sp, part.list, part.mapper, part.noun).query(part.filter);
  }
}
