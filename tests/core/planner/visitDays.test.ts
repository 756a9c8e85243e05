// The planner and booking share one day rule (core/calendar/visitDays.ts): the planner never picks a
// weekend, a listed bank holiday, or Christmas Day, even when a council's holiday list omits it.
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../src/core/calendar/bankHolidays';
import { VisitDays } from '../../../src/core/calendar/visitDays';
import { CAF } from '../../../src/core/samples/rota2025';
import { input, members, NORTH, plan } from './fixtures';
import { qa } from '../../kits/plannerHelpers';

// Everything in December 2025 is taken by an audit except 25 and 26 December.
const december = (bankHolidays: string[]) =>
  input({
    slots: [{ area: NORTH, teamIds: [1, 2], month: '2025-12', committee: CAF }],
    councillors: members(['Amy', 'Ben']),
    qaCalendar: [
      qa('Audit', 'Audit', '2025-12-01', '2025-12-24', [NORTH]),
      qa('Audit', 'Audit', '2025-12-29', '2025-12-31', [NORTH])
    ],
    bankHolidays
  });

describe('the planner follows the visit-day rule', () => {
  it('never picks Christmas Day, even with no holiday list, and says why the day is blocked', () => {
    const p = plan(december([]));
    expect(p.visits.map((v) => v.visitDay)).toEqual(['2025-12-26', '2025-12-26']);
    const none = plan(december(['2025-12-26']));
    expect(none.visits).toEqual([]);
    const blocked = none.issues.find((x) => x.kind === 'no-clash-free-day');
    expect(blocked?.blockedDays?.find((d) => d.day === '2025-12-25')?.reasons).toEqual(['Bank holiday']);
    expect(blocked?.message).toMatch(/Bank holiday: 25–26 Dec 2025/);
  });

  it('every day it picks for the 2025/26 bank holiday months is a visit day by the shared rule', () => {
    const days = new VisitDays(ENGLAND_AND_WALES_BANK_HOLIDAYS);
    const months = ['2025-08', '2025-12', '2026-04', '2026-05'];
    const p = plan(
      input({
        slots: months.map((month) => ({ area: NORTH, teamIds: [1, 2, 3], month, committee: CAF })),
        councillors: members(Array.from({ length: 24 }, (_, i) => `Member ${i}`)),
        bankHolidays: [...ENGLAND_AND_WALES_BANK_HOLIDAYS]
      })
    );
    expect(p.visits.length).toBeGreaterThan(12);
    expect(p.visits.filter((v) => !days.isVisitDay(v.visitDay as string))).toEqual([]);
  });
});
