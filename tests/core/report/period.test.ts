// The reporting period as settings (data): yearly for the 2025 arrangements, six-monthly for the
// 2018 process, checked with the other settings; the periods tile the year from its start month.
import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import { FRONTLINE_2025_SETTINGS, validateSettings } from '../../../src/core/settings';
import {
  inPeriod,
  reportPeriodMonths,
  reportPeriodOf,
  reportPeriods,
  reportYearStartMonth
} from '../../../src/core/report/period';

describe('report period settings', () => {
  it('the 2025 preset reports yearly from May, the 2018 preset six-monthly from April', () => {
    expect([reportPeriodMonths(FRONTLINE_2025), reportYearStartMonth(FRONTLINE_2025)]).toEqual([12, 5]);
    expect([reportPeriodMonths(SIGNS_OF_SAFETY_2018), reportYearStartMonth(SIGNS_OF_SAFETY_2018)]).toEqual([6, 4]);
  });

  it('settings saved before the fields existed report yearly from May', () => {
    const { reportPeriodMonths: _m, reportYearStartMonth: _s, ...older } = FRONTLINE_2025_SETTINGS;
    const result = validateSettings(older);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.reportPeriodMonths).toBeUndefined();
    expect([reportPeriodMonths(result.settings), reportYearStartMonth(result.settings)]).toEqual([12, 5]);
  });

  it('names a period that does not divide the year, and a start that is not a month', () => {
    const result = validateSettings({ ...FRONTLINE_2025_SETTINGS, reportPeriodMonths: 5, reportYearStartMonth: 13 });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        field: 'reportPeriodMonths',
        message: 'must be one of 1, 2, 3, 4, 6, 12 months (the periods divide the year: 12 yearly, 6 six-monthly)'
      },
      { field: 'reportYearStartMonth', message: 'must be a month number from 1 (January) to 12 (December)' }
    ]);
  });

  it('keeps the values through a save', () => {
    const result = validateSettings({ ...FRONTLINE_2025_SETTINGS, reportPeriodMonths: 6, reportYearStartMonth: 9 });
    expect(result.ok && [result.settings.reportPeriodMonths, result.settings.reportYearStartMonth]).toEqual([6, 9]);
  });
});

describe('reporting periods', () => {
  it('2025: the 2025/26 year runs May 2025 to April 2026, whichever of its months is asked', () => {
    for (const m of ['2025-05', '2025-07-14', '2026-04']) {
      expect(reportPeriodOf(m, FRONTLINE_2025)).toEqual({
        label: '2025/26',
        start: '2025-05',
        end: '2026-04',
        months: 12
      });
    }
    expect(reportPeriodOf('2025-04', FRONTLINE_2025).label).toBe('2024/25');
  });

  it('2018: six-monthly from April, a period across the new year named with both years', () => {
    expect(reportPeriodOf('2018-04-20', SIGNS_OF_SAFETY_2018)).toEqual({
      label: 'April to September 2018',
      start: '2018-04',
      end: '2018-09',
      months: 6
    });
    expect(reportPeriodOf('2019-02', SIGNS_OF_SAFETY_2018)).toEqual({
      label: 'October 2018 to March 2019',
      start: '2018-10',
      end: '2019-03',
      months: 6
    });
    expect(reportPeriodOf('2018-03', SIGNS_OF_SAFETY_2018).start).toBe('2017-10');
  });

  it('lists the periods holding visits, oldest first, once each; inPeriod is inclusive', () => {
    const periods = reportPeriods(['2018-11', '2018-04', '2018-06', '2019-03'], SIGNS_OF_SAFETY_2018);
    expect(periods.map((p) => p.start)).toEqual(['2018-04', '2018-10']);
    expect(inPeriod('2018-09-30', periods[0])).toBe(true);
    expect(inPeriod('2018-10-01', periods[0])).toBe(false);
  });

  it('refuses text that is not a month', () => {
    expect(() => reportPeriodOf('July 2025', FRONTLINE_2025)).toThrow(RangeError);
  });
});
