// Where pack drafts are kept: one item per meeting in Committee Pack Responses (officers only),
// saved with the ETag it was read with. A save over another officer's newer draft is refused
// (ConflictError), never silently overwritten; the page then reloads theirs and keeps yours.
import { ConflictError } from '../errors';
import type { LocalDate } from '../model';
import type { Stored } from '../ports/repositories';
import { newPackDraft, type PackDraft } from './draft';
import type { PackSettings } from './settings';
import type { CommitteePack } from './types';

/** The meeting's item: its draft, or (an item saved before drafts, schema 6 to 8) only a service response. */
export interface SavedPack {
  key: string;
  committee: string;
  committeeDay: LocalDate;
  draft?: PackDraft;
  serviceResponse: string;
}

export interface PackDraftStore {
  /** The meeting's item with its ETag; undefined when nothing was saved. */
  get(committee: string, committeeDay: LocalDate): Promise<Stored<SavedPack> | undefined>;
  /** Saves over `current` (IF-Match its ETag), or creates the meeting's item; ConflictError when stale. */
  save(current: Stored<SavedPack> | undefined, draft: PackDraft, by?: string): Promise<Stored<SavedPack>>;
}

/** The draft to edit: the saved one, else a new one from the settings keeping a service response saved before drafts. */
export function draftToEdit(saved: SavedPack | undefined, pack: CommitteePack, settings: PackSettings): PackDraft {
  return saved?.draft ?? newPackDraft(pack, settings, saved?.serviceResponse ?? '');
}

/** The item's fields for a draft. */
export function savedPackOf(draft: PackDraft): SavedPack {
  return {
    key: draft.key,
    committee: draft.committee,
    committeeDay: draft.committeeDay,
    draft,
    serviceResponse: draft.serviceResponse
  };
}

/** What an officer reads when another officer saved the pack first. */
export function draftConflict(committee: string, committeeDay: LocalDate): ConflictError {
  return new ConflictError(
    `Another officer saved the pack for ${committee} on ${committeeDay} since you opened it. Their version is loaded below and your edits are kept: check theirs, then save again to keep yours, or use theirs.`
  );
}
