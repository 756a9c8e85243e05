// The sharing contract against both implementations: item permissions on the local list server
// through @pnp/sp (read back as each person), and the in-memory store's grants.
import { sharingContract, type SharingFixture } from './sharing.contract';
import { siteForFile } from './harness';
import {
  spRepositories,
  SpFindingsRepository,
  SpHeadOfServiceRequestRepository
} from '../../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../../src/adapters/sp/findingsSharing';
import { AccessDeniedError, NotFoundError } from '../../../src/core/errors';
import { MemoryStore } from '../../kits/memory';

const site = siteForFile();
const memory = new MemoryStore();

const spCanRead = async (list: 'findings' | 'requests', id: number, email: string): Promise<boolean> => {
  const sp = site().sp(email, 1);
  try {
    await (list === 'findings' ? new SpFindingsRepository(sp) : new SpHeadOfServiceRequestRepository(sp)).get(id);
    return true;
  } catch (e) {
    // Hidden (404), or no access to the list at all (403).
    if (e instanceof NotFoundError || e instanceof AccessDeniedError) return false;
    throw e;
  }
};

describe.each<[string, () => SharingFixture]>([
  [
    '@pnp/sp against the local list server',
    () => ({ repos: spRepositories(site().sp()), sharing: spFindingsSharing(site().sp()), canRead: spCanRead })
  ],
  [
    'in memory',
    () => ({
      repos: memory.repos(),
      sharing: memory.sharing(),
      canRead: async (list, id, email) =>
        memory.grants.get(`${list === 'findings' ? 'findings' : 'request'}:${id}`)?.get(email) === 'read'
    })
  ]
])('%s', (name, make) => sharingContract(name, make));
