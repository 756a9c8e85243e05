/**
 * @jest-environment node
 */
// The findings API under generated input, over raw HTTP (so header values fetch refuses to send,
// NUL, CR/LF, DEL, bytes over 0x7F, reach the server too): methods, paths, content types, callers,
// extra headers and bodies (JSON of every shape, forms with answers of every type, ETags of every
// kind, deep nesting, oversize, not JSON at all). Whatever arrives: never a 5xx, every 4xx a JSON
// error with a message, nothing that looks like a stack trace. Prints the inputs tried and the
// statuses they got.
import fc from 'fast-check';
import { courtVisit, seedCourtTeam } from './courtTeam';
import { startSite, type Site, OFFICER } from '../adapters/sp/harness';
import { spRepositories, SpFindingsRepository } from '../../src/adapters/sp/repositories';
import { startService, type ServiceHandle } from '../../src/service/app';
import { localIdentity } from '../../src/service/identity';
import { serviceOptions } from '../../src/node/service';
import { londonInstant } from '../../src/core/time/london';
import { rawRequest, type RawRequest } from './rawHttp';
import { findingsRequests } from './requestArbitraries';
import { problemsWith, Tally } from './fuzzCheck';
import { fixedProcess } from '../kits/fixedProcess';

jest.setTimeout(180000);

const ANNA = 'cllr.anna@example.gov.uk';
const BEN = 'cllr.ben@example.gov.uk';
/** Tuned for about 10 s on a slow 2-core machine; FUZZ_RUNS overrides. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

let site: Site;
let service: ServiceHandle;
let visitIds: number[] = [];
const tally = new Tally();

beforeAll(async () => {
  site = await startSite();
  const repos = spRepositories(site.sp());
  const team = await seedCourtTeam(repos, { sm: 'sm.court@example.gov.uk', hos: 'hos.court@example.gov.uk' });
  const held = await repos.visits.add(courtVisit(team, [ANNA, BEN], { title: 'Held', status: 'Visited' }));
  const booked = await repos.visits.add(
    courtVisit(team, [ANNA], { title: 'Booked', visitStart: londonInstant('2025-08-24', '10:00') })
  );
  visitIds = [held.id, booked.id];
  service = await startService({
    ...serviceOptions(site.sp(), localIdentity(), fixedProcess(), () => '2025-07-28T10:00:00.000Z'),
    port: 0,
    log: () => undefined,
    allowedOrigins: ['https://contoso.sharepoint.com']
  });
});
afterAll(async () => {
  await service?.close();
  await site?.close();
});

// What the generators first found, pinned down: requests Node or express refused in their own
// words (a bare 400, 431 or 417, an HTML 404) now get JSON naming what is allowed.
describe('requests no client should send', () => {
  const form = JSON.stringify({ answers: { qualityStrengths: 'x' } });
  const post = (headers: RawRequest['headers'], target = `/api/findings/1/draft`, method = 'POST'): RawRequest => ({
    method,
    target,
    headers: [['X-Frontline-User', ANNA], ...headers],
    body: form
  });
  it.each<[string, () => RawRequest, number, RegExp]>([
    [
      'a NUL in a header value',
      () => post([['Origin', 'https://a\u0000b']]),
      400,
      /header values must be visible ASCII/
    ],
    ['DEL in a header value', () => post([['Origin', 'https://a\u007fb']]), 400, /header values must be visible ASCII/],
    ['a bare line feed in a header value', () => post([['Origin', 'https://a\nb']]), 400, /not valid HTTP\/1\.1/],
    ['headers over 16 KB', () => post([['X-Long', 'x'.repeat(20 * 1024)]]), 431, /at most 16 KB/],
    ['a method HTTP does not have', () => post([], '/api/findings/1/draft', 'BREW'), 400, /not valid HTTP\/1\.1/],
    ['a space in the request target', () => post([], '/api/findings/1 /draft'), 400, /not valid HTTP\/1\.1/],
    ['an Expect other than 100-continue', () => post([['Expect', 'tea']]), 417, /100-continue/],
    [
      'a path that does not decode',
      () => post([], '/api/findings/%ZZ/draft'),
      400,
      /POST \/api\/findings\/<visit id>\/draft/
    ],
    ['a path the service does not serve', () => post([], '/nope', 'GET'), 404, /No such call.*\/api\/messages/],
    ['a body in Latin-1', () => post([['Content-Type', 'application/json; charset=latin1']]), 415, /UTF-8/],
    ['a gzip body that is not gzip', () => post([['Content-Encoding', 'gzip']]), 400, /could not be read/],
    [
      'a caller named in Latin-1 bytes',
      () => ({ ...post([]), headers: [['X-Frontline-User', Buffer.from('\u00e9@example.gov.uk', 'latin1')]] }),
      403,
      /may write only|not on this visit|councillor/i
    ]
  ])('%s gets a JSON message naming what is allowed', async (_what, request, status, says) => {
    const answer = await rawRequest(service.url, request());
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.json).toEqual({ error: { code: expect.any(String), message: expect.stringMatching(says) } });
  });
});

describe('ETags', () => {
  type Saved = { error?: { message: string }; findings?: { etag: string } };
  const save = async (user: string, body: unknown): Promise<{ status: number; json: Saved }> => {
    const r = await fetch(`${service.url}/api/findings/${visitIds[0]}/draft`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Frontline-User': user },
      body: JSON.stringify(body)
    });
    return { status: r.status, json: (await r.json()) as Saved };
  };

  // They were 500: the value went on to SharePoint as IF-Match, and the HTTP client threw on it (six times, with retries).
  it('refuses one no SharePoint item could carry (control characters, emoji, DEL, over 128 characters) with 400 naming what is allowed, and writes nothing', async () => {
    const saved = await save(BEN, { answers: { qualityStrengths: 'Kept as it is.' } });
    expect(saved.status).toBe(200);
    for (const etag of [
      '"1\u0000"',
      '"1"\r\nX-Injected: 1',
      '"1\n"',
      '"\u{1F600}"',
      '"1\u007F"',
      '"1 2"',
      `"${'7'.repeat(127)}"`,
      ' '
    ]) {
      const reply = await save(BEN, { answers: { qualityStrengths: 'Overwritten?' }, etag });
      expect([etag, reply.status]).toEqual([etag, 400]);
      expect(reply.json.error?.message).toMatch(/ETag.*1 to 128 visible ASCII characters/);
    }
    expect(await new SpFindingsRepository(site.sp()).find(visitIds[0], BEN)).toMatchObject({
      etag: saved.json.findings?.etag,
      answers: { qualityStrengths: 'Kept as it is.' }
    });
    // SharePoint Online's own shape ("<guid>,<version>") is an ETag, so a stale one is a conflict, not a bad request.
    expect(
      (await save(BEN, { answers: { qualityStrengths: 'x' }, etag: '"0f8fad5b-d9cb-469f-a165-70867728950e,7"' })).status
    ).toBe(409);
  });
});

describe('the findings API under generated input', () => {
  it('never answers 5xx, and every 4xx is a JSON error with a message', async () => {
    await fc.assert(
      fc.asyncProperty(
        findingsRequests({
          councillors: [ANNA, BEN],
          others: [OFFICER, 'sm.court@example.gov.uk', 'nobody@example.gov.uk'],
          visitIds: () => visitIds
        }),
        async (req) => {
          const answer = await rawRequest(service.url, req);
          tally.add(answer.status);
          const problems = problemsWith(
            req.method === 'HEAD' ? { ...answer, text: '', json: { error: { message: 'HEAD has no body' } } } : answer
          );
          if (problems.length)
            throw new Error(`${problems.join('; ')}\nfor ${req.method} ${JSON.stringify(req.target)}`);
        }
      ),
      { numRuns: RUNS }
    );
    console.log(tally.summary('findings API'));
    // The generators reach past the checks: some saves are taken, and every kind of refusal is seen.
    for (const status of [200, 400, 401, 404, 413]) expect([status, tally.count(status)]).not.toEqual([status, 0]);
  });
});
