/**
 * @jest-environment node
 */
// The CLIENT spans' contents (src/node/httpSpans.ts): what of a SharePoint address may be exported,
// and which fetch requests become calls of which request, with a retry's resend count. Real fetch
// requests to a local server, seen through Node's diagnostics channels.
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { Span } from '@opentelemetry/api';
import { sharePointTemplate, traceClientCalls, type ClientCall } from '../../src/node/httpSpans';
import { freePort } from '../kits/instances';
import { runInRequestTrace, type RequestTrace } from '../../src/service/telemetry';

describe('sharePointTemplate', () => {
  it.each([
    [
      "/sites/fv/_api/web/lists/getByTitle('Visit%20Rota')/items?$filter=Officer%20eq%20'a%40b.gov.uk'",
      "/_api/web/lists/getByTitle('Visit Rota')/items"
    ],
    ['/_api/$batch', '/_api/$batch'],
    [
      "/_api/web/lists/getbytitle('Visits')/items(12)/validateUpdateListItem()",
      "/_api/web/lists/getbytitle('Visits')/items(*)/validateUpdateListItem()"
    ],
    ["/_api/web/siteusers/getByEmail('sarah%40council.gov.uk')", '/_api/web/siteusers/getByEmail(*)'],
    ["/_api/web/lists/getByTitle('x%40y.uk')/items", '/_api/web/lists/getByTitle(*)/items'],
    ["/_api/web/ensureuser('i%3A0%23.f%7Cmembership%7Cs%40c.uk')", '/_api/web/ensureuser(*)'],
    [
      "/_api/web/getFileByServerRelativePath(decodedUrl='/sites/fv/Shared Documents/a b.pdf')/$value",
      '/_api/web/getFileByServerRelativePath(*)/$value'
    ],
    ['/_api/web/lists/a%40b.uk/items', '/_api/web/lists/*/items'],
    ['/_api/web/%E0%A4%A', '/_api/*']
  ])('%s → %s', (path, template) => {
    expect(sharePointTemplate(path)).toBe(template);
  });

  it('is undefined off SharePoint REST', () => {
    expect(sharePointTemplate('/v3/conversations/a:chat-1/activities')).toBeUndefined();
  });
});

describe('traceClientCalls', () => {
  let server: http.Server;
  let base: string;
  let answers: number[];
  beforeAll(async () => {
    server = http.createServer((_req, res) => res.writeHead(answers.shift() ?? 200).end('{}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const trace: RequestTrace = { end: () => undefined };
  const parent = { name: 'request span' } as unknown as Span;

  async function recorded(skipOrigin: string, work: () => Promise<void>): Promise<[Span, ClientCall][]> {
    const calls: [Span, ClientCall][] = [];
    const stop = traceClientCalls(
      { parentOf: (t) => (t === trace ? parent : undefined), record: (p, c) => calls.push([p, c]) },
      skipOrigin
    );
    try {
      await work();
    } finally {
      stop();
    }
    return calls;
  }

  const get = async (url: string): Promise<void> => {
    await (await fetch(url, { headers: { Authorization: 'Bearer secret-token' } })).text();
  };

  it('records the calls made inside a traced request, under its span, counting a retry of the same address', async () => {
    answers = [200, 503, 200];
    const items = `${base}/_api/web/lists/getByTitle('Visit%20Rota')/items?$filter=Officer%20eq%20'a%40b.uk'`;
    const calls = await recorded('http://collector.invalid', async () => {
      await get(`${base}/_api/untraced`);
      await runInRequestTrace(trace, async () => {
        await get(items);
        await get(items);
      });
    });
    expect(calls.map(([p]) => p)).toEqual([parent, parent]);
    expect(calls.map(([, c]) => [c.name, c.status, c.attributes['http.request.resend_count']])).toEqual([
      ["GET /_api/web/lists/getByTitle('Visit Rota')/items", 503, undefined],
      ["GET /_api/web/lists/getByTitle('Visit Rota')/items", 200, 1]
    ]);
    expect(calls[1][1].endMs).toBeGreaterThanOrEqual(calls[1][1].startMs);
    const exported = JSON.stringify(calls.map(([, c]) => c));
    for (const secret of ['a@b.uk', 'a%40b', 'secret-token', '$filter', '{}']) expect(exported).not.toContain(secret);
  });

  it('records a host only off SharePoint REST, and nothing sent to the collector', async () => {
    answers = [];
    const calls = await recorded('http://127.0.0.1:1', () =>
      runInRequestTrace(trace, () => get(`${base}/v3/conversations/a:chat-1/activities?x=1`))
    );
    expect(calls.map(([, c]) => c.name)).toEqual([`GET ${new URL(base).host}`]);
    expect(await recorded(base, () => runInRequestTrace(trace, () => get(`${base}/_api/$batch`)))).toEqual([]);
  });

  it('records a request that got no answer as an error', async () => {
    const closed = await freePort();
    const calls = await recorded('http://collector.invalid', () =>
      runInRequestTrace(trace, () => get(`http://127.0.0.1:${closed}/_api/web`).catch(() => undefined))
    );
    expect(calls.map(([, c]) => [c.name, c.status, typeof c.error])).toEqual([['GET /_api/web', 0, 'string']]);
  });
});
