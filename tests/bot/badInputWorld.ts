// The world both bad-input suites act in (badInput.test.ts, badInputText.test.ts): a seeded local
// product behind the Bot Framework protocol, a councillor with a visit next week, one yesterday
// (with a draft every refused save must leave as it is) and escalated issues for the head of
// service; and the checks every refusal is held to. Not a test file itself.
import type { HeadOfServiceRequest, Team, Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import {
  bookVisit,
  cardsOf,
  cardText,
  chatOf,
  escalate,
  playground,
  startBot,
  teamNamed,
  teamsUser,
  type Bot,
  type Reply,
  type Who
} from './protocolHarness';
import { HOS, SARAH } from './protocolPeople';

export const A = SARAH;
export const O = playground('officer@example.gov.uk');
export const H = HOS;
export const SM = teamsUser('sm-fostering', 'Service manager, Fostering', 'sm.fostering.team@example.gov.uk', 1);
export const NOWHERE = 999999;

export interface World {
  bot: Bot;
  T: Stored<Team>;
  /** A's visit next week (briefing). */
  V: Stored<Visit>;
  /** A's visit yesterday (findings). */
  F: Stored<Visit>;
  /** A's escalated issues, for H. */
  R: Stored<HeadOfServiceRequest>;
}

/** Starts the world before the file's tests and closes it after; every test must end with no failed turn. */
export function useWorld(): World {
  const w = {} as World;
  let errors: jest.SpyInstance;
  beforeAll(async () => {
    const bot = await startBot('2025-10-01T09:00:00.000Z', [A, O, H, SM]);
    w.bot = bot;
    w.T = await teamNamed(bot, 'Fostering Team');
    w.V = await bookVisit(bot, w.T, [A.email], '2025-10-08T09:00:00.000Z');
    w.F = await bookVisit(bot, w.T, [A.email], '2025-09-30T09:00:00.000Z');
    w.R = await escalate(
      bot,
      await bookVisit(bot, w.T, [A.email], '2025-09-24T09:00:00.000Z'),
      A.email,
      'Is travel time paid?'
    );
    for (const who of [A, O, H, SM]) await bot.install(who);
    // A draft to protect: every refused save must leave it exactly as it is.
    expect(
      (
        await bot.act(A, 'findings.saveSection', {
          visitId: w.F.id,
          sectionId: 'quality',
          'answer:qualityStrengths': 'The draft to keep.'
        })
      ).json.statusCode
    ).toBe(200);
  });
  beforeEach(() => {
    errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    // "Something went wrong" is logged: no bad input may end there.
    expect(errors.mock.calls.filter((c) => /bot turn failed|turn error/.test(String(c[0])))).toEqual([]);
    errors.mockRestore();
  });
  afterAll(async () => {
    await w.bot?.close();
  });
  return w;
}

export const long = (n: number): string => 'a'.repeat(n);
export const invalid = /That did not work/;

/** The checks each refusal is held to, in `w`. */
export function checksIn(w: World) {
  const lists = async function lists(): Promise<string> {
    const ids = [w.V.id, w.F.id, w.R.visitId];
    const [visits, findings, requests] = await Promise.all([
      Promise.all(ids.map((id) => w.bot.repos.visits.get(id))),
      w.bot.repos.findings.forVisits(ids),
      w.bot.repos.requests.forVisits(ids)
    ]);
    return JSON.stringify({ visits, findings, requests });
  };

  /** Runs `send`, then: the answer is a card (in place or in the chat) and nothing reached anyone else. */
  const answered = async function answered(
    who: Who,
    send: () => Promise<Reply>,
    alsoTo: Who[] = []
  ): Promise<{ text: string; cards: unknown[]; reply: Reply }> {
    const mark = w.bot.capture.sent.length;
    const reply = await send();
    expect(reply.status).toBe(200);
    const since = w.bot.capture.sent.slice(mark);
    const elsewhere = since.filter((a) => a.conversationId !== chatOf(who)).map((a) => a.conversationId);
    expect(elsewhere.filter((c) => !alsoTo.some((x) => chatOf(x) === c))).toEqual([]);
    const cards = [
      ...(reply.json?.value ? [reply.json.value] : []),
      ...cardsOf(since.filter((a) => a.conversationId === chatOf(who)))
    ];
    const text = cards.map(cardText).join('\n');
    expect(text).not.toMatch(/Something went wrong|stack|TypeError|at Object\./);
    return { text, cards, reply };
  };

  /** `send` is refused with a card matching `says`, and the lists are as they were. */
  const refused = async function refused(who: Who, send: () => Promise<Reply>, says: RegExp): Promise<string> {
    const before = await lists();
    const { text } = await answered(who, send);
    expect(text).toMatch(says);
    expect(await lists()).toEqual(before);
    return text;
  };

  /**
   * `send` gets the documented Universal Actions error (HTTP 200; statusCode 400, application/vnd.microsoft.error,
   * { code, message }), so Teams keeps the card as it was; nothing is posted to anyone and the lists are as they were.
   */
  const invokeRefused = async function invokeRefused(send: () => Promise<Reply>, says: RegExp): Promise<string> {
    const before = await lists();
    const mark = w.bot.capture.sent.length;
    const reply = await send();
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: expect.stringMatching(says) }
    });
    expect(reply.json.value.message).toContain('findings.saveSection');
    expect(JSON.stringify(reply.json)).not.toMatch(/stack|TypeError|at Object\.|node_modules/);
    expect(w.bot.capture.sent.slice(mark)).toEqual([]);
    expect(await lists()).toEqual(before);
    return reply.json.value.message;
  };
  return { lists, answered, refused, invokeRefused };
}
