// The officer directory contract against both implementations: SpOfficerDirectory over the
// provisioned site's officers group on the local list server, and the in-memory store's groups.
import { officerDirectoryContract, type OfficerFixture } from './officerDirectory.contract';
import { siteForFile } from './harness';
import { SpOfficerDirectory } from '../../../src/adapters/sp/officers';
import { OFFICERS_GROUP } from '../../../src/core/officers';
import { MemoryStore } from '../../kits/memory';

const site = siteForFile();
const memory = new MemoryStore();

const spAddOfficer = async (email: string): Promise<void> => {
  const sp = site().sp();
  const user = (await sp.web.ensureUser(email)) as unknown as { LoginName: string };
  await sp.web.siteGroups.getByName(OFFICERS_GROUP).users.add(user.LoginName);
};

describe.each<[string, () => OfficerFixture]>([
  [
    '@pnp/sp against the local list server',
    () => ({ directory: (group) => new SpOfficerDirectory(site().sp(), group), addOfficer: spAddOfficer })
  ],
  [
    'in memory',
    () => ({
      directory: (group) => memory.officerDirectory(group),
      addOfficer: async (email) => void memory.groups.get(OFFICERS_GROUP)?.push(email)
    })
  ]
])('%s', (name, make) => officerDirectoryContract(name, make));
