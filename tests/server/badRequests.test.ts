// Bad input gets SharePoint-shaped errors and the server keeps serving.
import '@pnp/sp/context-info';
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

it('keeps serving after all of that', async () => {
  const added = await t.admin.web.lists.getByTitle('Teams').items.add({ Title: 'Court Team', Area: 'CFC' });
  expect(added.Title).toBe('Court Team');
  const info = await t.admin.web.getContextInfo();
  expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);
});
