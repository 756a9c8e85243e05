// Who the caller is: header, cookie, default user; callers who are not site users are transient
// (never stored, 403) until web/ensureuser registers them; and the optional request digest check.
import { localSp } from '../kits/localSp';
import { ADMIN, TestServer, raw, spError, startTestServer } from './helpers';

let t: TestServer;
const VISITORS = ['head.of.service', 'councillor', 'claims'].map((n) => `${n}@frontline.test`);
beforeAll(async () => {
  t = await startTestServer({
    defaultUser: 'Default.User@Frontline.test',
    requireDigest: true,
    groupMembers: { visitors: VISITORS }
  });
});
afterAll(() => t.stop());

const me = async (headers: Record<string, string>): Promise<{ status: number; email?: string }> => {
  const res = await fetch(`${t.srv.url}/_api/web/currentuser`, { headers: { Accept: 'application/json', ...headers } });
  return { status: res.status, email: ((await res.json()) as { Email?: string }).Email };
};
const siteUserEmails = async (): Promise<string[]> =>
  (await t.admin.web.siteUsers.select('Email')()).map((u) => u.Email);

it('names the caller by header, then cookie, then the default user', async () => {
  expect(await me({ 'X-Frontline-User': 'Head.Of.Service@frontline.test' })).toEqual({
    status: 200,
    email: 'head.of.service@frontline.test'
  });
  expect((await me({ Cookie: 'theme=dark; frontline-user=councillor%40frontline.test' })).email).toBe(
    'councillor@frontline.test'
  );
  expect((await me({ 'X-Frontline-User': 'i:0#.f|membership|claims@frontline.test' })).email).toBe(
    'claims@frontline.test'
  );
  expect((await me({})).status).toBe(403);
  const user = await t.admin.web.ensureUser('default.user@frontline.test');
  await t.admin.web.associatedVisitorGroup.users.add(user.LoginName);
  expect(await me({})).toEqual({ status: 200, email: 'default.user@frontline.test' });
});

it('never stores a caller who is not a site user: 200 junk names add no user', async () => {
  const before = await siteUserEmails();
  const statuses = new Map<number, number>();
  for (let i = 0; i < 200; i++) {
    const name = i % 2 === 0 ? `junk.${i}@frontline.test` : ['junk', `<b>${i}</b>`, `x${i}@`, `a@b${i}`, ' @ '][i % 5];
    const res = await raw(t.srv, i % 3 === 0 ? 'web/siteusers' : 'web/currentuser', { user: name });
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  }
  expect(Object.fromEntries(statuses)).toEqual({ 401: 100, 403: 100 });
  expect(await siteUserEmails()).toEqual(before);
});

it('a transient caller, once ensured and shared an item, sees it (whatever case they sign in with)', async () => {
  const LATE = 'Late.Comer@Frontline.test';
  await t.admin.web.lists.ensure('Shared');
  const list = t.admin.web.lists.getByTitle('Shared');
  const item = await list.items.add({ Title: 'for the late comer' });
  await list.items.add({ Title: 'not for them' });
  expect((await spError(t.as(LATE).web.lists.getByTitle('Shared').items())).status).toBe(403);
  const user = await t.admin.web.ensureUser(`i:0#.f|membership|${LATE.toLowerCase()}`);
  expect(user).toMatchObject({ Email: 'late.comer@frontline.test', Title: 'Late Comer' });
  await list.items.getById(item.Id).breakRoleInheritance(false, false);
  await list.items.getById(item.Id).roleAssignments.add(user.Id, 1073741826);
  for (const as of [LATE, ` ${LATE.toUpperCase()} `, `i:0#.f|membership|${LATE}`]) {
    const titles = (await t.as(as).web.lists.getByTitle('Shared').items.select('Title')()).map((i) => i.Title);
    expect(titles).toEqual(['for the late comer']);
  }
});

it('ensureuser refuses what is not an e-mail address with SharePoint 404', async () => {
  for (const logon of ['junk', 'i:0#.f|membership|nobody', 'a@b', 'c:0o.c|federateddirectoryclaimprovider|x']) {
    expect(await spError(t.admin.web.ensureUser(logon))).toEqual({
      status: 404,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: `The specified user ${logon} could not be found. The directory here knows any well-formed e-mail address.`
    });
  }
  expect((await t.admin.web.ensureUser(ADMIN)).IsSiteAdmin).toBe(true);
});

it('with requireDigest, refuses POSTs without X-RequestDigest; PnPjs fetches one from contextinfo', async () => {
  const res = await raw(t.srv, 'web', {
    method: 'POST',
    headers: { 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json' },
    body: '{"Title":"x"}'
  });
  expect(res.status).toBe(403);
  expect(res.json()).toMatchObject({ 'odata.error': { code: '-2130575251, Microsoft.SharePoint.SPException' } });
  await localSp(t.srv.url, 'admin@frontline.test').web.update({ Title: 'Frontline Visits (local)' });
  expect((await t.admin.web.select('Title')()).Title).toBe('Frontline Visits (local)');
});
