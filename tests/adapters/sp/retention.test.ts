// The retention sweep through @pnp/sp against the local list server, on a seeded 2016-2026 site:
// what goes at each date, the dry run changing nothing, a second run doing nothing, the audit trail
// (one entry per item, no form text), an item changed since it was judged kept, and a sweep stopped
// after K deletions then run again ending exactly as an uninterrupted one.
import type { SPFI } from '@pnp/sp';
import { OFFICER, startSite, type Site } from './harness';
import { retentionPreview } from '../../../src/webparts/dashboard/retentionSetup';
import { SpAuditLog } from '../../../src/adapters/sp/auditLog';
import { SpRetentionStore } from '../../../src/adapters/sp/retentionStore';
import { DEFAULT_RETENTION } from '../../../src/core/retention/settings';
import { runRetention, type RetentionDeps } from '../../../src/core/retention/sweep';
import type { RetentionStore } from '../../../src/core/retention/store';
import { LIST } from '../../../src/lists/schema';
import { FRONTLINE_2025 } from '../../../src/core/config';
import { FORM_TEXT, retentionAudit, seedRetentionSite, titles } from '../../kits/retentionData';

jest.setTimeout(120000);

const deps = (sp: SPFI, store: RetentionStore = new SpRetentionStore(sp, [], FRONTLINE_2025)): RetentionDeps => ({
  store,
  audit: new SpAuditLog(sp)
});
const run = (sp: SPFI, now: string, dryRun = false) =>
  runRetention(deps(sp), DEFAULT_RETENTION, now, { dryRun, batchSize: 4 });
const span = (prefix: string, years: number[]): string[] => years.map((y) => `${prefix} ${y}`);

let main: Site;
let plain: Site;
let interrupted: Site;
beforeAll(async () => {
  [main, plain, interrupted] = await Promise.all([startSite(), startSite(), startSite()]);
  await Promise.all([main, plain, interrupted].map((s) => seedRetentionSite(s.sp())));
});
afterAll(() => Promise.all([main, plain, interrupted].map((s) => s?.close())));

describe('the retention sweep against the lists', () => {
  it('the dry run lists what would go and why, and changes nothing', async () => {
    const sp = main.sp();
    const before = await titles(sp);
    const report = await run(sp, '2026-06-01T00:00:00Z', true);
    expect(report.counts.findings).toEqual({ judged: 16, due: 10, deleted: 0, keptAfterChange: 0 });
    expect(report.due.find((d) => d.list === 'findings' && d.id === 1)?.reason).toBe(
      'submitted form: 6 years after the committee meeting of 2019-01-15 (due 2025-01-15)'
    );
    expect(await titles(sp)).toEqual(before);
    expect(await retentionAudit(sp)).toEqual([]);
    // The dashboard's preview, with an officer's own Read: the same items and reasons.
    const preview = await retentionPreview(main.sp(OFFICER), '2026-06-01T00:00:00Z');
    expect(preview.due).toEqual(report.due);
    expect(preview.next.length).toBeGreaterThan(0);
    expect(await titles(sp)).toEqual(before);
  });

  it('deletes at each date what is past its period, and nothing else', async () => {
    const sp = main.sp();
    await run(sp, '2024-06-01T00:00:00Z');
    let now = await titles(sp);
    expect(now.findings).toEqual([
      ...span('draft', [2024, 2025]),
      ...span('form', [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])
    ]);
    expect(now.responses).toHaveLength(8);
    expect(now.sendLog).toEqual([...span('send', [2024, 2025, 2026]), 'sweep-baseline']);
    expect(now.conversations).toEqual(['conversation active', 'conversation hos', 'conversation stranger 2025']);
    expect(now.audit).toEqual(span('audit', [2018, 2019, 2020]));

    await run(sp, '2025-06-01T00:00:00Z');
    now = await titles(sp);
    expect(now.findings).toEqual([
      ...span('draft', [2025]),
      ...span('form', [2019, 2020, 2021, 2022, 2023, 2024, 2025])
    ]);
    expect(now.responses).toEqual(span('answer', [2019, 2020, 2021, 2022, 2023, 2024, 2025]));
    expect(now.sendLog).toEqual([...span('send', [2025, 2026]), 'sweep-baseline']);
    expect(now.audit).toEqual(span('audit', [2019, 2020]));

    await run(sp, '2026-06-01T00:00:00Z');
    now = await titles(sp);
    expect(now).toEqual({
      findings: span('form', [2020, 2021, 2022, 2023, 2024, 2025]),
      responses: span('answer', [2020, 2021, 2022, 2023, 2024, 2025]),
      sendLog: ['send 2026', 'sweep-baseline'],
      conversations: ['conversation active', 'conversation hos'],
      audit: ['audit 2020']
    });
  });

  it('writes one audit entry per deleted item: list, id, action, reason, and no form text', async () => {
    const audit = await retentionAudit(main.sp());
    // forms 2018-19 (2), drafts (8), answers 2018-19 (2), send 2018-25 (8), conversations (3), audit 2016-19 (4)
    expect(audit).toHaveLength(27);
    expect(audit.every((a) => a.Action === 'retention-deleted' && a.Actor === 'retention-sweep')).toBe(true);
    expect(audit.some((a) => a.Detail.includes(FORM_TEXT))).toBe(false);
    expect(audit).toContainEqual(
      expect.objectContaining({
        TargetList: 'conversations',
        Detail: 'Deleted: conversation of a councillor who has left (inactive)'
      })
    );
    expect(
      audit
        .filter((a) => a.TargetList === 'findings')
        .map((a) => a.TargetId)
        .sort((x, y) => x - y)
    ).toEqual([1, 2, 9, 10, 11, 12, 13, 14, 15, 16]);
  });

  it('a second run at the same time does nothing', async () => {
    const sp = main.sp();
    const before = { titles: await titles(sp), audit: await retentionAudit(sp) };
    const report = await run(sp, '2026-06-01T00:00:00Z');
    expect(report.due).toEqual([]);
    expect({ titles: await titles(sp), audit: await retentionAudit(sp) }).toEqual(before);
  });

  it('re-reads and re-judges an item changed since it was judged, and keeps it', async () => {
    const sp = main.sp();
    const list = sp.web.lists.getByTitle(LIST.conversations);
    const added = (await list.items.add({
      Title: 'conversation late',
      UserEmail: 'late@example.gov.uk',
      UpdatedAt: '2025-01-01T00:00:00Z'
    })) as { Id: number };
    const store = new SpRetentionStore(sp, [], FRONTLINE_2025);
    const racing: RetentionStore = {
      snapshot: async () => {
        const snap = await store.snapshot();
        // The person uses the bot again between the sweep's read and its delete.
        await list.items.getById(added.Id).update({ UpdatedAt: '2026-05-31T00:00:00Z' });
        return snap;
      },
      reread: (l, id) => store.reread(l, id),
      remove: (l, id, etag) => store.remove(l, id, etag)
    };
    const report = await runRetention(deps(sp, racing), DEFAULT_RETENTION, '2026-06-01T00:00:00Z');
    expect(report.counts.conversations).toMatchObject({ due: 1, deleted: 0, keptAfterChange: 1 });
    expect((await titles(sp)).conversations).toContain('conversation late');
    const entries = (await retentionAudit(sp)).filter(
      (a) => a.TargetList === 'conversations' && a.TargetId === added.Id
    );
    expect(entries.map((a) => a.Action).sort()).toEqual(['retention-deleted', 'retention-kept']);
  });

  it('a sweep stopped after K deletions, run again, ends exactly as an uninterrupted one', async () => {
    await run(plain.sp(), '2026-06-01T00:00:00Z');
    const sp = interrupted.sp();
    const store = new SpRetentionStore(sp, [], FRONTLINE_2025);
    let deleted = 0;
    const failing: RetentionStore = {
      snapshot: () => store.snapshot(),
      reread: (l, id) => store.reread(l, id),
      remove: async (l, id, etag) => {
        if (deleted >= 7) throw new Error('injected: the list server went away');
        const outcome = await store.remove(l, id, etag);
        if (outcome === 'deleted') deleted += 1;
        return outcome;
      }
    };
    await expect(
      runRetention(deps(sp, failing), DEFAULT_RETENTION, '2026-06-01T00:00:00Z', { batchSize: 4 })
    ).rejects.toThrow('injected');
    expect(deleted).toBeGreaterThanOrEqual(7);
    expect(deleted).toBeLessThan(27);
    const midway = await titles(sp);
    expect(midway).not.toEqual(await titles(plain.sp()));
    await run(sp, '2026-06-01T00:00:00Z');
    expect(await titles(sp)).toEqual(await titles(plain.sp()));
    expect(await retentionAudit(sp)).toEqual(await retentionAudit(plain.sp()));
  });
});
