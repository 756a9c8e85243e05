// Durability: close the server, start a new one on the same directory, and everything is there.
import { ADMIN, startTestServer, tempDir } from './helpers';

it('keeps lists, fields, items, ETags, versions, users, groups and permissions across a restart', async () => {
  const dir = tempDir();
  const first = await startTestServer({}, dir);
  const list = first.admin.web.lists.getByTitle('Teams');
  await first.admin.web.lists.ensure('Teams', '', 100, false, { EnableVersioning: true });
  await list.fields.addText('Area');
  await list.fields.getByInternalNameOrTitle('Area').update({ Indexed: true, EnforceUniqueValues: true });
  const a = await list.items.add({ Title: 'Court Team', Area: 'Cared for Children' });
  await list.items.getById(a.Id).update({ Title: 'Court Team (renamed)' });
  const b = await list.items.add({ Title: 'Intake', Area: 'Front Door' });
  await list.items.getById(b.Id).breakRoleInheritance(false, false);
  const reader = await first.admin.web.ensureUser('reader@frontline.test');
  await list.items.getById(b.Id).roleAssignments.add(reader.Id, 1073741826);
  const group = await first.admin.web.siteGroups.add({ Title: 'Democratic Services' });
  await first.admin.web.siteGroups.getById(group.Id).users.add('i:0#.f|membership|officer@frontline.test');
  await first.stop(true);

  const second = await startTestServer({}, dir);
  try {
    const again = second.admin.web.lists.getByTitle('Teams');
    const items = await again.items.select('Id', 'Title', 'Area').orderBy('ID')();
    expect(items.map((i) => [i.Title, i.Area, i['odata.etag']])).toEqual([
      ['Court Team (renamed)', 'Cared for Children', '"2"'],
      ['Intake', 'Front Door', '"1"']
    ]);
    expect(await again.items.getById(a.Id).versions()).toHaveLength(2);
    expect(await again.items.add({ Title: 'x', Area: 'front door' }).catch((e: { status: number }) => e.status)).toBe(
      500
    );
    const next = await again.items.add({ Title: 'Next' });
    expect(next.Id).toBeGreaterThan(b.Id);
    expect(
      (await second.as('reader@frontline.test').web.lists.getByTitle('Teams').items.select('Title')()).map(
        (i) => i.Title
      )
    ).toEqual(['Intake']);
    const members = await second.admin.web.siteGroups.getByName('Democratic Services').users();
    expect(members.map((u) => u.Email)).toEqual(['officer@frontline.test']);
    const admin = await second.admin.web.currentUser();
    expect(admin).toMatchObject({ Email: ADMIN, IsSiteAdmin: true });
  } finally {
    await second.stop();
  }
});
