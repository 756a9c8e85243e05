// Bad input gets SharePoint-shaped errors and the server keeps serving.
import '@pnp/sp/context-info';
import * as net from 'net';
import { TestServer, raw, spError, startTestServer } from './helpers';

let t: TestServer;
const ITEMS = "web/lists/getByTitle('Teams')/items";

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.web.lists.ensure('Teams');
  await t.admin.web.lists.getByTitle('Teams').fields.addText('Area');
});
afterAll(() => t.stop());

it('unknown list: 404 with SharePoint message', async () => {
  const err = await spError(t.admin.web.lists.getByTitle('Nope').items());
  expect(err).toEqual({
    status: 404,
    code: '-1, System.ArgumentException',
    message: `List 'Nope' does not exist at site with URL '${t.srv.url}'.`
  });
});

it('unknown field in $select, $filter or $orderby: 400', async () => {
  for (const q of ['$select=Nope', "$filter=Nope eq 'x'", '$orderby=Nope']) {
    const res = await raw(t.srv, `${ITEMS}?${q}`);
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.SPException',
        message: { lang: 'en-US', value: "The field or property 'Nope' does not exist." }
      }
    });
  }
});

it('malformed $filter and $top: 400, never a crash', async () => {
  for (const q of [
    "$filter=Title eq 'x",
    '$filter=((',
    '$filter=Title eq 1 1',
    '$filter=startswith(Title)',
    "$filter=foo(Title,'x')",
    '$top=-1',
    '$top=abc',
    '$filter=%27'
  ]) {
    const res = await raw(t.srv, `${ITEMS}?${q}`);
    expect(res.status).toBe(400);
    expect((res.json() as { 'odata.error': { code: string } })['odata.error'].code).toBe(
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException'
    );
  }
});

it('a body that is not JSON: 400 Invalid JSON', async () => {
  for (const body of ['{"Title": ', 'Title=x', '[1,2]', '"text"']) {
    const res = await raw(t.srv, ITEMS, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: { lang: 'en-US', value: 'Invalid JSON. A token was not recognized in the JSON content.' }
      }
    });
  }
});

it('unknown resources, bad paths and wrong methods get SharePoint errors', async () => {
  expect((await raw(t.srv, 'web/nothing')).status).toBe(404);
  expect((await raw(t.srv, "web/lists/getByTitle('Teams')/items(abc)")).status).toBe(400);
  expect((await raw(t.srv, "web/lists/getByTitle('Teams")).status).toBe(404);
  expect((await raw(t.srv, 'web/lists/%E0%A4%A')).status).toBe(404);
  expect((await raw(t.srv, 'contextinfo')).status).toBe(405);
  expect((await raw(t.srv, ITEMS, { method: 'PUT', body: '{}' })).status).toBe(405);
  const page = await fetch(`${t.srv.origin}/elsewhere`);
  expect(page.status).toBe(404);
});

/** Raw HTTP/1.1 with any Host header and request target (fetch cannot send either); returns the status line. */
function rawHttp(port: number, target: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let reply = '';
    const s: net.Socket = net.connect(port, '127.0.0.1', () =>
      s.write(
        `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nX-Frontline-User: admin@frontline.test\r\nConnection: close\r\n\r\n`
      )
    );
    s.on('data', (d: Buffer) => (reply += d.toString()));
    s.on('end', () =>
      resolve(`${reply.split('\r\n')[0]} ${reply.includes('host[:port]') ? '(names the form)' : ''}`.trim())
    );
    s.on('error', reject);
  });
}

it('a malformed Host header or request target: 400 naming what is allowed, never a crash', async () => {
  const web = '/sites/frontline/_api/web';
  for (const host of ['a b', '[::1', 'x:99999', '%', 'a/b', '']) {
    expect(await rawHttp(t.srv.port, web, host)).toBe('HTTP/1.1 400 Bad Request (names the form)');
  }
  expect(await rawHttp(t.srv.port, 'http://[bad/sites/frontline/_api/web', `127.0.0.1:${t.srv.port}`)).toBe(
    'HTTP/1.1 400 Bad Request (names the form)'
  );
  expect(await rawHttp(t.srv.port, web, `127.0.0.1:${t.srv.port}`)).toBe('HTTP/1.1 200 OK');
  const res = await fetch(`${t.srv.url}/_api/web`, { headers: { 'X-Frontline-User': 'admin@frontline.test' } });
  expect(res.status).toBe(200);
});

it('keeps serving after all of that', async () => {
  const added = await t.admin.web.lists.getByTitle('Teams').items.add({ Title: 'Court Team', Area: 'CFC' });
  expect(added.Title).toBe('Court Team');
  const info = await t.admin.web.getContextInfo();
  expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);
});
