// The officers' service response of a committee pack, kept per meeting (committee + London day) in
// the Committee Pack Responses list, so it survives a reload and never appears in another meeting's
// pack. Officers own the pack, so they write it from the dashboard; every save carries the ETag it
// was read with, and a save over someone else's newer text is refused (ConflictError), never lost.
import { ConflictError, DomainError } from '../errors';
import type { LocalDate } from '../model';
import type { Stored } from '../ports/repositories';
import { fnv1a } from '../textKey';

/** Longest service response kept (a pack section, not a paper). */
export const PACK_RESPONSE_MAX = 20000;
/** SharePoint's Text column limit, for the key. */
const KEY_MAX = 255;

export interface PackResponse {
  /** packResponseKey(committee, committeeDay): one item per meeting. */
  key: string;
  committee: string;
  committeeDay: LocalDate;
  text: string;
}

export interface PackResponseStore {
  /** The meeting's saved response, with its ETag; undefined when none was saved. */
  get(committee: string, committeeDay: LocalDate): Promise<Stored<PackResponse> | undefined>;
  /**
   * Saves over `current` (IF-Match its ETag), or creates the meeting's item when there is none.
   * ConflictError when someone saved since `current` was read, or created it first.
   */
  save(current: Stored<PackResponse> | undefined, response: PackResponse): Promise<Stored<PackResponse>>;
}

/** `<day>|<committee>`: the same meeting always gives the same key, another meeting never does. */
export function packResponseKey(committee: string, committeeDay: LocalDate): string {
  const name = committee.trim();
  const key = `${committeeDay}|${name}`;
  return key.length <= KEY_MAX ? key : `${committeeDay}|${name.slice(0, KEY_MAX - 20)}|${fnv1a(name)}`;
}

/** The response to save, checked: a known meeting, plain text within PACK_RESPONSE_MAX. */
export function packResponse(committee: string, committeeDay: LocalDate, text: string): PackResponse {
  if (!committee.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(committeeDay))
    throw new DomainError(
      'InvalidMeeting',
      'A service response belongs to a committee meeting: choose the meeting first.'
    );
  if (text.length > PACK_RESPONSE_MAX)
    throw new DomainError(
      'TooLong',
      `The service response is at most ${PACK_RESPONSE_MAX} characters (it has ${text.length}).`
    );
  return { key: packResponseKey(committee, committeeDay), committee: committee.trim(), committeeDay, text };
}

/** The words an officer sees when another officer saved first. */
export function packConflict(committee: string, committeeDay: LocalDate): ConflictError {
  return new ConflictError(
    `Another officer saved the service response for ${committee} on ${committeeDay} since you opened it. Choose the meeting again to see their text, then save yours.`
  );
}
