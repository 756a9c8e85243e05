import { recurringThemes, themeTable } from '../../../src/core/themes/summary';
import type { FindingKind, TaggedStatement } from '../../../src/core/themes/types';

const tagged = (key: string, period: string, kind: FindingKind, themeIds: string[]): TaggedStatement => ({
  statement: { key, text: key, area: 'other', kind, period, source: { kind: 'history' } },
  themes: themeIds.map((themeId) => ({ themeId, reasons: ['matched "x"'], byCorrection: false })),
  removed: []
});

// Small fixture shaped like the seeds: workload in every year, office space in 2023-24 and 2025-26,
// supervision only in 2025-26, foster carers in 2017-18 and 2025-26, and a later year ignored.
const FIXTURE: TaggedStatement[] = [
  tagged('s1', '2017-18', 'development', ['workload']),
  tagged('s2', '2017-18', 'development', ['foster-carers']),
  tagged('s3', '2023-24', 'development', ['workload', 'recruitment-retention']),
  tagged('s4', '2023-24', 'development', ['office-conditions']),
  tagged('s5', '2025-26', 'strength', ['workload']),
  tagged('s6', '2025-26', 'development', ['workload', 'office-conditions']),
  tagged('s7', '2025-26', 'escalation', ['foster-carers']),
  tagged('s8', '2025-26', 'strength', ['supervision']),
  tagged('s9', '2025-26', 'other', []),
  tagged('s10', '2026-27', 'development', ['supervision', 'office-conditions'])
];

describe('themeTable', () => {
  it('counts by theme and period with the keys for drill-down', () => {
    const rows = themeTable(FIXTURE);
    expect(rows.find((r) => r.themeId === 'workload' && r.period === '2025-26')).toEqual({
      themeId: 'workload',
      period: '2025-26',
      strengths: 1,
      development: 1,
      escalations: 0,
      other: 0,
      total: 2,
      statementKeys: ['s5', 's6']
    });
    expect(rows.find((r) => r.themeId === 'foster-carers' && r.period === '2025-26')).toMatchObject({
      escalations: 1,
      total: 1,
      statementKeys: ['s7']
    });
    // Most-raised theme first, then periods in time order.
    expect(rows.map((r) => `${r.themeId} ${r.period}`).slice(0, 4)).toEqual([
      'workload 2017-18',
      'workload 2023-24',
      'workload 2025-26',
      'office-conditions 2023-24'
    ]);
  });

  it('limits to the periods asked for and leaves out themes with nothing in them', () => {
    const rows = themeTable(FIXTURE, ['2025-26']);
    expect(rows.map((r) => `${r.themeId} ${r.total}`)).toEqual([
      'workload 2',
      'foster-carers 1',
      'office-conditions 1',
      'supervision 1'
    ]);
    expect(themeTable([])).toEqual([]);
  });
});

describe('recurringThemes', () => {
  it('lists themes raised now and before, with counts per period, most raised first', () => {
    const recurring = recurringThemes(FIXTURE, '2025-26');
    expect(
      recurring.map((r) => [r.themeId, r.total, r.current.total, r.earlier.map((e) => `${e.period}:${e.total}`)])
    ).toEqual([
      ['workload', 4, 2, ['2017-18:1', '2023-24:1']],
      ['foster-carers', 2, 1, ['2017-18:1']],
      ['office-conditions', 2, 1, ['2023-24:1']]
    ]);
    // supervision is new in 2025-26 (and its 2026-27 mention is later, so ignored); recruitment is not raised now.
    expect(recurring.some((r) => r.themeId === 'supervision' || r.themeId === 'recruitment-retention')).toBe(false);
    expect(recurring[0].current.statementKeys).toEqual(['s5', 's6']);
  });

  it('finds nothing recurring in the first period', () => {
    expect(recurringThemes(FIXTURE, '2017-18')).toEqual([]);
  });
});
