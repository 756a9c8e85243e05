// The committee pack stores (core/pack/drafts.ts, core/pack/responses.ts) over one memory list, as
// the SharePoint ones share Committee Pack Responses: one item per meeting (unique PackKey), saves
// at the ETag read (IF-Match), and a stale save or a second first save refused with the pack's own
// ConflictError, as the SP adapters turn the list's refusal into.
import { ConflictError } from '../../../src/core/errors';
import type { LocalDate } from '../../../src/core/model';
import type { Stored } from '../../../src/core/ports/repositories';
import { validPackDraft } from '../../../src/core/pack/draftChecks';
import type { PackDraft } from '../../../src/core/pack/draft';
import { draftConflict, savedPackOf, type PackDraftStore, type SavedPack } from '../../../src/core/pack/drafts';
import {
  packConflict,
  packResponse,
  packResponseKey,
  type PackResponse,
  type PackResponseStore
} from '../../../src/core/pack/responses';
import { DuplicateValueError } from '../../../src/adapters/sp/errors';
import { MemoryList } from './list';

/** The Committee Pack Responses item: a draft (and its service response), or only a response. */
export type PackItem = SavedPack & { savedBy?: string };

export const packList = (): MemoryList<PackItem> =>
  new MemoryList<PackItem>({ noun: 'committee pack', unique: (p) => p.key });

const refused = (e: unknown): boolean => e instanceof ConflictError || e instanceof DuplicateValueError;

export class MemoryPackDraftStore implements PackDraftStore {
  public constructor(public readonly list = packList()) {}

  public async get(committee: string, committeeDay: LocalDate): Promise<Stored<SavedPack> | undefined> {
    return this.list.byUnique(packResponseKey(committee, committeeDay));
  }

  public async save(current: Stored<SavedPack> | undefined, draft: PackDraft, by?: string): Promise<Stored<SavedPack>> {
    const checked = validPackDraft(draft);
    const item: PackItem = { ...savedPackOf(checked), savedBy: by };
    try {
      return current ? this.list.update(current, item) : this.list.add(item);
    } catch (e) {
      if (refused(e)) throw draftConflict(checked.committee, checked.committeeDay);
      throw e;
    }
  }
}

export class MemoryPackResponseStore implements PackResponseStore {
  public constructor(public readonly list = packList()) {}

  public async get(committee: string, committeeDay: LocalDate): Promise<Stored<PackResponse> | undefined> {
    const found = this.list.byUnique(packResponseKey(committee, committeeDay));
    return (
      found && {
        id: found.id,
        etag: found.etag,
        key: found.key,
        committee: found.committee,
        committeeDay: found.committeeDay,
        text: found.serviceResponse
      }
    );
  }

  public async save(current: Stored<PackResponse> | undefined, response: PackResponse): Promise<Stored<PackResponse>> {
    const checked = packResponse(response.committee, response.committeeDay, response.text);
    try {
      const item = current
        ? this.list.update(current, { serviceResponse: checked.text })
        : this.list.add({
            key: checked.key,
            committee: checked.committee,
            committeeDay: checked.committeeDay,
            serviceResponse: checked.text
          });
      return { ...checked, id: item.id, etag: item.etag };
    } catch (e) {
      if (refused(e)) throw packConflict(checked.committee, checked.committeeDay);
      throw e;
    }
  }
}
