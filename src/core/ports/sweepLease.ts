// The one sweep lease of a site (core/sweepLease.ts has the rules). Every write is conditional: of
// two instances taking a free or expired lease at once, exactly one gets it.
import type { IsoDateTime } from '../model';
import type { SweepLease } from '../sweepLease';

export interface SweepLeases {
  /** The lease as stored; undefined before any instance took it. */
  current(): Promise<SweepLease | undefined>;
  /**
   * Takes (or renews) the lease for `holder` for `leaseMs` from `now` when it is free, expired or
   * already `holder`'s: create-or-update with the ETag. Returns the lease written, or undefined
   * when another instance holds it (or wrote it first).
   */
  acquire(holder: string, now: IsoDateTime, leaseMs: number): Promise<SweepLease | undefined>;
  /** Lets the lease go when `holder` still holds it; does nothing otherwise. */
  release(holder: string, now: IsoDateTime): Promise<void>;
}
