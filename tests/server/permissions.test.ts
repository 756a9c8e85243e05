// SharePoint permissions, enforced: groups and role definitions on the web, broken inheritance on
// lists and items, security trimming, 403 on writes, 401 without a caller.
import { PermissionKind } from '@pnp/sp/security';
import { TestServer, raw, spError, startTestServer } from './helpers';

const OWNER = 'owner@frontline.test';
const MEMBER = 'officer@frontline.test';
const VISITOR = 'viewer@frontline.test';
const SARAH = 'sarah.bennett@frontline.test';
const BEN = 'ben.wye@frontline.test';
const NOBODY = 'stranger@frontline.test';
const READ = 1073741826;
const CONTRIBUTE = 1073741827;

let t: TestServer;
const findings = (user?: string) => (user ? t.as(user) : t.admin).web.lists.getByTitle('Visit Findings');
const titles = async (user: string): Promise<string[]> =>
  (await findings(user).items.select('Title').orderBy('ID')()).map((i) => i.Title);

beforeAll(async () => {
  t = await startTestServer({ groupMembers: { owners: [OWNER], members: [MEMBER], visitors: [VISITOR, SARAH, BEN] } });
  await t.admin.web.lists.ensure('Visit Findings');
  await findings().fields.addText('CouncillorEmail');
  await findings().items.add({ Title: 'shared', CouncillorEmail: '' });
});
afterAll(() => t.stop());

describe('site set-up and principals', () => {
  it('creates Owners / Members / Visitors with Full Control / Contribute / Read on the web', async () => {
    type Expanded = { Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> };
    const assignments = (await t.admin.web.roleAssignments.expand(
      'Member',
      'RoleDefinitionBindings'
    )()) as unknown as Expanded[];
    const summary = assignments.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((r) => r.Name)]);
    expect(summary).toEqual([
      ['Frontline Visits Owners', ['Full Control']],
      ['Frontline Visits Visitors', ['Read']],
      ['Frontline Visits Members', ['Contribute']]
    ]);
    const owners = await t.admin.web.associatedOwnerGroup.users();
    expect(owners.map((u) => u.Email)).toEqual(expect.arrayContaining(['admin@frontline.test', OWNER]));
  });

  it('exposes currentuser, ensureuser, siteusers and role definitions', async () => {
    const me = await t.as(SARAH).web.currentUser();
    expect(me).toMatchObject({
      Email: SARAH,
      LoginName: `i:0#.f|membership|${SARAH}`,
      Title: 'Sarah Bennett',
      IsSiteAdmin: false,
      PrincipalType: 1
    });
    const ensured = await t.admin.web.ensureUser('i:0#.f|membership|new.person@frontline.test');
    expect(ensured).toMatchObject({ Email: 'new.person@frontline.test', Id: expect.any(Number) });
    expect((await t.admin.web.siteUsers.getByEmail(SARAH)()).Id).toBe(me.Id);
    expect((await t.admin.web.siteUsers.getById(me.Id)()).Email).toBe(SARAH);
    expect((await t.admin.web.getUserById(me.Id)()).Email).toBe(SARAH);
    expect((await t.admin.web.roleDefinitions.getByName('Contribute')()).Id).toBe(CONTRIBUTE);
    expect((await t.admin.web.roleDefinitions.getByType(6)()).Name).toBe('Edit');
    expect((await t.admin.web.roleDefinitions.getById(1073741829)()).BasePermissions).toEqual({
      High: '2147483647',
      Low: '4294967295'
    });
  });

  it('creates site groups and manages their members', async () => {
    const g = await t.admin.web.siteGroups.add({ Title: 'Councillors', Description: 'Elected members' });
    await t.admin.web.siteGroups.getByName('Councillors').users.add(`i:0#.f|membership|${BEN}`);
    expect((await t.admin.web.siteGroups.getById(g.Id).users()).map((u) => u.Email)).toEqual([BEN]);
    expect((await t.admin.web.siteUsers.getByEmail(BEN).groups()).map((x) => x.Title)).toContain('Councillors');
    expect((await spError(t.as(MEMBER).web.siteGroups.add({ Title: 'Sneaky' }))).status).toBe(403);
    expect((await spError(t.admin.web.siteGroups.getByName('Nope')())).status).toBe(404);
  });

  it('answers 401 when no caller is named and there is no default user', async () => {
    const res = await raw(t.srv, 'web', { user: null });
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException' } });
  });
});

describe('enforcement', () => {
  it('lets readers read but not write (403 Access denied.)', async () => {
    expect(await titles(VISITOR)).toEqual(['shared']);
    const denied = await spError(findings(VISITOR).items.add({ Title: 'x' }));
    expect(denied).toEqual({
      status: 403,
      code: '-2147024891, System.UnauthorizedAccessException',
      message: 'Access denied.'
    });
    expect((await spError(findings(VISITOR).items.getById(1).update({ Title: 'x' }))).status).toBe(403);
    expect((await spError(findings(VISITOR).items.getById(1).delete())).status).toBe(403);
  });

  it('lets contributors write items but not manage lists or permissions', async () => {
    const added = await findings(MEMBER).items.add({ Title: 'by member' });
    await findings(MEMBER).items.getById(added.Id).update({ Title: 'by member, edited' });
    await findings(MEMBER).items.getById(added.Id).delete();
    expect((await spError(findings(MEMBER).update({ Description: 'x' }))).status).toBe(403);
    expect((await spError(findings(MEMBER).items.getById(1).breakRoleInheritance(false))).status).toBe(403);
    expect((await spError(findings(MEMBER).roleAssignments())).status).toBe(403);
  });

  it('refuses a user with no permission on the site (403, as SharePoint does; see access.test.ts)', async () => {
    expect((await spError(findings(NOBODY).items())).status).toBe(403);
    expect((await spError(findings(NOBODY).items.getById(1)())).status).toBe(403);
    expect((await spError(findings(NOBODY).items.add({ Title: 'x' }))).status).toBe(403);
  });

  it('reports effective permissions the way PnPjs checks them', async () => {
    expect(await findings(VISITOR).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await findings(VISITOR).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await findings(MEMBER).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await findings(MEMBER).currentUserHasPermissions(PermissionKind.ManageLists)).toBe(false);
    expect(await findings().userHasPermissions(`i:0#.f|membership|${OWNER}`, PermissionKind.ManagePermissions)).toBe(
      true
    );
  });
});

describe('item-level permissions', () => {
  let sarahItem: number;
  let benItem: number;

  it('a councillor cannot read another councillor’s findings once item inheritance is broken', async () => {
    const sarah = await t.admin.web.ensureUser(SARAH);
    const ben = await t.admin.web.ensureUser(BEN);
    sarahItem = (await findings().items.add({ Title: 'Sarah findings', CouncillorEmail: SARAH })).Id;
    benItem = (await findings().items.add({ Title: 'Ben findings', CouncillorEmail: BEN })).Id;
    for (const [id, user] of [
      [sarahItem, sarah.Id],
      [benItem, ben.Id]
    ]) {
      await findings().items.getById(id).breakRoleInheritance(false, false);
      await findings().items.getById(id).roleAssignments.add(user, CONTRIBUTE);
    }
    expect(await titles(SARAH)).toEqual(['shared', 'Sarah findings']);
    expect(await titles(BEN)).toEqual(['shared', 'Ben findings']);
    expect((await spError(findings(SARAH).items.getById(benItem)())).status).toBe(404);
    expect((await spError(findings(SARAH).items.getById(benItem).update({ Title: 'x' }))).status).toBe(404);
    await findings(SARAH).items.getById(sarahItem).update({ Title: 'Sarah findings (draft 2)' });
    expect(await titles(VISITOR)).toEqual(['shared']);
    const [sel] = await findings().items.filter(`ID eq ${sarahItem}`).select('HasUniqueRoleAssignments')();
    expect(sel.HasUniqueRoleAssignments).toBe(true);
  });

  it('resetroleinheritance gives the item back its list permissions', async () => {
    await findings().items.getById(benItem).resetRoleInheritance();
    expect(await titles(VISITOR)).toEqual(['shared', 'Ben findings']);
    expect((await spError(findings(BEN).items.getById(benItem).update({ Title: 'x' }))).status).toBe(403);
  });

  it('refuses role assignment changes on an object that inherits', async () => {
    const err = await spError(findings().items.getById(benItem).roleAssignments.add(3, READ));
    expect(err).toMatchObject({
      status: 400,
      message: 'This operation is not allowed on an object that inherits permissions.'
    });
  });

  it('keeps a non-admin owner in with Full Control when breaking without copying', async () => {
    const item = await findings(OWNER).items.add({ Title: 'owner item' });
    await findings(OWNER).items.getById(item.Id).breakRoleInheritance(false, false);
    expect((await findings(OWNER).items.getById(item.Id)()).Title).toBe('owner item');
    expect((await spError(findings(MEMBER).items.getById(item.Id)())).status).toBe(404);
  });
});

describe('list-level permissions', () => {
  it('breaks list inheritance (copying), then removes a group', async () => {
    await t.admin.web.lists.ensure('Head of Service Responses');
    const list = t.admin.web.lists.getByTitle('Head of Service Responses');
    await list.items.add({ Title: 'response' });
    await list.breakRoleInheritance(true, false);
    const visitors = await t.admin.web.associatedVisitorGroup();
    await list.roleAssignments.remove(visitors.Id, READ);
    // A list the caller holds no permission on is trimmed away, as SharePoint does: it "does not exist".
    expect((await spError(t.as(VISITOR).web.lists.getByTitle('Head of Service Responses').items())).status).toBe(404);
    expect(await t.as(MEMBER).web.lists.getByTitle('Head of Service Responses').items()).toHaveLength(1);
    expect(await list.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
    await list.resetRoleInheritance();
    expect(await t.as(VISITOR).web.lists.getByTitle('Head of Service Responses').items()).toHaveLength(1);
  });

  it('honours ReadSecurity = 2 ("only their own items") for users without ManageLists', async () => {
    await t.admin.web.lists.ensure('Drafts', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    await t.as(MEMBER).web.lists.getByTitle('Drafts').items.add({ Title: 'mine' });
    const other = await t
      .as('second.member@frontline.test')
      .web.lists.getByTitle('Drafts')
      .items.add({ Title: 'x' })
      .catch((e: { status: number }) => e.status);
    expect(other).toBe(403);
    await t.admin.web.siteGroups
      .getByName('Frontline Visits Members')
      .users.add('i:0#.f|membership|second.member@frontline.test');
    const theirs = await t
      .as('second.member@frontline.test')
      .web.lists.getByTitle('Drafts')
      .items.add({ Title: 'theirs' });
    expect((await t.as(MEMBER).web.lists.getByTitle('Drafts').items()).map((i) => i.Title)).toEqual(['mine']);
    expect((await spError(t.as(MEMBER).web.lists.getByTitle('Drafts').items.getById(theirs.Id)())).status).toBe(404);
    expect((await t.as(OWNER).web.lists.getByTitle('Drafts').items()).map((i) => i.Title)).toEqual(['mine', 'theirs']);
  });
});
