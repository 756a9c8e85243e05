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
import { startSite, type Site, OFFICER } from '../adapters/sp/harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { startService, type ServiceHandle } from '../../src/service/app';
import { localIdentity } from '../../src/service/identity';
import { serviceOptions } from '../../src/node/service';
import { londonInstant } from '../../src/core/time/london';
import { rawRequest, type RawRequest } from './rawHttp';
import { problemsWith, Tally } from './fuzzCheck';

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
  const team = await repos.teams.add({
    name: 'Court Team',
    area: 'Cared for Children',
    serviceManagerEmail: 'sm.court@example.gov.uk',
    headOfServiceEmail: 'hos.court@example.gov.uk',
    location: 'Crewe'
  });
  for (const [name, email] of [
    ['Anna Able', ANNA],
    ['Ben Bold', BEN]
  ]) {
    await repos.councillors.add({
      name,
      email,
      committees: ['Children and Families Committee'],
      secondVisitVolunteer: false,
      active: true
    });
  }
  const visit = {
    teamId: team.id,
    area: 'Cared for Children',
    visitMonth: '2025-07',
    durationMinutes: 150,
    committee: 'Children and Families Committee',
    formTemplate: 'frontline-2025'
  };
  const held = await repos.visits.add({
    ...visit,
    title: 'Held',
    councillorEmails: [ANNA, BEN],
    status: 'Visited',
    visitStart: londonInstant('2025-07-24', '10:00')
  });
  const booked = await repos.visits.add({
    ...visit,
    title: 'Booked',
    councillorEmails: [ANNA],
    status: 'Booked',
    visitStart: londonInstant('2025-08-24', '10:00')
  });
  visitIds = [held.id, booked.id];
  service = await startService({
    ...serviceOptions(site.sp(), localIdentity(), () => '2025-07-28T10:00:00.000Z'),
    port: 0,
    log: () => undefined,
    allowedOrigins: ['https://contoso.sharepoint.com']
  });
});
afterAll(async () => {
  await service?.close();
  await site?.close();
});

/** Text with control characters, DEL, Latin-1 and astral code points (what headers and JSON must survive). */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('\u0000', '\r\n', '\u007f', '\u00e9', '\u{1F600}', '%', '%ZZ', '../', ' ')
);
/** Mostly `usual`, sometimes anything: most inputs get past the first check and reach the next. */
const mostly = <T>(usual: fc.Arbitrary<T>, ...odd: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 15, arbitrary: usual }, ...odd.map((arbitrary) => ({ weight: 1, arbitrary })));

const person = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(ANNA, BEN) },
  fc.constantFrom(OFFICER, 'sm.court@example.gov.uk', 'nobody@example.gov.uk', ' Anna@Example.GOV.uk ')
);
/** Absent three times in four. */
const sometimes = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, a);
const email = mostly(person, fc.emailAddress(), nasty);
const etag = fc.oneof(
  fc.constantFrom('"1"', '"2"', '"3"', '*', '"0f8fad5b-d9cb-469f-a165-70867728950e,3"', 'W/"1"', ''),
  nasty,
  fc.string({ minLength: 120, maxLength: 140 })
);
const questionId = mostly(
  fc.constantFrom(
    'qualityStrengths',
    'experienceStrengths',
    'escalationIssues',
    'qualityDevelopment',
    'experienceDevelopment'
  ),
  fc.constantFrom('__proto__', 'constructor', 'toString'),
  nasty
);
const answerValue = mostly(
  fc.oneof(fc.lorem({ maxCount: 12 }), nasty),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer({ min: 9990, max: 10010 }).map((n) => 'x'.repeat(n))
);
const answers = fc.array(fc.tuple(questionId, answerValue), { maxLength: 6 }).map((pairs) => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of pairs)
    Object.defineProperty(out, String(k), { value: v, enumerable: true, configurable: true, writable: true });
  return out;
});
const form = fc.record({
  answers: mostly(answers, fc.jsonValue({ maxDepth: 2 })),
  etag: sometimes(mostly(etag, fc.jsonValue({ maxDepth: 1 }))),
  councillorEmail: sometimes(mostly(email, fc.jsonValue({ maxDepth: 1 }))),
  extra: sometimes(fc.jsonValue({ maxDepth: 2 }))
});
const deep = fc.integer({ min: 1, max: 5000 }).map((n) => `{"answers":${'['.repeat(n)}${']'.repeat(n)}}`);
const body = mostly(
  form.map((f) => JSON.stringify(f)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  form.map((f) => JSON.stringify(f).slice(0, -3)),
  deep,
  nasty,
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
  fc.constant(JSON.stringify({ answers: { qualityStrengths: 'x'.repeat(600 * 1024) } }))
) as fc.Arbitrary<string | Buffer>;
const segment = mostly(
  fc.nat({ max: 1 }).map((i) => String(visitIds[i])),
  fc.constantFrom('1', '0', '-1', '999999', '9999999999', '1e3', '0x1', '%00', '%ZZ', '%E0%A4%A', ''),
  nasty.map(encodeURIComponent),
  nasty
);
const target = mostly(
  fc
    .tuple(segment, mostly(fc.constantFrom('draft', 'submit'), fc.constantFrom('publish', 'draft/', '', 'DRAFT')))
    .map(([v, a]) => `/api/findings/${v}/${a}`),
  fc.constantFrom(
    '/api/findings',
    '/api/findings/',
    '/',
    '/api',
    '/api/health',
    '/api/messages',
    '/favicon.ico',
    '*',
    '/api/findings/1/draft?x=%ZZ'
  ),
  nasty.map((s) => `/api/findings/${s}`)
) as fc.Arbitrary<string>;
const contentType = mostly(
  fc.constantFrom(undefined, 'application/json', 'application/json; charset=utf-8'),
  fc.constantFrom(
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset'
  ),
  nasty
);
const extraHeader: fc.Arbitrary<[string, string | Buffer]> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(
      fc.constantFrom(
        'Origin',
        'Authorization',
        'X-Frontline-User',
        'Accept',
        'If-Match',
        'Cookie',
        'Content-Encoding',
        'Expect'
      ),
      nasty
    )
  },
  fc.tuple(
    fc.constantFrom('X-Frontline-User', 'Origin'),
    fc.uint8Array({ minLength: 1, maxLength: 16 }).map((b) => Buffer.from(b))
  ),
  fc.constant<[string, string]>(['X-Long', 'x'.repeat(20 * 1024)]),
  fc.constant<[string, string]>(['Content-Encoding', 'gzip']),
  fc.constant<[string, string]>(['Origin', 'https://contoso.sharepoint.com'])
);
const request: fc.Arbitrary<RawRequest> = fc
  .record({
    method: mostly(
      fc.constant('POST'),
      fc.constantFrom('GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'BREW')
    ) as fc.Arbitrary<string>,
    target,
    user: mostly(person, fc.constant(undefined), fc.emailAddress(), nasty),
    contentType,
    extra: mostly(fc.constant([]), fc.array(extraHeader, { minLength: 1, maxLength: 3 })) as fc.Arbitrary<
      [string, string | Buffer][]
    >,
    body
  })
  .map(({ method, target: t, user, contentType: ct, extra, body: b }) =>
    shown({
      method,
      target: t,
      headers: [
        ...(typeof user === 'string' ? [['X-Frontline-User', user] as [string, string]] : []),
        ...(typeof ct === 'string' ? [['Content-Type', ct] as [string, string]] : []),
        ...extra
      ],
      body: b
    })
  );

/** Counterexamples printed short: long values cut, bytes as hex. */
function shown(req: RawRequest): RawRequest {
  const cut = (v: string | Buffer | undefined): string =>
    v === undefined
      ? ''
      : Buffer.isBuffer(v)
        ? `<${v.toString('hex').slice(0, 80)}>`
        : JSON.stringify(v.length > 200 ? `${v.slice(0, 200)}...(${v.length})` : v);
  const text = `${req.method} ${cut(req.target)} ${req.headers.map(([n, v]) => `${n}=${cut(v)}`).join(' ')} body=${cut(req.body)}`;
  return Object.assign(req, { [fc.toStringMethod]: () => text });
}

describe('the findings API under generated input', () => {
  it('never answers 5xx, and every 4xx is a JSON error with a message', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        const answer = await rawRequest(service.url, req);
        tally.add(answer.status);
        const problems = problemsWith(
          req.method === 'HEAD' ? { ...answer, text: '', json: { error: { message: 'HEAD has no body' } } } : answer
        );
        if (problems.length) throw new Error(`${problems.join('; ')}\nfor ${req.method} ${JSON.stringify(req.target)}`);
      }),
      { numRuns: RUNS }
    );
    console.log(tally.summary('findings API'));
    // The generators reach past the checks: some saves are taken, and every kind of refusal is seen.
    for (const status of [200, 400, 401, 404, 413]) expect([status, tally.count(status)]).not.toEqual([status, 0]);
  });
});
