/**
 * @jest-environment node
 */
// Bad input, part 1, over the Bot Framework protocol: unknown verbs, wrong types, missing data,
// ids the lists do not have, the Action.Submit fallback, oversize text, text that looks like
// markup, and a stale ETag. Each gets a clear card (never "Something went wrong"), nothing is
// stored and nothing is sent to anyone. Each actor would be allowed with good data, so a refusal
// here is the input check, not the authorisation check. Malformed activities: badInputActivities.
import type { HeadOfServiceRequest, Team, Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import {
  bookVisit,
  cardsOf,
  cardText,
  chatOf,
  escalate,
  markdownTexts,
  playground,
  startBot,
  teamNamed,
  teamsUser,
  textRuns,
  type Bot,
  type Reply,
  type Who
} from './protocolHarness';

jest.setTimeout(180000);

const A = playground('cllr.bennett.wake@example.gov.uk');
const O = playground('officer@example.gov.uk');
const H = teamsUser('hos-placements', 'Head of service, Placements', 'hos.placements@example.gov.uk', 2);
const SM = teamsUser('sm-fostering', 'Service manager, Fostering', 'sm.fostering.team@example.gov.uk', 1);
const NOWHERE = 999999;

let bot: Bot;
let T: Stored<Team>;
let V: Stored<Visit>; // A's visit next week (briefing)
let F: Stored<Visit>; // A's visit yesterday (findings)
let R: Stored<HeadOfServiceRequest>; // A's escalated issues, for H
let errors: jest.SpyInstance;

beforeAll(async () => {
  bot = await startBot('2025-10-01T09:00:00.000Z', [A, O, H, SM]);
  T = await teamNamed(bot, 'Fostering Team');
  V = await bookVisit(bot, T, [A.email], '2025-10-08T09:00:00.000Z');
  F = await bookVisit(bot, T, [A.email], '2025-09-30T09:00:00.000Z');
  R = await escalate(
    bot,
    await bookVisit(bot, T, [A.email], '2025-09-24T09:00:00.000Z'),
    A.email,
    'Is travel time paid?'
  );
  for (const who of [A, O, H, SM]) await bot.install(who);
  // A draft to protect: every refused save below must leave it exactly as it is.
  expect(
    (
      await bot.act(A, 'findings.saveSection', {
        visitId: F.id,
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
  await bot?.close();
});

async function lists(): Promise<string> {
  const ids = [V.id, F.id, R.visitId];
  const [visits, findings, requests] = await Promise.all([
    Promise.all(ids.map((id) => bot.repos.visits.get(id))),
    bot.repos.findings.forVisits(ids),
    bot.repos.requests.forVisits(ids)
  ]);
  return JSON.stringify({ visits, findings, requests });
}

/** Runs `send`, then: the answer is a card (in place or in the chat) and nothing reached anyone else. */
async function answered(
  who: Who,
  send: () => Promise<Reply>,
  alsoTo: Who[] = []
): Promise<{ text: string; cards: unknown[]; reply: Reply }> {
  const mark = bot.capture.sent.length;
  const reply = await send();
  expect(reply.status).toBe(200);
  const since = bot.capture.sent.slice(mark);
  const elsewhere = since.filter((a) => a.conversationId !== chatOf(who)).map((a) => a.conversationId);
  expect(elsewhere.filter((c) => !alsoTo.some((w) => chatOf(w) === c))).toEqual([]);
  const cards = [
    ...(reply.json?.value ? [reply.json.value] : []),
    ...cardsOf(since.filter((a) => a.conversationId === chatOf(who)))
  ];
  const text = cards.map(cardText).join('\n');
  expect(text).not.toMatch(/Something went wrong|stack|TypeError|at Object\./);
  return { text, cards, reply };
}

/** `send` is refused with a card matching `says`, and the lists are as they were. */
async function refused(who: Who, send: () => Promise<Reply>, says: RegExp): Promise<string> {
  const before = await lists();
  const { text } = await answered(who, send);
  expect(text).toMatch(says);
  expect(await lists()).toEqual(before);
  return text;
}

const long = (n: number): string => 'a'.repeat(n);
const invalid = /That did not work/;

/**
 * `send` gets the documented Universal Actions error (HTTP 200; statusCode 400, application/vnd.microsoft.error,
 * { code, message }), so Teams keeps the card as it was; nothing is posted to anyone and the lists are as they were.
 */
async function invokeRefused(send: () => Promise<Reply>, says: RegExp): Promise<string> {
  const before = await lists();
  const mark = bot.capture.sent.length;
  const reply = await send();
  expect(reply.status).toBe(200);
  expect(reply.json).toEqual({
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message: expect.stringMatching(says) }
  });
  expect(reply.json.value.message).toContain('findings.saveSection');
  expect(JSON.stringify(reply.json)).not.toMatch(/stack|TypeError|at Object\.|node_modules/);
  expect(bot.capture.sent.slice(mark)).toEqual([]);
  expect(await lists()).toEqual(before);
  return reply.json.value.message;
}

describe('unknown and missing verbs', () => {
  it.each<[string, () => unknown, RegExp]>([
    [
      'an unknown verb',
      () => ({ action: { type: 'Action.Execute', verb: 'no.such.verb', data: { visitId: F.id } } }),
      /not known \("no\.such\.verb"\)/
    ],
    ['an empty verb', () => ({ action: { type: 'Action.Execute', verb: '', data: {} } }), /without a verb/],
    ['a verb that is a number', () => ({ action: { type: 'Action.Execute', verb: 42, data: {} } }), /without a verb/],
    [
      'a verb in the wrong case',
      () => ({ action: { type: 'Action.Execute', verb: 'HOS.RESPOND', data: { requestId: R.id, response: 'x' } } }),
      /not known/
    ],
    [
      'a 10,000-character verb',
      () => ({ action: { type: 'Action.Execute', verb: long(10000), data: {} } }),
      /not known/
    ]
  ])('%s gets the documented invoke error naming the actions there are', async (_what, value, says) => {
    const message = await invokeRefused(
      () => bot.post(bot.activity(A, { type: 'invoke', name: 'adaptiveCard/action', value: value() })),
      says
    );
    expect(message.length).toBeLessThan(1000);
  });

  it('a verb whose data names another verb gets the invoke error', async () => {
    await invokeRefused(
      () => bot.act(H, 'hos.refresh', { requestId: R.id, verb: 'hos.respond', response: 'sneaky' }),
      /do not match/
    );
  });
});

describe('wrong types and missing data', () => {
  // [verb, who, what is wrong, data, the field the card must name]
  it.each<[string, 'A' | 'H', string, () => unknown, string]>([
    ['briefing.acknowledge', 'A', 'visitId as a string', () => ({ visitId: String(V.id) }), 'visitId'],
    ['briefing.acknowledge', 'A', 'a negative visitId', () => ({ visitId: -V.id }), 'visitId'],
    ['briefing.acknowledge', 'A', 'visitId 0', () => ({ visitId: 0 }), 'visitId'],
    ['briefing.acknowledge', 'A', 'visitId in an array', () => ({ visitId: [V.id] }), 'visitId'],
    ['briefing.acknowledge', 'A', 'a fractional visitId', () => ({ visitId: V.id + 0.5 }), 'visitId'],
    ['briefing.acknowledge', 'A', 'a visitId beyond 2^53', () => ({ visitId: 2 ** 60 }), 'visitId'],
    ['briefing.acknowledge', 'A', 'visitId as an object', () => ({ visitId: { id: V.id } }), 'visitId'],
    ['briefing.acknowledge', 'A', 'visitId null', () => ({ visitId: null }), 'visitId'],
    ['briefing.acknowledge', 'A', 'no data at all', () => undefined, 'visitId'],
    ['briefing.ask', 'A', 'no question', () => ({ visitId: V.id }), 'question'],
    [
      'briefing.ask',
      'A',
      'the question in an array',
      () => ({ visitId: V.id, question: ['Is there parking?'] }),
      'question'
    ],
    ['findings.start', 'A', 'visitId true', () => ({ visitId: true }), 'visitId'],
    [
      'findings.saveSection',
      'A',
      'no sectionId',
      () => ({ visitId: F.id, 'answer:qualityStrengths': 'x' }),
      'sectionId'
    ],
    ['findings.saveSection', 'A', 'sectionId a number', () => ({ visitId: F.id, sectionId: 7 }), 'sectionId'],
    ['findings.saveSection', 'A', 'sectionId a path', () => ({ visitId: F.id, sectionId: '../quality' }), 'sectionId'],
    [
      'findings.saveSection',
      'A',
      'an answer that is a number',
      () => ({ visitId: F.id, sectionId: 'quality', 'answer:qualityStrengths': 5 }),
      'qualityStrengths'
    ],
    [
      'findings.saveSection',
      'A',
      'an answer in an array',
      () => ({ visitId: F.id, sectionId: 'quality', 'answer:qualityStrengths': ['x'] }),
      'qualityStrengths'
    ],
    [
      'findings.saveSection',
      'A',
      'an answer key that is not an id',
      () => ({ visitId: F.id, sectionId: 'quality', 'answer:not an id': 'x' }),
      'answer:not an id'
    ],
    ['findings.saveSection', 'A', 'etag a number', () => ({ visitId: F.id, sectionId: 'quality', etag: 5 }), 'etag'],
    [
      'findings.saveSection',
      'A',
      'an etag with a NUL',
      () => ({ visitId: F.id, sectionId: 'quality', etag: '"1\u0000"', 'answer:qualityStrengths': 'x' }),
      'etag'
    ],
    [
      'findings.saveSection',
      'A',
      'an etag with a newline',
      () => ({ visitId: F.id, sectionId: 'quality', etag: '"1"\r\nX-Injected: 1', 'answer:qualityStrengths': 'x' }),
      'etag'
    ],
    [
      'findings.back',
      'A',
      'an etag with an emoji',
      () => ({ visitId: F.id, sectionId: 'experience', etag: '"\u{1F600}"' }),
      'etag'
    ],
    [
      'findings.saveSection',
      'A',
      'an etag with DEL',
      () => ({ visitId: F.id, sectionId: 'quality', etag: '"1\u007F"' }),
      'etag'
    ],
    [
      'findings.submit',
      'A',
      'an etag of 129 characters',
      () => ({ visitId: F.id, sectionId: 'escalation', etag: `"${'7'.repeat(127)}"` }),
      'etag'
    ],
    ['findings.submit', 'A', 'visitId in an array', () => ({ visitId: [F.id], sectionId: 'escalation' }), 'visitId'],
    ['hos.respond', 'H', 'requestId as a string', () => ({ requestId: String(R.id), response: 'Yes.' }), 'requestId'],
    ['hos.respond', 'H', 'response a number', () => ({ requestId: R.id, response: 42 }), 'response'],
    ['hos.respond', 'H', 'a blank response', () => ({ requestId: R.id, response: '   ' }), 'response'],
    ['hos.respond', 'H', 'no response', () => ({ requestId: R.id }), 'response'],
    ['hos.respond', 'H', 'data that is a string', () => 'requestId=1', 'requestId'],
    [
      'hos.delegate',
      'H',
      'delegateEmail not an address',
      () => ({ requestId: R.id, delegateEmail: 'not an address' }),
      'e-mail'
    ],
    [
      'hos.delegate',
      'H',
      'delegateEmail in an array',
      () => ({ requestId: R.id, delegateEmail: ['deputy@example.gov.uk'] }),
      'delegateEmail'
    ],
    ['hos.askCouncillor', 'H', 'a negative requestId', () => ({ requestId: -1, question: 'More?' }), 'requestId'],
    ['hos.refresh', 'H', 'no requestId', () => ({}), 'requestId']
  ])('%s by %s with %s is refused, naming "%s"', async (verb, actor, _what, data, field) => {
    const who = actor === 'A' ? A : H;
    const text = await refused(who, () => bot.act(who, verb, data()), invalid);
    expect(text).toContain(field);
  });
});

describe('ids the lists do not have', () => {
  it.each<[string, 'A' | 'H', Record<string, unknown>]>([
    ['briefing.acknowledge', 'A', { visitId: NOWHERE }],
    ['briefing.ask', 'A', { visitId: NOWHERE, question: 'Is there parking?' }],
    ['findings.start', 'A', { visitId: NOWHERE }],
    ['findings.saveSection', 'A', { visitId: NOWHERE, sectionId: 'quality', 'answer:qualityStrengths': 'x' }],
    ['findings.submit', 'A', { visitId: NOWHERE, sectionId: 'escalation', 'answer:qualityStrengths': 'x' }],
    ['hos.respond', 'H', { requestId: NOWHERE, response: 'Yes.' }],
    ['hos.delegate', 'H', { requestId: NOWHERE, delegateEmail: 'deputy@example.gov.uk' }],
    ['hos.askCouncillor', 'H', { requestId: NOWHERE, question: 'More?' }],
    ['hos.refresh', 'H', { requestId: NOWHERE }]
  ])('%s by %s on a missing item gets "not found" (a 404 from the lists), not a crash', async (verb, actor, data) => {
    const who = actor === 'A' ? A : H;
    const text = await refused(who, () => bot.act(who, verb, data), /That could not be done/);
    expect(text).toMatch(new RegExp(`${NOWHERE} was not found`));
  });

  it('a section the form does not have gets "Form changed"', async () => {
    await refused(
      A,
      () =>
        bot.act(A, 'findings.saveSection', {
          visitId: F.id,
          sectionId: 'no-such-section',
          'answer:qualityStrengths': 'x'
        }),
      /Form changed/
    );
  });

  it('an answer to a question the form does not have is shown as an error on the section, and not stored', async () => {
    await refused(
      A,
      () => bot.act(A, 'findings.saveSection', { visitId: F.id, sectionId: 'quality', 'answer:bogus': 'x' }),
      /"bogus" is not a question on this form/
    );
  });
});

describe('the Action.Submit fallback (a message whose value carries the verb)', () => {
  it('a valid verb is acted on and answered with a new card in the chat', async () => {
    const { text } = await answered(A, () =>
      bot.submit(A, {
        verb: 'findings.saveSection',
        visitId: F.id,
        sectionId: 'experience',
        'answer:experienceStrengths': 'Via the Submit fallback'
      })
    );
    expect(text).toContain('Step 3 of 3');
    expect((await bot.repos.findings.find(F.id, A.email))?.answers).toEqual({
      qualityStrengths: 'The draft to keep.',
      experienceStrengths: 'Via the Submit fallback'
    });
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown verb', { verb: 'no.such.verb', visitId: 1 }, /That button is not recognised/],
    ['no verb at all', { visitId: 1, 'answer:qualityStrengths': 'x' }, /That button is not recognised/],
    ['a valid verb with bad data', { verb: 'findings.saveSection', visitId: 'one', sectionId: 'quality' }, invalid]
  ])('%s gets a clear card and changes nothing', async (_what, value, says) => {
    await refused(A, () => bot.submit(A, value), says);
  });
});

describe('oversize text', () => {
  it('a question of 1,001 characters is refused and not forwarded; 1,000 is forwarded', async () => {
    expect(
      await refused(A, () => bot.act(A, 'briefing.ask', { visitId: V.id, question: long(1001) }), invalid)
    ).toMatch(/1001 characters, the limit is 1000/);
    const mark = bot.capture.sent.length;
    await bot.act(A, 'briefing.ask', { visitId: V.id, question: 'q'.repeat(1000) });
    expect(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(O))).toHaveLength(1);
  });

  it('a response of 4,001 characters and a head of service question of 1,001 are refused', async () => {
    expect(
      await refused(H, () => bot.act(H, 'hos.respond', { requestId: R.id, response: long(4001) }), invalid)
    ).toMatch(/4001 characters, the limit is 4000/);
    await refused(H, () => bot.act(H, 'hos.askCouncillor', { requestId: R.id, question: long(1001) }), invalid);
    expect((await bot.repos.requests.get(R.id)).status).toBe('Requested');
  });

  it('an answer over the template limit (10,000) is shown as an error on the section, and not stored', async () => {
    await refused(
      A,
      () =>
        bot.act(A, 'findings.saveSection', {
          visitId: F.id,
          sectionId: 'quality',
          'answer:qualityStrengths': long(10001)
        }),
      /too long: 10,001 characters, the limit is 10,000/
    );
  });

  it('an answer over the list field limit, and more than 50 answers, are refused before anything is read', async () => {
    await refused(
      A,
      () =>
        bot.act(A, 'findings.saveSection', {
          visitId: F.id,
          sectionId: 'quality',
          'answer:qualityStrengths': long(64000)
        }),
      invalid
    );
    const many: Record<string, unknown> = { visitId: F.id, sectionId: 'quality' };
    for (let i = 0; i < 51; i++) many[`answer:q${i}`] = 'x';
    await refused(A, () => bot.act(A, 'findings.saveSection', many), /Too many answers/);
  });
});

const MARKUP =
  '<script>alert("x")</script> **bold** [click here](https://evil.example/login) ${{DATE(2025-01-01T00:00:00Z, SHORT)}} {{x}} ${visitId} &amp;';
/** As a TextRun must show it (src/bot/cards/text.ts): as typed, with "{{" broken by a zero-width space so no client evaluates it. */
const SHOWN =
  '<script>alert("x")</script> **bold** [click here](https://evil.example/login) ${\u200B{DATE(2025-01-01T00:00:00Z, SHORT)}} {\u200B{x}} ${visitId} &amp;';

describe('text that looks like markup or template expressions', () => {
  it('a findings answer is stored as typed, and the head of service sees it as plain text (TextRun), never markdown', async () => {
    const X = await bookVisit(bot, T, [A.email], '2025-09-29T09:00:00.000Z');
    const saved = await answered(A, () =>
      bot.act(A, 'findings.saveSection', { visitId: X.id, sectionId: 'quality', 'answer:qualityStrengths': MARKUP })
    );
    expect(saved.text).toContain('Step 2 of 3');
    expect((await bot.repos.findings.find(X.id, A.email))?.answers.qualityStrengths).toBe(MARKUP);
    const mark = bot.capture.sent.length;
    await bot.act(A, 'findings.submit', { visitId: X.id, sectionId: 'escalation', 'answer:escalationIssues': MARKUP });
    expect((await bot.repos.findings.find(X.id, A.email))?.answers).toEqual({
      qualityStrengths: MARKUP,
      escalationIssues: MARKUP
    });
    const toHos = cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(H)));
    expect(toHos.length).toBeGreaterThanOrEqual(2); // the findings, and the request for a response
    for (const card of toHos) {
      expect(textRuns(card)).toContain(SHOWN);
      expect(markdownTexts(card).filter((t) => /<script>|\*\*bold\*\*|evil\.example|\{\{x/.test(t))).toEqual([]);
    }
  });

  it('a question is forwarded and confirmed as plain text', async () => {
    const mark = bot.capture.sent.length;
    const { cards } = await answered(A, () => bot.act(A, 'briefing.ask', { visitId: V.id, question: MARKUP }), [O]);
    const forwarded = cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(O)));
    expect(forwarded).toHaveLength(1);
    for (const card of [...cards, ...forwarded]) {
      expect(textRuns(card)).toContain(SHOWN);
      expect(markdownTexts(card).filter((t) => t.includes('<script>') || t.includes('**bold**'))).toEqual([]);
    }
  });
});

describe('a stale ETag', () => {
  const webPartSave = async (
    visitId: number,
    answers: Record<string, string>,
    etag: string
  ): Promise<{ status: number; json: any }> => {
    // eslint-disable-line @typescript-eslint/no-explicit-any
    const r = await fetch(`${bot.service.url}/api/findings/${visitId}/draft`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Frontline-User': A.email },
      body: JSON.stringify({ answers, etag })
    });
    return { status: r.status, json: await r.json() };
  };
  const etagOn = (card: unknown): string =>
    /"etag":"((?:[^"\\]|\\.)*)"/.exec(JSON.stringify(card))?.[1].replace(/\\"/g, '"') ?? '';

  it.each(['findings.saveSection', 'findings.back', 'findings.submit'])(
    '%s from a card older than a save in SharePoint says "changed elsewhere" and keeps the newer draft',
    async (verb) => {
      const S = await bookVisit(bot, T, [A.email], '2025-09-28T09:00:00.000Z');
      const first = await bot.act(A, 'findings.saveSection', {
        visitId: S.id,
        sectionId: 'experience',
        'answer:experienceStrengths': 'First, from Teams'
      });
      const staleEtag = etagOn(first.json.value);
      expect(staleEtag).not.toBe('');
      const newer = await webPartSave(
        S.id,
        { experienceStrengths: 'First, from Teams', escalationIssues: 'Newer, from SharePoint' },
        staleEtag
      );
      expect(newer.status).toBe(200);
      const kept = await bot.repos.findings.find(S.id, A.email);
      const text = await refused(
        A,
        () =>
          bot.act(A, verb, {
            visitId: S.id,
            sectionId: 'escalation',
            etag: staleEtag,
            'answer:escalationIssues': 'Stale, from Teams'
          }),
        /Changed elsewhere/
      );
      expect(text).toContain('Type "findings"');
      expect(await bot.repos.findings.find(S.id, A.email)).toEqual(kept);
      expect(kept).toMatchObject({ status: 'Draft', answers: { escalationIssues: 'Newer, from SharePoint' } });
    }
  );

  it('a submit from the latest card (its ETag from the last save) is sent', async () => {
    const S = await bookVisit(bot, T, [A.email], '2025-09-27T09:00:00.000Z');
    await bot.act(A, 'findings.saveSection', {
      visitId: S.id,
      sectionId: 'quality',
      'answer:qualityStrengths': 'Created from Teams'
    });
    const second = await bot.act(A, 'findings.saveSection', {
      visitId: S.id,
      sectionId: 'experience',
      'answer:experienceStrengths': 'Updated from Teams'
    });
    const { text } = await answered(
      A,
      () => bot.act(A, 'findings.submit', { visitId: S.id, sectionId: 'escalation', etag: etagOn(second.json.value) }),
      [H, SM]
    );
    expect(text).not.toMatch(/Changed elsewhere/);
    expect(await bot.repos.findings.find(S.id, A.email)).toMatchObject({
      status: 'Submitted',
      answers: { qualityStrengths: 'Created from Teams', experienceStrengths: 'Updated from Teams' }
    });
  });
});
