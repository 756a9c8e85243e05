// fast-check generators for the list server fuzz test: query options (well-formed, almost
// well-formed and garbage), pathological $filter shapes, and $batch bodies.
import fc from 'fast-check';

export const LIST_PATH = "web/lists/getByTitle('Teams')";
const FIELDS = ['ID', 'Id', 'Title', 'Area', 'N', 'B', 'D', 'C', 'M', 'PId', 'P/EMail', 'P/Title', 'P/Nope', 'Notes'];

const field = fc.oneof(fc.constantFrom(...FIELDS, 'Nope', 'Author/Id', 'Created', 'GUID'), fc.string({ maxLength: 8 }));
const op = fc.constantFrom('eq', 'ne', 'gt', 'ge', 'lt', 'le', 'EQ', 'has', 'add', '=');
const literal = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.string({ maxLength: 12 }).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.string({ maxLength: 12 }).map((s) => `'${s}'`),
  fc.date({ noInvalidDate: true }).map((d) => `datetime'${d.toISOString()}'`),
  fc.constantFrom('null', 'true', 'false', "datetime'x'", "guid'ab-1'", '1e309', '-0', '0x10', "''", "'%_\\'")
);
const comparison = fc.oneof(
  fc.tuple(field, op, literal).map(([f, o, l]) => `${f} ${o} ${l}`),
  fc.tuple(literal, op, field).map(([l, o, f]) => `${l} ${o} ${f}`),
  fc
    .tuple(fc.constantFrom('startswith', 'substringof', 'endswith', 'foo'), field, literal, fc.boolean())
    .map(([fn, f, l, flip]) => `${fn}(${flip ? `${l},${f}` : `${f},${l}`})`)
);

/** Grammatical filters, with occasional wrong tokens. */
const { expr } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc
      .tuple(tie('expr'), fc.constantFrom('and', 'or', 'AND', 'xor', ''), tie('expr'))
      .map(([a, o, b]) => `${a} ${o} ${b}`),
    tie('expr').map((e) => `not ${e}`),
    tie('expr').map((e) => `(${e})`),
    fc.tuple(tie('expr'), fc.constantFrom(' eq true', ' eq false', ')', '(', ',', "'")).map(([e, s]) => `${e}${s}`)
  )
}));

const many = (max: number, make: (n: number) => string) => fc.integer({ min: 0, max }).map(make);

/** Deep and long filters: nots, parentheses, and/or chains, function nesting; sized for a GET URL or a $batch. */
export const pathologicalFilter = (big: boolean) =>
  fc.oneof(
    many(big ? 5000 : 1200, (n) => `${'not '.repeat(n)}Title eq 'x'`),
    many(big ? 5000 : 1200, (n) => `${'('.repeat(n)}ID eq 1${')'.repeat(n)}`),
    many(big ? 20000 : 600, (n) => Array.from({ length: n + 1 }, (_, i) => `ID eq ${i}`).join(' or ')),
    many(
      big ? 5000 : 400,
      (n) => Array.from({ length: n + 1 }, (_, i) => `(N gt ${i}`).join(' and ') + ')'.repeat(n + 1)
    ),
    many(400, (n) => `startswith(${'startswith('.repeat(n)}Title,'a')`),
    many(big ? 60000 : 1500, (n) => `substringof('${'%_'.repeat(n)}',Title)`)
  );

const filter = (big: boolean) =>
  fc.oneof(
    { arbitrary: expr, weight: 3 },
    { arbitrary: fc.string(), weight: 1 },
    { arbitrary: fc.fullUnicodeString({ maxLength: 30 }), weight: 1 },
    { arbitrary: pathologicalFilter(big), weight: 3 }
  );

const select = fc.oneof(
  fc
    .array(fc.oneof(fc.constantFrom(...FIELDS, '*', 'HasUniqueRoleAssignments', 'Author/Title', 'P/Id'), fc.string()), {
      maxLength: 8
    })
    .map((xs) => xs.join(',')),
  many(1000, (n) => Array.from({ length: n }, (_, i) => `F${i}`).join(','))
);
const orderby = fc.oneof(
  fc
    .array(fc.tuple(field, fc.constantFrom('', ' asc', ' desc', ' DESC', ' up', '  ')), { maxLength: 20 })
    .map((xs) => xs.map(([f, d]) => `${f}${d}`).join(',')),
  fc.string(),
  many(1000, (n) => Array.from({ length: n }, () => 'Title desc').join(','))
);
const top = fc.oneof(
  fc.integer().map(String),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('0', '5000', '5001', '99999999999999999999999', ' 5', '1e3', '')
);
const skiptoken = fc.oneof(
  fc.string(),
  fc
    .record(
      {
        Paged: fc.constantFrom('TRUE', 'true', 'FALSE', 'x'),
        p_ID: fc.oneof(fc.integer().map(String), fc.string({ maxLength: 6 })),
        p_Title: fc.string({ maxLength: 8 }),
        p_N: fc.oneof(fc.double().map(String), fc.string({ maxLength: 4 })),
        p_D: fc.string({ maxLength: 8 })
      },
      { requiredKeys: [] }
    )
    .map((r) => new URLSearchParams(r as Record<string, string>).toString())
);

/** Query options (each present or not) plus an optional raw, unencoded tail. */
/** Query options: one alone (so it is the one evaluated), or any mix, plus an optional raw, unencoded tail. */
export const queryString = (big: boolean) => {
  const options = { $filter: filter(big), $select: select, $orderby: orderby, $top: top, $skiptoken: skiptoken };
  const one = fc.oneof(...Object.entries(options).map(([k, v]) => v.map((x) => ({ [k]: x }))));
  return fc
    .tuple(
      fc.oneof({ arbitrary: one, weight: 2 }, { arbitrary: fc.record(options, { requiredKeys: [] }), weight: 1 }),
      fc.option(fc.stringOf(fc.constantFrom('%', '&', '=', '$', 'a', '(', "'", '#', '+', '%ZZ', '@v', ' ')), {
        freq: 4,
        nil: undefined
      }),
      fc.option(fc.constantFrom('P', 'Author', 'Nope', 'P,P'), { freq: 2, nil: undefined })
    )
    .map(([opts, tail, expand]) => {
      const q = new URLSearchParams(opts as Record<string, string>);
      if (expand !== undefined) q.set('$expand', expand);
      return `${q.toString()}${tail ? `&${tail}` : ''}`;
    });
};

/** Read paths, the items collection (SQL) most often. */
export const readPath = () =>
  fc.oneof(
    { arbitrary: fc.constant(`${LIST_PATH}/items`), weight: 12 },
    { arbitrary: fc.constantFrom(...READ_PATHS), weight: 6 }
  );

export const READ_PATHS = [
  `${LIST_PATH}/items`,
  `${LIST_PATH}/items(1)`,
  `${LIST_PATH}/fields`,
  `${LIST_PATH}/roleassignments`,
  'web/lists',
  'web/siteusers',
  'web/sitegroups',
  'web/sitegroups(3)/users',
  'web/roledefinitions',
  'web/currentuser',
  "web/lists/getByTitle('Nope')/items",
  'web/nothing'
];
// Writes touch items only: creating lists, fields or groups with a taken name is SharePoint's own 500.
const WRITE_PATHS = [
  `${LIST_PATH}/items`,
  `${LIST_PATH}/items(1)`,
  `${LIST_PATH}/items(999)`,
  'web/ensureuser',
  '$batch'
];

const body = fc.oneof(
  fc.constant(''),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 40 }),
  fc
    .record(
      {
        Title: fc.oneof(fc.string({ maxLength: 300 }), fc.integer()),
        N: fc.oneof(fc.double(), fc.string({ maxLength: 5 })),
        B: fc.oneof(fc.boolean(), fc.integer()),
        D: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string({ maxLength: 8 })
        ),
        M: fc.oneof(fc.array(fc.string({ maxLength: 4 })), fc.string({ maxLength: 4 })),
        PId: fc.oneof(fc.integer(), fc.constant(null)),
        logonName: fc.string({ maxLength: 20 }),
        Nope: fc.string({ maxLength: 3 })
      },
      { requiredKeys: [] }
    )
    .map((r) => JSON.stringify(r))
);

const part = (origin: string) =>
  fc
    .tuple(
      fc.oneof(
        fc.tuple(fc.constant('GET'), fc.constantFrom(...READ_PATHS)),
        fc.tuple(fc.constantFrom('POST', 'PATCH', 'MERGE', 'DELETE', 'PUT', 'FOO'), fc.constantFrom(...WRITE_PATHS))
      ),
      queryString(true),
      fc.boolean(),
      fc.subarray([
        'Accept: application/json;odata=verbose',
        'Content-Type: application/json',
        'IF-Match: *',
        'IF-Match: "1"',
        'X-HTTP-Method: MERGE',
        'nonsense',
        ': x'
      ]),
      body
    )
    .map(([[method, path], q, absolute, headers, b]) => {
      const url = `${absolute ? origin : ''}/sites/frontline/_api/${path}?${q.replace(/ /g, '%20')}`;
      return ['Content-Type: application/http', '', `${method} ${url} HTTP/1.1`, ...headers, '', b].join('\n');
    });

/** A $batch body: well-formed parts (some in a changeset), then optionally cut short or spliced with garbage. */
export const batchBody = (origin: string) =>
  fc.oneof(
    fc
      .tuple(
        fc.array(part(origin), { minLength: 0, maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom('\r\n', '\n'),
        fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 4 },
          { arbitrary: fc.tuple(fc.nat(), fc.string({ maxLength: 20 })), weight: 1 }
        )
      )
      .map(([parts, changeset, eol, splice]) => {
        const inner = (b: string) => `${parts.map((p) => `--${b}\n${p}`).join('\n')}\n--${b}--\n`;
        let text = changeset
          ? `--batch_f\nContent-Type: multipart/mixed; boundary=changeset_f\n\n${inner('changeset_f')}--batch_f--\n`
          : inner('batch_f');
        if (splice) text = text.slice(0, splice[0] % (text.length + 1)) + splice[1];
        return text.replace(/\n/g, eol);
      }),
    fc.string({ maxLength: 400 }),
    many(
      150,
      (n) =>
        `${Array.from({ length: n }, () => `--batch_f\nContent-Type: application/http\n\nGET /sites/frontline/_api/web HTTP/1.1\n`).join('\n')}\n--batch_f--\n`
    )
  );
