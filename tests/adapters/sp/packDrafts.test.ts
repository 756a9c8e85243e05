// The committee pack as a saved draft per meeting, through @pnp/sp against the local list server:
// saved and read back with its written bullets and their source statements; a stale ETag or a
// second first save refused (nothing overwritten); a councillor's plain REST write refused; and
// upgrade 9 (from 7 or 8) turning a service response saved before into that meeting's draft.
import { OFFICER, siteAtVersion, startSite, type Site } from './harness';
import { SpPackDraftStore } from '../../../src/adapters/sp/packDrafts';
import { SpPackResponseStore } from '../../../src/adapters/sp/packResponses';
import { provision } from '../../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../../src/adapters/sp/provision/permissions';
import { ConflictError } from '../../../src/core/errors';
import { newPackDraft, writeBullet } from '../../../src/core/pack/draft';
import { packResponse } from '../../../src/core/pack/responses';
import { DEFAULT_PACK_SETTINGS } from '../../../src/core/pack/settings';
import { LIST, SCHEMA_VERSION } from '../../../src/lists/schema';

const CF = 'Cared For Children and Care Leavers Committee';
const COUNCILLOR = 'cllr.bennett.wake@example.gov.uk';
const meeting = { committee: CF, committeeDay: '2025-09-02', appendices: [{ findingsId: 7 }, { findingsId: 8 }] };
const draft = writeBullet(newPackDraft(meeting, DEFAULT_PACK_SETTINGS), 'qualityStrengths', 'Staff feel supported', [
  'form:7:qualityStrengths:0',
  'form:8:qualityStrengths:5'
]);

describe('Committee pack drafts in the list', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site?.close());

  it('is saved per meeting and read back with its bullets, sources, implications and appendices', async () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(9);
    const store = new SpPackDraftStore(site.sp(OFFICER));
    const saved = await store.save(undefined, draft, OFFICER);
    const read = await store.get(CF, '2025-09-02');
    expect(read?.etag).toBe(saved.etag);
    expect(read?.draft).toEqual(draft);
    expect(read?.draft?.summary.qualityStrengths[0].sources).toEqual([
      'form:7:qualityStrengths:0',
      'form:8:qualityStrengths:5'
    ]);
    expect(read?.draft?.implications.map((i) => i.heading)).toContain('Monitoring Officer/Legal');
    expect(await store.get(CF, '2025-11-10')).toBeUndefined();
  });

  it('refuses a stale ETag and a second first save, so two officers never silently overwrite each other', async () => {
    const mine = new SpPackDraftStore(site.sp(OFFICER));
    const read = (await mine.get(CF, '2025-09-02'))!;
    const theirs = await mine.save(read, { ...draft, serviceResponse: 'Theirs.' });
    await expect(mine.save(read, { ...draft, serviceResponse: 'Mine.' })).rejects.toThrow(
      /Another officer saved the pack/
    );
    await expect(mine.save(undefined, { ...draft, serviceResponse: 'Mine.' })).rejects.toBeInstanceOf(ConflictError);
    expect((await mine.get(CF, '2025-09-02'))?.serviceResponse).toBe('Theirs.');
    await mine.save(theirs, { ...draft, serviceResponse: 'Mine, after reading theirs.' });
    expect((await mine.get(CF, '2025-09-02'))?.draft?.serviceResponse).toBe('Mine, after reading theirs.');
  });

  it('refuses a bad draft with what is allowed, before any request', async () => {
    const store = new SpPackDraftStore(site.sp(OFFICER));
    const bad = { ...draft, summary: { ...draft.summary, qualityStrengths: [{ text: '', sources: [] }] } };
    await expect(store.save(undefined, bad)).rejects.toThrow(
      /summary\.qualityStrengths\[0\]\.text must be a non-empty text of at most 2000 characters/
    );
  });

  it("refuses a councillor's plain REST write and read of the officers' list", async () => {
    const item = (await new SpPackDraftStore(site.sp()).get(CF, '2025-09-02'))!;
    const url = `${site.url}/_api/web/lists/getByTitle('${LIST.packResponses}')/items(${item.id})`;
    const headers = {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-Frontline-User': COUNCILLOR,
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*'
    };
    const write = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ ServiceResponse: 'Forged.' }) });
    expect(write.status).toBeGreaterThanOrEqual(400);
    expect(write.status).toBeLessThan(500);
    expect((await new SpPackDraftStore(site.sp()).get(CF, '2025-09-02'))?.serviceResponse).toBe(
      'Mine, after reading theirs.'
    );
    await expect(
      new SpPackDraftStore(site.sp(COUNCILLOR)).save(undefined, { ...draft, committeeDay: '2025-11-10' })
    ).rejects.toThrow();
  });
});

describe('upgrade 9', () => {
  it.each([7, 8])("turns a service response saved at schema %i into the meeting's draft, once", async (version) => {
    const site = await siteAtVersion(version, []);
    try {
      await new SpPackResponseStore(site.sp()).save(undefined, packResponse(CF, '2025-09-02', 'Saved before drafts.'));
      const report = await provision(site.sp(), { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] });
      expect(report.changes).toContain(
        "upgrade 9: each committee pack service response saved before becomes that meeting's pack draft"
      );
      const saved = await new SpPackDraftStore(site.sp()).get(CF, '2025-09-02');
      expect(saved?.draft).toMatchObject({ serviceResponse: 'Saved before drafts.', marking: 'OPEN', committee: CF });
      expect((await provision(site.sp(), { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] })).changes).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
