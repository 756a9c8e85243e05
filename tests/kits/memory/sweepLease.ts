// The sweep lease in memory, for handler and sweep tests (the SharePoint one: adapters/sp/sweepLease.ts).
// Writes are synchronous, so of two acquires at once the first to run takes it, as the ETag decides on the site.
import type { IsoDateTime } from '../../../src/core/model';
import type { SweepLeases } from '../../../src/core/ports/sweepLease';
import { leaseFor, mayTake, released, type SweepLease } from '../../../src/core/sweepLease';

export class MemorySweepLeases implements SweepLeases {
  private lease: SweepLease | undefined;
  /** Every lease written, in order: tests read who held it when. */
  public readonly writes: SweepLease[] = [];

  public async current(): Promise<SweepLease | undefined> {
    return this.lease && { ...this.lease };
  }

  public async acquire(holder: string, now: IsoDateTime, leaseMs: number): Promise<SweepLease | undefined> {
    if (!mayTake(this.lease, holder, now)) return undefined;
    return this.write(leaseFor(this.lease, holder, now, leaseMs));
  }

  public async release(holder: string, now: IsoDateTime): Promise<void> {
    if (this.lease?.holder === holder) this.write(released(this.lease, now));
  }

  private write(lease: SweepLease): SweepLease {
    this.lease = lease;
    this.writes.push(lease);
    return { ...lease };
  }
}
