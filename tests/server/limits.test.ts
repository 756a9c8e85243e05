// Overly complex queries are refused with a 400 that names the limit, before any recursion or
// SQLite limit is reached: deep $filter nesting, too many terms, too many $orderby keys, huge
// startswith/substringof values, deeply nested JSON bodies; also inside a $batch.
import { TestServer, raw, startTestServer } from './helpers';

let t: TestServer;
const ITEMS = "web/lists/getByTitle('Teams')/items";
const QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const TOO_COMPLEX =
  'The $filter expression is too complex: at most 100 levels of nesting (parentheses, not, functions), 500 comparisons and 65536 characters are allowed.';

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.web.lists.ensure('Teams');
  await t.admin.web.lists.getByTitle('Teams').fields.addText('Area');
  for (const Title of ['Court Team', 'Intake', 'Fostering'])
    await t.admin.web.lists.getByTitle('Teams').items.add({ Title });
});
afterAll(() => t.stop());

const get = (path: string, query: Record<string, string>) => raw(t.srv, `${path}?${new URLSearchParams(query)}`);
const errorOf = (res: { json: () => unknown }) =>
  (res.json() as { 'odata.error': { code: string; message: { value: string } } })['odata.error'];

/** Sends GETs in one $batch and returns each part's status and body. */
async function batch(urls: string[]): Promise<Array<{ status: number; body: string }>> {
  const parts = urls.map((u) =>
    [
      '--b',
      'Content-Type: application/http',
      '',
      `GET ${t.srv.url}/_api/${u} HTTP/1.1`,
      'Accept: application/json',
      ''
    ].join('\r\n')
  );
  const res = await raw(t.srv, '$batch', {
    method: 'POST',
    headers: { 'Content-Type': 'multipart/mixed; boundary=b' },
    body: `${parts.join('\r\n')}\r\n--b--\r\n`
  });
  expect([res.status, res.status === 200 ? '' : res.text]).toEqual([200, '']);
  return res.text
    .split(/--batchresponse_[^\n]*\n/)
    .filter((p) => p.includes('HTTP/1.1'))
    .map((p) => ({ status: Number(/HTTP\/1\.1 (\d+)/.exec(p)?.[1]), body: p.slice(p.indexOf('{')) }));
}

const ors = (n: number): string => Array.from({ length: n }, (_, i) => `ID eq ${i + 1}`).join(' or ');
const nots = (n: number): string => `${'not '.repeat(n)}Title eq 'x'`;
const parens = (n: number): string => `${'('.repeat(n)}Title eq 'Intake'${')'.repeat(n)}`;

it('refuses 1,000 nested nots and 1,000 nested parentheses with a 400 naming the limits', async () => {
  for (const filter of [nots(1000), parens(1000), nots(101), parens(101)]) {
    const res = await get(ITEMS, { $filter: filter });
    expect({ status: res.status, error: errorOf(res) }).toEqual({
      status: 400,
      error: { code: QUERY, message: { lang: 'en-US', value: TOO_COMPLEX } }
    });
  }
});

it('refuses more than 500 comparisons, and accepts up to the limits', async () => {
  const tooMany = await get(ITEMS, { $filter: ors(501) });
  expect([tooMany.status, errorOf(tooMany).message.value]).toEqual([400, TOO_COMPLEX]);
  const ok = await get(ITEMS, { $filter: ors(500), $select: 'Title' });
  expect(ok.status).toBe(200);
  expect((ok.json() as { value: unknown[] }).value).toHaveLength(3);
  expect((await get(ITEMS, { $filter: parens(99) })).status).toBe(200);
  expect((await get(ITEMS, { $filter: nots(100) })).status).toBe(200);
});

it('refuses the same inside a $batch (20,000 ors), and for lists and users too', async () => {
  const filter = encodeURIComponent(ors(20000));
  const deep = encodeURIComponent(nots(5000));
  const replies = await batch([
    `${ITEMS}?$filter=${filter}`,
    `${ITEMS}?$filter=${deep}`,
    `web/lists?$filter=${deep}`,
    `web/siteusers?$filter=${filter}`,
    `${ITEMS}?$filter=ID%20eq%201`
  ]);
  expect(replies.map((r) => r.status)).toEqual([400, 400, 400, 400, 200]);
  expect(JSON.parse(replies[0].body)['odata.error'].message.value).toBe(TOO_COMPLEX);
});

it('refuses more than 16 $orderby keys, and startswith/substringof values over 1,000 characters', async () => {
  const keys = Array.from({ length: 2000 }, () => 'Title').join(',');
  const long = 'x'.repeat(60000);
  const replies = await batch([
    `${ITEMS}?$orderby=${keys}`,
    `${ITEMS}?$filter=${encodeURIComponent(`startswith(Title,'${long}')`)}`,
    `${ITEMS}?$filter=${encodeURIComponent(`substringof('${'%'.repeat(1001)}',Title)`)}`,
    `${ITEMS}?$orderby=${Array.from({ length: 16 }, () => 'Title').join(',')}`
  ]);
  expect(replies.map((r) => r.status)).toEqual([400, 400, 400, 200]);
  expect(JSON.parse(replies[0].body)['odata.error'].message.value).toBe(
    'The $orderby option has 2000 keys; at most 16 are allowed.'
  );
  expect(JSON.parse(replies[1].body)['odata.error'].message.value).toBe(
    'A startswith value is 60000 characters long; at most 1000 are allowed.'
  );
});

it('refuses a JSON body nested deeper than 64 levels', async () => {
  const deep = `{"Title":${'['.repeat(100000)}${']'.repeat(100000)}}`;
  const res = await raw(t.srv, ITEMS, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: deep });
  expect([res.status, errorOf(res).message.value]).toEqual([
    400,
    'Invalid JSON. The body nests arrays and objects 100001 levels deep; at most 64 are allowed.'
  ]);
});

it('refuses a list’s field past 500, before SQLite’s column limit', async () => {
  await t.admin.web.lists.ensure('Wide');
  const fields = t.admin.web.lists.getByTitle('Wide').fields;
  const have = (await fields.select('Id')()).length;
  for (let i = have; i < 500; i++) await fields.addNumber(`F${i}`);
  const res = await raw(t.srv, "web/lists/getByTitle('Wide')/fields", {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ Title: 'One more', FieldTypeKind: 9 })
  });
  expect([res.status, errorOf(res).message.value]).toEqual([
    400,
    'The list already has 500 fields (built-in ones included); at most 500 are allowed.'
  ]);
  const item = await t.admin.web.lists.getByTitle('Wide').items.add({ Title: 'wide', F499: 1 });
  expect(item.F499).toBe(1);
}, 60000);
