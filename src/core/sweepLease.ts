// The sweep lease: one item on the site says which instance of the service may sweep (and so send
// proactive messages) now. Pure rules only; the stores are ports (core/ports/sweepLease.ts).
// Times are the real time of the instance (never a sweep's --now), whole seconds as SharePoint keeps them.
import type { IsoDateTime } from './model';

/** The Bot Send Log key of the lease item (beside `sweep-baseline`). */
export const SWEEP_LEASE_KEY = 'sweep-lease';
/** A holder that stops renewing (a crash) loses the lease this long after its last renewal. */
export const SWEEP_LEASE_MS = 120_000;
/** How often a holder renews: four renewals per lease, so three failed writes in a row are survived. */
export const SWEEP_LEASE_RENEW_MS = 30_000;

export interface SweepLease {
  /** The instance id of the holder (a service process or one `npm run reminders`). */
  holder: string;
  acquiredAt: IsoDateTime;
  expiresAt: IsoDateTime;
}

export type LeaseStatus =
  | { kind: 'free' }
  | { kind: 'expired'; holder: string }
  | { kind: 'mine'; expiresAt: IsoDateTime }
  | { kind: 'held'; holder: string; expiresAt: IsoDateTime };

/**
 * Who may sweep at `now`: nobody holds it (no item, or released), the holder's time ran out (a
 * crash), it is `me`'s, or another holds it. An unreadable expiry counts as expired.
 */
export function leaseStatus(lease: SweepLease | undefined, me: string, now: IsoDateTime): LeaseStatus {
  if (!lease || !lease.holder) return { kind: 'free' };
  const expires = Date.parse(lease.expiresAt);
  if (!(expires > Date.parse(now))) return { kind: 'expired', holder: lease.holder };
  if (lease.holder === me) return { kind: 'mine', expiresAt: lease.expiresAt };
  return { kind: 'held', holder: lease.holder, expiresAt: lease.expiresAt };
}

/** True when `me` may write the lease to itself (free, expired or its own). */
export function mayTake(lease: SweepLease | undefined, me: string, now: IsoDateTime): boolean {
  return leaseStatus(lease, me, now).kind !== 'held';
}

/**
 * The lease `me` writes to take or renew it: a renewal keeps its acquiredAt. Its expiry is rounded
 * down to the whole second, as SharePoint keeps it, so no holder counts on it longer than the site.
 */
export function leaseFor(
  current: SweepLease | undefined,
  me: string,
  now: IsoDateTime,
  leaseMs: number = SWEEP_LEASE_MS
): SweepLease {
  const keeps = current && leaseStatus(current, me, now).kind === 'mine';
  const expiresAt = new Date(Math.floor((Date.parse(now) + leaseMs) / 1000) * 1000).toISOString();
  return { holder: me, acquiredAt: keeps ? current.acquiredAt : now, expiresAt };
}

/** The lease after `me` lets it go: no holder, so the next instance takes it at once. */
export function released(current: SweepLease, now: IsoDateTime): SweepLease {
  return { holder: '', acquiredAt: current.acquiredAt, expiresAt: now };
}
