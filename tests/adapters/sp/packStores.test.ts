// The committee pack contract against both implementations: @pnp/sp on the local list server (as
// an officer), and the in-memory store.
import { packStoresContract, type PackStores } from './packStores.contract';
import { OFFICER, siteForFile } from './harness';
import { SpPackDraftStore } from '../../../src/adapters/sp/packDrafts';
import { SpPackResponseStore } from '../../../src/adapters/sp/packResponses';
import { MemoryStore } from '../../kits/memory';

const site = siteForFile();
const memory = new MemoryStore();

describe.each<[string, () => PackStores]>([
  [
    '@pnp/sp against the local list server',
    () => ({ drafts: new SpPackDraftStore(site().sp(OFFICER)), responses: new SpPackResponseStore(site().sp(OFFICER)) })
  ],
  [
    'in memory',
    () => {
      const repos = memory.repos();
      return { drafts: repos.packDrafts!, responses: repos.packResponses! };
    }
  ]
])('%s', (name, make) => packStoresContract(name, make));
