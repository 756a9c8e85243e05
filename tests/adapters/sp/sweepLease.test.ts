// The sweep lease contract against both implementations: the Bot Send Log item through @pnp/sp on a
// fresh local list server per test, and the in-memory lease. Then how the item sits in the send log.
import { sweepLeaseContract } from './sweepLease.contract';
import { siteForFile } from './harness';
import { SpSweepLeases } from '../../../src/adapters/sp/sweepLease';
import { SpSendLog } from '../../../src/adapters/sp/messagingStores';
import { nodeSha256 } from '../../../src/node/sha256';
import type { SweepLeases } from '../../../src/core/ports/sweepLease';
import { MemorySweepLeases } from '../../kits/memory';

const site = siteForFile();

describe.each<[string, () => SweepLeases]>([
  ['@pnp/sp against the local list server', () => new SpSweepLeases(site().sp())],
  ['in memory', () => new MemorySweepLeases()]
])('%s', (name, make) => sweepLeaseContract(name, make));

describe('the lease in the Bot Send Log', () => {
  it('is one item keyed sweep-lease, never sent and never among the undelivered', async () => {
    const leases = new SpSweepLeases(site().sp());
    await leases.acquire('svc-1', '2026-07-24T09:00:00.000Z', 60000);
    await leases.acquire('svc-1', '2026-07-24T09:00:30.000Z', 60000);
    const log = new SpSendLog(site().sp(), nodeSha256);
    expect(await log.get('sweep-lease')).toMatchObject({ kind: 'sweep-lease', state: 'Claimed', claimedBy: 'svc-1' });
    expect(await log.sentAmong(['sweep-lease'])).toEqual(new Set());
    expect(await log.undelivered()).toEqual([]);
  });
});
