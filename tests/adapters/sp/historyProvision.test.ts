// Schema version 3 added Findings History and Theme Corrections. A site provisioned at version 2
// (the same lists without them) gains both on the next `npm run provision`, not confidential (the
// history is from published papers; officers make the corrections), versioned, with nothing else
// touched; a second run changes nothing.
import '@pnp/sp/fields';
import '@pnp/sp/security';
import { siteAtVersion, type Site, OFFICER } from './harness';
import { LIST, SCHEMA_VERSION, listDef } from '../../../src/lists/schema';
import { provision } from '../../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../../src/adapters/sp/provision/permissions';
import { SpCouncillorRepository } from '../../../src/adapters/sp/repositories';

const ADDED = [LIST.history, LIST.corrections];
const plan = { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] };
let site: Site;

beforeAll(async () => {
  // Back to what version 2 provisioned: the lists without the two history lists, and version 2 recorded.
  site = await siteAtVersion(2, ADDED);
});
afterAll(() => site?.close());

it('upgrades a version 2 site: adds the two lists, indexed and unique as the schema says, not confidential, and touches nothing else', async () => {
  const report = await provision(site.sp(), plan);
  expect(report).toMatchObject({ fromVersion: 2, toVersion: SCHEMA_VERSION });
  // Later versions' data migrations run too (their own tests check them).
  expect(report.changes.filter((c) => !ADDED.some((t) => c.startsWith(`${t}:`)) && !/^upgrade [4-9]/.test(c))).toEqual([
    `schema version 2 -> ${SCHEMA_VERSION}`
  ]);
  for (const title of ADDED) {
    expect(report.changes).toContain(`${title}: created list`);
    const list = site.sp().web.lists.getByTitle(title);
    const info = (await list.select('Hidden', 'HasUniqueRoleAssignments', 'EnableVersioning')()) as {
      Hidden: boolean;
      HasUniqueRoleAssignments: boolean;
      EnableVersioning: boolean;
    };
    expect(info).toEqual(
      expect.objectContaining({ Hidden: false, HasUniqueRoleAssignments: false, EnableVersioning: true })
    );
    const fields = (await list.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')()) as {
      InternalName: string;
      Indexed: boolean;
      EnforceUniqueValues: boolean;
    }[];
    for (const f of listDef(title).fields) {
      const found = fields.find((x) => x.InternalName === f.name);
      expect({
        field: f.name,
        exists: !!found,
        indexed: !!found?.Indexed,
        unique: !!found?.EnforceUniqueValues
      }).toEqual({ field: f.name, exists: true, indexed: !!f.indexed, unique: !!f.unique });
    }
  }
  const history = listDef(LIST.history).fields;
  expect(history.filter((f) => f.indexed).map((f) => f.name)).toEqual(['HistoryKey', 'Period', 'SourcePaper']);
  expect(history.find((f) => f.name === 'FindingKind')?.choices).toEqual([
    'strength',
    'development',
    'escalation',
    'other'
  ]);
  expect((await new SpCouncillorRepository(site.sp()).byEmail('kept@example.gov.uk'))?.name).toBe('Cllr Kept');
});

it('changes nothing when run again', async () => {
  expect(await provision(site.sp(), plan)).toEqual({
    fromVersion: SCHEMA_VERSION,
    toVersion: SCHEMA_VERSION,
    changes: []
  });
});
