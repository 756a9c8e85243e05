// The audit trail contract against both implementations: SpAuditTrail (version history) on the
// local list server, where a site owner edits by hand, and the in-memory lists' versions.
import { auditTrailContract, type AuditTrailFixture } from './auditTrail.contract';
import { addSiteOwner, siteForFile } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { SpAuditTrail } from '../../../src/adapters/sp/audit';
import { LOCAL_ADMIN } from '../../../src/node/connection';
import { MemoryStore, SERVICE_IDENTITY } from '../../kits/memory';

const OUTSIDER = 'site.owner@example.gov.uk';
const site = siteForFile();
beforeAll(() => addSiteOwner(site(), OUTSIDER));
const memory = new MemoryStore();

function spFixture(): AuditTrailFixture {
  const asOwner = spRepositories(site().sp(OUTSIDER, 1));
  return {
    repos: spRepositories(site().sp()),
    trail: new SpAuditTrail(site().sp()),
    service: LOCAL_ADMIN,
    outsider: OUTSIDER,
    editAs: async (id, changes) => void (await asOwner.findings.update(await asOwner.findings.get(id), changes))
  };
}

describe.each<[string, () => AuditTrailFixture]>([
  ['@pnp/sp against the local list server', spFixture],
  [
    'in memory',
    () => ({
      repos: memory.repos(),
      trail: memory.auditTrail(),
      service: SERVICE_IDENTITY,
      outsider: OUTSIDER,
      editAs: async (id, changes) => void memory.tables.findings.touch(id, changes, OUTSIDER)
    })
  ]
])('%s', (name, make) => auditTrailContract(name, make));
