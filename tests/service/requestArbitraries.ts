// Generated requests for fuzzFindingsApi.test.ts: methods, request targets, callers, content types,
// extra headers (values fetch refuses: NUL, CR/LF, DEL, bytes over 0x7F; one over Node's 16 KB
// limit) and bodies (forms with answers of every type and ETags of every kind, JSON of any shape,
// deep nesting, oversize, truncated, not JSON at all). Most inputs are usual in every part but
// one, so they get past the first check and reach the next. Not a test file itself.
import fc from 'fast-check';
import type { RawRequest } from './rawHttp';

export interface World {
  /** Who the lists know: councillors on the visits first (they reach the saves), then others. */
  councillors: string[];
  others: string[];
  /** Visits that exist (read when a request is generated). */
  visitIds(): number[];
}

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

/** Absent three times in four. */
const sometimes = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, a);

/** Requests to the findings API (and around it). */
export function findingsRequests(world: World): fc.Arbitrary<RawRequest> {
  const person = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...world.councillors) },
    fc.constantFrom(...world.others, ` ${world.councillors[0].toUpperCase()} `)
  );
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
    fc.nat({ max: 1 }).map((i) => String(world.visitIds()[i % world.visitIds().length])),
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
  return fc
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
}

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
