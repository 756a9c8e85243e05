import { FRONTLINE_2025_TEMPLATE } from '../../../src/core/forms/frontline2025';
import { SIGNS_OF_SAFETY_2018_TEMPLATE } from '../../../src/core/forms/signsOfSafety2018';
import type { Findings, FormAnswers } from '../../../src/core/model';
import { HOLLAND, SEED_FORMS } from '../../../src/core/samples/forms2025';
import { periodOf, splitSentences, splitStatements, statementsFromFindings } from '../../../src/core/themes/statements';
import { LABELLED } from './labelled';

const findings = (id: number | undefined, templateId: string, answers: FormAnswers): Findings => ({
  id,
  visitId: 7,
  councillorEmail: 'cllr@example.gov.uk',
  status: 'Submitted',
  channel: 'Teams',
  templateId,
  answers
});
const context = {
  visitId: 7,
  teamName: 'Care Leavers Team',
  serviceArea: 'Cared for Children and Care Leavers',
  period: '2025-26',
  committeeDate: '2025-09-02T13:00:00.000Z'
};

describe('splitStatements', () => {
  it('keeps each bullet whole, whatever its marker', () => {
    const text = [
      '• Caseloads are too high.',
      '- Desk space is short. Staff go home.',
      '* Good team morale here',
      '1. Supervision is regular',
      '2) Training time is short',
      'a) Foster carers are needed',
      '(b) Mileage caps are unfair'
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      'Caseloads are too high.',
      'Desk space is short. Staff go home.',
      'Good team morale here',
      'Supervision is regular',
      'Training time is short',
      'Foster carers are needed',
      'Mileage caps are unfair'
    ]);
  });

  it('splits other text into sentences at . ! ? before a capital', () => {
    expect(
      splitStatements('Workloads are high! Is training protected? Staff said yes. the end is lower case.')
    ).toEqual(['Workloads are high!', 'Is training protected?', 'Staff said yes. the end is lower case.']);
  });

  it('does not split on abbreviations or initials', () => {
    expect(
      splitSentences('Long trips, e.g. Wales. Met Cllr. Holland and J. Saunders, i.e. Both. Room No. 4 was hot.')
    ).toEqual(['Long trips, e.g. Wales.', 'Met Cllr. Holland and J. Saunders, i.e. Both.', 'Room No. 4 was hot.']);
    // "etc." can end a sentence (it does in Wye's form), so it is not treated as an abbreviation.
    expect(splitSentences('Still working on recording etc. While there is respect.')).toHaveLength(2);
  });

  it('drops empty lines and fragments under three words, and joins wrapped lines', () => {
    expect(
      splitStatements(
        '\n- Service breakdowns.\n\nFlexible working.\n- Caseloads are high and\nrising every month\n   \n'
      )
    ).toEqual(['Caseloads are high and rising every month']);
  });

  it('reproduces every 2025 form statement of the labelled set from the seed forms', () => {
    const all = SEED_FORMS.reduce<string[]>(
      (acc, f) => acc.concat(...Object.values(f.answers).map((a) => splitStatements(String(a ?? '')))),
      []
    );
    const fromForms = LABELLED.filter((l) => l.paper === 'seed-004' && l.ref.includes(' form,'));
    expect(fromForms.length).toBeGreaterThan(30);
    for (const l of fromForms) expect(all).toContain(l.text);
  });
});

describe('statementsFromFindings', () => {
  it('maps the 2025 questions to area and kind with stable keys', () => {
    const statements = statementsFromFindings(
      findings(42, 'frontline-2025', HOLLAND.answers),
      FRONTLINE_2025_TEMPLATE,
      context
    );
    const first = statements[0];
    expect(first).toEqual({
      key: 'form:42:qualityStrengths:0',
      text: 'Dip sampling, pathway plans, care leaver plans, care leaver ambassadors, feeling supported.',
      area: 'quality',
      kind: 'strength',
      period: '2025-26',
      committeeDate: context.committeeDate,
      teamName: 'Care Leavers Team',
      serviceArea: 'Cared for Children and Care Leavers',
      source: { kind: 'form', findingsId: 42, questionId: 'qualityStrengths' }
    });
    const placeOf = (q: string): string => {
      const s = statements.find((x) => x.source.questionId === q)!;
      return `${s.area}/${s.kind}`;
    };
    expect(placeOf('qualityDevelopment')).toBe('quality/development');
    expect(placeOf('experienceStrengths')).toBe('experience/strength');
    expect(placeOf('experienceDevelopment')).toBe('experience/development');
    expect(statements.some((s) => s.source.questionId === 'escalationIssues')).toBe(false); // Holland left it blank
    expect(statements.find((s) => s.key === 'form:42:experienceDevelopment:24')!.text).toBe(
      'Caseloads are 25 but ideally they should be around 20/22.'
    );
  });

  it('gives the same keys when re-run, and an answer keeps its keys when another answer changes', () => {
    const before = statementsFromFindings(
      findings(42, 'frontline-2025', HOLLAND.answers),
      FRONTLINE_2025_TEMPLATE,
      context
    );
    const edited = {
      ...HOLLAND.answers,
      qualityStrengths: '- A new first point about supervision.\n' + String(HOLLAND.answers.qualityStrengths)
    };
    const after = statementsFromFindings(findings(42, 'frontline-2025', edited), FRONTLINE_2025_TEMPLATE, context);
    expect(
      statementsFromFindings(findings(42, 'frontline-2025', HOLLAND.answers), FRONTLINE_2025_TEMPLATE, context)
    ).toEqual(before);
    const dev = (list: typeof before): string[] =>
      list.filter((s) => s.source.questionId === 'experienceDevelopment').map((s) => `${s.key}|${s.text}`);
    expect(dev(after)).toEqual(dev(before));
  });

  it('marks escalated issues and uses a provisional key for unsaved drafts', () => {
    const statements = statementsFromFindings(
      findings(undefined, 'frontline-2025', { escalationIssues: 'How do we assess the quality of new foster carers?' }),
      FRONTLINE_2025_TEMPLATE,
      context
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ key: 'form:draft-7:escalationIssues:0', area: 'other', kind: 'escalation' });
  });

  it('maps the 2018 Signs of Safety grid and ignores staff names and the scaling', () => {
    const answers: FormAnswers = {
      staffInvolved: 'Naomi, team manager and three social workers',
      'staffing.worried': 'Five staff plan to leave the service.',
      'staffing.workingWell': 'Agency staff numbers are reducing.',
      'performance.workingWell': 'Liquid Logic is working well.',
      'performance.needsToHappen': 'Re-referrals need to come down.',
      'other.worried': 'Securing CAMHS appointments is still a problem.',
      scaling: 7
    };
    const statements = statementsFromFindings(
      findings(5, 'signs-of-safety-2018', answers),
      SIGNS_OF_SAFETY_2018_TEMPLATE,
      { visitId: 7, period: '2017-18' }
    );
    expect(statements.map((s) => `${s.key} ${s.area}/${s.kind}`)).toEqual([
      'form:5:staffing.worried:0 experience/development',
      'form:5:staffing.workingWell:0 experience/strength',
      'form:5:performance.workingWell:0 quality/strength',
      'form:5:performance.needsToHappen:0 quality/development',
      'form:5:other.worried:0 other/development'
    ]);
  });
});

describe('periodOf', () => {
  it('uses the year from 1 April in London', () => {
    expect(periodOf('2025-07-14T09:00:00.000Z')).toBe('2025-26');
    expect(periodOf('2024-03-31T22:59:59.000Z')).toBe('2023-24'); // 23:59 BST on 31 March
    expect(periodOf('2024-03-31T23:30:00.000Z')).toBe('2024-25'); // 00:30 BST on 1 April
    expect(periodOf(new Date('2018-03-09T10:00:00Z'))).toBe('2017-18');
  });

  it('can follow the rota year instead (May start) or a calendar year', () => {
    expect(periodOf('2026-04-20T09:00:00.000Z', 5)).toBe('2025-26');
    expect(periodOf('2026-04-20T09:00:00.000Z')).toBe('2026-27');
    expect(periodOf('2026-04-20T09:00:00.000Z', 1)).toBe('2026');
  });
});
