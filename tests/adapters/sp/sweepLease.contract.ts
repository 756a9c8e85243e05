// The sweep lease contract (core/ports/sweepLease.ts): the SharePoint item in the Bot Send Log and the
// in-memory lease must both pass it. Times are whole seconds, as SharePoint keeps them. A site may be
// shared between tests and has one lease, so each test starts a day after the last, when any lease
// left is long expired, with its own holder names.
import type { SweepLeases } from '../../../src/core/ports/sweepLease';

const T0 = Date.parse('2025-07-24T09:00:00.000Z');
const LEASE = 120_000;
let day = 0;
let at: (seconds: number) => string = () => '';
let id: (name: string) => string = (name) => name;

export function sweepLeaseContract(name: string, factory: () => SweepLeases): void {
  describe(`sweep lease contract: ${name}`, () => {
    beforeEach(() => {
      const start = T0 + ++day * 86_400_000;
      at = (seconds) => new Date(start + seconds * 1000).toISOString();
      id = (holder) => `${holder}-${day}`;
    });

    it('is free at first; the first instance takes it, for the lease time, and a second is refused', async () => {
      const leases = factory();
      const before = await leases.current();
      expect(before === undefined || Date.parse(before.expiresAt) <= Date.parse(at(0))).toBe(true);
      expect(await leases.acquire(id('a'), at(0), LEASE)).toEqual({
        holder: id('a'),
        acquiredAt: at(0),
        expiresAt: at(120)
      });
      expect(await leases.acquire(id('b'), at(1), LEASE)).toBeUndefined();
      expect(await leases.acquire(id('b'), at(119), LEASE)).toBeUndefined();
      expect(await leases.current()).toEqual({ holder: id('a'), acquiredAt: at(0), expiresAt: at(120) });
    });

    it('is renewed by its holder (keeping when it was taken) and taken over only once it expired', async () => {
      const leases = factory();
      await leases.acquire(id('a'), at(0), LEASE);
      expect(await leases.acquire(id('a'), at(30), LEASE)).toEqual({
        holder: id('a'),
        acquiredAt: at(0),
        expiresAt: at(150)
      });
      expect(await leases.acquire(id('b'), at(149), LEASE)).toBeUndefined();
      // The holder crashed: no renewal, and at its expiry the lease is b's.
      expect(await leases.acquire(id('b'), at(150), LEASE)).toEqual({
        holder: id('b'),
        acquiredAt: at(150),
        expiresAt: at(270)
      });
      // a, back, is refused rather than renewing what is no longer its own.
      expect(await leases.acquire(id('a'), at(160), LEASE)).toBeUndefined();
    });

    it('is released by its holder only, and then free for the next at once', async () => {
      const leases = factory();
      await leases.acquire(id('a'), at(0), LEASE);
      await leases.release(id('b'), at(10));
      expect((await leases.current())?.holder).toBe(id('a'));
      await leases.release(id('a'), at(10));
      expect((await leases.current())?.holder).toBe('');
      expect(await leases.acquire(id('b'), at(11), LEASE)).toEqual({
        holder: id('b'),
        acquiredAt: at(11),
        expiresAt: at(131)
      });
    });

    it('goes to exactly one of many instances taking it at once', async () => {
      const leases = factory();
      const ids = ['a', 'b', 'c', 'd', 'e'];
      const results = await Promise.all(ids.map((h) => leases.acquire(id(h), at(0), LEASE)));
      const winners = results.filter((r) => r !== undefined);
      expect(winners).toHaveLength(1);
      expect((await leases.current())?.holder).toBe(winners[0]?.holder);
      // Expired: again exactly one takes it over.
      const later = await Promise.all(ids.map((h) => leases.acquire(id(`${h}2`), at(200), LEASE)));
      expect(later.filter((r) => r !== undefined)).toHaveLength(1);
    });
  });
}
