import { ANSWER_PREFIX, parseAction, TEXT_LIMITS, VERBS } from '../../../src/bot/cards';

const execute = (verb: string, data: Record<string, unknown>) => ({
  action: { type: 'Action.Execute', verb, data: { ...data, verb } }
});
const errorOf = (value: unknown) => {
  const result = parseAction(value);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.action)}`);
  return result.error;
};

describe('parseAction', () => {
  it('accepts every verb from the invoke value and from the Action.Submit fallback', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [VERBS.briefingAcknowledge, { visitId: 1 }],
      [VERBS.briefingAsk, { visitId: 1, question: 'Parking?' }],
      [VERBS.findingsStart, { visitId: 1 }],
      [VERBS.findingsSaveSection, { visitId: 1, sectionId: 'quality', [`${ANSWER_PREFIX}qualityStrengths`]: 'Good.' }],
      [VERBS.findingsBack, { visitId: 1, sectionId: 'experience', etag: '' }],
      [VERBS.findingsReview, { visitId: 1, sectionId: 'escalation', [`${ANSWER_PREFIX}escalationIssues`]: 'Pay?' }],
      [VERBS.findingsSubmit, { visitId: 1, sectionId: 'escalation', [`${ANSWER_PREFIX}escalationIssues`]: '' }],
      [VERBS.hosRespond, { requestId: 2, response: 'Answer.' }],
      [VERBS.hosDelegate, { requestId: 2, delegateEmail: 'a.b@example.gov.uk' }],
      [VERBS.hosAskCouncillor, { requestId: 2, question: 'Which team?' }],
      [VERBS.hosRefresh, { requestId: 2 }],
      [VERBS.requestReply, { requestId: 2, reply: 'The fostering panel.' }],
      [VERBS.help, {}]
    ];
    expect(cases.map(([verb]) => verb).sort()).toEqual(Object.values(VERBS).sort());
    for (const [verb, data] of cases) {
      expect(parseAction(execute(verb, data))).toMatchObject({ ok: true, source: 'execute', action: { verb } });
      expect(parseAction(execute(verb, data).action)).toMatchObject({ ok: true, source: 'execute', action: { verb } });
      expect(parseAction({ ...data, verb, msteams: { type: 'messageBack' } })).toMatchObject({
        ok: true,
        source: 'submit',
        action: { verb }
      });
    }
  });

  it('gives section answers by question id and drops an empty ETag', () => {
    const result = parseAction(
      execute('findings.saveSection', {
        visitId: 3,
        sectionId: 'staffing',
        etag: '',
        'answer:staffing.worried': 'Vacancies.',
        question: 'ignored'
      })
    );
    expect(result).toEqual({
      ok: true,
      source: 'execute',
      action: {
        verb: 'findings.saveSection',
        data: { visitId: 3, sectionId: 'staffing', answers: { 'staffing.worried': 'Vacancies.' } }
      }
    });
  });

  it('refuses what is not an action, an unknown verb and a verb that does not match its data', () => {
    for (const value of [undefined, null, 'briefing.acknowledge', 42, []])
      expect(errorOf(value).code).toBe('NotAnObject');
    expect(errorOf({ visitId: 1 }).code).toBe('MissingVerb');
    expect(errorOf({ verb: 'findings.delete', visitId: 1 })).toMatchObject({
      code: 'UnknownVerb',
      verb: 'findings.delete'
    });
    expect(errorOf(execute('admin.grant', {})).code).toBe('UnknownVerb');
    expect(errorOf({ verb: 'x'.repeat(5000) }).message.length).toBeLessThan(120);
    expect(
      errorOf({
        action: {
          type: 'Action.Execute',
          verb: 'hos.respond',
          data: { verb: 'hos.delegate', requestId: 1, response: 'x' }
        }
      }).code
    ).toBe('VerbMismatch');
  });

  it('refuses missing ids and ids of the wrong type', () => {
    expect(errorOf(execute('briefing.acknowledge', {}))).toMatchObject({ code: 'InvalidField', field: 'visitId' });
    for (const visitId of ['1', '1; DROP TABLE', 0, -4, 1.5, Number.MAX_SAFE_INTEGER + 2, null, { id: 1 }]) {
      expect(errorOf(execute('findings.start', { visitId }))).toMatchObject({ code: 'InvalidField', field: 'visitId' });
    }
    expect(errorOf(execute('hos.respond', { response: 'x' }))).toMatchObject({ field: 'requestId' });
    // The answer card's read-ahead hints: optional, and ids when given.
    expect(errorOf(execute('hos.respond', { requestId: 1, response: 'x', visitId: '2' }))).toMatchObject({
      field: 'visitId'
    });
    expect(errorOf(execute('hos.respond', { requestId: 1, response: 'x', findingsId: 0 }))).toMatchObject({
      field: 'findingsId'
    });
    expect(
      parseAction(execute('hos.respond', { requestId: 1, response: 'x', visitId: 2, findingsId: 3 }))
    ).toMatchObject({
      ok: true,
      action: { verb: 'hos.respond', data: { requestId: 1, response: 'x', visitId: 2, findingsId: 3 } }
    });
    expect(errorOf(execute('findings.saveSection', { visitId: 1 }))).toMatchObject({ field: 'sectionId' });
    expect(errorOf(execute('findings.saveSection', { visitId: 1, sectionId: '../etc' }))).toMatchObject({
      field: 'sectionId'
    });
  });

  it('refuses missing, blank, non-text and oversize text', () => {
    expect(errorOf(execute('briefing.ask', { visitId: 1 }))).toMatchObject({ field: 'question' });
    expect(errorOf(execute('briefing.ask', { visitId: 1, question: '   ' }))).toMatchObject({ field: 'question' });
    expect(errorOf(execute('briefing.ask', { visitId: 1, question: 7 }))).toMatchObject({ field: 'question' });
    expect(parseAction(execute('briefing.ask', { visitId: 1, question: 'q'.repeat(TEXT_LIMITS.question) })).ok).toBe(
      true
    );
    expect(
      errorOf(execute('briefing.ask', { visitId: 1, question: 'q'.repeat(TEXT_LIMITS.question + 1) })).message
    ).toContain('too long');
    expect(errorOf(execute('hos.respond', { requestId: 1, response: 'r'.repeat(4001) }))).toMatchObject({
      field: 'response'
    });
    expect(errorOf(execute('hos.askCouncillor', { requestId: 1, question: 'q'.repeat(1001) }))).toMatchObject({
      field: 'question'
    });
    expect(
      errorOf(
        execute('findings.saveSection', {
          visitId: 1,
          sectionId: 'quality',
          'answer:qualityStrengths': 'a'.repeat(64000)
        })
      ).code
    ).toBe('InvalidField');
    expect(
      errorOf(execute('findings.saveSection', { visitId: 1, sectionId: 'quality', 'answer:qualityStrengths': 3 })).code
    ).toBe('InvalidField');
    expect(
      errorOf(execute('findings.saveSection', { visitId: 1, sectionId: 'quality', 'answer:<script>': 'x' })).code
    ).toBe('InvalidField');
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`answer:q${i}`, 'x']));
    expect(errorOf(execute('findings.saveSection', { visitId: 1, sectionId: 'quality', ...many })).field).toBe(
      'answers'
    );
  });

  it('takes back every ETag SharePoint and the local list server give, and refuses what no HTTP header may carry', () => {
    const etagOf = (etag: unknown) =>
      parseAction(execute('findings.saveSection', { visitId: 1, sectionId: 'quality', etag }));
    // Local server and memory stores: "3"; SharePoint Online items: "<guid>,3"; files: "{<guid>},3"; weak; no ETag: *.
    for (const etag of [
      '"3"',
      '"0f8fad5b-d9cb-469f-a165-70867728950e,12"',
      '"{0F8FAD5B-D9CB-469F-A165-70867728950E},3"',
      'W/"3"',
      '*',
      `"${'9'.repeat(126)}"`
    ]) {
      expect(etagOf(etag)).toMatchObject({ ok: true, action: { data: { etag } } });
    }
    for (const etag of [
      '"1\u0000"',
      '"1"\r\nX-Injected: 1',
      '"1\t"',
      '"1 2"',
      ' ',
      '"\u00e9"',
      '"\u{1F600}"',
      '"1\u007F"',
      `"${'9'.repeat(127)}"`
    ]) {
      const error = errorOf(execute('findings.saveSection', { visitId: 1, sectionId: 'quality', etag }));
      expect(error).toMatchObject({ code: 'InvalidField', field: 'etag' });
      expect(error.message).toContain('1 to 128 visible ASCII characters');
    }
  });

  it('refuses a delegate that is not an e-mail address', () => {
    for (const delegateEmail of ['', 'someone', 'a@b', 'a b@example.gov.uk', '<a@example.gov.uk>']) {
      expect(errorOf(execute('hos.delegate', { requestId: 1, delegateEmail }))).toMatchObject({
        field: 'delegateEmail'
      });
    }
  });

  it('never throws, whatever arrives', () => {
    const weird: unknown[] = [
      { action: null },
      { action: { verb: {} } },
      { action: { verb: 'help', data: 'x' } },
      Object.create(null),
      { verb: 'help', __proto__: { visitId: 1 } }
    ];
    for (const value of weird) expect(() => parseAction(value)).not.toThrow();
    expect(parseAction({ action: { verb: 'help', data: 'x' } })).toMatchObject({
      ok: true,
      action: { verb: 'help', data: {} }
    });
  });
});
