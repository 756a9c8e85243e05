// The import over the port (in memory here; tests/node/importHistory.test.ts runs it against the
// list server), and history as themes statements.
import { historyStatements, importHistory, parsePapers, sameFinding } from '../../../src/core/history';
import { MemoryHistoryRepository as Memory } from '../../kits/memory';
import { allPapers, seedText } from './seedText';

describe('importHistory', () => {
  it('creates every record once, per paper, and a second run changes nothing', async () => {
    const repo = new Memory();
    const first = await importHistory(repo, allPapers());
    expect(first).toEqual({
      created: 103,
      unchanged: 0,
      updated: 0,
      byPaper: {
        'seed-000': { created: 32, unchanged: 0, updated: 0 },
        'seed-001': { created: 46, unchanged: 0, updated: 0 },
        'seed-004': { created: 25, unchanged: 0, updated: 0 }
      }
    });
    const again = await importHistory(repo, allPapers());
    expect(again).toMatchObject({ created: 0, unchanged: 103, updated: 0 });
    expect(await repo.all()).toHaveLength(103);
    expect((await repo.byPeriod('2017-18')).map((r) => r.paper)).toEqual(Array(46).fill('seed-001'));
  });

  it('rewrites only the records whose paper text changed, under the same key', async () => {
    const repo = new Memory();
    await importHistory(repo, allPapers());
    const before = (await repo.all()).find((r) => r.key === 'seed-000:para-23:3');
    const corrected = allPapers().map((p) =>
      p.paper === 'seed-000'
        ? { ...p, text: p.text.replace('- Timely decisions.', '- Timely decisions for children.') }
        : p
    );
    expect(await importHistory(repo, corrected)).toMatchObject({
      created: 0,
      unchanged: 102,
      updated: 1,
      byPaper: { 'seed-000': { updated: 1, unchanged: 31 } }
    });
    const after = (await repo.all()).find((r) => r.key === 'seed-000:para-23:3');
    expect(after).toMatchObject({ id: before?.id, text: 'Timely decisions for children.' });
    expect(after?.etag).not.toBe(before?.etag);
  });

  it('refuses an unknown paper, or a text that yields nothing, before writing anything', async () => {
    const repo = new Memory();
    await expect(importHistory(repo, [{ paper: 'seed-009', text: 'x' }])).rejects.toThrow(
      /No parser for paper 'seed-009'/
    );
    await expect(importHistory(repo, [{ paper: 'seed-001', text: seedText('seed-000') }])).rejects.toThrow(
      /gave no findings/
    );
    await expect(
      importHistory(repo, [...allPapers(), { paper: 'seed-000', text: seedText('seed-000') }])
    ).rejects.toThrow(/share the key 'seed-000:para-23:1'/);
    expect(await repo.all()).toEqual([]);
  });
});

it('counts a record the list hands back with CRLF line ends, trimmed, or with the same instant written differently as unchanged', () => {
  const [record] = parsePapers(allPapers());
  const fromList = {
    ...record,
    responseText: ` ${record.responseText?.replace(/\n/g, '\r\n')} `,
    committeeDate: record.committeeDate?.replace('.000Z', 'Z')
  };
  expect(sameFinding(record, fromList)).toBe(true);
  expect(sameFinding(record, { ...record, text: `${record.text} More.` })).toBe(false);
  expect(sameFinding(record, { ...record, summarisesForms: true })).toBe(false);
  expect(sameFinding(record, { ...record, visitDate: '2023-10-01T00:00:00.000Z' })).toBe(false);
});

describe('historyStatements', () => {
  const records = parsePapers(allPapers());

  it('makes each record a history statement keyed history:<key>, with its paper and paragraph', () => {
    const statements = historyStatements(records);
    expect(statements.find((s) => s.key === 'history:seed-000:para-24:5')).toEqual({
      key: 'history:seed-000:para-24:5',
      text: 'The police moving out of Delamere House has had an impact on ease of information sharing.',
      area: 'other',
      kind: 'development',
      period: '2023-24',
      committeeDate: '2025-06-08T23:00:00.000Z',
      teamName: 'Cheshire East Consultation Service (ChECS)',
      serviceArea: 'Front Door',
      source: { kind: 'history', paper: 'seed-000', ref: 'para 24' }
    });
  });

  it("leaves out seed 004's summary of the forms unless asked, so the forms are not counted twice", () => {
    expect(historyStatements(records)).toHaveLength(78);
    expect(historyStatements(records).some((s) => s.source.paper === 'seed-004')).toBe(false);
    const withSummaries = historyStatements(records, { includeSummaries: true });
    expect(withSummaries).toHaveLength(103);
    expect(withSummaries.filter((s) => s.period === '2025-26')).toHaveLength(25);
  });
});
