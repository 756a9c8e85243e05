// The send log contract (core/ports/messaging.ts): every SendLog must pass it, the SharePoint one
// and the in-memory one the bot's handler tests use (botbuilder's storageBaseTests pattern). Logs
// may be shared between tests, so each test uses its own keys. Times are whole seconds, as
// SharePoint keeps them. The conversation store's contract is conversationStore.contract.ts.
import { ConflictError } from '../../../src/core/errors';
import type { SendEntry, SendLog } from '../../../src/core/ports/messaging';

const T0 = '2025-07-24T09:00:00.000Z';
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60000).toISOString();
const LEASE = 10 * 60000;

let serial = 0;
/** A unique entry in the shape of core's reminder keys. */
const entry = (label: string, extra: Partial<SendEntry> = {}): SendEntry => {
  serial += 1;
  return {
    key: `return:${serial}:${label}@example.gov.uk:2025-07-31:3`,
    recipientEmail: `${label}@Example.gov.uk`,
    kind: 'return-reminder',
    visitId: serial,
    ...extra
  };
};

export function sendLogContract(name: string, factory: () => SendLog): void {
  describe(`send log contract: ${name}`, () => {
    it('claims a new key, and a second claim within the lease is in progress', async () => {
      const log = factory();
      const e = entry('new');
      const first = await log.claim(e, 'sweep-a', T0, LEASE);
      expect(first).toMatchObject({
        claimed: true,
        record: {
          key: e.key,
          recipientEmail: 'new@example.gov.uk',
          kind: 'return-reminder',
          visitId: e.visitId,
          state: 'Claimed',
          claimedBy: 'sweep-a',
          claimedAt: T0,
          attempts: 1
        }
      });
      const second = await log.claim(e, 'sweep-b', at(9), LEASE);
      expect(second).toMatchObject({
        claimed: false,
        reason: 'in-progress',
        record: { claimedBy: 'sweep-a', attempts: 1 }
      });
      expect(await log.get(e.key)).toMatchObject({ state: 'Claimed', claimedBy: 'sweep-a' });
      expect(await log.get('never:claimed')).toBeUndefined();
    });

    it('never claims a sent message again, however old', async () => {
      const log = factory();
      const e = entry('sent');
      const c = await log.claim(e, 'sweep-a', T0, LEASE);
      if (!c.claimed) throw new Error('not claimed');
      const sent = await log.markSent(c.record, at(1));
      expect(sent).toMatchObject({ state: 'Sent', sentAt: at(1) });
      expect(await log.claim(e, 'sweep-b', at(60 * 24 * 365), 0)).toMatchObject({
        claimed: false,
        reason: 'sent',
        record: { state: 'Sent' }
      });
      expect(await log.get(e.key)).toMatchObject({ state: 'Sent', sentAt: at(1), attempts: 1 });
    });

    it('re-claims Failed and Unreachable messages, counting attempts, and lists them as undelivered meanwhile', async () => {
      const log = factory();
      const e = entry('retry');
      const c1 = await log.claim(e, 'sweep-a', T0, LEASE);
      if (!c1.claimed) throw new Error('not claimed');
      expect(await log.markFailed(c1.record, '502 bad gateway', false)).toMatchObject({
        state: 'Failed',
        lastError: '502 bad gateway'
      });
      expect((await log.undelivered()).map((r) => r.key)).toContain(e.key);
      const c2 = await log.claim(e, 'sweep-b', at(1), LEASE);
      expect(c2).toMatchObject({
        claimed: true,
        record: { state: 'Claimed', claimedBy: 'sweep-b', claimedAt: at(1), attempts: 2 }
      });
      if (!c2.claimed) throw new Error('not claimed');
      await log.markFailed(c2.record, '403 bot not in roster', true);
      expect((await log.undelivered()).find((r) => r.key === e.key)).toMatchObject({
        state: 'Unreachable',
        lastError: '403 bot not in roster'
      });
      const c3 = await log.claim(e, 'sweep-c', at(2), LEASE);
      expect(c3).toMatchObject({ claimed: true, record: { claimedBy: 'sweep-c', attempts: 3 } });
      if (!c3.claimed) throw new Error('not claimed');
      await log.markSent(c3.record, at(3));
      expect((await log.undelivered()).map((r) => r.key)).not.toContain(e.key);
    });

    it('takes over a claim whose lease ran out (a sweep that crashed mid-send)', async () => {
      const log = factory();
      const e = entry('crashed');
      await log.claim(e, 'sweep-a', T0, LEASE);
      expect(await log.claim(e, 'sweep-b', at(9), LEASE)).toMatchObject({ claimed: false, reason: 'in-progress' });
      expect(await log.claim(e, 'sweep-b', at(10), LEASE)).toMatchObject({
        claimed: true,
        record: { claimedBy: 'sweep-b', claimedAt: at(10), attempts: 2 }
      });
    });

    it('lets exactly one of 5 concurrent claims of a new key win', async () => {
      const log = factory();
      const e = entry('race');
      const results = await Promise.all([1, 2, 3, 4, 5].map((n) => log.claim(e, `sweep-${n}`, T0, LEASE)));
      const winners = results.filter((r) => r.claimed);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.claimed && r.reason === 'in-progress')).toHaveLength(4);
      expect((await log.get(e.key))?.claimedBy).toBe(winners[0].record.claimedBy);
    });

    it('lets exactly one of 5 concurrent re-claims of a failed key win', async () => {
      const log = factory();
      const e = entry('rerace');
      const c = await log.claim(e, 'sweep-0', T0, LEASE);
      if (!c.claimed) throw new Error('not claimed');
      await log.markFailed(c.record, '502', false);
      const results = await Promise.all([1, 2, 3, 4, 5].map((n) => log.claim(e, `sweep-${n}`, at(1), LEASE)));
      const winners = results.filter((r) => r.claimed);
      expect(winners).toHaveLength(1);
      expect(winners[0].record.attempts).toBe(2);
      expect(results.filter((r) => !r.claimed).map((r) => (r.claimed ? '' : r.reason))).toEqual([
        'in-progress',
        'in-progress',
        'in-progress',
        'in-progress'
      ]);
      expect(await log.get(e.key)).toMatchObject({
        state: 'Claimed',
        attempts: 2,
        claimedBy: winners[0].record.claimedBy
      });
    });

    it('refuses a stale markSent or markFailed with ConflictError and keeps the newer state', async () => {
      const log = factory();
      const e = entry('stale');
      const c = await log.claim(e, 'sweep-a', T0, LEASE);
      if (!c.claimed) throw new Error('not claimed');
      const failed = await log.markFailed(c.record, '502', false);
      expect(failed.etag).not.toBe(c.record.etag);
      await expect(log.markSent(c.record, at(1))).rejects.toBeInstanceOf(ConflictError);
      await expect(log.markFailed(c.record, 'stale', true)).rejects.toBeInstanceOf(ConflictError);
      expect(await log.get(e.key)).toMatchObject({ state: 'Failed', lastError: '502' });
      expect(await log.markSent(failed, at(2))).toMatchObject({ state: 'Sent' });
    });

    it('says which of 250 keys were sent (sent, failed, claimed and unknown keys mixed)', async () => {
      const log = factory();
      const keys = Array.from(
        { length: 250 },
        (_, i) => `briefing:${9000 + i}:councillor.number-${i}@cheshireeast.gov.uk:2025-07-24`
      );
      const expected = new Set<string>();
      for (const [i, key] of keys.entries()) {
        if (i % 4 === 3) continue; // never claimed
        const c = await log.claim(
          { key, recipientEmail: `c${i}@example.gov.uk`, kind: 'briefing', visitId: 9000 + i },
          'sweep',
          T0,
          LEASE
        );
        if (!c.claimed) throw new Error('not claimed');
        if (i % 4 === 0) {
          await log.markSent(c.record, at(1));
          expected.add(key);
        } else if (i % 4 === 1) await log.markFailed(c.record, '502', false);
      }
      const sent = await log.sentAmong([...keys, keys[0], 'unknown:key']);
      expect(sent.size).toBe(expected.size);
      expect([...sent].sort()).toEqual([...expected].sort());
      expect(await log.sentAmong([])).toEqual(new Set());
    });

    it('round-trips and filters keys with quotes, apostrophes, URL characters and unicode', async () => {
      const log = factory();
      const keys = [
        "findings-shared:41:o'neil@example.gov.uk",
        "findings-shared:41:d''arcy@example.gov.uk",
        'briefing:7:zoë.brontë@exämple.gov.uk:2025-07-24',
        'briefing:7:"quoted"&a=b+c#frag%20?x/y\\z:2025-07-24',
        "overdue:7:x' or SendKey ne 'y:2025-07-31",
        'message:7:😀 ✓ 漢字'
      ];
      for (const key of keys) {
        const c = await log.claim(
          { key, recipientEmail: "O'Neil@Example.gov.uk", kind: 'findings-shared', visitId: 41 },
          'sweep',
          T0,
          LEASE
        );
        expect(c).toMatchObject({ claimed: true, record: { key, recipientEmail: "o'neil@example.gov.uk" } });
        if (!c.claimed) throw new Error('not claimed');
        expect((await log.get(key))?.key).toBe(key);
        await log.markSent(c.record, at(1));
      }
      expect([...(await log.sentAmong(keys))].sort()).toEqual([...keys].sort());
      expect(await log.sentAmong(["findings-shared:41:o'neil@example.gov.uk'"])).toEqual(new Set());
    });

    it('keeps keys SharePoint cannot hold as they are apart: over 255 characters, differing only in case, or with spaces and line breaks', async () => {
      const log = factory();
      const longEmail = `${'l'.repeat(64)}@${'d'.repeat(180)}.gov.uk`;
      const long = `return:123456:${longEmail}:2025-07-31:3`;
      const longer = `${long}0`;
      const upper = 'Briefing:77:Sarah@Example.gov.uk:2025-07-24';
      for (const key of [
        long,
        longer,
        upper,
        upper.toLowerCase(),
        'message:8:two\nlines',
        ' message:9 ',
        'message:9'
      ]) {
        expect(
          await log.claim({ key, recipientEmail: 'x@example.gov.uk', kind: 'k' }, 'sweep', T0, LEASE)
        ).toMatchObject({ claimed: true, record: { key } });
        expect((await log.get(key))?.key).toBe(key);
      }
      expect(long.length).toBeGreaterThan(255);
      expect(
        await log.claim({ key: long, recipientEmail: 'x@example.gov.uk', kind: 'k' }, 'other', at(1), LEASE)
      ).toMatchObject({ claimed: false, reason: 'in-progress' });
      const c = await log.get(long);
      await log.markSent(c as NonNullable<typeof c>, at(1));
      expect(await log.sentAmong([long, longer, upper])).toEqual(new Set([long]));
    });
  });
}
