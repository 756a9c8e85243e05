/**
 * @jest-environment node
 */
// Bad input, part 2: activities that are not what Teams sends (not JSON, no type, no sender, an
// invoke with no value, an unknown type, a body over the 1 MB limit). Each is answered with a 4xx
// or a plain 200, nothing is sent to anyone else, and the bot keeps serving afterwards.
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

/** [what, send, the statuses that are acceptable answers]. */
const CASES: [string, () => Promise<Reply>, number[]][] = [
  ['a body that is not JSON', () => bot.postRaw('{"type": "message", "text": '), [400]],
  ['a JSON array', () => bot.postRaw('[1, 2, 3]'), [400]],
  ['JSON null', () => bot.postRaw('null'), [400]],
  ['a form-encoded body', () => bot.postRaw('type=message&text=help', 'application/x-www-form-urlencoded'), [400]],
  ['an activity without a type', () => bot.post(without(message(), 'type')), [400]],
  ['a message with no from', () => bot.post(without(message(), 'from')), [200, 400]],
  ['a message with no conversation', () => bot.post(without(message(), 'conversation')), [200, 400]],
  ['an invoke with no value', () => bot.post(invoke({})), [400]],
  [
    'an invoke whose action is Action.Submit',
    () => bot.post(invoke({ value: { action: { type: 'Action.Submit', verb: 'help' } } })),
    [400]
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

describe('malformed activities', () => {
  it.each(CASES)('%s gets a 4xx or a 200, and nothing is sent to anyone else', async (_what, send, statuses) => {
    const mark = bot.capture.sent.length;
    const r = await send();
    expect(statuses).toContain(r.status);
    expect(bot.capture.sent.slice(mark).filter((a) => a.conversationId !== chatOf(A))).toEqual([]);
  });

  it('the answers to bad bodies are JSON errors, not HTML pages or stack traces', async () => {
    for (const body of ['{"type": "message", "text": ', 'null']) {
      const r = await bot.postRaw(body);
      expect(r.json).toEqual({ error: { code: 'BadRequest', message: expect.any(String) } });
    }
    const big = await bot.post(message({ text: 'x'.repeat(1100 * 1024) }));
    expect(big.json).toMatchObject({ error: { code: 'TooLarge' } });
    expect(JSON.stringify(big.json)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('an invoke with no value is answered with an invoke error, not a card or a retry-prone empty body', async () => {
    const r = await bot.post(invoke({}));
    expect(r.json).toMatchObject({ statusCode: 400, value: { code: 'BadRequest' } });
  });

  it('a message whose text is not a string is treated as "not a command" (the help card), not as a failure', async () => {
    const mark = bot.capture.sent.length;
    expect((await bot.post(message({ text: ['briefing'] }))).status).toBe(200);
    const mine = cardText(cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(A))));
    expect(mine).toContain('Type "briefing"');
    expect(mine).not.toContain('Something went wrong');
  });

  // botbuilder 4.23.3 reads value.action.type unchecked and throws; FrontlineBot answers 400 first.
  it('an invoke whose value has no action gets a 400 invoke error, not a failed turn', async () => {
    const r = await bot.post(invoke({ value: { trigger: 'manual' } }));
    expect(r.status).toBe(400);
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
