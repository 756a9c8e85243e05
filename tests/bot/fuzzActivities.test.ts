/**
 * @jest-environment node
 */
// The bot's /api/messages under generated and mutated activities (activityArbitraries.ts): wrong
// types for every field, huge strings, deep nesting, missing fields, unknown types and invoke
// names, forged card data, bodies that are not JSON or not activities. Whatever arrives: never a
// 5xx (501 only for an invoke name the bot does not handle, botbuilder's documented default), every
// 4xx a JSON error with a message, nothing that looks like a stack trace, and no handler failing
// ("bot turn failed", which shows the person "Something went wrong"). Prints the inputs tried and
// the statuses they got.
import fc from 'fast-check';
import { bookVisit, escalate, playground, startBot, teamNamed, type Bot } from './protocolHarness';
import { inputs, type Input, type Json } from './activityArbitraries';
import { problemsWith, Tally, type Answer } from '../service/fuzzCheck';

jest.setTimeout(180000);

/** Tuned for about 15 s on a slow 2-core machine; FUZZ_RUNS overrides. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1200);

const A = playground('cllr.bennett.wake@example.gov.uk');
const O = playground('officer@example.gov.uk');
let bot: Bot;
let visitIds: number[] = [];
let requestIds: number[] = [];
const tally = new Tally();

beforeAll(async () => {
  bot = await startBot('2025-10-01T09:00:00.000Z', [A, O]);
  const team = await teamNamed(bot, 'Fostering Team');
  const next = await bookVisit(bot, team, [A.email], '2025-10-08T09:00:00.000Z');
  const held = await bookVisit(bot, team, [A.email], '2025-09-30T09:00:00.000Z');
  const request = await escalate(
    bot,
    await bookVisit(bot, team, [A.email], '2025-09-24T09:00:00.000Z'),
    A.email,
    'Is travel time paid?'
  );
  visitIds = [next.id, held.id, request.visitId];
  requestIds = [request.id];
  for (const who of [A, O]) await bot.install(who);
});
afterAll(async () => {
  await bot?.close();
});

/** botbuilder's default for an invoke no handler claims; every other 5xx is a failure. */
const notHandledInvoke = (input: Input) => (answer: Answer) => {
  const a = (input.kind === 'json' ? input.body : undefined) as Json | undefined;
  return answer.status === 501 && a?.type === 'invoke' && a.name !== 'adaptiveCard/action';
};

function describeInput(input: Input): string {
  const text =
    input.kind === 'json' ? JSON.stringify(input.body) : `${input.contentType}: ${JSON.stringify(input.body)}`;
  return text.length > 600 ? `${text.slice(0, 600)}...(${text.length})` : text;
}

describe('the bot under generated activities', () => {
  it('never answers 5xx (but 501 for an invoke it does not handle), every 4xx is a JSON error with a message, no handler fails', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const world = {
        activity: (extra: Json) => bot.activity(A, extra),
        get visitIds() {
          return visitIds;
        },
        get requestIds() {
          return requestIds;
        }
      };
      await fc.assert(
        fc.asyncProperty(
          inputs(world).map((i) => Object.assign(i, { [fc.toStringMethod]: () => describeInput(i) })),
          async (input) => {
            errors.mockClear();
            const reply =
              input.kind === 'json' ? await bot.post(input.body) : await bot.postRaw(input.body, input.contentType);
            tally.add(reply.status);
            const text = typeof reply.json === 'string' ? reply.json : JSON.stringify(reply.json ?? '');
            const problems = problemsWith({ status: reply.status, text, json: reply.json }, notHandledInvoke(input));
            const failed = errors.mock.calls.filter((c) => /bot turn failed|adapter answered/.test(String(c[0])));
            if (failed.length)
              problems.push(
                `the turn failed: ${failed.map((c) => String(c[1] ?? c[2] ?? '').slice(0, 200)).join('; ')}`
              );
            if (problems.length) throw new Error(problems.join('; '));
          }
        ),
        { numRuns: RUNS }
      );
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
    }
    console.log(tally.summary('bot /api/messages'));
    // The generators reach the handlers and every kind of refusal: cards, invoke errors, 400s, 501s.
    for (const status of [200, 400, 501]) expect([status, tally.count(status)]).not.toEqual([status, 0]);
    expect((await bot.say(A, 'help')).status).toBe(200);
  });
});
