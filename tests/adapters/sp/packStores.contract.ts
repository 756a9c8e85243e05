// The committee pack contract (core/pack/drafts.ts, core/pack/responses.ts): the pack draft store
// and the service response store over one Committee Pack Responses list, SharePoint's and the
// in-memory one alike. Stores may be shared between tests, so each test uses its own meeting.
import { ConflictError } from '../../../src/core/errors';
import type { PackDraftStore } from '../../../src/core/pack/drafts';
import { newPackDraft, writeBullet } from '../../../src/core/pack/draft';
import { packResponse, type PackResponseStore } from '../../../src/core/pack/responses';
import { DEFAULT_PACK_SETTINGS } from '../../../src/core/pack/settings';

export interface PackStores {
  drafts: PackDraftStore;
  responses: PackResponseStore;
}

const CF = 'Cared For Children and Care Leavers Committee';
const draftFor = (committeeDay: string) =>
  writeBullet(
    newPackDraft(
      { committee: CF, committeeDay, appendices: [{ findingsId: 7 }, { findingsId: 8 }] },
      DEFAULT_PACK_SETTINGS
    ),
    'qualityStrengths',
    'Staff feel supported',
    ['form:7:qualityStrengths:0', 'form:8:qualityStrengths:5']
  );

export function packStoresContract(name: string, factory: () => PackStores): void {
  describe(`committee pack contract: ${name}`, () => {
    it('saves a service response per meeting and reads it back only for that meeting', async () => {
      const { responses } = factory();
      const saved = await responses.save(undefined, packResponse(CF, '2025-01-07', 'Staff feel supported.'));
      expect(saved).toMatchObject({ committee: CF, committeeDay: '2025-01-07', text: 'Staff feel supported.' });
      expect(await responses.get(CF, '2025-01-07')).toMatchObject({
        id: saved.id,
        etag: saved.etag,
        text: 'Staff feel supported.'
      });
      expect(await responses.get(CF, '2025-01-08')).toBeUndefined();
      expect(await responses.get('Another Committee', '2025-01-07')).toBeUndefined();
    });

    it('refuses a service response saved at a stale ETag, or a second first save, and keeps the newer text', async () => {
      const { responses } = factory();
      const first = await responses.save(undefined, packResponse(CF, '2025-02-04', 'A'));
      await expect(responses.save(undefined, packResponse(CF, '2025-02-04', 'B'))).rejects.toBeInstanceOf(
        ConflictError
      );
      const second = await responses.save(first, packResponse(CF, '2025-02-04', 'C'));
      expect(second.etag).not.toBe(first.etag);
      await expect(responses.save(first, packResponse(CF, '2025-02-04', 'D'))).rejects.toThrow(/Another officer saved/);
      expect((await responses.get(CF, '2025-02-04'))?.text).toBe('C');
    });

    it("saves a draft per meeting with its bullets and sources, and its service response is the meeting's", async () => {
      const { drafts, responses } = factory();
      const draft = { ...draftFor('2025-03-04'), serviceResponse: 'From the draft.' };
      const saved = await drafts.save(undefined, draft, 'officer@example.gov.uk');
      const read = await drafts.get(CF, '2025-03-04');
      expect(read?.etag).toBe(saved.etag);
      expect(read?.draft).toEqual(draft);
      expect(read?.serviceResponse).toBe('From the draft.');
      expect((await responses.get(CF, '2025-03-04'))?.text).toBe('From the draft.');
      expect(await drafts.get(CF, '2025-03-05')).toBeUndefined();
    });

    it('refuses a draft saved at a stale ETag, or a second first save, and keeps the newer draft', async () => {
      const { drafts } = factory();
      const draft = draftFor('2025-04-01');
      const first = await drafts.save(undefined, draft);
      const theirs = await drafts.save(first, { ...draft, serviceResponse: 'Theirs.' });
      await expect(drafts.save(first, { ...draft, serviceResponse: 'Mine.' })).rejects.toThrow(
        /Another officer saved the pack/
      );
      await expect(drafts.save(undefined, { ...draft, serviceResponse: 'Mine.' })).rejects.toBeInstanceOf(
        ConflictError
      );
      expect((await drafts.get(CF, '2025-04-01'))?.draft?.serviceResponse).toBe('Theirs.');
      await drafts.save(theirs, { ...draft, serviceResponse: 'Mine, after reading theirs.' });
      expect((await drafts.get(CF, '2025-04-01'))?.serviceResponse).toBe('Mine, after reading theirs.');
    });

    it("reads a service response saved before drafts as the meeting's item without a draft", async () => {
      const { drafts, responses } = factory();
      await responses.save(undefined, packResponse(CF, '2025-05-06', 'Saved before drafts.'));
      const read = await drafts.get(CF, '2025-05-06');
      expect(read).toMatchObject({
        committee: CF,
        committeeDay: '2025-05-06',
        serviceResponse: 'Saved before drafts.'
      });
      expect(read?.draft).toBeUndefined();
    });
  });
}
