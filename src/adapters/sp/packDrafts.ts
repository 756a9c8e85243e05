// The committee pack draft per meeting, in Committee Pack Responses (officers only; see
// core/pack/drafts.ts): the draft as JSON in PackDraft, its service response also in
// ServiceResponse (what schema 6 to 8 read). Saves carry the ETag the draft was read with
// (IF-Match), and the unique PackKey makes two first saves of one meeting one item.
import type { SPFI } from '@pnp/sp';
import { ConflictError } from '../../core/errors';
import type { LocalDate } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import { checkPackDraft, validPackDraft } from '../../core/pack/draftChecks';
import { draftConflict, savedPackOf, type PackDraftStore, type SavedPack } from '../../core/pack/drafts';
import type { PackDraft } from '../../core/pack/draft';
import { packResponseKey } from '../../core/pack/responses';
import { londonDate, londonInstant } from '../../core/time/london';
import { LIST, PACK_RESPONSES_LIST, selectFields } from '../../lists/schema';
import { DuplicateValueError } from './errors';
import { ListStore } from './listStore';
import { etagOf, pick, type Mapper } from './mappers';
import { fromSpDate, odataString, str, toSpDate } from './values';

type SavedItem = SavedPack & { savedBy?: string };

/** The stored JSON as a draft; a value that fails the checks (edited by hand) is no draft. */
export function parseDraft(json: unknown): PackDraft | undefined {
  if (typeof json !== 'string' || !json.trim()) return undefined;
  try {
    const result = checkPackDraft(JSON.parse(json));
    return result.ok ? result.draft : undefined;
  } catch {
    return undefined;
  }
}

export const packDraftMapper: Mapper<SavedItem> = {
  select: selectFields(PACK_RESPONSES_LIST),
  fromItem: (i): Stored<SavedItem> => ({
    id: Number(i.Id),
    etag: etagOf(i),
    key: str(i.PackKey),
    committee: str(i.Committee),
    committeeDay: londonDate(fromSpDate(i.CommitteeDate) ?? new Date(0).toISOString()),
    serviceResponse: str(i.ServiceResponse),
    draft: parseDraft(i.PackDraft),
    savedBy: str(i.DraftSavedBy) || undefined
  }),
  toItem: (v) =>
    pick<SavedItem>(v, {
      key: ['PackKey', (x) => x],
      committee: ['Committee', (x) => x],
      committeeDay: ['CommitteeDate', (x) => toSpDate(londonInstant(x, '12:00'))],
      serviceResponse: ['ServiceResponse', (x) => x],
      draft: ['PackDraft', (x) => (x ? JSON.stringify(x) : null)],
      savedBy: ['DraftSavedBy', (x) => x ?? null]
    })
};

export class SpPackDraftStore implements PackDraftStore {
  private readonly store: ListStore<SavedItem>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.packResponses, packDraftMapper, 'committee pack');
  }

  public get(committee: string, committeeDay: LocalDate): Promise<Stored<SavedPack> | undefined> {
    return this.store.first(`PackKey eq ${odataString(packResponseKey(committee, committeeDay))}`);
  }

  /** One item by id (the upgrade walks the list). */
  public byId(id: number): Promise<Stored<SavedPack>> {
    return this.store.get(id);
  }

  public async save(current: Stored<SavedPack> | undefined, draft: PackDraft, by?: string): Promise<Stored<SavedPack>> {
    const checked = validPackDraft(draft);
    const item: SavedItem = { ...savedPackOf(checked), savedBy: by };
    try {
      if (current) return await this.store.update(current, item);
      return await this.store.add(item, `Committee pack: ${checked.committee} ${checked.committeeDay}`.slice(0, 255));
    } catch (e) {
      // 412 (saved since it was read) or a duplicate PackKey (created by another first).
      if (e instanceof ConflictError || e instanceof DuplicateValueError)
        throw draftConflict(checked.committee, checked.committeeDay);
      throw e;
    }
  }
}
