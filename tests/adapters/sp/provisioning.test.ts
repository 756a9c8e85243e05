// `npm run provision` semantics: creates every list and field, indexes what repositories filter on,
// records the schema version, locks down confidential lists, and a second run changes nothing.
import '@pnp/sp/fields';
import '@pnp/sp/security';
import { startSite, type Site, OFFICER } from './harness';
import { LIST, LISTS, SCHEMA_VERSION } from '../../../src/lists/schema';
import { provision } from '../../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../../src/adapters/sp/provision/permissions';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

describe('provisioning', () => {
  it('creates every list and field of the schema on a new site', async () => {
    const report = site.provisionReport;
    expect(report.fromVersion).toBe(0);
    expect(report.toVersion).toBe(SCHEMA_VERSION);
    for (const def of LISTS) {
      expect(report.changes).toContain(`${def.title}: created list`);
      const fields = (await site
        .sp()
        .web.lists.getByTitle(def.title)
        .fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')()) as {
        InternalName: string;
        Indexed: boolean;
        EnforceUniqueValues: boolean;
      }[];
      for (const f of def.fields) {
        const found = fields.find((x) => x.InternalName === f.name);
        expect({
          list: def.title,
          field: f.name,
          exists: !!found,
          indexed: !!found?.Indexed,
          unique: !!found?.EnforceUniqueValues
        }).toEqual({
          list: def.title,
          field: f.name,
          exists: true,
          indexed: !!f.indexed,
          unique: !!f.unique
        });
      }
    }
  });

  it('records the schema version on the site', async () => {
    const items = (await site.sp().web.lists.getByTitle(LIST.schema).items.select('SchemaVersion')()) as {
      SchemaVersion: number;
    }[];
    expect(items).toEqual([expect.objectContaining({ SchemaVersion: SCHEMA_VERSION })]);
  });

  it('changes nothing when run again', async () => {
    const again = await provision(site.sp(), { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] });
    expect(again).toEqual({ fromVersion: SCHEMA_VERSION, toVersion: SCHEMA_VERSION, changes: [] });
  });

  it('stops the confidential and officers-only lists inheriting the site permissions, and versions them for audit', async () => {
    for (const def of LISTS) {
      const info = (await site
        .sp()
        .web.lists.getByTitle(def.title)
        .select('HasUniqueRoleAssignments', 'EnableVersioning')()) as {
        HasUniqueRoleAssignments: boolean;
        EnableVersioning: boolean;
      };
      expect({ list: def.title, unique: info.HasUniqueRoleAssignments, versioning: info.EnableVersioning }).toEqual({
        list: def.title,
        unique: !!(def.confidential || def.officersOnly),
        versioning: !!def.versioning
      });
    }
  });

  it('puts the officers in the officers group', async () => {
    const users = (await site
      .sp()
      .web.siteGroups.getByName(DEFAULT_PERMISSION_PLAN.officersGroup)
      .users.select('Email')()) as { Email: string }[];
    expect(users.map((u) => u.Email.toLowerCase())).toContain(OFFICER);
  });

  it('adds a field that is missing and re-indexes one that lost its index', async () => {
    const visits = site.sp().web.lists.getByTitle(LIST.visits);
    await visits.fields.getByInternalNameOrTitle('StatusReason').delete();
    await visits.fields.getByInternalNameOrTitle('VisitMonth').update({ Indexed: false });
    const repaired = await provision(site.sp(), { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] });
    expect(repaired.changes).toEqual([
      `${LIST.visits}: updated field VisitMonth (Indexed)`,
      `${LIST.visits}: added field StatusReason (Note)`
    ]);
    expect((await provision(site.sp(), { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] })).changes).toEqual([]);
  });

  it('refuses a site whose schema is newer than this release', async () => {
    const items = site.sp().web.lists.getByTitle(LIST.schema).items;
    const [item] = (await items.select('Id')()) as { Id: number }[];
    await items.getById(item.Id).update({ SchemaVersion: SCHEMA_VERSION + 1 });
    await expect(provision(site.sp(), DEFAULT_PERMISSION_PLAN)).rejects.toThrow(/newer than this release/);
    await items.getById(item.Id).update({ SchemaVersion: SCHEMA_VERSION });
  });
});
