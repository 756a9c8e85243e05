// CORS only for the allowedOrigins option; a page on any other origin gets no CORS headers, its
// preflights are refused, and it cannot act through the cookie or the default user.
import { ADMIN, TestServer, startTestServer } from './helpers';

const WORKBENCH = 'http://localhost:4321';
const EVIL = 'https://evil.example';
let open: TestServer;
let closed: TestServer;

beforeAll(async () => {
  open = await startTestServer({ allowedOrigins: [`${WORKBENCH}/`], defaultUser: ADMIN });
  closed = await startTestServer({ defaultUser: ADMIN });
  await open.admin.web.lists.ensure('Notes');
  await closed.admin.web.lists.ensure('Notes');
});
afterAll(async () => {
  await open.stop();
  await closed.stop();
});

const preflight = (t: TestServer, origin: string): Promise<Response> =>
  fetch(`${t.srv.url}/_api/web`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'x-frontline-user'
    }
  });
const items = (t: TestServer) => `${t.srv.url}/_api/web/lists/getByTitle('Notes')/items`;
const count = async (t: TestServer): Promise<number> => (await t.admin.web.lists.getByTitle('Notes').items()).length;

it('answers preflights and requests from an allowed origin with CORS headers', async () => {
  const pre = await preflight(open, WORKBENCH);
  expect(pre.status).toBe(204);
  expect(pre.headers.get('access-control-allow-origin')).toBe(WORKBENCH);
  expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
  expect(pre.headers.get('access-control-allow-headers')).toBe('x-frontline-user');
  const res = await fetch(`${open.srv.url}/_api/web`, { headers: { Origin: WORKBENCH, 'X-Frontline-User': ADMIN } });
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBe(WORKBENCH);
});

it('refuses preflights from other origins (403, naming the allowed ones) and sends them no CORS headers', async () => {
  const cases = [
    { t: open, origins: [EVIL, 'null', 'http://localhost:4322'], allowed: WORKBENCH },
    { t: closed, origins: [WORKBENCH, 'null'], allowed: 'none configured' }
  ];
  for (const { t, origins, allowed } of cases) {
    for (const origin of origins) {
      const pre = await preflight(t, origin);
      expect(pre.status).toBe(403);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const body = (await pre.json()) as { 'odata.error': { message: { value: string } } };
      expect(body['odata.error'].message.value).toContain(`Allowed origins: this server's own, and ${allowed}`);
    }
  }
  const res = await fetch(`${closed.srv.url}/_api/web`, { headers: { Origin: EVIL, 'X-Frontline-User': ADMIN } });
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
});

it('a simple cross-origin request cannot act as the cookie’s or the default user', async () => {
  for (const t of [open, closed]) {
    const before = await count(t);
    const ambient: Array<Record<string, string>> = [{ Cookie: `frontline-user=${encodeURIComponent(ADMIN)}` }, {}];
    for (const headers of ambient) {
      const res = await fetch(items(t), {
        method: 'POST',
        headers: { Origin: EVIL, 'Content-Type': 'text/plain', ...headers },
        body: '{"Title":"forged"}'
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    expect(await count(t)).toBe(before);
  }
});

it('serves the cookie and the default user on the server’s own origin (as through the workbench proxy)', async () => {
  const own = closed.srv.origin;
  const res = await fetch(items(closed), {
    method: 'POST',
    headers: { Origin: own, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: '{"Title":"same origin"}'
  });
  expect(res.status).toBe(201);
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
  const viaCookie = await fetch(`${closed.srv.url}/_api/web/currentuser`, {
    headers: { Accept: 'application/json', Cookie: `frontline-user=${encodeURIComponent(ADMIN)}` }
  });
  expect(((await viaCookie.json()) as { Email: string }).Email).toBe(ADMIN);
});
