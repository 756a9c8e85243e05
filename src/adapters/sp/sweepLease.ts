// The sweep lease (core/sweepLease.ts) as one item of the Bot Send Log, beside `sweep-baseline`:
// SendKey `sweep-lease`, ClaimedBy the holder, ClaimedAt when it took the lease, LeaseExpiresAt.
// The unique SendKey makes the first create exclusive; every later write goes with the ETag it was
// read at, so of two instances taking an expired lease at once exactly one succeeds.
import type { SPFI } from '@pnp/sp';
import { ConflictError } from '../../core/errors';
import type { IsoDateTime } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import type { SweepLeases } from '../../core/ports/sweepLease';
import { leaseFor, mayTake, released, SWEEP_LEASE_KEY, type SweepLease } from '../../core/sweepLease';
import { LIST } from '../../lists/schema';
import { DuplicateValueError } from './errors';
import { ListStore } from './listStore';
import { etagOf, pick, same, type Mapper } from './mappers';
import { fromSpDate, str, toSpDate } from './values';

const leaseMapper: Mapper<SweepLease> = {
  select: ['Id', 'ClaimedBy', 'ClaimedAt', 'LeaseExpiresAt'],
  fromItem: (i) => ({
    id: Number(i.Id),
    etag: etagOf(i),
    holder: str(i.ClaimedBy),
    acquiredAt: fromSpDate(i.ClaimedAt) ?? '',
    expiresAt: fromSpDate(i.LeaseExpiresAt) ?? ''
  }),
  toItem: (l) =>
    pick<SweepLease>(l, {
      holder: ['ClaimedBy', same],
      acquiredAt: ['ClaimedAt', toSpDate],
      expiresAt: ['LeaseExpiresAt', toSpDate]
    })
};

/** The lease item's columns beyond the lease itself: a send-log item no sweep will ever send. */
const ITEM_COLUMNS = { SendKey: SWEEP_LEASE_KEY, Kind: SWEEP_LEASE_KEY, SendState: 'Claimed', RecipientEmail: '' };

export class SpSweepLeases implements SweepLeases {
  private readonly store: ListStore<SweepLease>;

  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.sendLog, leaseMapper, 'sweep lease');
  }

  private read(): Promise<Stored<SweepLease> | undefined> {
    return this.store.first(`SendKey eq '${SWEEP_LEASE_KEY}'`);
  }

  public async current(): Promise<SweepLease | undefined> {
    const found = await this.read();
    return found && { holder: found.holder, acquiredAt: found.acquiredAt, expiresAt: found.expiresAt };
  }

  public async acquire(holder: string, now: IsoDateTime, leaseMs: number): Promise<SweepLease | undefined> {
    const found = await this.read();
    if (found && !mayTake(found, holder, now)) return undefined;
    const next = leaseFor(found, holder, now, leaseMs);
    try {
      if (!found) await this.store.add(next, SWEEP_LEASE_KEY, ITEM_COLUMNS);
      else await this.store.update(found, next);
      return next;
    } catch (e) {
      // Another instance created or rewrote it between our read and our write: it has the lease.
      if (e instanceof DuplicateValueError || e instanceof ConflictError) return undefined;
      throw e;
    }
  }

  public async release(holder: string, now: IsoDateTime): Promise<void> {
    // A write between our read and ours (a renewal of our own still landing, say) is a 412: read
    // again, and release it while it is still ours; once another holds it, it is not ours to release.
    for (let attempt = 1; ; attempt++) {
      const found = await this.read();
      if (!found || found.holder !== holder) return;
      try {
        await this.store.update(found, released(found, now));
        return;
      } catch (e) {
        if (!(e instanceof ConflictError) || attempt >= 3) throw e;
      }
    }
  }
}
