// The history contract against both implementations: @pnp/sp on a fresh local list server, and
// the in-memory stores. Then what only the lists show: the unique key, the Title, and the filters
// on a list past the 5,000-item threshold.
import { historyRepositoryContract, themeCorrectionContract } from './historyStores.contract';
import { siteForFile, startSite, type Site } from './harness';
import { SpHistoryRepository, SpThemeCorrectionRepository } from '../../../src/adapters/sp/historyStores';
import { historyMapper, shortTitle } from '../../../src/adapters/sp/historyMappers';
import type { HistoryRepository, ThemeCorrectionRepository } from '../../../src/core/history/ports';
import { LIST } from '../../../src/lists/schema';
import { MemoryHistoryRepository, MemoryThemeCorrectionRepository } from '../../kits/memory';

const site = siteForFile();

describe.each<[string, () => HistoryRepository]>([
  ['@pnp/sp against the local list server', () => new SpHistoryRepository(site().sp())],
  ['in memory', () => new MemoryHistoryRepository()]
])('%s', (name, make) => historyRepositoryContract(name, make));

describe.each<[string, () => ThemeCorrectionRepository]>([
  ['@pnp/sp against the local list server', () => new SpThemeCorrectionRepository(site().sp())],
  ['in memory', () => new MemoryThemeCorrectionRepository()]
])('%s', (name, make) => themeCorrectionContract(name, make));

describe('SharePoint history stores', () => {
  it('titles an item with the start of its statement, and the list itself refuses a second item per key', async () => {
    const text =
      'Practitioners are increasingly exploring the family network and using family arrangements rather than foster placements, so children can be placed with people who already know and care about them.';
    await new SpHistoryRepository(site().sp()).upsert({
      key: 'sp:para-28:2',
      period: '2023-24',
      area: 'other',
      kind: 'strength',
      text,
      paper: 'seed-000',
      ref: 'para 28'
    });
    const items = site().sp().web.lists.getByTitle(LIST.history).items;
    const [item] = (await items.select('Title', 'HistoryKey').filter("HistoryKey eq 'sp:para-28:2'")()) as {
      Title: string;
    }[];
    expect(item.Title).toBe(
      'Practitioners are increasingly exploring the family network and using family arrangements rather…'
    );
    await expect(items.add({ Title: 'copy', HistoryKey: 'sp:para-28:2', Statement: 'copy' })).rejects.toThrow(
      /duplicate|unique|already/i
    );
  });
});

it('shortens titles at a word, and leaves short ones alone', () => {
  expect(shortTitle('Timely decisions.')).toBe('Timely decisions.');
  expect(shortTitle('a'.repeat(300)).length).toBe(100);
  expect(shortTitle('word '.repeat(40))).toMatch(/^(word ){18}word…$/);
});

describe('a history list of 5,200 items', () => {
  const N = 5200;
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
    site.server.seedItems(
      LIST.history,
      Array.from({ length: N }, (_, i) => ({
        ...historyMapper.toItem({
          key: `bulk:${i}`,
          period: i % 100 === 0 ? '2017-18' : '2023-24',
          area: 'other',
          kind: 'other',
          text: `Finding ${i}.`,
          paper: 'seed-000',
          ref: `para ${i}`
        }),
        Title: `Finding ${i}.`
      }))
    );
  }, 120000);
  afterAll(() => site?.close());

  it('the server refuses an unindexed filter on it', async () => {
    await expect(site.sp().web.lists.getByTitle(LIST.history).items.filter("SourceRef eq 'para 1'")()).rejects.toThrow(
      /list view threshold/
    );
  });

  it('every history read and the upsert still work', async () => {
    const repo = new SpHistoryRepository(site.sp());
    expect(await repo.byPeriod('2017-18')).toHaveLength(N / 100);
    expect(await repo.all()).toHaveLength(N);
    expect(
      await repo.upsert({
        key: 'bulk:5101',
        period: '2023-24',
        area: 'other',
        kind: 'other',
        text: 'Finding 5101.',
        paper: 'seed-000',
        ref: 'para 5101'
      })
    ).toBe('unchanged');
    expect(
      await repo.upsert({
        key: 'bulk:5199',
        period: '2023-24',
        area: 'other',
        kind: 'other',
        text: 'Finding 5199, reworded.',
        paper: 'seed-000',
        ref: 'para 5199'
      })
    ).toBe('updated');
    expect((await repo.byKey('bulk:5199'))?.text).toBe('Finding 5199, reworded.');
  });
});
