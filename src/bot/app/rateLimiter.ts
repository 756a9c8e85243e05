// A small async rate limiter for proactive sends. Teams allows 7 messages a second into one
// conversation and about 30 requests a second per tenant; the sweep keys by conversation and keeps a
// configurable overall budget under the tenant limit (other parts of the bot send too).
// Sliding-window log: exact, and tiny at these rates.

export interface RateLimiterOptions {
  /** Grants per key (conversation) per window; Teams' limit is 7 a second. */
  perKey?: number;
  /** Grants over all keys per window; default 20, below the tenant's 30 a second. */
  overall?: number;
  /**
   * The window in ms. A little over a second by default: Teams counts arrivals at its end, and a
   * request granted at t and one granted at t + 1000 can arrive closer together after network jitter.
   */
  windowMs?: number;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RateLimiter {
  /** Resolves when one more request for `key` keeps both limits; the grant is counted at once. */
  acquire(key: string): Promise<void>;
}

export const TEAMS_PER_CONVERSATION_PER_SECOND = 7;
export const DEFAULT_OVERALL_PER_SECOND = 20;
export const DEFAULT_WINDOW_MS = 1050;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const perKey = positive(options.perKey ?? TEAMS_PER_CONVERSATION_PER_SECOND, 'perKey');
  const overall = positive(options.overall ?? DEFAULT_OVERALL_PER_SECOND, 'overall');
  const windowMs = positive(options.windowMs ?? DEFAULT_WINDOW_MS, 'windowMs');
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const byKey = new Map<string, number[]>();
  let all: number[] = [];

  const prune = (times: number[], now: number): number[] => {
    let i = 0;
    while (i < times.length && times[i] <= now - windowMs) i++;
    return i ? times.slice(i) : times;
  };
  /** ms until a grant frees up in `times` when it holds `limit` grants already; 0 when there is room. */
  const waitFor = (times: number[], limit: number, now: number): number => (times.length < limit ? 0 : times[times.length - limit] + windowMs - now);

  return {
    async acquire(key: string): Promise<void> {
      for (;;) {
        // Check and record happen in one synchronous step, so concurrent callers never overshoot.
        const now = clock();
        all = prune(all, now);
        const mine = prune(byKey.get(key) ?? [], now);
        const wait = Math.max(waitFor(mine, perKey, now), waitFor(all, overall, now));
        if (wait <= 0) {
          mine.push(now);
          all.push(now);
          byKey.set(key, mine);
          if (byKey.size > 256) forgetIdle(byKey, now - windowMs);
          return;
        }
        byKey.set(key, mine);
        await sleep(wait);
      }
    }
  };
}

/** Drops keys with no grant inside the window, so a long-running bot does not keep every chat it ever wrote to. */
function forgetIdle(byKey: Map<string, number[]>, before: number): void {
  for (const [key, times] of byKey) if (!times.length || times[times.length - 1] <= before) byKey.delete(key);
}

function positive(value: number, name: string): number {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`Rate limiter ${name} must be a positive number (got ${value}).`);
  return value;
}
