/**
 * @jest-environment node
 */
// Bad input, part 1, over the Bot Framework protocol: unknown verbs, wrong types, missing data and
// ids the lists do not have. Each gets a clear card or the documented invoke error (never
// "Something went wrong"), nothing is stored and nothing is sent to anyone. Each actor would be
// allowed with good data, so a refusal here is the input check, not the authorisation check.
// Part 2 (the Action.Submit fallback, oversize text, markup, stale ETags): badInputText.test.ts;
// malformed activities: badInputActivities.test.ts; generated ones: fuzzActivities.test.ts.
import { A, H, NOWHERE, checksIn, invalid, long, useWorld } from './badInputWorld';

jest.setTimeout(180000);

const w = useWorld();
const { refused, invokeRefused } = checksIn(w);

describe('unknown and missing verbs', () => {
  it.each<[string, () => unknown, RegExp]>([
    [
      'an unknown verb',
      () => ({ action: { type: 'Action.Execute', verb: 'no.such.verb', data: { visitId: w.F.id } } }),
      /not known \("no\.such\.verb"\)/
    ],
    ['an empty verb', () => ({ action: { type: 'Action.Execute', verb: '', data: {} } }), /without a verb/],
    ['a verb that is a number', () => ({ action: { type: 'Action.Execute', verb: 42, data: {} } }), /without a verb/],
    [
      'a verb in the wrong case',
      () => ({ action: { type: 'Action.Execute', verb: 'HOS.RESPOND', data: { requestId: w.R.id, response: 'x' } } }),
      /not known/
    ],
    [
      'a 10,000-character verb',
      () => ({ action: { type: 'Action.Execute', verb: long(10000), data: {} } }),
      /not known/
    ]
  ])('%s gets the documented invoke error naming the actions there are', async (_what, value, says) => {
    const message = await invokeRefused(
      () => w.bot.post(w.bot.activity(A, { type: 'invoke', name: 'adaptiveCard/action', value: value() })),
      says
    );
    expect(message.length).toBeLessThan(1000);
  });

  it('a verb whose data names another verb gets the invoke error', async () => {
    await invokeRefused(
      () => w.bot.act(H, 'hos.refresh', { requestId: w.R.id, verb: 'hos.respond', response: 'sneaky' }),
      /do not match/
    );
  });
});

describe('wrong types and missing data', () => {
  // [verb, who, what is wrong, data, the field the card must name]
  it.each<[string, 'A' | 'H', string, () => unknown, string]>([
    ['briefing.acknowledge', 'A', 'visitId as a string', () => ({ visitId: String(w.V.id) }), 'visitId'],
    ['briefing.acknowledge', 'A', 'a negative visitId', () => ({ visitId: -w.V.id }), 'visitId'],
    ['briefing.acknowledge', 'A', 'visitId 0', () => ({ visitId: 0 }), 'visitId'],
    ['briefing.acknowledge', 'A', 'visitId in an array', () => ({ visitId: [w.V.id] }), 'visitId'],
    ['briefing.acknowledge', 'A', 'a fractional visitId', () => ({ visitId: w.V.id + 0.5 }), 'visitId'],
    ['briefing.acknowledge', 'A', 'a visitId beyond 2^53', () => ({ visitId: 2 ** 60 }), 'visitId'],
    ['briefing.acknowledge', 'A', 'visitId as an object', () => ({ visitId: { id: w.V.id } }), 'visitId'],
    ['briefing.acknowledge', 'A', 'visitId null', () => ({ visitId: null }), 'visitId'],
    ['briefing.acknowledge', 'A', 'no data at all', () => undefined, 'visitId'],
    ['briefing.ask', 'A', 'no question', () => ({ visitId: w.V.id }), 'question'],
    [
      'briefing.ask',
      'A',
      'the question in an array',
      () => ({ visitId: w.V.id, question: ['Is there parking?'] }),
      'question'
    ],
    ['findings.start', 'A', 'visitId true', () => ({ visitId: true }), 'visitId'],
    [
      'findings.saveSection',
      'A',
      'no sectionId',
      () => ({ visitId: w.F.id, 'answer:qualityStrengths': 'x' }),
      'sectionId'
    ],
    ['findings.saveSection', 'A', 'sectionId a number', () => ({ visitId: w.F.id, sectionId: 7 }), 'sectionId'],
    [
      'findings.saveSection',
      'A',
      'sectionId a path',
      () => ({ visitId: w.F.id, sectionId: '../quality' }),
      'sectionId'
    ],
    [
      'findings.saveSection',
      'A',
      'an answer that is a number',
      () => ({ visitId: w.F.id, sectionId: 'quality', 'answer:qualityStrengths': 5 }),
      'qualityStrengths'
    ],
    [
      'findings.saveSection',
      'A',
      'an answer in an array',
      () => ({ visitId: w.F.id, sectionId: 'quality', 'answer:qualityStrengths': ['x'] }),
      'qualityStrengths'
    ],
    [
      'findings.saveSection',
      'A',
      'an answer key that is not an id',
      () => ({ visitId: w.F.id, sectionId: 'quality', 'answer:not an id': 'x' }),
      'answer:not an id'
    ],
    ['findings.saveSection', 'A', 'etag a number', () => ({ visitId: w.F.id, sectionId: 'quality', etag: 5 }), 'etag'],
    [
      'findings.saveSection',
      'A',
      'an etag with a NUL',
      () => ({ visitId: w.F.id, sectionId: 'quality', etag: '"1\u0000"', 'answer:qualityStrengths': 'x' }),
      'etag'
    ],
    [
      'findings.saveSection',
      'A',
      'an etag with a newline',
      () => ({ visitId: w.F.id, sectionId: 'quality', etag: '"1"\r\nX-Injected: 1', 'answer:qualityStrengths': 'x' }),
      'etag'
    ],
    [
      'findings.back',
      'A',
      'an etag with an emoji',
      () => ({ visitId: w.F.id, sectionId: 'experience', etag: '"\u{1F600}"' }),
      'etag'
    ],
    [
      'findings.saveSection',
      'A',
      'an etag with DEL',
      () => ({ visitId: w.F.id, sectionId: 'quality', etag: '"1\u007F"' }),
      'etag'
    ],
    [
      'findings.submit',
      'A',
      'an etag of 129 characters',
      () => ({ visitId: w.F.id, sectionId: 'escalation', etag: `"${'7'.repeat(127)}"` }),
      'etag'
    ],
    ['findings.submit', 'A', 'visitId in an array', () => ({ visitId: [w.F.id], sectionId: 'escalation' }), 'visitId'],
    ['hos.respond', 'H', 'requestId as a string', () => ({ requestId: String(w.R.id), response: 'Yes.' }), 'requestId'],
    ['hos.respond', 'H', 'response a number', () => ({ requestId: w.R.id, response: 42 }), 'response'],
    ['hos.respond', 'H', 'a blank response', () => ({ requestId: w.R.id, response: '   ' }), 'response'],
    ['hos.respond', 'H', 'no response', () => ({ requestId: w.R.id }), 'response'],
    ['hos.respond', 'H', 'data that is a string', () => 'requestId=1', 'requestId'],
    [
      'hos.delegate',
      'H',
      'delegateEmail not an address',
      () => ({ requestId: w.R.id, delegateEmail: 'not an address' }),
      'e-mail'
    ],
    [
      'hos.delegate',
      'H',
      'delegateEmail in an array',
      () => ({ requestId: w.R.id, delegateEmail: ['deputy@example.gov.uk'] }),
      'delegateEmail'
    ],
    ['hos.askCouncillor', 'H', 'a negative requestId', () => ({ requestId: -1, question: 'More?' }), 'requestId'],
    ['hos.refresh', 'H', 'no requestId', () => ({}), 'requestId']
  ])('%s by %s with %s is refused, naming "%s"', async (verb, actor, _what, data, field) => {
    const who = actor === 'A' ? A : H;
    const text = await refused(who, () => w.bot.act(who, verb, data()), invalid);
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
    const text = await refused(who, () => w.bot.act(who, verb, data), /That could not be done/);
    expect(text).toMatch(new RegExp(`${NOWHERE} was not found`));
  });

  it('a section the form does not have gets "Form changed"', async () => {
    await refused(
      A,
      () =>
        w.bot.act(A, 'findings.saveSection', {
          visitId: w.F.id,
          sectionId: 'no-such-section',
          'answer:qualityStrengths': 'x'
        }),
      /Form changed/
    );
  });

  it('an answer to a question the form does not have is shown as an error on the section, and not stored', async () => {
    await refused(
      A,
      () => w.bot.act(A, 'findings.saveSection', { visitId: w.F.id, sectionId: 'quality', 'answer:bogus': 'x' }),
      /"bogus" is not a question on this form/
    );
  });
});
