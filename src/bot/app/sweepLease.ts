// One instance sweeps at a time: a sweep runs only while its instance holds the site's sweep lease
// (core/sweepLease.ts), renewed while it runs and released at its end, so only one limiter at a time
// spends the proactive budget (FRONTLINE_SEND_RATE) however many instances run. A holder that
// crashes stops renewing and its lease expires (2 minutes); a sweep that can no longer renew stops
// sending at once (what it did not try is left for the next sweep, unclaimed).
import type { SweepLeases } from '../../core/ports/sweepLease';
import { SWEEP_LEASE_MS, SWEEP_LEASE_RENEW_MS } from '../../core/sweepLease';

export interface SweepLeaseOptions {
  leases: SweepLeases;
  /** This instance's id, as the lease stores it. */
  holder: string;
  /** The real time (never a sweep's --now: every instance must judge expiry on one clock). */
  clock?: () => number;
  leaseMs?: number;
  renewMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export type LeasedRun<T> =
  | { ran: true; result: T }
  /** Another instance holds the lease (its sweep sends what is due). */
  | { ran: false; holder: string; expiresAt: string };

export interface SweepLeaseHolder {
  /** Runs `work` holding the lease, or does not run it when another instance holds it. */
  run<T>(work: (holds: () => boolean) => Promise<T>): Promise<LeasedRun<T>>;
  /** True while this instance holds an unexpired lease. */
  holds(): boolean;
  /** Lets the lease go now (graceful shutdown); a sweep still running stops sending. */
  release(): Promise<void>;
}

export function sweepLeaseHolder(options: SweepLeaseOptions): SweepLeaseHolder {
  const clock = options.clock ?? Date.now;
  const leaseMs = options.leaseMs ?? SWEEP_LEASE_MS;
  const renewMs = options.renewMs ?? SWEEP_LEASE_RENEW_MS;
  const log = options.log ?? ((message, error) => console.error(`[sweep lease] ${message}`, error ?? ''));
  const iso = (): string => new Date(clock()).toISOString();
  /** Until when the lease is ours (0: not held). */
  let until = 0;
  let timer: ReturnType<typeof setInterval> | undefined;

  const holds = (): boolean => clock() < until;
  const take = async (): Promise<boolean> => {
    const asked = clock();
    const lease = await options.leases.acquire(options.holder, new Date(asked).toISOString(), leaseMs);
    // Counted from before the write, so we never think it ours longer than the site does.
    until = lease ? asked + leaseMs : 0;
    return !!lease;
  };
  const stopRenewing = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  const release = async (): Promise<void> => {
    stopRenewing();
    if (!until) return;
    until = 0;
    try {
      await options.leases.release(options.holder, iso());
    } catch (e) {
      log('could not be released; it expires by itself', e);
    }
  };

  return {
    holds,
    release,
    async run<T>(work: (holds: () => boolean) => Promise<T>): Promise<LeasedRun<T>> {
      if (!(await take())) {
        const lease = await options.leases.current();
        return { ran: false, holder: lease?.holder ?? '', expiresAt: lease?.expiresAt ?? '' };
      }
      timer = setInterval(() => {
        // A failed renewal is tried again at the next interval; the lease lasts several of them.
        take().then(
          (kept) => kept || log(`was taken by another instance; this sweep stops sending`),
          (e: unknown) => log('could not be renewed', e)
        );
      }, renewMs);
      timer.unref?.();
      try {
        return { ran: true, result: await work(holds) };
      } finally {
        await release();
      }
    }
  };
}
