// The dashboard's Retention preview from the page's SharePoint session: the retention sweep's own
// rule and run (core/retention) in dry-run mode, over the lists as the officer reads them, with the
// site's retention periods. Loaded with the Retention tab. Nothing is written: a dry run never
// deletes nor records.
import type { SPFI } from '@pnp/sp';
import { SpRetentionStore } from '../../adapters/sp/retentionStore';
import type { IsoDateTime } from '../../core/model';
import type { AuditLog } from '../../core/ports/audit';
import { retentionOf } from '../../core/retention/settings';
import { runRetention, type RetentionReport } from '../../core/retention/sweep';
import { spProcessSource } from '../shared/processSetup';

const NO_AUDIT: AuditLog = {
  record: () => Promise.reject(new Error('The retention preview writes nothing.'))
};

/** What the next sweep at `now` would delete, and the next items to become due. */
export async function retentionPreview(sp: SPFI, now: IsoDateTime): Promise<RetentionReport> {
  const { settings } = await spProcessSource(sp).current();
  const store = new SpRetentionStore(sp, [settings.pointOfContactEmail].filter(Boolean), settings);
  return runRetention({ store, audit: NO_AUDIT }, retentionOf(settings), now, { dryRun: true, keptSample: 10 });
}
