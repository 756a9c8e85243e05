// Runs the reminder sweep on an interval inside the bot's process. A tick that comes while the last
// sweep still runs is skipped (never two sweeps from one process at once; a manual run in another
// process is kept safe by the send log's claims instead). Errors are logged, never thrown: a list
// server that is down for one tick must not take the bot with it.

export interface SweepTimer {
  stop(): void;
  /** Resolves when no sweep is running (after stop(), before closing what the sweep uses). */
  idle(): Promise<void>;
}

export interface SweepTimerOptions {
  /** Also run once at start (a restarted bot catches up at once). Default false. */
  immediate?: boolean;
  log?: (message: string, error: unknown) => void;
}

export function startSweepTimer(
  run: () => Promise<unknown>,
  intervalMs: number,
  options: SweepTimerOptions = {}
): SweepTimer {
  if (!(intervalMs > 0) || !Number.isFinite(intervalMs))
    throw new RangeError(`The sweep interval must be a positive number of ms (got ${intervalMs}).`);
  const log = options.log ?? ((message, error) => console.error(`[sweep] ${message}:`, error));
  let running: Promise<void> | undefined;
  let stopped = false;

  const tick = (): void => {
    if (running || stopped) return;
    running = Promise.resolve()
      .then(run)
      .then(
        () => undefined,
        (e: unknown) => log('sweep failed', e)
      )
      .finally(() => {
        running = undefined;
      });
  };

  const timer = setInterval(tick, intervalMs);
  // The servers keep the process alive; the timer alone should not.
  timer.unref?.();
  if (options.immediate) tick();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
    async idle() {
      while (running) await running;
    }
  };
}
