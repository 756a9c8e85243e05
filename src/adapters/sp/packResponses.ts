// The pack's service response per meeting, in Committee Pack Responses (officers only; see
// core/pack/responses.ts). Written by the officer from the dashboard with the page's session:
// updates carry the ETag the response was read with (IF-Match), and the unique PackKey makes two
// first saves of one meeting one item, so neither officer's text is silently overwritten.
import type { SPFI } from '@pnp/sp';
import { ConflictError } from '../../core/errors';
import type { LocalDate } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import {
  packConflict,
  packResponse,
  packResponseKey,
  type PackResponse,
  type PackResponseStore
} from '../../core/pack/responses';
import { londonDate, londonInstant } from '../../core/time/london';
import { LIST, PACK_RESPONSES_LIST, selectFields } from '../../lists/schema';
import { DuplicateValueError } from './errors';
import { ListStore } from './listStore';
import { etagOf, pick, type Mapper } from './mappers';
import { fromSpDate, odataString, str, toSpDate } from './values';

export const packResponseMapper: Mapper<PackResponse> = {
  select: selectFields(PACK_RESPONSES_LIST),
  fromItem: (i): Stored<PackResponse> => ({
    id: Number(i.Id),
    etag: etagOf(i),
    key: str(i.PackKey),
    committee: str(i.Committee),
    committeeDay: londonDate(fromSpDate(i.CommitteeDate) ?? new Date(0).toISOString()),
    text: str(i.ServiceResponse)
  }),
  toItem: (v) =>
    pick<PackResponse>(v, {
      key: ['PackKey', (x) => x],
      committee: ['Committee', (x) => x],
      committeeDay: ['CommitteeDate', (x) => toSpDate(londonInstant(x, '12:00'))],
      text: ['ServiceResponse', (x) => x]
    })
};

export class SpPackResponseStore implements PackResponseStore {
  private readonly store: ListStore<PackResponse>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.packResponses, packResponseMapper, 'service response');
  }

  public get(committee: string, committeeDay: LocalDate): Promise<Stored<PackResponse> | undefined> {
    return this.store.first(`PackKey eq ${odataString(packResponseKey(committee, committeeDay))}`);
  }

  public async save(current: Stored<PackResponse> | undefined, response: PackResponse): Promise<Stored<PackResponse>> {
    const checked = packResponse(response.committee, response.committeeDay, response.text);
    try {
      if (current) return await this.store.update(current, { text: checked.text });
      return await this.store.add(
        checked,
        `Service response: ${checked.committee} ${checked.committeeDay}`.slice(0, 255)
      );
    } catch (e) {
      // 412 (saved since it was read) or a duplicate PackKey (created by another first).
      if (e instanceof ConflictError || e instanceof DuplicateValueError)
        throw packConflict(checked.committee, checked.committeeDay);
      throw e;
    }
  }
}
