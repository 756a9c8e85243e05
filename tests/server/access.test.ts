// Callers without access to the site get SharePoint's 403 on everything, the site's users and
// groups included; a user shared a single item has Limited Access, reaches that item and no more.
import { ADMIN, TestServer, raw, spError, startTestServer } from './helpers';

const VISITOR = 'viewer@frontline.test';
const ANNA = 'cllr.anna@frontline.test';
const STRANGER = 'stranger@frontline.test';
const READ = 1073741826;
const DENIED = { status: 403, code: '-2147024891, System.UnauthorizedAccessException', message: 'Access denied.' };

let t: TestServer;
let annaItem: number;
let otherItem: number;
const findings = (user = ADMIN) => t.as(user).web.lists.getByTitle('Visit Findings');

const BATCH = [
  '--batch_1',
  'Content-Type: application/http',
  'Content-Transfer-Encoding: binary',
  '',
  'GET /sites/frontline/_api/web/siteusers HTTP/1.1',
  'Accept: application/json',
  '',
  '--batch_1--',
  ''
].join('\r\n');

beforeAll(async () => {
  t = await startTestServer({ groupMembers: { visitors: [VISITOR] } });
  await t.admin.web.lists.ensure('Visit Findings');
  await t.admin.web.lists.ensure('Teams');
  await t.admin.web.lists.getByTitle('Teams').items.add({ Title: 'Court Team' });
  annaItem = (await findings().items.add({ Title: 'for anna' })).Id;
  otherItem = (await findings().items.add({ Title: 'someone else' })).Id;
  const anna = await t.admin.web.ensureUser(ANNA);
  await t.admin.web.ensureUser(STRANGER);
  await findings().items.getById(annaItem).breakRoleInheritance(true, false);
  await findings().items.getById(annaItem).roleAssignments.add(anna.Id, READ);
});
afterAll(() => t.stop());

const GETS = [
  'web',
  'web/currentuser',
  'web/siteusers',
  "web/siteusers/getbyemail('admin@frontline.test')",
  'web/getuserbyid(6)',
  'web/sitegroups',
  'web/sitegroups(3)/users',
  "web/sitegroups/getbyname('Frontline Visits Owners')/users",
  'web/associatedvisitorgroup/users',
  'web/lists',
  "web/lists/getbytitle('Teams')",
  "web/lists/getbytitle('Teams')/items",
  "web/lists/getbytitle('Visit Findings')/items(1)",
  'web/roledefinitions',
  'web/effectivebasepermissions',
  'site'
];

describe('a caller with no permission on the site', () => {
  it.each(GETS)('gets 403 Access denied. for GET %s', async (path) => {
    const res = await raw(t.srv, path, { user: STRANGER });
    expect({ status: res.status, body: res.json() }).toEqual({
      status: 403,
      body: { 'odata.error': { code: DENIED.code, message: { lang: 'en-US', value: DENIED.message } } }
    });
  });

  it('gets 403 for contextinfo, ensureuser and $batch too, and through @pnp/sp', async () => {
    for (const path of ['contextinfo', 'web/ensureuser']) {
      const res = await raw(t.srv, path, {
        user: STRANGER,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: path === 'contextinfo' ? '' : `{"logonName":"${STRANGER}"}`
      });
      expect(res.status).toBe(403);
    }
    const batch = await raw(t.srv, '$batch', {
      user: STRANGER,
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_1' },
      body: BATCH
    });
    expect(batch.status).toBe(403);
    expect(await spError(t.as(STRANGER).web.siteUsers())).toEqual(DENIED);
    expect(await spError(t.as(STRANGER).web.siteGroups.getById(3).users())).toEqual(DENIED);
    expect(await spError(t.as(STRANGER).web.currentUser())).toEqual(DENIED);
  });

  it('stays 401 when anonymous', async () => {
    expect((await raw(t.srv, 'web/siteusers', { user: null })).status).toBe(401);
  });
});

describe('a site visitor', () => {
  it('reads the site users and every group’s members (Browse User Info)', async () => {
    const users = await t.as(VISITOR).web.siteUsers.select('Email')();
    expect(users.map((u) => u.Email)).toEqual(expect.arrayContaining([ADMIN, VISITOR]));
    const owners = await t.as(VISITOR).web.siteGroups.getById(3).users();
    expect(owners.map((u) => u.Email)).toContain(ADMIN);
  });
});

describe('a user shared one item (Limited Access on the list and web)', () => {
  it('reads that item, the web and currentuser, and nothing else', async () => {
    expect((await findings(ANNA).items.select('Title')()).map((i) => i.Title)).toEqual(['for anna']);
    expect((await findings(ANNA).items.getById(annaItem)()).Title).toBe('for anna');
    expect((await spError(findings(ANNA).items.getById(otherItem)())).status).toBe(404);
    expect(await t.as(ANNA).web.lists.getByTitle('Teams').items()).toEqual([]);
    expect((await t.as(ANNA).web.currentUser()).Email).toBe(ANNA);
    expect((await t.as(ANNA).web.select('Title')()).Title).toBe('Frontline Visits');
    expect(await spError(findings(ANNA).items.add({ Title: 'x' }))).toEqual(DENIED);
  });

  it('holds exactly Limited Access on the web, which includes Browse User Info', async () => {
    expect(await t.as(ANNA).web.getCurrentUserEffectivePermissions()).toMatchObject({ High: '48', Low: '134418528' });
    const users = await t.as(ANNA).web.siteUsers.select('Email')();
    expect(users.map((u) => u.Email)).toContain(ANNA);
  });

  it('loses it when the item stops being shared with them', async () => {
    await findings().items.getById(annaItem).resetRoleInheritance();
    expect(await spError(t.as(ANNA).web.currentUser())).toEqual(DENIED);
    expect(await spError(findings(ANNA).items())).toEqual(DENIED);
  });
});
