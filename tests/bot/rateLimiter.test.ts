/**
 * @jest-environment node
 */
// The limiter on a fake clock. A grant holds its place from the moment it is made until windowMs
// after its request finished (release), so what is checked is where Teams counts: the moments
// requests ARRIVE, somewhere between the grant and the release, retries included.
import { createRateLimiter, DEFAULT_WINDOW_MS, type RateLimiter } from '../../src/bot/app/rateLimiter';

/** A clock that moves only when told to, with sleeps that wake in time order. */
function fakeTime() {
  let t = 0;
  const sleepers: { at: number; wake: () => void }[] = [];
  const flush = () => new Promise<void>((r) => setImmediate(r));
  return {
    clock: () => t,
    sleep: (ms: number) => new Promise<void>((wake) => sleepers.push({ at: t + Math.max(0, ms), wake })),
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

/** The most times inside any half-open window [x, x + windowMs). */
function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/** mulberry32, so the simulated network is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Grants released at once: a request that takes no time. */
const instant = (limiter: RateLimiter, key: string) => limiter.acquire(key).then((release) => release());

/**
 * 40 senders at once, 10 requests each into 4 conversations, over a network whose latency varies
 * from 0 to 400 ms each way; a fifth of the answers are 429s, retried (a new grant) after a pause.
 */
async function simulate(options: { releaseAtGrant: boolean; priorities?: boolean }) {
  const time = fakeTime();
  const limiter = createRateLimiter({ perKey: 7, overall: 20, windowMs: 1000, clock: time.clock, sleep: time.sleep });
  const random = seeded(7);
  const arrivals = new Map<string, number[]>();
  let retries = 0;
  const request = async (key: string) => {
    for (let attempt = 1; ; attempt++) {
      const release = await limiter.acquire(key, options.priorities ? Number(key.slice(-1)) : undefined);
      if (options.releaseAtGrant) release();
      await time.sleep(Math.floor(random() * 400));
      arrivals.set(key, [...(arrivals.get(key) ?? []), time.clock()]);
      await time.sleep(Math.floor(random() * 400));
      release();
      if (attempt < 4 && random() < 0.2) {
        retries++;
        await time.sleep(Math.floor(random() * 50));
        continue;
      }
      return;
    }
  };
  const senders = Array.from({ length: 40 }, async (_, s) => {
    for (let i = 0; i < 10; i++) await request(`chat-${(s + i) % 4}`);
  });
  await time.advance(10 * 60 * 1000);
  await Promise.all(senders);
  const every = [...arrivals.values()].flat();
  return {
    every,
    retries,
    overall: maxInWindow(every, 1000),
    perConversation: Math.max(...[...arrivals.values()].map((a) => maxInWindow(a, 1000)))
  };
}

describe('rate limiter', () => {
  it('grants 7 a window per conversation and makes the 8th wait for the first to leave the window', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ windowMs: 1000, clock: time.clock, sleep: time.sleep });
    const granted: number[] = [];
    const all = Array.from({ length: 10 }, () => instant(limiter, 'chat-a').then(() => granted.push(time.clock())));
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
        instant(limiter, key).then(() => {
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
        await instant(limiter, 'chat');
        granted.push(time.clock());
      }
    })();
    await time.advance(10000);
    await run;
    expect(granted.slice(6, 9)).toEqual([0, DEFAULT_WINDOW_MS, DEFAULT_WINDOW_MS]);
    expect(granted[14]).toBe(2 * DEFAULT_WINDOW_MS);
    expect(maxInWindow(granted, DEFAULT_WINDOW_MS)).toBe(7);
  });

  it('holds a grant until a window after its request finished', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ perKey: 2, windowMs: 1000, clock: time.clock, sleep: time.sleep });
    const first = await limiter.acquire('chat');
    await limiter.acquire('chat');
    let third = -1;
    const waiting = instant(limiter, 'chat').then(() => (third = time.clock()));
    await time.advance(500);
    first(); // answered at 500: its place is free at 1500
    await time.advance(999);
    expect(third).toBe(-1);
    await time.advance(1);
    await waiting;
    expect(third).toBe(1500);
  });

  it('keeps the place of a request still in flight, until maxHoldMs (a hung socket)', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({
      perKey: 1,
      windowMs: 1000,
      maxHoldMs: 30000,
      clock: time.clock,
      sleep: time.sleep
    });
    const hung = await limiter.acquire('chat');
    const next = instant(limiter, 'chat').then(() => time.clock());
    await time.advance(30000);
    expect(await next).toBe(30000);
    hung(); // late, and twice: harmless
    hung();
  });

  it('never lets more than the limits arrive in any 1 s, whatever the latency, retries included', async () => {
    const { every, retries, overall, perConversation } = await simulate({ releaseAtGrant: false });
    expect(retries).toBeGreaterThan(50);
    expect(every.length).toBe(400 + retries);
    expect(overall).toBeLessThanOrEqual(20);
    expect(perConversation).toBeLessThanOrEqual(7);
  });

  it('(the same network with grants counted only when made does overshoot, so the test above can fail)', async () => {
    const { overall, perConversation } = await simulate({ releaseAtGrant: true });
    expect(Math.max(overall - 20, perConversation - 7)).toBeGreaterThan(0);
  });

  it('keeps the limits with priorities too (each conversation its own)', async () => {
    const { every, retries, overall, perConversation } = await simulate({ releaseAtGrant: false, priorities: true });
    expect(every.length).toBe(400 + retries);
    expect(overall).toBeLessThanOrEqual(20);
    expect(perConversation).toBeLessThanOrEqual(7);
  });

  it('gives the overall budget to a waiting caller of higher priority first', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ perKey: 7, overall: 2, windowMs: 100, clock: time.clock, sleep: time.sleep });
    await instant(limiter, 'a');
    await time.advance(10);
    await instant(limiter, 'a');
    await time.advance(10);
    const order: string[] = [];
    const low = limiter.acquire('low', 0).then(() => order.push(`low@${time.clock()}`));
    const high = limiter.acquire('high', 9).then(() => order.push(`high@${time.clock()}`));
    await time.advance(200);
    await Promise.all([low, high]);
    // The first place frees at 100: the later, higher-priority caller takes it; the other at 110.
    expect(order).toEqual(['high@100', 'low@110']);
  });

  it('does not hold the budget for a higher-priority caller its own conversation keeps waiting', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ perKey: 1, overall: 2, windowMs: 100, clock: time.clock, sleep: time.sleep });
    await instant(limiter, 'high');
    const order: string[] = [];
    const high = limiter.acquire('high', 9).then(() => order.push(`high@${time.clock()}`));
    const low = limiter.acquire('low', 0).then(() => order.push(`low@${time.clock()}`));
    await time.advance(200);
    await Promise.all([low, high]);
    expect(order).toEqual(['low@0', 'high@100']);
  });

  it('refuses limits that could never grant anything', () => {
    expect(() => createRateLimiter({ perKey: 0 })).toThrow(/perKey/);
    expect(() => createRateLimiter({ overall: Number.NaN })).toThrow(/overall/);
    expect(() => createRateLimiter({ maxHoldMs: -1 })).toThrow(/maxHoldMs/);
  });
});
