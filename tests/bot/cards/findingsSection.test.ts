/**
 * @jest-environment jsdom
 */
import {
  buildFindingsSectionCard,
  CardInputError,
  cardBytes,
  CARD_BYTES_LIMIT,
  parseAction,
  type FindingsSectionCardInput
} from '../../../src/bot/cards';
import { SAMPLE_INPUTS } from '../../../src/bot/cards/samples';
import {
  FRONTLINE_2025_TEMPLATE,
  maxLengthOf,
  SIGNS_OF_SAFETY_2018_TEMPLATE,
  validateFindings,
  type FormTemplate
} from '../../../src/core/forms';
import type { FormAnswers } from '../../../src/core/model';
import { expectGoodCard, findAll, findById } from './harness';

const sample = SAMPLE_INPUTS.findingsSection;
const SOS = SIGNS_OF_SAFETY_2018_TEMPLATE;
const section = (
  template: FormTemplate,
  sectionId: string,
  answers: FormAnswers = {},
  more: Partial<FindingsSectionCardInput> = {}
) => buildFindingsSectionCard({ ...sample(), template, sectionId, answers, ...more });
const inputs = (card: unknown) => findAll(card, (o) => typeof o.type === 'string' && o.type.startsWith('Input.'));
const verbsOf = (card: { actions?: Array<Record<string, unknown>> }) =>
  (card.actions ?? []).map((a) => a.verb ?? a.type);

describe('buildFindingsSectionCard', () => {
  it('builds inputs from the template: multiline text with its limit, single-line text, a 0-10 choice', () => {
    const quality = section(FRONTLINE_2025_TEMPLATE, 'quality', { qualityStrengths: 'Caseloads are 21 at most.' });
    expect(inputs(quality)).toEqual([
      expect.objectContaining({
        type: 'Input.Text',
        id: 'answer:qualityStrengths',
        label: 'Strengths',
        isMultiline: true,
        maxLength: 10000,
        value: 'Caseloads are 21 at most.',
        isRequired: false
      }),
      expect.objectContaining({
        type: 'Input.Text',
        id: 'answer:qualityDevelopment',
        isMultiline: true,
        maxLength: 10000,
        value: ''
      })
    ]);
    const staff = inputs(section(SOS, 'visit'))[0];
    expect(staff).toMatchObject({ type: 'Input.Text', id: 'answer:staffInvolved', maxLength: 1000 });
    expect(staff.isMultiline).toBeUndefined();
    const scaling = inputs(section(SOS, 'scaling', { scaling: 7 }))[0];
    expect(scaling).toMatchObject({
      type: 'Input.ChoiceSet',
      id: 'answer:scaling',
      value: '7',
      isRequired: true,
      style: 'compact'
    });
    expect(scaling.errorMessage).toBe('Please choose a number from 0 to 10 for "Scaling (0-10)".');
    expect((scaling.choices as Array<{ value: string }>).map((c) => c.value)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10'
    ]);
    expectGoodCard(section(SOS, 'scaling', { scaling: 7 }));
  });

  it('numbers the steps and offers Back, Save and continue, and Review and send on the last step', () => {
    const first = section(SOS, 'visit');
    expect(expectGoodCard(first).text).toContain('Step 1 of 5: About the visit');
    expect(verbsOf(first)).toEqual(['findings.saveSection', 'Action.OpenUrl']);
    const second = section(SOS, 'staffing');
    expect(expectGoodCard(second).text).toContain('Step 2 of 5: Staffing');
    expect(verbsOf(second)).toEqual(['findings.back', 'findings.saveSection', 'Action.OpenUrl']);
    const last = section(SOS, 'scaling');
    expect(verbsOf(last)).toEqual(['findings.back', 'findings.saveSection', 'findings.review', 'Action.OpenUrl']);
    expect(last.actions?.[3]).toMatchObject({ title: 'Open the full form in SharePoint' });
    // Back keeps what was typed, except where a required input would stop the person going back.
    expect(second.actions?.[0].associatedInputs).toBe('auto');
    expect(last.actions?.[0].associatedInputs).toBe('none');
  });

  it('shows each validation error next to its field, and errors from other steps at the top', () => {
    const answers: FormAnswers = { 'staffing.worried': 'x'.repeat(10001) };
    const draft = validateFindings(SOS, answers, 'draft');
    const staffing = section(SOS, 'staffing', answers, { errors: draft.errors });
    const worried = JSON.stringify(findById(staffing, 'question-staffing.worried'));
    expect(worried).toContain('is too long: 10,001 characters, the limit is 10,000');
    expect(JSON.stringify(findById(staffing, 'question-staffing.workingWell'))).not.toContain('too long');
    expect(expectGoodCard(staffing).text).toContain('too long');

    const submit = validateFindings(SOS, {}, 'submit');
    const scaling = section(SOS, 'scaling', {}, { errors: submit.errors });
    const box = findById(scaling, 'question-scaling') as { items: Array<Record<string, unknown>> };
    const inputAt = box.items.findIndex((i) => i.type === 'Input.ChoiceSet');
    const errorAt = box.items.findIndex((i) => JSON.stringify(i).includes('Please fill in'));
    expect(inputAt).toBeGreaterThanOrEqual(0);
    expect(errorAt).toBeGreaterThan(inputAt);
    expect(JSON.stringify(box.items[errorAt])).toContain('"color":"Attention"');
    const rendered = expectGoodCard(scaling);
    expect(rendered.text).toContain('Step 2 (Staffing): Please write at least one finding before you send the form.');
  });

  it('shows child-identifier warnings next to the field, as warnings', () => {
    const answers = { qualityStrengths: 'We heard about Jack, 7 and his progress.' };
    const { warnings } = validateFindings(FRONTLINE_2025_TEMPLATE, answers, 'draft');
    expect(warnings).toHaveLength(1);
    const card = section(FRONTLINE_2025_TEMPLATE, 'quality', answers, { warnings });
    const box = JSON.stringify(findById(card, 'question-qualityStrengths'));
    expect(box).toContain('looks like a name with an age');
    expect(box).toContain('"color":"Warning"');
    expect(JSON.stringify(findById(card, 'question-qualityDevelopment'))).not.toContain('looks like');
    expectGoodCard(card);
  });

  it('sends the answers back under the verb, with the ETag it was built with', () => {
    const card = buildFindingsSectionCard(sample());
    const save = findAll(card, (o) => o.verb === 'findings.saveSection')[0];
    const typed = { 'answer:experienceStrengths': 'Good peer support.', 'answer:experienceDevelopment': '' };
    expect(parseAction({ action: { ...save, data: { ...(save.data as object), ...typed } } })).toEqual({
      ok: true,
      source: 'execute',
      action: {
        verb: 'findings.saveSection',
        data: {
          visitId: 2,
          sectionId: 'experience',
          etag: '"3"',
          answers: { experienceStrengths: 'Good peer support.', experienceDevelopment: '' }
        }
      }
    });
  });

  it('refuses a section the template does not have', () => {
    expect(() => section(FRONTLINE_2025_TEMPLATE, 'staffing')).toThrow(CardInputError);
  });
});

describe('findings cards always fit in 28 KB', () => {
  const biggest = (t: FormTemplate) =>
    [...t.sections].sort(
      (a, b) =>
        b.questions.reduce((n, q) => n + maxLengthOf(q), 0) - a.questions.reduce((n, q) => n + maxLengthOf(q), 0)
    )[0];
  // Each answer exactly at its limit, from `unit` repeated, with a line break after every `perLine` units.
  const fill = (t: FormTemplate, unit: string, perLine = 0): FormAnswers => {
    const answers: FormAnswers = {};
    const line = perLine ? unit.repeat(perLine) + '\n' : unit;
    for (const q of biggest(t).questions) {
      const max = maxLengthOf(q);
      let text = line.repeat(Math.ceil(max / line.length)).slice(0, max);
      if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1) + 'x';
      answers[q.id] = text;
    }
    return answers;
  };

  it.each([
    ['frontline-2025', FRONTLINE_2025_TEMPLATE],
    ['signs-of-safety-2018', SOS]
  ])('%s, biggest section, every answer at its maximum length', (_name, t) => {
    const s = biggest(t);
    expect(s.questions.length).toBeGreaterThanOrEqual(t === SOS ? 3 : 2);
    for (const [unit, lines] of [
      ['word ', 16],
      ['é', 0],
      ['\u20AC ', 40],
      ['\uD83D\uDE00', 0],
      ['"<\\>', 0],
      ['Jack, 7. ', 0]
    ] as Array<[string, number]>) {
      const answers = fill(t, unit, lines);
      const card = section(t, s.id, answers, { warnings: validateFindings(t, answers, 'draft').warnings });
      expect(cardBytes(card)).toBeLessThan(CARD_BYTES_LIMIT);
      const editable = inputs(card).map((i) => i.id);
      const readOnly = s.questions.filter((q) => !editable.includes(`answer:${q.id}`));
      expect(editable.length + readOnly.length).toBe(s.questions.length);
      // A cut-down answer is shown, never put in an input that would save it back shorter.
      for (const q of readOnly)
        expect(JSON.stringify(findById(card, `question-${q.id}`))).toContain('too long to edit in Teams');
      for (const i of inputs(card)) expect(String(i.value)).toBe(answers[String(i.id).slice('answer:'.length)]);
      expect(expectGoodCard(card).text).toContain('Open the full form in SharePoint');
    }
  });

  it('keeps answers editable when they fit', () => {
    const answers = { qualityStrengths: 'a'.repeat(10000), qualityDevelopment: 'b'.repeat(10000) };
    expect(inputs(section(FRONTLINE_2025_TEMPLATE, 'quality', answers))).toHaveLength(2);
  });

  it('shows an answer longer than the input allows read-only, even when the card has room', () => {
    const card = section(SOS, 'visit', { staffInvolved: 'Team manager, '.repeat(80) });
    expect(inputs(card)).toEqual([]);
    expect(expectGoodCard(card).text).toContain('too long to edit in Teams');
  });
});
