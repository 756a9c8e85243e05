/**
 * @jest-environment node
 */
// Bad input, part 2: activities that are not what Teams sends (not JSON, no type, no sender, fields
// of the wrong type, an invoke with no value or a name the bot does not handle, an unknown type, a
// body over the 1 MB limit). Each is answered with a 4xx naming what is allowed, the documented
// invoke answer or a plain 200; nothing is sent to anyone else, and the bot keeps serving.
// Generated and mutated activities: fuzzActivities.test.ts.
import { cardsOf, cardText, chatOf, playground, startBot, type Bot, type Reply } from './protocolHarness';

jest.setTimeout(120000);

const A = playground('cllr.bennett.wake@example.gov.uk');
const B = playground('cllr.wye@example.gov.uk');
let bot: Bot;
let errors: jest.SpyInstance;

beforeAll(async () => {
  bot = await startBot('2025-10-01T09:00:00.000Z', [A, B]);
  expect((await bot.install(A)).status).toBe(200);
  expect((await bot.install(B)).status).toBe(200);
});
beforeEach(() => {
  // The SDK and the mount log what they refuse; keep the output readable, and let tests look.
  errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => errors.mockRestore());
afterAll(async () => {
  await bot?.close();
});

const without = (o: Record<string, unknown>, key: string): Record<string, unknown> => {
  const copy = { ...o };
  delete copy[key];
  return copy;
};
const message = (extra: Record<string, unknown> = {}): Record<string, unknown> =>
  bot.activity(A, { type: 'message', text: 'help', ...extra });
const invoke = (extra: Record<string, unknown>): Record<string, unknown> =>
  bot.activity(A, { type: 'invoke', name: 'adaptiveCard/action', ...extra });

const NOT_TEXT: [string, unknown][] = [
  ['a number', 42],
  ['an object', { url: 'http://127.0.0.1' }],
  ['an array', ['http://127.0.0.1']],
  ['null', null],
  ['true', true]
];

/** [what, send, the statuses that are acceptable answers]. */
const CASES: [string, () => Promise<Reply>, number[]][] = [
  ['a body that is not JSON', () => bot.postRaw('{"type": "message", "text": '), [400]],
  ['a JSON array', () => bot.postRaw('[1, 2, 3]'), [400]],
  ['JSON null', () => bot.postRaw('null'), [400]],
  ['a form-encoded body', () => bot.postRaw('type=message&text=help', 'application/x-www-form-urlencoded'), [400]],
  ['an activity without a type', () => bot.post(without(message(), 'type')), [400]],
  ['an activity whose type is a number', () => bot.post(message({ type: 7 })), [400]],
  ['a message with no from', () => bot.post(without(message(), 'from')), [400]],
  ['a message whose from is text', () => bot.post(message({ from: '29:someone' })), [400]],
  ['a message whose from.id is an object', () => bot.post(message({ from: { id: { id: '29:x' } } })), [400]],
  ['a message with no conversation', () => bot.post(without(message(), 'conversation')), [400]],
  ['a message whose conversation.id is a number', () => bot.post(message({ conversation: { id: 5 } })), [400]],
  ['a message whose channelId is a list', () => bot.post(message({ channelId: ['msteams'] })), [400]],
  ['a message whose recipient is text', () => bot.post(message({ recipient: 'bot' })), [400]],
  ['a message whose channelData is text', () => bot.post(message({ channelData: 'tenant' })), [400]],
  ['entities that are not objects', () => bot.post(message({ entities: ['mention'] })), [400]],
  ['members added that are numbers', () => bot.post(message({ type: 'conversationUpdate', membersAdded: [1] })), [400]],
  ['an invoke whose name is a number', () => bot.post(bot.activity(A, { type: 'invoke', name: 7, value: {} })), [400]],
  ...NOT_TEXT.map(([what, serviceUrl]): [string, () => Promise<Reply>, number[]] => [
    `a serviceUrl that is ${what}`,
    () => bot.post(message({ serviceUrl })),
    [400]
  ]),
  ['a serviceUrl that is not an address', () => bot.post(message({ serviceUrl: 'not a url' })), [400]],
  ['an ftp serviceUrl', () => bot.post(message({ serviceUrl: 'ftp://127.0.0.1/' })), [400]],
  ['no serviceUrl', () => bot.post(without(message(), 'serviceUrl')), [400]],
  // Universal Actions: HTTP 200, the refusal in the body (see the invoke tests below).
  ['an invoke with no value', () => bot.post(invoke({})), [200]],
  [
    'an invoke whose action is Action.Submit',
    () => bot.post(invoke({ value: { action: { type: 'Action.Submit', verb: 'help' } } })),
    [200]
  ],
  // The SDK's standard answer to an invoke no handler claims.
  [
    'an invoke of an unknown name',
    () => bot.post(bot.activity(A, { type: 'invoke', name: 'no/such', value: {} })),
    [501]
  ],
  ['an unknown activity type', () => bot.post(bot.activity(A, { type: 'somethingNew', text: 'help' })), [200]],
  ['a body over 1 MB', () => bot.post(message({ text: 'x'.repeat(1100 * 1024) })), [413]],
  ['a message whose text is an object', () => bot.post(message({ text: { briefing: true } })), [200]]
];

const INTERNALS = /at \w+ \(|node_modules|TypeError|is not a function|toLowerCase/;

describe('malformed activities', () => {
  it.each(CASES)('%s gets a 4xx or a 200, and nothing is sent to anyone else', async (_what, send, statuses) => {
    const mark = bot.capture.sent.length;
    const r = await send();
    expect(statuses).toContain(r.status);
    expect(bot.capture.sent.slice(mark).filter((a) => a.conversationId !== chatOf(A))).toEqual([]);
    // Every refusal is a JSON error whose message names what is allowed, never the SDK's internals.
    if (r.status >= 400) expect(r.json).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(JSON.stringify(r.json ?? '')).not.toMatch(INTERNALS);
    expect(errors.mock.calls.filter((c) => /turn error|bot turn failed|adapter answered/.test(String(c[0])))).toEqual(
      []
    );
  });

  it.each(NOT_TEXT)(
    "a serviceUrl that is %s gets 400 saying what a serviceUrl must be (it was 500 with the SDK's TypeError)",
    async (_what, serviceUrl) => {
      const mark = bot.capture.sent.length;
      const r = await bot.post(message({ serviceUrl }));
      expect(r.status).toBe(400);
      expect(r.json.error.message).toMatch(/"serviceUrl" must be the http\(s\) address/);
      expect(bot.capture.sent.slice(mark)).toEqual([]);
    }
  );

  it('the answers to bad bodies are JSON errors, not HTML pages or stack traces', async () => {
    for (const body of ['{"type": "message", "text": ', 'null']) {
      const r = await bot.postRaw(body);
      expect(r.json).toEqual({ error: { code: 'BadRequest', message: expect.any(String) } });
    }
    const big = await bot.post(message({ text: 'x'.repeat(1100 * 1024) }));
    expect(big.json).toMatchObject({ error: { code: 'TooLarge' } });
    expect((await bot.post(message({ from: { id: 7 } }))).json.error.message).toBe(
      '"from.id" must be text of 1 to 1024 characters.'
    );
  });

  it('a conversation or account id that is not printable ASCII gets 400 (it was a failed turn: the reply header refused it)', async () => {
    for (const body of [
      message({
        type: 'installationUpdate',
        action: 'add',
        conversation: { id: '\u0000', conversationType: 'personal' }
      }),
      message({ conversation: { id: 'a:chat\nX-Injected: 1', conversationType: 'personal' } }),
      message({ from: { id: '29:x\u0007' } }),
      message({ conversation: { id: '\u0100', conversationType: 'personal' } })
    ]) {
      const r = await bot.post(body);
      expect(r.status).toBe(400);
      expect(r.json.error.message).toMatch(/must be an id of printable ASCII characters/);
    }
  });

  it('a message whose text is not a string is treated as "not a command" (the help card), not as a failure', async () => {
    const mark = bot.capture.sent.length;
    expect((await bot.post(message({ text: ['briefing'] }))).status).toBe(200);
    const mine = cardText(cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(A))));
    expect(mine).toContain('Type "briefing"');
    expect(mine).not.toContain('Something went wrong');
  });
});

describe('invokes', () => {
  // Universal Actions (adaptive-cards/authoring-cards/universal-action-model, "Response format"):
  // a processed adaptiveCard/action is answered HTTP 200, a request it cannot take with statusCode
  // 400 and an application/vnd.microsoft.error { code, message } body. botbuilder 4.23.3 answered
  // these with HTTP 400, and read value.action.type unchecked.
  it.each<[string, unknown, RegExp]>([
    ['no value', undefined, /must carry value\.action/],
    ['a value with no action', { trigger: 'manual' }, /must carry value\.action/],
    ['an action that is text', { action: 'Action.Execute' }, /must carry value\.action/],
    ['an action that is a list', { action: [{ type: 'Action.Execute', verb: 'help' }] }, /must carry value\.action/],
    ['an Action.Submit', { action: { type: 'Action.Submit', verb: 'help' } }, /Only Action\.Execute/],
    ['no action type', { action: { verb: 'help' } }, /Only Action\.Execute/]
  ])('an adaptiveCard/action with %s gets HTTP 200 and the documented invoke error', async (_what, value, says) => {
    const mark = bot.capture.sent.length;
    const r = await bot.post(invoke(value === undefined ? {} : { value }));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: expect.stringMatching(says) }
    });
    expect(bot.capture.sent.slice(mark)).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });

  // botbuilder's default for an invoke no handler claims is 501 NotImplemented; TeamsActivityHandler
  // answered some of these names with a failed turn when the value was missing.
  it.each<[string, Record<string, unknown>]>([
    ['an unknown name', { name: 'no/such', value: {} }],
    ['no name', { value: {} }],
    ['fileConsent/invoke with no value', { name: 'fileConsent/invoke', value: null }],
    ['composeExtension/submitAction with no value', { name: 'composeExtension/submitAction' }],
    ['task/fetch', { name: 'task/fetch', value: { data: {} } }],
    ['signin/verifyState', { name: 'signin/verifyState', value: { state: '123' } }]
  ])('an invoke with %s gets 501 with a JSON message naming the invoke the bot handles', async (_what, extra) => {
    const mark = bot.capture.sent.length;
    const r = await bot.post(bot.activity(A, { type: 'invoke', ...extra }));
    expect(r.status).toBe(501);
    expect(r.json).toEqual({
      error: { code: 'NotImplemented', message: expect.stringContaining('adaptiveCard/action') }
    });
    expect(bot.capture.sent.slice(mark)).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('after all of them, typed commands and card actions still work (the process is alive and serving)', async () => {
    for (const [, send] of CASES) await send();
    await bot.post(invoke({ value: { trigger: 'manual' } }));
    const mark = bot.capture.sent.length;
    expect((await bot.say(A, 'help')).status).toBe(200);
    expect(cardText(cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(A))))).toContain(
      'Type "briefing"'
    );
    const card = await bot.act(B, 'help', {});
    expect(card.json).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardText(card.json.value)).toContain('Type "briefing"');
    expect((await fetch(`${bot.service.url}/api/health`)).status).toBe(200);
  });
});
