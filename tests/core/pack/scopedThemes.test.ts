// The pack's themes, scoped: this meeting's forms, the same months a year earlier, and each seed
// paper, each counted apart and labelled; corrections carry in, as the tagger applies them.
import { lastYearLabel, lastYearMonths, packScopedThemes } from '../../../src/core/pack/scopedThemes';
import { DEFAULT_TAXONOMY, tagAll } from '../../../src/core/themes';
import type { Statement } from '../../../src/core/themes/types';

const form = (key: string, findingsId: number, kind: Statement['kind'], text: string): Statement => ({
  key,
  text,
  area: 'experience',
  kind,
  period: '2025-26',
  source: { kind: 'form', findingsId, questionId: 'q' }
});
const paper = (
  key: string,
  period: string,
  committeeDate: string,
  kind: Statement['kind'],
  text: string
): Statement => ({
  key,
  text,
  area: 'experience',
  kind,
  period,
  committeeDate,
  source: { kind: 'history', paper: `seed-${period}`, ref: 'para 1' }
});

const statements = [
  form('m1', 7, 'development', 'Workloads remain high across the team.'),
  form('m2', 8, 'strength', 'Caseloads are manageable since the new posts.'),
  form('ly', 3, 'development', 'Caseloads are too high.'),
  form('old', 2, 'development', 'Caseloads were too high in the spring.'),
  form('later', 9, 'development', 'Caseloads are rising again.'),
  paper(
    'p18',
    '2017-18',
    '2018-06-12T13:00:00.000Z',
    'development',
    'Caseloads are too high for newly qualified workers.'
  ),
  paper('p25', '2023-24', '2025-06-09T13:00:00.000Z', 'other', 'Office space is too small.')
];
const formDays = new Map([
  [7, '2025-07-14'],
  [8, '2025-07-24'],
  [3, '2024-07-02'],
  [2, '2024-04-20'],
  [9, '2025-10-01']
]);
const input = { taxonomy: DEFAULT_TAXONOMY, packFindingsIds: [7, 8], formDays };

describe("the pack's scoped themes", () => {
  it("counts this meeting's forms, the same months last year and each seed paper apart, and labels each", () => {
    const scoped = packScopedThemes({ ...input, tagged: tagAll(statements, DEFAULT_TAXONOMY) })!;
    expect(scoped.thisMeetingLabel).toBe('This meeting: 2 forms');
    expect(scoped.lastYearLabel).toBe('Same period last year (July 2024)');
    expect(scoped.seedPapers).toEqual(['2018 paper (2017-18 visits)', '2025 paper (2023-24 visits)']);
    expect(scoped.themes.map((t) => t.name)).toEqual(['Workloads and caseloads']);
    const [workload] = scoped.themes;
    expect(workload.thisMeeting).toEqual({ strengths: 1, development: 1, total: 2 });
    // April 2024 is outside July, and October 2025 is neither this meeting nor last year.
    expect(workload.lastYear).toEqual({ strengths: 0, development: 1, total: 1 });
    expect(workload.seedPapers.map((c) => c.total)).toEqual([1, 0]);
    expect(workload.sentence).toBe(
      'Workloads and caseloads. This meeting: 2 statements (1 strength, 1 area for development). Same period last year (July 2024): 1 statement (0 strengths, 1 area for development). Seed papers: 2018 paper (2017-18 visits) 1, 2025 paper (2023-24 visits) 0.'
    );
  });

  it('lists only themes raised at this meeting, and none when an officer removed the theme', () => {
    const corrections = ['m1', 'm2'].map((statementKey) => ({
      statementKey,
      themeId: 'workload',
      action: 'remove' as const,
      by: 'officer@example.gov.uk',
      at: '2025-08-30T10:00:00.000Z'
    }));
    expect(packScopedThemes({ ...input, tagged: tagAll(statements, DEFAULT_TAXONOMY, corrections) })?.themes).toEqual(
      []
    );
  });

  it('has no themes section for a pack without forms', () => {
    expect(
      packScopedThemes({ ...input, packFindingsIds: [], tagged: tagAll(statements, DEFAULT_TAXONOMY) })
    ).toBeUndefined();
  });

  it('spans the months of the visits, a year earlier, across a year end too', () => {
    expect(lastYearMonths(['2025-09-30', '2025-07-01', '2025-08-15'])).toEqual({ from: '2024-07', to: '2024-09' });
    expect(lastYearLabel({ from: '2024-07', to: '2024-09' })).toBe('Same period last year (July to September 2024)');
    expect(lastYearLabel({ from: '2023-12', to: '2024-01' })).toBe(
      'Same period last year (December 2023 to January 2024)'
    );
  });
});
