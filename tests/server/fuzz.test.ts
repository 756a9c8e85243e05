// Property: no input gets a 5xx. Random and garbage $filter, $select, $orderby, $top and $skiptoken
// values (and pathological ones: thousands of nots, parentheses, ors) on every kind of collection,
// as every kind of caller; random $batch bodies whose parts must not be 5xx either; random Host
// headers and request targets over a raw socket. Faults are off, so no 429/503 is injected; the
// list stays under the threshold (whose 500 is SharePoint's).
import fc from 'fast-check';
import * as net from 'net';
import { ADMIN, TestServer, startTestServer } from './helpers';
import { LIST_PATH, batchBody, queryString, readPath } from './fuzzArbitraries';

const VISITOR = 'viewer@frontline.test';
const USERS = [ADMIN, ADMIN, VISITOR, VISITOR, 'stranger@frontline.test', undefined];
const SEED = Number(process.env.FUZZ_SEED ?? 20250724);

let t: TestServer;
const statuses = new Map<number, number>();
const partStatuses = new Map<number, number>();
let inputs = 0;
const tally = (m: Map<number, number>, s: number): void => void m.set(s, (m.get(s) ?? 0) + 1);
const sorted = (m: Map<number, number>) => Object.fromEntries([...m].sort(([a], [b]) => a - b));

beforeAll(async () => {
  t = await startTestServer({ groupMembers: { visitors: [VISITOR] } });
  await t.admin.web.lists.ensure('Teams');
  const f = t.admin.web.lists.getByTitle('Teams').fields;
  await f.addText('Area');
  await f.addNumber('N');
  await f.addBoolean('B');
  await f.addDateTime('D');
  await f.addChoice('C', { Choices: ['a', 'b'] });
  await f.addMultiChoice('M', { Choices: ['a', 'b'] });
  await f.addUser('P', {});
  await f.addMultilineText('Notes');
  await f.getByInternalNameOrTitle('Area').update({ Indexed: true });
  t.srv.seedItems(
    'Teams',
    Array.from({ length: 30 }, (_, i) => ({
      Title: `T${i}`,
      Area: i % 3 ? 'x' : null,
      N: i,
      B: i % 2 === 0,
      M: ['a'],
      PId: 6
    }))
  );
}, 60000);
afterAll(async () => {
  console.log(
    `fuzz (seed ${SEED}): ${inputs} inputs; responses by status ${JSON.stringify(sorted(statuses))}; ` +
      `$batch parts by status ${JSON.stringify(sorted(partStatuses))}`
  );
  await t.stop();
});

async function send(method: string, path: string, user: string | undefined, init: RequestInit = {}) {
  const headers: Record<string, string> = { Accept: 'application/json', ...(init.headers as Record<string, string>) };
  if (user) headers['X-Frontline-User'] = user;
  const res = await fetch(`${t.srv.url}/_api/${path}`, { ...init, method, headers });
  inputs++;
  tally(statuses, res.status);
  return { status: res.status, text: await res.text() };
}

it('answers random and garbage query options without a 5xx', async () => {
  await fc.assert(
    fc.asyncProperty(readPath(), queryString(false), fc.constantFrom(...USERS), async (p, q, u) => {
      const res = await send('GET', `${p}?${q}`, u);
      expect(res.status >= 500 ? `${res.status} ${res.text}` : 'below 500').toBe('below 500');
    }),
    { numRuns: 3000, seed: SEED }
  );
}, 240000);

it('answers random $batch bodies without a 5xx, outside or in any part', async () => {
  await fc.assert(
    fc.asyncProperty(
      batchBody(t.srv.origin),
      fc.constantFrom(
        'multipart/mixed; boundary=batch_f',
        'multipart/mixed; boundary="batch_f"',
        'multipart/mixed',
        'text/plain'
      ),
      fc.constantFrom(ADMIN, VISITOR),
      async (body, type, user) => {
        const res = await send('POST', '$batch', user, { headers: { 'Content-Type': type }, body });
        expect(res.status).toBeLessThan(500);
        const parts = [...res.text.matchAll(/^HTTP\/1\.1 (\d+)/gm)].map((m) => Number(m[1]));
        for (const s of parts) tally(partStatuses, s);
        expect(parts.filter((s) => s >= 500)).toEqual([]);
      }
    ),
    { numRuns: 1000, seed: SEED }
  );
}, 240000);

/** One raw HTTP/1.1 request (fetch cannot send a bad Host or request target); returns the status code. */
function rawStatus(target: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let reply = '';
    const s: net.Socket = net.connect(t.srv.port, '127.0.0.1', () =>
      s.write(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nX-Frontline-User: ${ADMIN}\r\nConnection: close\r\n\r\n`)
    );
    s.on('data', (d: Buffer) => (reply += d.toString()));
    s.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(reply)?.[1] ?? 0)));
    s.on('error', reject);
  });
}

it('answers random Host headers and request targets without a 5xx', async () => {
  const text = (chars: string[]) => fc.stringOf(fc.constantFrom(...chars), { maxLength: 30 });
  const hostChars = ['a', '1', '.', ':', '[', ']', '%', '/', '@', '-', '_', ' ', '\t', '?', '#', '9'];
  const host = fc.oneof(text(hostChars), fc.constant(`127.0.0.1:${t.srv.port}`));
  const target = fc.oneof(
    readPath().map((p) => `/sites/frontline/_api/${p}`),
    text(['/', 'a', '%', '[', ':', '?', '$', '(', "'", '#', 'http://', '..', '%00', '%E0%A4']),
    fc.constantFrom('*', 'http://[bad/x', '//x', '/_local/faults', '/_local/health', '/sites/frontline/_api/')
  );
  await fc.assert(
    fc.asyncProperty(target, host, async (p, h) => {
      const status = await rawStatus(p, h);
      inputs++;
      tally(statuses, status);
      expect(status >= 500 || status === 0 ? `${status} for ${p} on ${h}` : 'answered below 500').toBe(
        'answered below 500'
      );
    }),
    { numRuns: 500, seed: SEED }
  );
}, 240000);

it('injected no faults and kept serving', async () => {
  expect(t.srv.faultStats().injected).toBe(0);
  expect((await t.admin.web.lists.getByTitle('Teams').select('Title')()).Title).toBe('Teams');
  expect((await send('GET', `${LIST_PATH}/items?$top=1`, ADMIN)).status).toBe(200);
});
