// The integrity check contract against both implementations: SpIntegrityCheck (read as an officer)
// on the local list server, where a site owner edits by hand, and the in-memory store.
import { integrityContract, OUTSIDER, type IntegrityFixture } from './integrity.contract';
import { addSiteOwner, OFFICER, siteForFile } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { SpIntegrityCheck } from '../../../src/adapters/sp/integrity';
import { MemoryStore } from '../../kits/memory';

const site = siteForFile();
beforeAll(() => addSiteOwner(site(), OUTSIDER));
const memory = new MemoryStore();

function spFixture(): IntegrityFixture {
  const outsider = spRepositories(site().sp(OUTSIDER, 1));
  return {
    repos: spRepositories(site().sp()),
    check: new SpIntegrityCheck(site().sp(OFFICER, 1)),
    editAs: async (list, id, changes) => {
      if (list === 'findings') await outsider.findings.update(await outsider.findings.get(id), changes);
      else await outsider.requests.update(await outsider.requests.get(id), changes);
    },
    createAs: (form) => outsider.findings.create(form)
  };
}

describe.each<[string, () => IntegrityFixture]>([
  ['@pnp/sp against the local list server', spFixture],
  [
    'in memory',
    () => ({
      repos: memory.repos(),
      check: memory.integrity(),
      editAs: async (list, id, changes) =>
        void (list === 'findings' ? memory.tables.findings : memory.tables.requests).touch(id, changes, OUTSIDER),
      createAs: async (form) => memory.tables.findings.addAs(OUTSIDER, form)
    })
  ]
])('%s', (name, make) => integrityContract(name, make));
