// Generated and mutated activities for fuzzActivities.test.ts: activities as Teams sends them
// (messages, installs, card actions, the Action.Submit fallback, member and reaction updates),
// then one or more mutations: a field set to a value of the wrong type, a huge string or deep
// nesting, a field removed, an unknown type or invoke name, forged card data; or a body that is
// not an activity at all. Not a test file itself.
import fc from 'fast-check';
import { VERBS } from '../../src/bot/cards';

export type Json = Record<string, unknown>;

export interface World {
  /** A well-formed activity from a known person, with `extra` fields on top. */
  activity(extra: Json): Json;
  /** Ids that exist in the lists (visits, requests), for card data that reaches the handlers. */
  visitIds: number[];
  requestIds: number[];
}

/** What is POSTed: a JSON activity, or raw text with a content type. */
export type Input = { kind: 'json'; body: unknown } | { kind: 'raw'; body: string; contentType: string };

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\r\n',
    '\u{1F600}',
    '<at>bot</at> briefing',
    'briefing',
    'findings',
    'http://127.0.0.1:1/',
    '../..'
  )
);
const deep = fc.integer({ min: 50, max: 2000 }).map((n) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { v };
  return v;
});
/** A value of any type, sometimes huge or deeply nested. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nasty },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  deep
);

const FIELDS: string[][] = [
  ['type'],
  ['serviceUrl'],
  ['channelId'],
  ['id'],
  ['from'],
  ['from', 'id'],
  ['from', 'aadObjectId'],
  ['from', 'name'],
  ['recipient'],
  ['recipient', 'id'],
  ['conversation'],
  ['conversation', 'id'],
  ['conversation', 'tenantId'],
  ['conversation', 'conversationType'],
  ['conversation', 'isGroup'],
  ['channelData'],
  ['channelData', 'tenant'],
  ['text'],
  ['value'],
  ['value', 'action'],
  ['value', 'action', 'verb'],
  ['value', 'action', 'data'],
  ['value', 'action', 'type'],
  ['name'],
  ['entities'],
  ['attachments'],
  ['membersAdded'],
  ['reactionsAdded'],
  ['timestamp'],
  ['locale'],
  ['replyToId'],
  ['action'],
  ['deliveryMode'],
  ['textFormat']
];

type Mutation =
  | { op: 'set'; path: string[]; value: unknown }
  | { op: 'delete'; path: string[] }
  | { op: 'add'; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...FIELDS), value: anyValue })
  },
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...FIELDS) }),
  fc.record({
    op: fc.constant('add' as const),
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'callerId', 'relatesTo')),
    value: anyValue
  })
);

/** The activity with `m` applied; objects along the path are copied, nothing else (values may nest deep). */
function apply(activity: Json, m: Mutation): Json {
  const copy: Json = { ...activity };
  if (m.op === 'add') {
    Object.defineProperty(copy, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    return copy;
  }
  let at: Json = copy;
  for (const key of m.path.slice(0, -1)) {
    const child = at[key];
    at[key] = typeof child === 'object' && child !== null && !Array.isArray(child) ? { ...(child as Json) } : {};
    at = at[key] as Json;
  }
  const last = m.path[m.path.length - 1];
  if (m.op === 'delete') delete at[last];
  else at[last] = m.value;
  return copy;
}

/** Mostly `usual`, sometimes anything: most card data gets past parseAction and reaches the handlers. */
const mostly = <T>(usual: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 8, arbitrary: usual }, anyValue);

/** Card data: the fields every verb reads, mostly with real ids and sensible text, sometimes anything. */
function cardData(world: World): fc.Arbitrary<Json> {
  const id = mostly(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...world.visitIds, ...world.requestIds) },
      fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, 999999)
    )
  );
  const answerKey = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom('answer:qualityStrengths', 'answer:experienceStrengths', 'answer:escalationIssues')
    },
    fc.string().map((s) => `answer:${s}`)
  );
  return fc
    .record({
      visitId: id,
      requestId: id,
      sectionId: mostly(fc.constantFrom('quality', 'experience', 'escalation')),
      etag: fc.oneof(fc.constant(undefined), fc.constantFrom('"1"', '"2"', '*', ''), anyValue),
      question: mostly(fc.lorem()),
      response: mostly(fc.lorem()),
      delegateEmail: mostly(fc.emailAddress()),
      answers: fc.dictionary(answerKey, mostly(fc.lorem()), { maxKeys: 4 }),
      verb: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, fc.constantFrom(...Object.values(VERBS)), nasty)
    })
    .map(({ answers, ...rest }) => ({ ...rest, ...(answers as Json) }));
}

const verb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...Object.values(VERBS)) }, nasty, anyValue);
const INVOKE_NAMES = [
  'adaptiveCard/action',
  'fileConsent/invoke',
  'composeExtension/submitAction',
  'composeExtension/query',
  'task/fetch',
  'task/submit',
  'signin/verifyState',
  'signin/tokenExchange',
  'actionableMessage/executeAction',
  'config/fetch',
  'tab/fetch',
  'healthCheck',
  'application/search'
];

/** Activities as Teams sends them, before any mutation. */
function teamsActivity(world: World): fc.Arbitrary<Json> {
  const data = cardData(world);
  return fc.oneof(
    fc.constantFrom('help', 'briefing', 'findings', '').map((text) => world.activity({ type: 'message', text })),
    fc.constant(world.activity({ type: 'installationUpdate', action: 'add' })),
    {
      weight: 4,
      arbitrary: fc.tuple(verb, data).map(([v, d]) =>
        world.activity({
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb: v, data: d }, trigger: 'manual' }
        })
      )
    },
    fc.tuple(verb, data).map(([v, d]) => world.activity({ type: 'message', value: { ...d, verb: v } })),
    fc
      .tuple(fc.oneof(fc.constantFrom(...INVOKE_NAMES), nasty), anyValue)
      .map(([name, value]) => world.activity({ type: 'invoke', name, value })),
    fc
      .constantFrom(
        'conversationUpdate',
        'messageReaction',
        'event',
        'typing',
        'endOfConversation',
        'messageUpdate',
        'messageDelete',
        'somethingNew'
      )
      .map((type) =>
        world.activity({
          type,
          membersAdded: [{ id: '29:new' }],
          reactionsAdded: [{ type: 'like' }],
          name: 'x',
          channelData: { eventType: 'teamRenamed', team: { id: 't' } }
        })
      )
  );
}

/** A Teams activity, as sent or with 1 to 3 mutations, or (one in eight) a body that is not an activity. */
export function inputs(world: World): fc.Arbitrary<Input> {
  const mutated = fc
    .tuple(teamsActivity(world), fc.oneof(fc.constant([]), fc.array(mutation, { minLength: 1, maxLength: 3 })))
    .map(([a, ms]): Input => ({ kind: 'json', body: ms.reduce(apply, a) }));
  const notActivity = fc.oneof(
    fc.jsonValue().map((v): Input => ({ kind: 'json', body: v })),
    fc
      .oneof(nasty, fc.constantFrom('{"type": "message", "text": ', '{"type":"message"}}', '[', 'null', '"message"'))
      .map((body): Input => ({ kind: 'raw', body, contentType: 'application/json' })),
    fc
      .tuple(
        nasty,
        fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', '')
      )
      .map(([body, contentType]): Input => ({ kind: 'raw', body, contentType }))
  );
  return fc.oneof({ weight: 7, arbitrary: mutated }, notActivity);
}
