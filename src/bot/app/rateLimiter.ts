// A small async rate limiter for proactive sends. Teams allows 7 messages a second into one
// conversation and about 30 requests a second per tenant; the sweep keys by conversation and keeps a
// configurable overall budget under the tenant limit (other parts of the bot send too).
//
// Teams counts requests when they ARRIVE, which is some time after we grant them and before we hear
// back. So a grant holds its place from the moment it is made until `windowMs` after its request
// finished (release): then no window of `windowMs` at the receiving end can ever see more than the
// limit, whatever the latency and however it varies. (Counting grants only at the instant they are
// made let a slow request land in the same second as ones granted a window later.)
//
// A caller may give a priority: while one waits whose own conversation has room, callers of lower
// priority leave it the overall budget. The sweep gives a conversation's number of messages still to
// send, so a long queue (the officer's escalations) is not starved by many short ones and then left
// to finish alone at 7 a second.

export interface RateLimiterOptions {
  /** Grants per key (conversation) per window; Teams' limit is 7 a second. */
  perKey?: number;
  /** Grants over all keys per window; default 20, below the tenant's 30 a second. */
  overall?: number;
  /** The window in ms. A little over a second by default: a margin for how Teams' own clock counts. */
  windowMs?: number;
  /** A request not released after this long (a hung socket) stops holding its place. */
  maxHoldMs?: number;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Call once the request has finished, answered or not; later calls do nothing. */
export type Release = () => void;

export interface RateLimiter {
  /**
   * Resolves when one more request for `key` keeps both limits; the grant is counted at once and
   * holds until `windowMs` after the returned release is called. One grant is one HTTP request:
   * a retry acquires again. A waiting caller of higher `priority` (default 0) whose key has room
   * goes first.
   */
  acquire(key: string, priority?: number): Promise<Release>;
}

export const TEAMS_PER_CONVERSATION_PER_SECOND = 7;
export const DEFAULT_OVERALL_PER_SECOND = 20;
export const DEFAULT_WINDOW_MS = 1050;
export const DEFAULT_MAX_HOLD_MS = 60_000;
/** How often a caller kept out only by requests still in flight looks again (they end at no known time). */
const IN_FLIGHT_POLL_MS = 20;
/** How soon a caller that stood back for a higher priority one looks again (that one wakes about now). */
const STAND_BACK_MS = 2;

interface Waiter {
  key: string;
  priority: number;
}

interface Grant {
  at: number;
  /** When its request finished; undefined while in flight. */
  done?: number;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const perKey = positive(options.perKey ?? TEAMS_PER_CONVERSATION_PER_SECOND, 'perKey');
  const overall = positive(options.overall ?? DEFAULT_OVERALL_PER_SECOND, 'overall');
  const windowMs = positive(options.windowMs ?? DEFAULT_WINDOW_MS, 'windowMs');
  const maxHoldMs = positive(options.maxHoldMs ?? DEFAULT_MAX_HOLD_MS, 'maxHoldMs');
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const byKey = new Map<string, Grant[]>();
  let all: Grant[] = [];
  const waiters = new Set<Waiter>();

  /** When the grant stops holding its place. */
  const freeAt = (g: Grant): number => (g.done === undefined ? g.at + maxHoldMs : g.done + windowMs);
  const holding = (grants: Grant[], now: number): Grant[] => grants.filter((g) => freeAt(g) > now);
  /** ms until `grants` (all holding) has room under `limit`; 0 when it has room now. */
  const waitFor = (grants: Grant[], limit: number, now: number): number => {
    if (grants.length < limit) return 0;
    // The (n - limit + 1)th grant to free up makes room; one in flight is looked at again soon.
    const frees = grants
      .map((g) => (g.done === undefined ? Math.min(freeAt(g), now + IN_FLIGHT_POLL_MS) : freeAt(g)))
      .sort((a, b) => a - b);
    return frees[grants.length - limit] - now;
  };

  const hasRoom = (key: string, now: number): boolean => holding(byKey.get(key) ?? [], now).length < perKey;
  /** Waiting callers that would go before `me` now: higher priority, and room in their own conversation. */
  const ahead = (me: Waiter, now: number): number => {
    let n = 0;
    for (const w of waiters) if (w !== me && w.priority > me.priority && hasRoom(w.key, now)) n++;
    return n;
  };

  return {
    async acquire(key: string, priority = 0): Promise<Release> {
      const me: Waiter = { key, priority };
      waiters.add(me);
      try {
        for (;;) {
          // Check and record happen in one synchronous step, so concurrent callers never overshoot.
          const now = clock();
          all = holding(all, now);
          const mine = holding(byKey.get(key) ?? [], now);
          const wait = Math.max(waitFor(mine, perKey, now), waitFor(all, overall, now));
          byKey.set(key, mine);
          if (wait <= 0 && ahead(me, now) < overall - all.length) {
            const grant: Grant = { at: now };
            mine.push(grant);
            all.push(grant);
            if (byKey.size > 256) forgetIdle(byKey, now, freeAt);
            return () => {
              if (grant.done === undefined) grant.done = Math.max(clock(), grant.at);
            };
          }
          await sleep(wait > 0 ? wait : STAND_BACK_MS);
        }
      } finally {
        waiters.delete(me);
      }
    }
  };
}

/** Drops keys with no grant holding, so a long-running bot does not keep every chat it ever wrote to. */
function forgetIdle(byKey: Map<string, Grant[]>, now: number, freeAt: (g: Grant) => number): void {
  for (const [key, grants] of byKey) if (grants.every((g) => freeAt(g) <= now)) byKey.delete(key);
}

function positive(value: number, name: string): number {
  if (!(value > 0) || !Number.isFinite(value))
    throw new RangeError(`Rate limiter ${name} must be a positive number (got ${value}).`);
  return value;
}
