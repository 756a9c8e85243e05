// The settings contract against both stores: @pnp/sp on a provisioned local list server, and the
// in-memory store. Then what only the list shows: provisioning writes the defaults once.
import { settingsContract, type SettingsFixture } from './settings.contract';
import { OFFICER, siteForFile } from './harness';
import { SpSettingsStore } from '../../../src/adapters/sp/settingsStore';
import { provision } from '../../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../../src/adapters/sp/provision/permissions';
import { FRONTLINE_2025_SETTINGS } from '../../../src/core/settings';
import { LIST } from '../../../src/lists/schema';
import { MemorySettingsStore } from '../../kits/memory';

const site = siteForFile();

const tamper = async (text: string): Promise<void> => {
  const item = await new SpSettingsStore(site().sp()).read();
  await site().sp().web.lists.getByTitle(LIST.settings).items.getById(item!.id).update({ Settings: text });
};

describe.each<[string, () => Promise<SettingsFixture>]>([
  [
    '@pnp/sp against the local list server',
    async () => {
      await tamper(JSON.stringify(FRONTLINE_2025_SETTINGS));
      return { store: new SpSettingsStore(site().sp()), tamper, provisioned: true };
    }
  ],
  [
    'in memory',
    async () => {
      const store = new MemorySettingsStore();
      return { store, tamper: async (text) => store.tamper(text), provisioned: false };
    }
  ]
])('%s', (name, make) => settingsContract(name, make));

describe('SharePoint settings store', () => {
  it('provisioning wrote the 2025 defaults once, and a second run changes nothing', async () => {
    expect(site().provisionReport.changes).toContain('Process Settings: wrote the defaults (frontline-2025)');
    await tamper(JSON.stringify({ ...FRONTLINE_2025_SETTINGS, councilName: 'Anyshire' }));
    const again = await provision(site().sp(), { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] });
    expect(again.changes).toEqual([]);
    const items = (await site().sp().web.lists.getByTitle(LIST.settings).items()) as { Settings: string }[];
    expect(items).toHaveLength(1);
    expect(JSON.parse(items[0].Settings)).toMatchObject({ councilName: 'Anyshire' });
  });
});
