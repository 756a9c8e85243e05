import { buildYearGrid } from '../../src/core/rota/yearGrid';
import { defaultRotaYear, rotaYearOf, shiftRotaYear } from '../../src/core/rota/rotaYear';
import { QA_2025, TEAMS_2025 } from '../../src/core/samples/rota2025';
import { VISITS_2025 } from '../../src/core/samples/visits2025';

describe('rota years', () => {
  it('starts in May by default, so the 2025/26 rota (July to April) is one year', () => {
    expect(rotaYearOf('2025-07-14')).toEqual({ label: '2025/26', start: '2025-05', end: '2026-04' });
    expect(rotaYearOf('2026-04')).toEqual(rotaYearOf('2025-07'));
    expect(rotaYearOf('2026-05-01').label).toBe('2026/27');
    expect(rotaYearOf('2017-06-14', 4)).toEqual({ label: '2017/18', start: '2017-04', end: '2018-03' });
    expect(rotaYearOf('2025-03-01', 1)).toEqual({ label: '2025', start: '2025-01', end: '2025-12' });
    expect(() => rotaYearOf('2025-03-01', 13)).toThrow(/1 to 12/);
  });

  it('opens the current year when it has visits, else the latest earlier one', () => {
    const months = ['2025-07', '2025-09', '2026-04'];
    expect(defaultRotaYear('2025-12-01', months).label).toBe('2025/26');
    expect(defaultRotaYear('2026-11-23', months).label).toBe('2025/26');
    expect(defaultRotaYear('2026-11-23', []).label).toBe('2026/27');
    expect(shiftRotaYear(rotaYearOf('2025-07'), -1).label).toBe('2024/25');
  });
});

describe('rota year grid', () => {
  const grid = buildYearGrid(TEAMS_2025, VISITS_2025, QA_2025, '2025-05', '2026-04');

  it('shows the six areas and sixteen teams of 2025/26 in rota order', () => {
    expect(grid.months).toHaveLength(12);
    expect(grid.areas.map((a) => a.area)).toEqual([
      'Cared for Children and Care Leavers',
      'Quality Assurance',
      'Placements',
      'Family Help',
      'Front Door',
      'Children in Need and Child Protection'
    ]);
    expect(grid.areas.reduce((n, a) => n + a.teams.length, 0)).toBe(16);
  });

  it('puts the July 2025 visits on their days with their councillors', () => {
    const court = grid.areas[0].teams.find((t) => t.teamName === 'Court Team');
    expect(court?.cells['2025-07']).toEqual([
      expect.objectContaining({
        day: '2025-07-24',
        status: 'Reported',
        councillorEmails: ['cllr.wye@example.gov.uk'],
        committeeDate: '2025-09-02'
      })
    ]);
    expect(court?.cells['2025-08']).toBeUndefined();
  });

  it('lists committee meetings and QA activity under the months they touch, clipped to the month', () => {
    expect(grid.notes['2025-09'].map((n) => n.firstDay)).toEqual(['2025-09-02', '2025-09-15']);
    const practiceWeek = grid.notes['2025-11'].find((n) => n.kind === 'Practice week');
    expect(practiceWeek).toMatchObject({ firstDay: '2025-11-17', lastDay: '2025-11-21', areas: [] });
    const spanning = buildYearGrid(
      TEAMS_2025,
      VISITS_2025,
      [
        { title: 'Audit', kind: 'Audit', start: '2025-07-28T08:00:00.000Z', end: '2025-08-04T16:00:00.000Z', areas: [] }
      ],
      '2025-07',
      '2025-08'
    );
    expect(spanning.notes['2025-07'][0]).toMatchObject({ firstDay: '2025-07-28', lastDay: '2025-07-31' });
    expect(spanning.notes['2025-08'][0]).toMatchObject({ firstDay: '2025-08-01', lastDay: '2025-08-04' });
  });

  it('leaves out visits outside the window', () => {
    const july = buildYearGrid(TEAMS_2025, VISITS_2025, [], '2025-07', '2025-07');
    expect(july.areas).toHaveLength(1);
    expect(july.areas[0].teams.map((t) => t.teamName).sort()).toEqual([
      'Care Leavers Teams',
      'Cared for Teams',
      'Court Team'
    ]);
  });
});
