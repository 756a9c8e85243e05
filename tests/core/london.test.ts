import {
  addDays,
  daysBetween,
  daysOfMonth,
  formatLondon,
  isWeekday,
  londonDate,
  londonEndOfDay,
  londonInstant,
  londonTime,
  monthRange
} from '../../src/core/time/london';

describe('Europe/London time', () => {
  it('turns London wall-clock times into UTC in summer (BST) and winter (GMT)', () => {
    expect(londonInstant('2025-07-24', '10:00')).toBe('2025-07-24T09:00:00.000Z');
    expect(londonInstant('2025-12-10', '10:00')).toBe('2025-12-10T10:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // BST ends 26 Oct 2025 at 02:00 BST; starts 29 Mar 2026 at 01:00 GMT.
    expect(londonInstant('2025-10-26', '00:00')).toBe('2025-10-25T23:00:00.000Z');
    expect(londonInstant('2025-10-26', '12:00')).toBe('2025-10-26T12:00:00.000Z');
    expect(londonInstant('2026-03-29', '12:00')).toBe('2026-03-29T11:00:00.000Z');
    expect(londonEndOfDay('2025-10-26')).toBe('2025-10-26T23:59:59.999Z');
    expect(londonEndOfDay('2026-03-29')).toBe('2026-03-29T22:59:59.999Z');
  });

  it('reads the London day and time of an instant', () => {
    expect(londonDate('2025-07-24T23:30:00.000Z')).toBe('2025-07-25');
    expect(londonDate('2025-12-24T23:30:00.000Z')).toBe('2025-12-24');
    expect(londonTime('2025-07-24T09:00:00.000Z')).toBe('10:00');
    expect(formatLondon('2025-07-24T09:00:00.000Z', 'EEEE d MMMM yyyy, HH:mm')).toBe('Thursday 24 July 2025, 10:00');
  });

  it('does calendar arithmetic on days', () => {
    expect(addDays('2025-10-24', 7)).toBe('2025-10-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2025-07-24', '2025-07-31')).toBe(7);
    expect(daysBetween('2026-03-23', '2026-03-30')).toBe(7);
    expect(isWeekday('2025-07-19')).toBe(false);
    expect(isWeekday('2025-07-21')).toBe(true);
    expect(daysOfMonth('2026-02')).toHaveLength(28);
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('refuses malformed input instead of guessing', () => {
    expect(() => londonInstant('2025-02-30')).toThrow(/not a real date/);
    expect(() => londonInstant('24/07/2025')).toThrow(/YYYY-MM-DD/);
    expect(() => londonInstant('2025-07-24', '25:00')).toThrow(/HH:mm/);
    expect(() => londonDate('yesterday')).toThrow(/not a date and time/);
    expect(() => daysOfMonth('2025-13')).toThrow(/YYYY-MM/);
  });
});
