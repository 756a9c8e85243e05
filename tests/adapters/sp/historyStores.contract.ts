// The history contract (core/history/ports.ts): the SharePoint stores and the in-memory ones must
// both pass it. Stores may be shared between tests, so each test uses its own keys and periods.
// Times are whole seconds, as SharePoint keeps them.
import type { HistoricalFinding } from '../../../src/core/history/model';
import type { HistoryRepository, ThemeCorrectionRepository } from '../../../src/core/history/ports';
import type { ThemeCorrection } from '../../../src/core/themes/types';

const finding = (key: string, extra: Partial<HistoricalFinding> = {}): HistoricalFinding => ({
  key,
  period: '2023-24',
  teamName: 'Cheshire East Consultation Service (ChECS)',
  serviceArea: 'Front Door',
  area: 'other',
  kind: 'development',
  text: 'Communication with families could be improved.',
  paper: 'seed-000',
  ref: 'para 24',
  responseText: 'Practice has improved.\n\nA project plan is in place.',
  committeeDate: '2025-06-08T23:00:00.000Z',
  ...extra
});

export function historyRepositoryContract(name: string, factory: () => HistoryRepository): void {
  describe(`history repository contract: ${name}`, () => {
    it('creates a record, leaves it when it says the same, and rewrites it in place when the text changed', async () => {
      const repo = factory();
      const record = finding('c1:para-24:1', { visitDate: '2023-10-12T09:30:00.000Z', summarisesForms: true });
      expect(await repo.upsert(record)).toBe('created');
      const [stored] = (await repo.all()).filter((r) => r.key === record.key);
      expect(stored).toEqual({ ...record, id: expect.any(Number), etag: expect.any(String) });
      expect(await repo.upsert({ ...record })).toBe('unchanged');
      expect(await repo.upsert({ ...record, text: 'Communication with families could be better.' })).toBe('updated');
      const after = (await repo.all()).filter((r) => r.key === record.key);
      expect(after).toEqual([
        { ...record, text: 'Communication with families could be better.', id: stored.id, etag: expect.any(String) }
      ]);
      expect(after[0].etag).not.toBe(stored.etag);
    });

    it('clears on update what the paper no longer gives, and keeps absent fields absent', async () => {
      const repo = factory();
      const bare: HistoricalFinding = {
        key: 'c2:item:1',
        period: 'c2',
        area: 'quality',
        kind: 'other',
        text: 'Liquid Logic is great.',
        paper: 'seed-001',
        ref: 'Appendix 2'
      };
      expect(await repo.upsert(finding('c2:item:1', { period: 'c2', summarisesForms: true }))).toBe('created');
      expect(await repo.upsert(bare)).toBe('updated');
      expect(await repo.byPeriod('c2')).toEqual([{ ...bare, id: expect.any(Number), etag: expect.any(String) }]);
      expect(await repo.upsert({ ...bare })).toBe('unchanged');
    });

    it('lists a period', async () => {
      const repo = factory();
      for (const [key, period] of [
        ['c3:a:1', 'c3-2017-18'],
        ['c3:a:2', 'c3-2017-18'],
        ['c3:b:1', 'c3-2023-24']
      ])
        await repo.upsert(finding(key, { period }));
      expect((await repo.byPeriod('c3-2017-18')).map((r) => r.key).sort()).toEqual(['c3:a:1', 'c3:a:2']);
      expect((await repo.byPeriod('c3-2023-24')).map((r) => r.key)).toEqual(['c3:b:1']);
      expect(await repo.byPeriod('c3-1999-00')).toEqual([]);
      expect((await repo.all()).filter((r) => r.key.startsWith('c3:'))).toHaveLength(3);
    });

    it('keeps one record when the same finding is imported twice at once', async () => {
      const repo = factory();
      const outcomes = await Promise.all([1, 2, 3].map(() => repo.upsert(finding('c4:para-23:1'))));
      expect(outcomes.sort()).toEqual(['created', 'unchanged', 'unchanged']);
      expect((await repo.all()).filter((r) => r.key === 'c4:para-23:1')).toHaveLength(1);
    });

    it('round-trips and finds text with apostrophes, dashes and non-ASCII letters (OData quoting)', async () => {
      const repo = factory();
      const record = finding("c5:o'neil:1", {
        period: "c5 '17-18",
        teamName: "Children's Services – Zoë's team",
        text: "There is clear 'assess and release' criteria — £11,000."
      });
      expect(await repo.upsert(record)).toBe('created');
      expect(await repo.byPeriod("c5 '17-18")).toEqual([
        { ...record, id: expect.any(Number), etag: expect.any(String) }
      ]);
      expect(await repo.upsert(record)).toBe('unchanged');
    });
  });
}

const T0 = '2025-10-01T09:00:00.000Z';
const correction = (statementKey: string, extra: Partial<ThemeCorrection> = {}): ThemeCorrection => ({
  statementKey,
  themeId: 'workload',
  action: 'add',
  by: 'officer@example.gov.uk',
  at: T0,
  ...extra
});

export function themeCorrectionContract(name: string, factory: () => ThemeCorrectionRepository): void {
  describe(`theme correction contract: ${name}`, () => {
    it('adds a correction and lists it, e-mail lower case and time to the second', async () => {
      const repo = factory();
      const added = await repo.add(
        correction('history:k1:1', {
          by: ' Officer@Example.gov.uk',
          at: '2025-10-01T09:00:00.750Z',
          note: 'Caseloads, not workload.'
        })
      );
      const expected = {
        ...correction('history:k1:1', { note: 'Caseloads, not workload.' }),
        id: expect.any(Number),
        etag: expect.any(String)
      };
      expect(added).toEqual(expected);
      expect((await repo.all()).filter((c) => c.statementKey === 'history:k1:1')).toEqual([expected]);
    });

    it('lists corrections oldest first, so the latest word on a statement and theme comes last', async () => {
      const repo = factory();
      await repo.add(correction('history:k2:1', { action: 'remove', at: '2025-10-03T09:00:00.000Z' }));
      await repo.add(correction('history:k2:1', { action: 'add', at: '2025-10-02T09:00:00.000Z' }));
      const mine = (await repo.all()).filter((c) => c.statementKey === 'history:k2:1');
      expect(mine.map((c) => c.action)).toEqual(['add', 'remove']);
      expect(mine[1].note).toBeUndefined();
    });

    it('refuses a correction it could not store faithfully, and stores nothing', async () => {
      const repo = factory();
      const bad: ThemeCorrection[] = [
        correction('history:k3:1', { themeId: ' ' }),
        correction('history:k3:1', { action: 'keep' as ThemeCorrection['action'] }),
        correction(`history:${'x'.repeat(260)}`),
        correction('history:k3:1', { at: 'yesterday' })
      ];
      for (const c of bad) await expect(repo.add(c)).rejects.toMatchObject({ code: 'InvalidCorrection' });
      expect(
        (await repo.all()).filter((c) => c.statementKey.startsWith('history:k3') || c.statementKey.length > 255)
      ).toEqual([]);
    });
  });
}
