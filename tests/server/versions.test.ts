// Version history: with EnableVersioning every add and update is kept, with who, when and what.
import { TestServer, startTestServer } from './helpers';

let t: TestServer;
const OFFICER = 'officer@frontline.test';

beforeAll(async () => {
  t = await startTestServer({ groupMembers: { members: [OFFICER] } });
  await t.admin.web.lists.ensure('Visit Rota', '', 100, false, { EnableVersioning: true });
  await t.admin.web.lists
    .getByTitle('Visit Rota')
    .fields.addChoice('Status', { Choices: ['Planned', 'Booked', 'Cancelled'] });
  await t.admin.web.lists.ensure('Scratch');
});
afterAll(() => t.stop());

it('records a version per add and update: label, editor, time and field values', async () => {
  const list = t.admin.web.lists.getByTitle('Visit Rota');
  const item = await list.items.add({ Title: 'Court Team - July 2025', Status: 'Planned' });
  await t.as(OFFICER).web.lists.getByTitle('Visit Rota').items.getById(item.Id).update({ Status: 'Booked' });
  await list.items.getById(item.Id).update({ Status: 'Cancelled', Title: 'Court Team - July 2025 (cancelled)' });
  const versions = await list.items.getById(item.Id).versions();
  expect(versions.map((v) => [v.VersionLabel, v.Status, v.Title, v.Editor.Email, v.IsCurrentVersion])).toEqual([
    ['3.0', 'Cancelled', 'Court Team - July 2025 (cancelled)', 'admin@frontline.test', true],
    ['2.0', 'Booked', 'Court Team - July 2025', OFFICER, false],
    ['1.0', 'Planned', 'Court Team - July 2025', 'admin@frontline.test', false]
  ]);
  expect(versions[1]).toMatchObject({
    'odata.type': 'SP.ListItemVersion',
    VersionId: 1024,
    Created: expect.stringMatching(/Z$/)
  });
  const one = await list.items.getById(item.Id).versions.getById(512)();
  expect(one.Status).toBe('Planned');
  const current = await list.items.getById(item.Id)();
  expect(current).toMatchObject({ OData__UIVersionString: '3.0', 'odata.etag': '"3"' });
});

it('lists only the current version when versioning is off', async () => {
  const list = t.admin.web.lists.getByTitle('Scratch');
  const item = await list.items.add({ Title: 'a' });
  await list.items.getById(item.Id).update({ Title: 'b' });
  const versions = await list.items.getById(item.Id).versions();
  expect(versions.map((v) => [v.VersionLabel, v.Title])).toEqual([['2.0', 'b']]);
});
