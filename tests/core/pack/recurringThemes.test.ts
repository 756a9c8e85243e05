// The pack's recurring themes: this period's themes that earlier periods raised too, from tagged
// statements (so an officer's corrections carry into the pack).
import { packRecurringThemes } from '../../../src/core/pack/themes';
import { DEFAULT_TAXONOMY, tagAll } from '../../../src/core/themes';
import type { Statement } from '../../../src/core/themes/types';

const st = (key: string, period: string, kind: Statement['kind'], text: string): Statement => ({ key, text, area: 'experience', kind, period, source: { kind: 'history', paper: 'test' } });

describe('recurring themes in the committee pack', () => {
  const statements = [
    st('a', '2017-18', 'development', 'Caseloads are too high for newly qualified workers.'),
    st('b', '2025-26', 'development', 'Workloads remain high across the team.'),
    st('c', '2025-26', 'strength', 'Supervision is regular and reflective.'),
    st('d', '2026-27', 'development', 'Caseloads are rising again.')
  ];

  it('lists themes of the meeting period also raised before, with counts and a sentence', () => {
    const themes = packRecurringThemes(tagAll(statements, DEFAULT_TAXONOMY), DEFAULT_TAXONOMY, '2025-09-02');
    expect(themes.map((t) => t.name)).toEqual(['Workloads and caseloads']);
    expect(themes[0]).toMatchObject({ period: '2025-26', total: 1, development: 1, earlier: [{ period: '2017-18', total: 1 }] });
    expect(themes[0].sentence).toContain('also raised in 2017-18 (1)');
  });

  it('leaves out a theme an officer removed, and later periods', () => {
    const corrections = [{ statementKey: 'b', themeId: 'workload', action: 'remove' as const, by: 'officer@example.gov.uk', at: '2025-08-30T10:00:00.000Z' }];
    expect(packRecurringThemes(tagAll(statements, DEFAULT_TAXONOMY, corrections), DEFAULT_TAXONOMY, '2025-09-02')).toEqual([]);
  });
});
