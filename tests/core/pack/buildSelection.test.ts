// The committee pack's selection and text rules: which visits and forms it takes, de-duplication,
// markup, the 2018 template, sentence splitting and an empty pack (split from build.test.ts).
import type { Findings } from '../../../src/core/model';
import { buildCommitteePack } from '../../../src/core/pack/build';
import { splitSentences, splitStatements } from '../../../src/core/pack/statements';
import { WYE } from '../../../src/core/samples/forms2025';
import { VISITS_2025 } from '../../../src/core/samples/visits2025';
import { londonInstant } from '../../../src/core/time/london';
import { findings, input, visitOf } from './july2025Forms';

describe('buildCommitteePack selection and text', () => {
  it('takes only visits reported on that London day to that committee, and only sent forms', () => {
    const [bw, holland, wye] = findings;
    const moved = VISITS_2025.map((v) =>
      v.id === wye.visitId ? { ...v, committeeDate: londonInstant('2025-11-10', '14:00') } : v
    );
    const pack = buildCommitteePack(input({ visits: moved, findings: [bw, { ...holland, status: 'Draft' }, wye] }));
    expect(pack.background).toEqual(['On 14 July 2025, Councillor Bennett-Wake visited the Cared for Teams.']);
    expect(pack.appendices).toHaveLength(1);
    expect(buildCommitteePack(input({ committee: 'Children and Families Committee' })).appendices).toEqual([]);
    // 23:30 UTC on 1 September is 00:30 on 2 September in London.
    const lateUtc = VISITS_2025.map((v) => (v.committeeDate ? { ...v, committeeDate: '2025-09-01T23:30:00.000Z' } : v));
    expect(buildCommitteePack(input({ visits: lateUtc })).appendices).toHaveLength(3);
    const cancelled = VISITS_2025.map((v) =>
      v.id === bw.visitId ? { ...v, status: 'Cancelled' as const, statusReason: 'Form withdrawn' } : v
    );
    expect(buildCommitteePack(input({ visits: cancelled })).appendices.map((a) => a.councillorName)).toEqual([
      'Sally Ann Holland',
      'Ben Wye'
    ]);
  });

  it('drops empty and "None" answers and de-duplicates exact repeats, keeping the first source', () => {
    const [bw, holland] = findings;
    const a = {
      ...bw,
      answers: { qualityStrengths: 'Good supervision.\n\n- \n\nStaff   feel valued.', qualityDevelopment: 'None' }
    };
    const b = {
      ...holland,
      answers: { qualityStrengths: '- Good supervision.\n- Staff feel valued.\n- Drop-ins are good.' }
    };
    const pack = buildCommitteePack(input({ findings: [a, b], requests: [] }));
    expect(pack.summary.qualityStrengths).toEqual([
      {
        id: `form:${bw.id}:qualityStrengths:0`,
        findingsId: bw.id,
        text: 'Good supervision.',
        visitId: bw.visitId,
        councillorName: 'Sarah Bennett-Wake'
      },
      {
        id: `form:${bw.id}:qualityStrengths:1`,
        findingsId: bw.id,
        text: 'Staff feel valued.',
        visitId: bw.visitId,
        councillorName: 'Sarah Bennett-Wake'
      },
      // Each statement keeps its own place in its answer: the links from written bullets rely on it.
      {
        id: `form:${holland.id}:qualityStrengths:2`,
        findingsId: holland.id,
        text: 'Drop-ins are good.',
        visitId: holland.visitId,
        councillorName: 'Sally Ann Holland'
      }
    ]);
    expect(pack.summary.qualityDevelopment).toEqual([]);
  });

  it('keeps markup as plain text', () => {
    const [bw] = findings;
    const script = '<script>alert("x")</script> & <b>bold</b>';
    const pack = buildCommitteePack(input({ findings: [{ ...bw, answers: { qualityStrengths: script } }] }));
    expect(pack.summary.qualityStrengths[0].text).toBe(script);
    expect(pack.appendices[0].sections[0].answers[0].text).toBe(script);
  });

  it('summarises a 2018 Signs of Safety form and labels its appendix by that template', () => {
    const [bw] = findings;
    const sos: Findings = {
      ...bw,
      templateId: 'signs-of-safety-2018',
      answers: {
        'staffing.worried': 'Vacancies covered by agency staff.',
        'performance.workingWell': 'Child focused.',
        'staffing.workingWell': 'Good morale.',
        'other.needsToHappen': 'Less paperwork.',
        scaling: 7
      }
    };
    const pack = buildCommitteePack(input({ findings: [sos], requests: [] }));
    expect(pack.summary.qualityStrengths.map((s) => s.text)).toEqual(['Child focused.']);
    expect(pack.summary.qualityDevelopment.map((s) => s.text)).toEqual(['Less paperwork.']);
    expect(pack.summary.experienceStrengths.map((s) => s.text)).toEqual(['Good morale.']);
    expect(pack.summary.experienceDevelopment.map((s) => s.text)).toEqual(['Vacancies covered by agency staff.']);
    const appendix = pack.appendices[0];
    expect(appendix.templateId).toBe('signs-of-safety-2018');
    expect(appendix.title).toMatch(/^Elected member frontline safeguarding team visits form: /);
    expect(appendix.sections.find((s) => s.heading === 'Staffing')?.answers).toEqual([
      { label: 'What are we worried about?', text: 'Vacancies covered by agency staff.' },
      { label: 'What is working well?', text: 'Good morale.' }
    ]);
    expect(appendix.sections.find((s) => s.heading === 'Scaling')?.answers[0].text).toBe('7');
  });

  it('splits into sentences on request, not at abbreviations', () => {
    const pack = buildCommitteePack(input({ statementUnit: 'sentence' }));
    const texts = pack.summary.qualityStrengths.map((s) => s.text);
    expect(texts).toContain(
      'A new court team has reduced some of the workload for social workers and caseloads are at a maximum of 21.'
    );
    expect(texts).toContain('This was felt as a positive move by all the team.');
    const example = pack.summary.qualityStrengths.find((s) =>
      s.text.startsWith(
        'A simple example was to use a worker as a proxy grandparent through difficult times e.g. pick a child up from school'
      )
    );
    expect(example).toMatchObject({ visitId: visitOf(WYE).id, councillorName: 'Ben Wye' });
    expect(splitSentences('Ask M. Beanland. Then (is it costed?). Yes.')).toEqual([
      'Ask M. Beanland.',
      'Then (is it costed?).',
      'Yes.'
    ]);
  });

  it('joins a sentence broken by a hard line break', () => {
    expect(splitStatements('Caseloads are high and\nstaff are tired.\nMorale is good.')).toEqual([
      'Caseloads are high and staff are tired.',
      'Morale is good.'
    ]);
  });

  it('says so when nothing was received', () => {
    const pack = buildCommitteePack(input({ committeeDay: '2025-09-03' }));
    expect(pack.background).toEqual([]);
    expect(pack.purpose).toMatch(/no completed findings forms/);
  });
});
