/**
 * @jest-environment node
 */
// The limiter on a fake clock: grants are counted at the instant they are made, so the assertions are
// about recorded grant times, never about how long anything took.
import { createRateLimiter, DEFAULT_WINDOW_MS } from '../../src/bot/app/rateLimiter';

/** A clock that moves only when told to, with sleeps that wake in time order. */
function fakeTime() {
  let t = 0;
  const sleepers: { at: number; wake: () => void }[] = [];
  const flush = () => new Promise<void>((r) => setImmediate(r));
  return {
    clock: () => t,
    sleep: (ms: number) => new Promise<void>((wake) => sleepers.push({ at: t + ms, wake })),
    async advance(ms: number) {
      const end = t + ms;
      for (;;) {
        await flush();
        sleepers.sort((a, b) => a.at - b.at);
        if (!sleepers.length || sleepers[0].at > end) break;
        const next = sleepers.shift() as { at: number; wake: () => void };
        t = next.at;
        next.wake();
      }
      t = end;
      await flush();
    }
  };
}

/** The most grants inside any half-open window [x, x + windowMs). */
function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('rate limiter', () => {
  it('grants 7 a window per conversation and makes the 8th wait for the first to leave the window', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ windowMs: 1000, clock: time.clock, sleep: time.sleep });
    const granted: number[] = [];
    const all = Array.from({ length: 10 }, () => limiter.acquire('chat-a').then(() => granted.push(time.clock())));
    await time.advance(0);
    expect(granted).toEqual([0, 0, 0, 0, 0, 0, 0]);
    await time.advance(999);
    expect(granted).toHaveLength(7);
    await time.advance(1);
    await Promise.all(all);
    expect(granted).toEqual([0, 0, 0, 0, 0, 0, 0, 1000, 1000, 1000]);
  });

  it('keeps conversations apart and caps the total over all of them', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ perKey: 7, overall: 20, windowMs: 1000, clock: time.clock, sleep: time.sleep });
    const byKey = new Map<string, number[]>();
    const every: number[] = [];
    const all = ['a', 'b', 'c', 'd'].flatMap((key) =>
      Array.from({ length: 12 }, () =>
        limiter.acquire(key).then(() => {
          byKey.set(key, [...(byKey.get(key) ?? []), time.clock()]);
          every.push(time.clock());
        })
      )
    );
    await time.advance(0);
    expect(every).toHaveLength(20);
    await time.advance(5000);
    await Promise.all(all);
    expect(every).toHaveLength(48);
    expect(maxInWindow(every, 1000)).toBe(20);
    for (const times of byKey.values()) expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(7);
  });

  it('spaces one-after-another sends by a little over a second per 7 by default', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ clock: time.clock, sleep: time.sleep });
    const granted: number[] = [];
    const run = (async () => {
      for (let i = 0; i < 15; i++) {
        await limiter.acquire('chat');
        granted.push(time.clock());
      }
    })();
    await time.advance(10000);
    await run;
    expect(granted.slice(6, 9)).toEqual([0, DEFAULT_WINDOW_MS, DEFAULT_WINDOW_MS]);
    expect(granted[14]).toBe(2 * DEFAULT_WINDOW_MS);
    expect(maxInWindow(granted, DEFAULT_WINDOW_MS)).toBe(7);
  });

  it('refuses limits that could never grant anything', () => {
    expect(() => createRateLimiter({ perKey: 0 })).toThrow(/perKey/);
    expect(() => createRateLimiter({ overall: Number.NaN })).toThrow(/overall/);
  });
});
