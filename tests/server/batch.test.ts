// $batch through PnPjs's batching: changesets, per-part results, a failing part failing alone.
import { TestServer, raw, startTestServer } from './helpers';

let t: TestServer;
const LIST = 'Reminders';

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.web.lists.ensure(LIST);
  await t.admin.web.lists.getByTitle(LIST).fields.addNumber('Seq');
});
afterAll(() => t.stop());

describe('$batch', () => {
  it('runs adds, updates and reads in one batch; a failing part rejects only its own promise', async () => {
    const existing = await t.admin.web.lists.getByTitle(LIST).items.add({ Title: 'existing', Seq: 0 });
    const [batched, execute] = t.admin.batched();
    const list = batched.web.lists.getByTitle(LIST);
    const a = list.items.add({ Title: 'a', Seq: 1 });
    const bad = list.items.getById(9999).update({ Title: 'nope' });
    const upd = list.items.getById(existing.Id).update({ Seq: 10 }, existing['odata.etag']);
    const badField = list.items.add({ Title: 'b', Nope: true });
    const c = list.items.add({ Title: 'c', Seq: 3 });
    const read = list.items.select('Title').orderBy('ID')();
    const missingList = batched.web.lists.getByTitle('No Such List')();
    await execute();
    const [ra, rbad, rupd, rbadField, rc, rread, rmissing] = await Promise.allSettled([
      a,
      bad,
      upd,
      badField,
      c,
      read,
      missingList
    ]);
    expect(ra).toMatchObject({ status: 'fulfilled', value: expect.objectContaining({ Title: 'a', Seq: 1 }) });
    expect(rbad.status).toBe('rejected');
    expect((rbad as PromiseRejectedResult).reason.status).toBe(404);
    expect(rupd).toMatchObject({ status: 'fulfilled', value: { etag: '"2"' } });
    expect((rbadField as PromiseRejectedResult).reason.status).toBe(400);
    expect(rc).toMatchObject({ status: 'fulfilled' });
    expect((rread as PromiseFulfilledResult<Array<{ Title: string }>>).value.map((i) => i.Title)).toEqual([
      'existing',
      'a',
      'c'
    ]);
    expect((rmissing as PromiseRejectedResult).reason.status).toBe(404);
    const all = await t.admin.web.lists.getByTitle(LIST).items.select('Title', 'Seq')();
    expect(all.map((i) => [i.Title, i.Seq])).toEqual([
      ['existing', 10],
      ['a', 1],
      ['c', 3]
    ]);
  });

  it('sends more than 20 operations as several batches of at most 20, losing none', async () => {
    const before = t.srv.faultStats().requests;
    const [batched, execute] = t.admin.batched();
    const list = batched.web.lists.getByTitle(LIST);
    const adds = Array.from({ length: 45 }, (_, i) => list.items.add({ Title: `bulk ${i}`, Seq: 100 + i }));
    await execute();
    const results = await Promise.all(adds);
    expect(new Set(results.map((r) => r.Id)).size).toBe(45);
    expect(t.srv.faultStats().requests - before).toBeLessThanOrEqual(4);
    const stored = await t.admin.web.lists.getByTitle(LIST).items.filter('Seq ge 100').select('Seq').top(100)();
    expect(stored).toHaveLength(45);
  });

  it('answers a hand-written batch (CRLF, relative URLs) with one HTTP/1.1 status line per part', async () => {
    const body = [
      '--batch_1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${t.srv.url}/_api/web/lists/getByTitle('${LIST}')/items?$top=1&$select=Title HTTP/1.1`,
      'Accept: application/json',
      '',
      '--batch_1',
      'Content-Type: multipart/mixed; boundary="changeset_9"',
      '',
      '--changeset_9',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST _api/web/lists/getByTitle('${LIST}')/items HTTP/1.1`,
      'Content-Type: application/json',
      '',
      '{"Title":"raw"}',
      '--changeset_9',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `DELETE ${t.srv.url}/_api/web/lists/getByTitle('${LIST}')/items(424242) HTTP/1.1`,
      'IF-Match: *',
      '',
      '--changeset_9--',
      '--batch_1--',
      ''
    ].join('\r\n');
    const res = await raw(t.srv, '$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_1' },
      body
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
    const statuses = [...res.text.matchAll(/^HTTP\/1\.1 (\d{3}) [A-Za-z ]+$/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 201, 404]);
    expect(res.text).not.toContain('\r');
    expect(res.text.endsWith('--\n')).toBe(true);
  });

  it('refuses a body that is not a multipart batch', async () => {
    const res = await raw(t.srv, '$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}'
    });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({
      'odata.error': { code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException' }
    });
  });
});
