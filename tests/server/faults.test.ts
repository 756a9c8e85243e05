// Injected 429/503 throttling: PnPjs retries (honouring Retry-After) and nothing is lost or
// duplicated, because a faulted request is refused before anything is processed.
import { ADMIN, TestServer, raw, startTestServer } from './helpers';

let t: TestServer;
const LIST = 'Visit Findings';
const OWNER = 'owner@frontline.test';

async function setFaults(body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await fetch(`${t.srv.origin}/_local/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Frontline-User': ADMIN },
    body: JSON.stringify(body)
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  t = await startTestServer({
    faults: { rate: 0, statuses: [429, 503], retryAfterSeconds: 0, seed: 7 },
    groupMembers: { owners: [OWNER] }
  });
  await t.admin.web.lists.ensure(LIST);
  await t.admin.web.lists.getByTitle(LIST).fields.addNumber('Seq');
});
afterAll(() => t.stop());

describe('fault injection', () => {
  it('faults whole requests with Retry-After and never applies the write', async () => {
    await setFaults({ rate: 1 });
    const res = await raw(t.srv, `web/lists/getByTitle('${LIST}')/items`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"Title":"never"}'
    });
    expect([429, 503]).toContain(res.status);
    expect(res.headers.get('retry-after')).toBe('0');
    await setFaults({ rate: 0 });
    expect(await t.admin.web.lists.getByTitle(LIST).items.filter("Title eq 'never'")()).toHaveLength(0);
  });

  it('with 20% faults, PnPjs retries and every write lands exactly once', async () => {
    const current = await setFaults({ rate: 0.2, seed: 2025 });
    expect(current).toMatchObject({ rate: 0.2, statuses: [429, 503], retryAfterSeconds: 0, seed: 2025 });
    const before = t.srv.faultStats();
    const sp = t.as('admin@frontline.test', { retries: 10, interval: 1 });
    const list = sp.web.lists.getByTitle(LIST);
    for (let i = 0; i < 40; i++) await list.items.add({ Title: `seq ${i}`, Seq: i });
    await Promise.all(Array.from({ length: 40 }, (_, i) => list.items.add({ Title: `par ${i}`, Seq: 100 + i })));
    const [batched, execute] = sp.batched();
    const adds = Array.from({ length: 30 }, (_, i) =>
      batched.web.lists.getByTitle(LIST).items.add({ Title: `batch ${i}`, Seq: 200 + i })
    );
    await execute();
    await Promise.all(adds);
    const items = await list.items.select('Id', 'Title').top(500)();
    for (const it of items.slice(0, 20)) await list.items.getById(it.Id).update({ Seq: -1 }, it['odata.etag']);
    const stats = t.srv.faultStats();
    await setFaults({ rate: 0 });

    const all = await t.admin.web.lists
      .getByTitle(LIST)
      .items.select('Title', 'Seq', 'OData__UIVersionString')
      .top(500)();
    const titles = all.map((i) => i.Title);
    expect(titles).toHaveLength(110);
    expect(new Set(titles).size).toBe(110);
    expect(all.filter((i) => i.Seq === -1)).toHaveLength(20);
    expect(all.filter((i) => i.Seq === -1).every((i) => i.OData__UIVersionString === '2.0')).toBe(true);
    const injected = stats.injected - before.injected;
    const requests = stats.requests - before.requests;
    expect(injected / requests).toBeGreaterThan(0.1);
    expect(injected / requests).toBeLessThan(0.3);
  });

  it('reports the settings and counts on GET /_local/faults', async () => {
    const res = await fetch(`${t.srv.origin}/_local/faults`, { headers: { 'X-Frontline-User': ADMIN } });
    const body = (await res.json()) as { rate: number; stats: { requests: number; injected: number } };
    expect(body.rate).toBe(0);
    expect(body.stats.injected).toBeGreaterThan(0);
  });

  it('adds latency when asked', async () => {
    await setFaults({ latencyMs: 150 });
    const started = Date.now();
    await t.admin.web.lists.getByTitle(LIST).select('Title')();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await setFaults({ latencyMs: 0 });
  });

  it('refuses bad settings', async () => {
    for (const body of ['{"rate": 2}', 'null', '[1]', '{']) {
      const res = await fetch(`${t.srv.origin}/_local/faults`, {
        method: 'POST',
        headers: { 'X-Frontline-User': ADMIN },
        body
      });
      expect(res.status).toBe(400);
    }
  });

  it('lets only site collection administrators read or change the settings (401 anonymous, 403 others)', async () => {
    const before = await setFaults({});
    for (const [user, status] of [
      [undefined, 401],
      [OWNER, 403],
      ['stranger@frontline.test', 403]
    ] as const) {
      const headers: Record<string, string> = user ? { 'X-Frontline-User': user } : {};
      const get = await fetch(`${t.srv.origin}/_local/faults`, { headers });
      const post = await fetch(`${t.srv.origin}/_local/faults`, { method: 'POST', headers, body: '{"rate": 1}' });
      expect([get.status, post.status]).toEqual([status, status]);
      expect(await post.text()).toContain(status === 401 ? 'Access denied.' : 'Only site collection administrators');
    }
    expect(await setFaults({})).toEqual(before);
    expect((await fetch(`${t.srv.origin}/_local/health`)).status).toBe(200);
  });
});
