import { FRONTLINE_2025_TEMPLATE as F25 } from '../../../src/core/forms/frontline2025';
import { createTemplateRegistry } from '../../../src/core/forms/registry';
import { SIGNS_OF_SAFETY_2018_TEMPLATE as SOS } from '../../../src/core/forms/signsOfSafety2018';
import { DEFAULT_LONG_TEXT_MAX, type FormTemplate } from '../../../src/core/forms/template';
import { escalationText, normaliseAnswers, validateFindings } from '../../../src/core/forms/validation';

const messages = (r: { errors: { message: string }[] }): string[] => r.errors.map((e) => e.message);

describe('validateFindings: drafts and submit', () => {
  it('accepts an empty draft but not an empty submission', () => {
    expect(validateFindings(F25, {}, 'draft')).toEqual({ ok: true, errors: [], warnings: [] });
    const submitted = validateFindings(F25, {}, 'submit');
    expect(submitted.ok).toBe(false);
    expect(submitted.errors).toEqual([
      { questionId: 'qualityStrengths', message: 'Please write at least one finding before you send the form.' }
    ]);
  });

  it('accepts a submission with one findings section and no escalation (empty = none)', () => {
    expect(validateFindings(F25, { experienceDevelopment: 'Office too hot.', escalationIssues: '' }, 'submit').ok).toBe(
      true
    );
  });

  it('does not count an escalation alone as findings', () => {
    expect(validateFindings(F25, { escalationIssues: 'Please reply on pay.' }, 'submit').ok).toBe(false);
  });

  it('treats whitespace-only as empty', () => {
    const r = validateFindings(F25, { qualityStrengths: '  \r\n\t \u00A0 ' }, 'submit');
    expect(messages(r)).toEqual(['Please write at least one finding before you send the form.']);
  });

  it('enforces required answers on submit only (2018 scaling)', () => {
    const answers = { 'staffing.worried': 'Two vacancies covered by agency staff.' };
    expect(validateFindings(SOS, answers, 'draft').ok).toBe(true);
    const r = validateFindings(SOS, answers, 'submit');
    expect(r.errors).toEqual([{ questionId: 'scaling', message: 'Please fill in "Scaling (0-10)".' }]);
    expect(validateFindings(SOS, { ...answers, scaling: 7 }, 'submit').ok).toBe(true);
  });

  it('enforces a required text question in a council template on submit only', () => {
    const registry = createTemplateRegistry([]);
    const t: FormTemplate = registry.registerTemplate({
      ...F25,
      id: 'strict-2025',
      sections: F25.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, required: s.findings })) }))
    });
    const partial = { qualityStrengths: 'Good supervision.' };
    expect(validateFindings(t, partial, 'draft').ok).toBe(true);
    expect(messages(validateFindings(t, partial, 'submit'))).toEqual([
      'Please fill in "Quality of practice: Areas for development".',
      'Please fill in "Experience of working for the council: Strengths".',
      'Please fill in "Experience of working for the council: Areas for development".'
    ]);
  });
});

describe('validateFindings: limits, scale and unknown fields', () => {
  it('allows exactly the limit and refuses one more, in draft too', () => {
    expect(DEFAULT_LONG_TEXT_MAX).toBe(10000);
    const at = 'a'.repeat(10000);
    expect(validateFindings(F25, { qualityStrengths: at }, 'submit').ok).toBe(true);
    const over = validateFindings(F25, { qualityStrengths: at + 'b' }, 'draft');
    expect(over.errors).toEqual([
      {
        questionId: 'qualityStrengths',
        message: '"Quality of practice: Strengths" is too long: 10,001 characters, the limit is 10,000.'
      }
    ]);
  });

  it('counts length after normalising, so Windows line endings and padding do not count', () => {
    const exact = ('x'.repeat(99) + '\n').repeat(99) + 'x'.repeat(100);
    expect(exact.length).toBe(10000);
    const fromWindows = '  ' + exact.replace(/\n/g, '\r\n') + ' \r\n';
    expect(fromWindows.length).toBeGreaterThan(10000);
    expect(validateFindings(F25, { qualityStrengths: fromWindows }, 'draft').ok).toBe(true);
    expect(validateFindings(F25, { qualityStrengths: exact + 'y' }, 'draft').ok).toBe(false);
  });

  it('applies a text question limit (staff names, 1,000)', () => {
    expect(validateFindings(SOS, { staffInvolved: 'n'.repeat(1000) }, 'draft').ok).toBe(true);
    expect(messages(validateFindings(SOS, { staffInvolved: 'n'.repeat(1001) }, 'draft'))[0]).toMatch(
      /"Names of staff involved in visit" is too long: 1,001 characters, the limit is 1,000/
    );
  });

  it.each([0, 10, '0', ' 10 ', '7'])('accepts scale %p', (value) => {
    expect(validateFindings(SOS, { 'other.workingWell': 'Good.', scaling: value }, 'submit').ok).toBe(true);
  });

  it.each([-1, 11, 7.5, '7.5', 'seven', NaN, Infinity, '1e1'])('refuses scale %p', (value) => {
    const r = validateFindings(SOS, { 'other.workingWell': 'Good.', scaling: value }, 'draft');
    expect(r.errors).toEqual([
      { questionId: 'scaling', message: '"Scaling (0-10)" must be a whole number from 0 to 10.' }
    ]);
  });

  it('refuses a number where text is expected', () => {
    expect(messages(validateFindings(F25, { qualityStrengths: 5 }, 'draft'))).toEqual([
      '"Quality of practice: Strengths" must be text.'
    ]);
  });

  it('refuses unknown question ids in draft and submit, never dropping them', () => {
    for (const mode of ['draft', 'submit'] as const) {
      const r = validateFindings(
        F25,
        { qualityStrengths: 'Fine.', QualityStrengths: 'wrong case', 'staffing.worried': 'x' },
        mode
      );
      expect(r.ok).toBe(false);
      expect(r.errors.map((e) => e.questionId)).toEqual(['QualityStrengths', 'staffing.worried']);
      expect(r.errors[0].message).toBe('"QualityStrengths" is not a question on this form.');
    }
    expect(validateFindings(F25, { extra: undefined }, 'draft').ok).toBe(false);
  });

  it('warns, without blocking, when an answer may identify a child', () => {
    const r = validateFindings(
      F25,
      { qualityStrengths: 'We met Jack, 7, and his sister.', escalationIssues: 'DOB 12/03/2015 wrong' },
      'submit'
    );
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      {
        questionId: 'qualityStrengths',
        message:
          '"Quality of practice: Strengths": "Jack, 7" looks like a name with an age. Please remove anything that could identify a child.'
      },
      {
        questionId: 'escalationIssues',
        message:
          '"Issues for the head of service": "DOB 12/03/2015" looks like a date of birth. Please remove anything that could identify a child.'
      }
    ]);
  });
});

describe('normaliseAnswers', () => {
  it('stores Teams and web input identically', () => {
    const fromTeams = { qualityStrengths: '  Good practice.\r\n\r\n\r\n\r\nStrong team.  \r\n', scaling: '8' };
    const fromWeb = { qualityStrengths: 'Good practice.\n\nStrong team.', scaling: 8 };
    expect(normaliseAnswers(fromTeams, SOS)).toEqual(normaliseAnswers(fromWeb, SOS));
    expect(normaliseAnswers(fromWeb, SOS)).toEqual(fromWeb);
  });

  it('removes empty answers, keeps unknown keys and leaves scale text alone without a template', () => {
    expect(normaliseAnswers({ a: ' ', b: undefined, c: 'x\u00A0y\u200B', scaling: '8' })).toEqual({
      c: 'x y',
      scaling: '8'
    });
  });

  it('composes accented letters the same way (NFC)', () => {
    expect(normaliseAnswers({ q: 'Zoe\u0308' }).q).toBe('Zo\u00EB');
  });
});

describe('escalationText', () => {
  it('2025: the escalation answer, or empty when none', () => {
    expect(escalationText(F25, { escalationIssues: '  How do we assess new foster carers?\r\n' })).toBe(
      'How do we assess new foster carers?'
    );
    expect(escalationText(F25, { qualityStrengths: 'Good.' })).toBe('');
    expect(escalationText(F25, { escalationIssues: ' \n ' })).toBe('');
    for (const none of ['None', 'n/a', 'N/A.', 'nil', 'No', '-', 'Nothing to escalate', 'none at this time']) {
      expect(escalationText(F25, { escalationIssues: none })).toBe('');
    }
    expect(escalationText(F25, { escalationIssues: 'None of the PAs have phones.' })).toBe(
      'None of the PAs have phones.'
    );
  });

  it('2018: worried and needs-to-happen cells, headed, in grid order; working well is not sent', () => {
    const text = escalationText(SOS, {
      'performance.needsToHappen': 'Faster CAMHS appointments.',
      'staffing.worried': 'Five staff plan to leave.',
      'staffing.workingWell': 'Clear career path.',
      'other.worried': '  ',
      scaling: 8
    });
    expect(text).toBe(
      'Staffing: What are we worried about?\nFive staff plan to leave.\n\nPerformance: What needs to happen?\nFaster CAMHS appointments.'
    );
    expect(escalationText(SOS, { 'staffing.workingWell': 'Clear career path.', scaling: 8 })).toBe('');
  });
});
