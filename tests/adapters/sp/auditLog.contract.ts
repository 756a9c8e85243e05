// The audit log contract (core/ports/audit.ts): one entry per change, keyed by action, item and
// version, so a retried call adds nothing; SharePoint's Frontline Audit list and the in-memory
// store alike. Stores may be shared between tests, so each test uses its own items.
import { auditKey, type AuditLog, type AuditRecord } from '../../../src/core/ports/audit';

export interface AuditFixture {
  log: AuditLog;
  /** The keys of every entry stored. */
  keys(): Promise<string[]>;
}

const entry = (targetId: number, extra: Partial<AuditRecord> = {}): AuditRecord => ({
  actor: 'officer@example.gov.uk',
  action: 'draft-saved',
  list: 'findings',
  targetId,
  visitId: 1,
  version: '"3"',
  at: '2025-07-30T16:00:00.000Z',
  detail: 'Saved the draft for cllr.anna@example.gov.uk.',
  ...extra
});

export function auditLogContract(name: string, factory: () => AuditFixture): void {
  describe(`audit log contract: ${name}`, () => {
    it('records a change once: a retried call with the same key adds nothing', async () => {
      const { log, keys } = factory();
      const e = entry(801);
      await log.record(e);
      await log.record({ ...e, detail: 'The same change, retried.' });
      expect((await keys()).filter((k) => k === auditKey(e))).toHaveLength(1);
    });

    it('records another version, action or item of the same change as another entry', async () => {
      const { log, keys } = factory();
      const entries = [
        entry(802),
        entry(802, { version: '"4"' }),
        entry(802, { action: 'findings-submitted', version: 'once' }),
        entry(803)
      ];
      await Promise.all(entries.map((e) => log.record(e)));
      const stored = await keys();
      for (const e of entries) expect(stored.filter((k) => k === auditKey(e))).toHaveLength(1);
    });
  });
}
