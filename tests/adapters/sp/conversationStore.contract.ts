// The conversation store contract (core/ports/messaging.ts): every ConversationStore must pass it,
// the SharePoint one and the in-memory one the bot's handler tests use (botbuilder's
// storageBaseTests pattern). Stores may be shared between tests, so each test uses its own e-mails.
// Times are whole seconds, as SharePoint keeps them. The send log's contract is sendLog.contract.ts.
import type { ConversationRecord, ConversationStore } from '../../../src/core/ports/messaging';

const T0 = '2025-07-24T09:00:00.000Z';
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60000).toISOString();

const conversation = (email: string, extra: Partial<ConversationRecord> = {}): ConversationRecord => ({
  userEmail: email,
  aadObjectId: `aad-${email.toLowerCase()}`,
  reference: JSON.stringify({ conversation: { id: `a:1${email}` }, serviceUrl: 'https://smba.trafficmanager.net/uk/' }),
  status: 'Active',
  updatedAt: T0,
  ...extra
});

export function conversationStoreContract(name: string, factory: () => ConversationStore): void {
  describe(`conversation store contract: ${name}`, () => {
    it('saves a person and finds them by e-mail in any case and by Entra object id', async () => {
      const store = factory();
      const saved = await store.save(
        conversation('Sarah.Bennett@Example.gov.uk', { aadObjectId: 'A1B2C3D4-0000-0000-0000-000000000001' })
      );
      expect(saved).toMatchObject({ userEmail: 'sarah.bennett@example.gov.uk', status: 'Active', updatedAt: T0 });
      expect(saved.id).toBeGreaterThan(0);
      expect(saved.etag).toBeTruthy();
      const byEmail = await store.byEmail('SARAH.BENNETT@example.gov.uk ');
      expect(byEmail).toMatchObject({
        id: saved.id,
        reference: conversation('Sarah.Bennett@Example.gov.uk').reference
      });
      expect((await store.byAadObjectId('A1B2C3D4-0000-0000-0000-000000000001'))?.userEmail).toBe(
        'sarah.bennett@example.gov.uk'
      );
      expect(await store.byEmail('nobody@example.gov.uk')).toBeUndefined();
      expect(await store.byAadObjectId('no-such-id')).toBeUndefined();
    });

    it('marks a person unreachable, lists them, and a reinstall makes them Active again in the same record', async () => {
      const store = factory();
      const first = await store.save(conversation('ben.wye@example.gov.uk'));
      await store.markUnreachable('Ben.Wye@example.gov.uk', '403 bot not in roster', at(5));
      expect(await store.byEmail('ben.wye@example.gov.uk')).toMatchObject({
        status: 'Unreachable',
        lastError: '403 bot not in roster',
        updatedAt: at(5)
      });
      expect((await store.unreachable()).map((c) => c.userEmail)).toContain('ben.wye@example.gov.uk');
      const reference = JSON.stringify({ conversation: { id: 'a:1new' } });
      const again = await store.save(conversation('ben.wye@example.gov.uk', { reference, updatedAt: at(60) }));
      expect(again.id).toBe(first.id);
      const read = await store.byEmail('ben.wye@example.gov.uk');
      expect(read).toMatchObject({ id: first.id, status: 'Active', reference, updatedAt: at(60) });
      expect(read?.lastError).toBeUndefined();
      expect((await store.unreachable()).map((c) => c.userEmail)).not.toContain('ben.wye@example.gov.uk');
    });

    it('lists Uninstalled people as unreachable too, and never Active ones', async () => {
      const store = factory();
      await store.save(conversation('gone@example.gov.uk', { status: 'Uninstalled' }));
      await store.save(conversation('here@example.gov.uk'));
      const emails = (await store.unreachable()).map((c) => c.userEmail);
      expect(emails).toContain('gone@example.gov.uk');
      expect(emails).not.toContain('here@example.gov.uk');
      await store.markUnreachable('gone@example.gov.uk', '404 conversation not found', at(1));
      expect(await store.byEmail('gone@example.gov.uk')).toMatchObject({
        status: 'Uninstalled',
        lastError: '404 conversation not found'
      });
    });

    it('ignores a failure older than the latest save, and a person it has no record of', async () => {
      const store = factory();
      await store.save(conversation('fresh@example.gov.uk', { updatedAt: at(30) }));
      await store.markUnreachable('fresh@example.gov.uk', '404 stale conversation', at(10));
      expect(await store.byEmail('fresh@example.gov.uk')).toMatchObject({ status: 'Active', updatedAt: at(30) });
      await expect(store.markUnreachable('stranger@example.gov.uk', '403', at(10))).resolves.toBeUndefined();
      expect(await store.byEmail('stranger@example.gov.uk')).toBeUndefined();
    });

    it('keeps one record when the same person is saved concurrently', async () => {
      const store = factory();
      const saves = await Promise.all(
        [1, 2, 3].map((n) => store.save(conversation('twice@example.gov.uk', { reference: `ref-${n}` })))
      );
      expect(new Set(saves.map((s) => s.id)).size).toBe(1);
      expect(['ref-1', 'ref-2', 'ref-3']).toContain((await store.byEmail('twice@example.gov.uk'))?.reference);
    });

    it('round-trips and finds e-mails with apostrophes and non-ASCII letters (OData quoting)', async () => {
      const store = factory();
      for (const email of [
        "o'neil@example.gov.uk",
        "d'arcy.o''brien@example.gov.uk",
        'zoë.brontë@example.gov.uk',
        'jürgen+teams@exämple.gov.uk'
      ]) {
        await store.save(conversation(email, { aadObjectId: `aad'${email}` }));
        expect((await store.byEmail(email))?.userEmail).toBe(email);
        expect((await store.byAadObjectId(`aad'${email}`))?.userEmail).toBe(email);
        await store.markUnreachable(email, "403 'not in roster'", at(1));
        expect((await store.unreachable()).find((c) => c.userEmail === email)?.lastError).toBe("403 'not in roster'");
      }
    });
  });
}
