// Throttling and the request budget: 20% injected 429/503 lose and duplicate nothing, and the rota
// view costs the list server two requests (the planned months, then one $batch).
import { startSite, type Site } from './harness';
import { SpFindingsRepository, SpVisitRepository } from '../../../src/adapters/sp/repositories';
import { SpRotaReader } from '../../../src/adapters/sp/rotaReader';
import type { Visit } from '../../../src/core/model';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

const visit = (i: number): Omit<Visit, 'id'> => ({
  title: `Visit ${i}`,
  teamId: i,
  area: 'Front Door',
  visitMonth: '2026-02',
  durationMinutes: 150,
  councillorEmails: [`c${i}@example.gov.uk`],
  committee: 'Children and Families Committee',
  status: 'Planned',
  formTemplate: 'frontline-2025'
});

describe('under 20% injected 429/503', () => {
  it('loses and duplicates nothing', async () => {
    site.server.setFaults({ rate: 0.2, statuses: [429, 503], retryAfterSeconds: 0, seed: 41 });
    const sp = site.sp(undefined, 12);
    const visits = new SpVisitRepository(sp);
    const findings = new SpFindingsRepository(sp);
    const created = [];
    for (let i = 0; i < 40; i++) created.push(await visits.add(visit(i)));
    for (const v of created) await visits.update(v, { status: 'Booked', visitStart: '2026-02-10T10:00:00.000Z' });
    for (let i = 0; i < 40; i++) {
      await findings.create({
        visitId: created[i].id,
        councillorEmail: `c${i}@example.gov.uk`,
        status: 'Draft',
        channel: 'Teams',
        templateId: 'frontline-2025',
        answers: { qualityStrengths: `form ${i}` }
      });
    }
    const stats = site.server.faultStats();
    site.server.setFaults({ rate: 0 });

    expect(stats.injected).toBeGreaterThan(10);
    const all = await new SpVisitRepository(site.sp()).query();
    expect(all).toHaveLength(40);
    expect(new Set(all.map((v) => v.title)).size).toBe(40);
    expect(all.every((v) => v.status === 'Booked')).toBe(true);
    const forms = (await Promise.all(created.map((v) => new SpFindingsRepository(site.sp()).forVisit(v.id)))).flat();
    expect(forms.map((f) => f.answers.qualityStrengths).sort()).toEqual(
      Array.from({ length: 40 }, (_, i) => `form ${i}`).sort()
    );
  });
});

describe('request budget', () => {
  it('loads the rota view in two requests: planned months, then one $batch', async () => {
    const realFetch = globalThis.fetch;
    const calls: string[] = [];
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      const reader = new SpRotaReader(site.sp());
      const months = await reader.plannedMonths();
      const year = await reader.readYear('2025-05', '2026-04');
      expect(months).toEqual(['2026-02']);
      expect(year.visits).toHaveLength(40);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatch(/^POST .*\/_api\/\$batch$/);
  });
});
