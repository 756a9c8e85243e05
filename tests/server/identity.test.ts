// Who the caller is: header, cookie, default user; and the optional request digest check.
import { localSp } from '../../src/server/testing/localSp';
import { TestServer, raw, startTestServer } from './helpers';

let t: TestServer;
const VISITORS = ['head.of.service', 'councillor', 'default.user', 'claims'].map((n) => `${n}@frontline.test`);
beforeAll(async () => {
  t = await startTestServer({
    defaultUser: 'Default.User@Frontline.test',
    requireDigest: true,
    groupMembers: { visitors: VISITORS }
  });
});
afterAll(() => t.stop());

const me = async (headers: Record<string, string>): Promise<string> => {
  const res = await fetch(`${t.srv.url}/_api/web/currentuser`, { headers: { Accept: 'application/json', ...headers } });
  return ((await res.json()) as { Email: string }).Email;
};

it('names the caller by header, then cookie, then the default user', async () => {
  expect(await me({ 'X-Frontline-User': 'Head.Of.Service@frontline.test' })).toBe('head.of.service@frontline.test');
  expect(await me({ Cookie: 'theme=dark; frontline-user=councillor%40frontline.test' })).toBe(
    'councillor@frontline.test'
  );
  expect(await me({})).toBe('default.user@frontline.test');
  expect(await me({ 'X-Frontline-User': 'i:0#.f|membership|claims@frontline.test' })).toBe('claims@frontline.test');
  const users = await t.admin.web.siteUsers.select('Email')();
  expect(users.map((u) => u.Email)).toEqual(
    expect.arrayContaining([
      'head.of.service@frontline.test',
      'councillor@frontline.test',
      'default.user@frontline.test'
    ])
  );
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

it('answers CORS preflights for a local host page on another port', async () => {
  const res = await fetch(`${t.srv.url}/_api/web`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://localhost:4321', 'Access-Control-Request-Headers': 'x-frontline-user' }
  });
  expect(res.status).toBe(204);
  expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
  expect(res.headers.get('access-control-allow-headers')).toBe('x-frontline-user');
});
