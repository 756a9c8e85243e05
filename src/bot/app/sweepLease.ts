// One instance sweeps at a time: a sweep runs only while its instance holds the site's sweep lease
// (core/sweepLease.ts), renewed while it runs and released at its end, so only one limiter at a time
// spends the proactive budget (FRONTLINE_SEND_RATE) however many instances run. A holder that
// crashes stops renewing and its lease expires (2 minutes); a sweep that can no longer renew stops
// sending at once (what it did not try is left for the next sweep, unclaimed). On shutdown, stop()
// makes the sweep start nothing new; the send in flight finishes and is recorded, then the lease is
// released, so the next instance takes over at once with no claim of ours left open.
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
  /** Another instance holds the lease (its sweep sends what is due), or this one is stopping. */
  | { ran: false; holder: string; expiresAt: string };

export interface SweepLeaseHolder {
  /** Runs `work` holding the lease, or does not run it when another instance holds it. */
  run<T>(work: (holds: () => boolean) => Promise<T>): Promise<LeasedRun<T>>;
  /** True while this instance holds an unexpired lease and is not stopping. */
  holds(): boolean;
  /**
   * Graceful shutdown, first step: from now `holds()` is false (a running sweep starts no new send)
   * and `run` takes the lease no more. A running `run` releases the lease once its work returns.
   */
  stop(): void;
  /** Lets the lease go now (after the sweep in flight returned); a sweep still running stops sending. */
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
  let stopping = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  /** The renewal in flight: a release waits for it, or the renewal would rewrite the lease after it. */
  let renewal: Promise<unknown> = Promise.resolve();

  const holds = (): boolean => !stopping && clock() < until;
  const take = async (): Promise<boolean> => {
    const asked = clock();
    const lease = await options.leases.acquire(options.holder, new Date(asked).toISOString(), leaseMs);
    // Counted from before the write, to the expiry as stored: never ours longer than the site says.
    until = lease ? Math.min(asked + leaseMs, Date.parse(lease.expiresAt)) : 0;
    return !!lease;
  };
  const stopRenewing = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  const release = async (): Promise<void> => {
    stopRenewing();
    await renewal;
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
    stop() {
      stopping = true;
    },
    async run<T>(work: (holds: () => boolean) => Promise<T>): Promise<LeasedRun<T>> {
      if (stopping) return { ran: false, holder: options.holder, expiresAt: '' };
      if (!(await take())) {
        const lease = await options.leases.current();
        return { ran: false, holder: lease?.holder ?? '', expiresAt: lease?.expiresAt ?? '' };
      }
      timer = setInterval(() => {
        // A failed renewal is tried again at the next interval; the lease lasts several of them.
        renewal = take().then(
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
