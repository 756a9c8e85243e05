// Schema version 2 added the bot's lists. A site provisioned at version 1 (the same lists without
// them) gains both on the next `npm run provision`, locked down like the other confidential lists,
// with nothing else touched; a second run changes nothing.
import '@pnp/sp/fields';
import '@pnp/sp/security';
import { siteAtVersion, type Site, OFFICER } from './harness';
import { LIST, SCHEMA_VERSION, listDef } from '../../../src/lists/schema';
import { provision } from '../../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../../src/adapters/sp/provision/permissions';
import { SpCouncillorRepository } from '../../../src/adapters/sp/repositories';

const ADDED = [LIST.conversations, LIST.sendLog];
const plan = { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] };
let site: Site;

beforeAll(async () => {
  // Back to what version 1 provisioned: the lists without the bot's two, and version 1 recorded.
  site = await siteAtVersion(1, ADDED);
});
afterAll(() => site?.close());

it('upgrades a version 1 site: adds the two lists, indexed, unique and confidential, and touches nothing else', async () => {
  expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
  const report = await provision(site.sp(), plan);
  expect(report).toMatchObject({ fromVersion: 1, toVersion: SCHEMA_VERSION });
  // Later versions' data migrations run too (their own tests check them).
  expect(report.changes.filter((c) => !ADDED.some((t) => c.startsWith(`${t}:`)) && !/^upgrade [3-9]/.test(c))).toEqual([
    `schema version 1 -> ${SCHEMA_VERSION}`
  ]);
  for (const title of ADDED) {
    expect(report.changes).toContain(`${title}: created list`);
    expect(report.changes).toContain(`${title}: stopped inheriting; only officers and owners see items unless shared`);
    const list = site.sp().web.lists.getByTitle(title);
    const info = (await list.select('Hidden', 'HasUniqueRoleAssignments')()) as {
      Hidden: boolean;
      HasUniqueRoleAssignments: boolean;
    };
    expect(info).toEqual(expect.objectContaining({ Hidden: !!listDef(title).hidden, HasUniqueRoleAssignments: true }));
    const fields = (await list.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')()) as {
      InternalName: string;
      Indexed: boolean;
      EnforceUniqueValues: boolean;
    }[];
    for (const f of listDef(title).fields) {
      const found = fields.find((x) => x.InternalName === f.name);
      expect({ field: f.name, indexed: !!found?.Indexed, unique: !!found?.EnforceUniqueValues }).toEqual({
        field: f.name,
        indexed: !!f.indexed,
        unique: !!f.unique
      });
    }
  }
  expect((await new SpCouncillorRepository(site.sp()).byEmail('kept@example.gov.uk'))?.name).toBe('Cllr Kept');
});

it('changes nothing when run again', async () => {
  expect(await provision(site.sp(), plan)).toEqual({
    fromVersion: SCHEMA_VERSION,
    toVersion: SCHEMA_VERSION,
    changes: []
  });
});
