// One sweep at a time across instances: the lease holder (bot/app/sweepLease.ts) over the in-memory
// lease, with a clock the test moves. Renewal runs on a real (short) interval.
import { sweepLeaseHolder } from '../../src/bot/app/sweepLease';
import { MemorySweepLeases } from '../kits/memory';

const T0 = Date.parse('2025-11-05T09:00:00Z');

describe('sweep lease holder', () => {
  it('runs one instance at a time, releases at the end, and the next then runs', async () => {
    const leases = new MemorySweepLeases();
    const clock = (): number => T0;
    const a = sweepLeaseHolder({ leases, holder: 'a', clock });
    const b = sweepLeaseHolder({ leases, holder: 'b', clock });
    let inside = 0;
    const both = await a.run(async () => {
      inside++;
      return b.run(async () => inside++);
    });
    expect(both).toEqual({ ran: true, result: { ran: false, holder: 'a', expiresAt: '2025-11-05T09:02:00.000Z' } });
    expect(inside).toBe(1);
    expect(a.holds()).toBe(false);
    expect(await b.run(async () => 'b swept')).toEqual({ ran: true, result: 'b swept' });
    expect(leases.writes.map((w) => w.holder)).toEqual(['a', '', 'b', '']);
  });

  it('renews while the sweep runs, and a sweep whose lease expired is told it no longer holds it', async () => {
    const leases = new MemorySweepLeases();
    let now = T0;
    const logged: string[] = [];
    const log = (m: string): number => logged.push(m);
    const a = sweepLeaseHolder({ leases, holder: 'a', clock: () => now, leaseMs: 10_000, renewMs: 10, log });
    const seen: boolean[] = [];
    await a.run(async (holds) => {
      now += 9000;
      await new Promise((r) => setTimeout(r, 60));
      now += 9000; // renewed since: still ours
      seen.push(holds());
      // The renewals fail from now on (the lists are down): the lease runs out.
      jest.spyOn(leases, 'acquire').mockRejectedValue(new Error('503'));
      await new Promise((r) => setTimeout(r, 30));
      now += 11_000;
      seen.push(holds());
    });
    expect(seen).toEqual([true, false]);
    expect(logged).toContain('could not be renewed');
    expect(leases.writes.filter((w) => w.holder === 'a').length).toBeGreaterThan(1);
  });

  it('a crashed holder (never released) loses the lease when it expires', async () => {
    const leases = new MemorySweepLeases();
    await leases.acquire('crashed', new Date(T0).toISOString(), 120_000);
    let now = T0 + 119_000;
    const b = sweepLeaseHolder({ leases, holder: 'b', clock: () => now });
    expect((await b.run(async () => 'x')).ran).toBe(false);
    now = T0 + 120_000;
    expect(await b.run(async () => 'x')).toEqual({ ran: true, result: 'x' });
  });

  it('release() for a graceful shutdown lets the lease go while the sweep still runs', async () => {
    const leases = new MemorySweepLeases();
    const a = sweepLeaseHolder({ leases, holder: 'a', clock: () => T0 });
    await a.run(async (holds) => {
      await a.release();
      expect(holds()).toBe(false);
      expect((await leases.current())?.holder).toBe('');
    });
  });

  it('stop() for a graceful shutdown: the sweep starts nothing new, then the lease is released and not taken again', async () => {
    const leases = new MemorySweepLeases();
    const a = sweepLeaseHolder({ leases, holder: 'a', clock: () => T0 });
    const seen: Array<string | undefined> = [];
    await a.run(async (holds) => {
      a.stop();
      seen.push(String(holds()), (await leases.current())?.holder);
    });
    expect(seen).toEqual(['false', 'a']);
    expect((await leases.current())?.holder).toBe('');
    expect((await a.run(async () => 'x')).ran).toBe(false);
  });

  it('a renewal still in flight when the sweep ends does not take the lease back after the release', async () => {
    const leases = new MemorySweepLeases();
    const a = sweepLeaseHolder({ leases, holder: 'a', clock: () => T0, renewMs: 5 });
    const acquire = leases.acquire.bind(leases);
    const calls: Promise<unknown>[] = [];
    jest.spyOn(leases, 'acquire').mockImplementation((...args) => {
      const slow = calls.length > 0 ? new Promise((r) => setTimeout(r, 40)) : Promise.resolve();
      const call = slow.then(() => acquire(...args));
      calls.push(call);
      return call;
    });
    await a.run(() => new Promise((r) => setTimeout(r, 20)));
    await Promise.all(calls);
    expect(calls.length).toBeGreaterThan(1);
    expect((await leases.current())?.holder).toBe('');
  });
});
