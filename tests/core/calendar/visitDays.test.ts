// The one rule for which days a visit can happen on, shared by the planner and booking: weekdays
// only, never a bank holiday, and never Christmas Day whatever holiday list a council passes.
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../src/core/calendar/bankHolidays';
import { VisitDays } from '../../../src/core/calendar/visitDays';

describe('VisitDays', () => {
  const days = new VisitDays(ENGLAND_AND_WALES_BANK_HOLIDAYS);

  it('a working weekday is a visit day', () => {
    expect(days.closed('2025-11-13')).toBeUndefined();
    expect(days.isVisitDay('2025-11-13')).toBe(true);
  });

  it('a Saturday or Sunday is not, and says so by name', () => {
    expect(days.closed('2025-11-15')).toMatchObject({ reason: 'weekend', name: 'Saturday' });
    expect(days.closed('2025-11-16')).toMatchObject({ reason: 'weekend', name: 'Sunday' });
    expect(days.closed('2025-11-15')?.message).toBe(
      'Saturday 15 November 2025 is at the weekend: teams are not at work at weekends, so no visit can be booked that day. Choose a weekday.'
    );
  });

  it('a bank holiday is not, named as GOV.UK names it', () => {
    expect(days.closed('2025-08-25')).toMatchObject({ reason: 'bank-holiday', name: 'Summer bank holiday' });
    expect(days.closed('2025-08-25')?.message).toBe(
      'Monday 25 August 2025 is the Summer bank holiday: teams are not at work on bank holidays, so no visit can be booked that day. Choose another weekday.'
    );
    expect(days.closed('2026-12-28')).toMatchObject({ reason: 'bank-holiday', name: 'Boxing Day (substitute day)' });
  });

  it('Christmas Day is closed even when the holiday list leaves it out', () => {
    const none = new VisitDays([]);
    expect(none.closed('2025-12-25')).toMatchObject({ reason: 'bank-holiday', name: 'Christmas Day' });
    expect(none.closed('2025-12-25')?.message).toMatch(/^Thursday 25 December 2025 is Christmas Day: /);
    expect(none.closed('2025-12-26')).toBeUndefined();
    // A council elsewhere passes its own list; an unnamed day is still refused.
    expect(new VisitDays(['2026-03-17']).closed('2026-03-17')).toMatchObject({
      reason: 'bank-holiday',
      name: 'a bank holiday'
    });
  });

  it('a weekend Christmas Day reads as Christmas Day', () => {
    expect(days.closed('2027-12-25')).toMatchObject({ reason: 'weekend', name: 'Christmas Day' });
    expect(days.closed('2027-12-27')).toMatchObject({ reason: 'bank-holiday', name: 'Christmas Day (substitute day)' });
  });
});
