// The real forms councillors returned in July 2025 must pass as they are: the product may not
// reject or nag about what the process already accepted.
import { getTemplate } from '../../../src/core/forms/registry';
import { escalationText, normaliseAnswers, validateFindings } from '../../../src/core/forms/validation';
import { BENNETT_WAKE, HOLLAND, SEED_FORMS, WYE } from '../../../src/core/samples/forms2025';

const template = getTemplate('frontline-2025');

describe('seed 004 forms against frontline-2025', () => {
  it.each(SEED_FORMS.map((f) => [f.councillor, f] as const))(
    '%s validates on submit with no warnings',
    (_name, form) => {
      expect(validateFindings(template, form.answers, 'submit')).toEqual({ ok: true, errors: [], warnings: [] });
    }
  );

  it('uses the real section texts (not stubs)', () => {
    expect(String(BENNETT_WAKE.answers.qualityStrengths)).toContain('caseloads are at a maximum of 21');
    expect(String(HOLLAND.answers.experienceStrengths)).toContain('Having Jess back');
    expect(String(HOLLAND.answers.experienceDevelopment)).toContain("Annemarie's position was not replaced");
    expect(String(WYE.answers.qualityDevelopment)).toContain('26 week window');
    for (const form of SEED_FORMS) {
      for (const id of ['qualityStrengths', 'qualityDevelopment', 'experienceStrengths', 'experienceDevelopment']) {
        expect(String(form.answers[id]).length).toBeGreaterThan(500);
      }
    }
  });

  it('the longest real section fits the default limit with room to spare', () => {
    const longest = Math.max(
      ...SEED_FORMS.map((f) => Math.max(...Object.values(f.answers).map((v) => String(v ?? '').length)))
    );
    expect(longest).toBe(2667);
    expect(longest * 3).toBeLessThan(10000);
  });

  it('normalising the real forms changes nothing but whitespace', () => {
    for (const form of SEED_FORMS) {
      const normalised = normaliseAnswers(form.answers, template);
      for (const [id, value] of Object.entries(normalised)) expect(value).toBe(String(form.answers[id]).trim());
    }
  });

  it('escalates what each councillor asked of the head of service', () => {
    expect(escalationText(template, BENNETT_WAKE.answers)).toBe(
      'How do we assess the quality of new foster carers?\n\nDo we record travel time to out of area placements/visits? Is this paid back?'
    );
    expect(escalationText(template, HOLLAND.answers)).toBe('');
    expect(escalationText(template, WYE.answers)).toBe(
      "Whilst I do not 'require' a response it would be helpful to get feedback and comments."
    );
  });
});
