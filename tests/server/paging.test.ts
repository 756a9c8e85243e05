// Large lists: paging past 5,000 items with odata.nextLink, and the list view threshold.
import { TestServer, raw, spError, startTestServer } from './helpers';

const N = 5300;
let t: TestServer;
const big = () => t.admin.web.lists.getByTitle('Send Log');

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.web.lists.ensure('Send Log');
  await big().fields.addText('MessageKey');
  await big().fields.addText('Channel');
  await big().fields.addNumber('Attempt');
  await big().fields.addBoolean('Sent');
  const rows = Array.from({ length: N }, (_, i) => ({
    Title: `message ${String(i + 1).padStart(5, '0')}`,
    MessageKey: `key-${i + 1}`,
    Channel: i % 2 === 0 ? 'teams' : 'email',
    Attempt: i % 7,
    Sent: true
  }));
  t.srv.seedItems('Send Log', rows, 'bot@frontline.test');
});
afterAll(() => t.stop());

describe('paging', () => {
  it('pages through more than 5,000 items with for await and odata.nextLink', async () => {
    const seen: number[] = [];
    let pages = 0;
    for await (const page of big().items.select('Id').top(1000)) {
      pages++;
      seen.push(...(page as Array<{ Id: number }>).map((i) => i.Id));
    }
    expect(pages).toBe(6);
    expect(seen).toHaveLength(N);
    expect(new Set(seen).size).toBe(N);
    expect(seen[0]).toBe(1);
    expect(seen[N - 1]).toBe(N);
  });

  it('returns 100 items and a nextLink by default, with a SharePoint skiptoken', async () => {
    const res = await raw(t.srv, "web/lists/getByTitle('Send Log')/items?$select=Id");
    const body = res.json() as { value: unknown[]; 'odata.nextLink': string };
    expect(body.value).toHaveLength(100);
    expect(decodeURIComponent(body['odata.nextLink'])).toContain('$skiptoken=Paged=TRUE&p_ID=100');
    expect(body['odata.nextLink'].startsWith(t.srv.url)).toBe(true);
  });

  it('caps $top at 5,000', async () => {
    const res = await raw(t.srv, "web/lists/getByTitle('Send Log')/items?$select=Id&$top=6000");
    expect((res.json() as { value: unknown[] }).value).toHaveLength(5000);
  });

  it('pages in $orderby order on an indexed field, descending', async () => {
    await big().fields.getByInternalNameOrTitle('MessageKey').update({ Indexed: true });
    const keys: string[] = [];
    for await (const page of big().items.select('MessageKey').orderBy('MessageKey', false).top(2000)) {
      keys.push(...(page as Array<{ MessageKey: string }>).map((i) => i.MessageKey));
    }
    expect(keys).toHaveLength(N);
    const sorted = [...keys].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? 1 : -1));
    expect(keys).toEqual(sorted);
  });
});

describe('list view threshold', () => {
  it('refuses a filter on a non-indexed field over 5,000 items, like SharePoint', async () => {
    const err = await spError(big().items.filter("Channel eq 'teams'").top(10)());
    expect(err).toEqual({
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.'
    });
  });

  it('refuses ordering by a non-indexed field', async () => {
    expect((await spError(big().items.orderBy('Attempt').top(10)())).status).toBe(500);
  });

  it('allows the query once the field is indexed (field.update({ Indexed: true }))', async () => {
    await big().fields.getByInternalNameOrTitle('Attempt').update({ Indexed: true });
    const hits = await big().items.filter('Attempt eq 3').select('Attempt').top(5000)();
    expect(hits.length).toBe(Math.floor((N - 4) / 7) + 1);
    expect(hits.every((h) => h.Attempt === 3)).toBe(true);
  });

  it('still refuses an indexed filter that matches more than 5,000 items', async () => {
    await big().fields.getByInternalNameOrTitle('Sent').update({ Indexed: true });
    expect((await spError(big().items.filter('Sent eq 1').top(10)())).status).toBe(500);
  });

  it('accepts a non-indexed clause when an indexed clause narrows the query enough', async () => {
    const hits = await big().items.filter("MessageKey eq 'key-42' and Channel eq 'email'").select('Title')();
    expect(hits).toEqual([expect.objectContaining({ Title: 'message 00042' })]);
  });

  it('lets ID filters and plain paging through', async () => {
    expect(await big().items.filter('ID gt 5290').select('Id')()).toHaveLength(10);
  });
});
