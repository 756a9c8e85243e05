// Which visit "briefing" and "findings" mean, on London days (BST and GMT), without naming one.
import { latestHeldVisitOf, nextVisitOf } from '../../src/core/services/visitChoice';
import type { Visit, VisitStatus } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';

const ANNA = 'cllr.anna@example.gov.uk';
let id = 0;
function visit(
  visitStart: string | undefined,
  status: VisitStatus = 'Booked',
  emails = ['Cllr.Anna@example.gov.uk']
): Stored<Visit> {
  id++;
  return {
    id,
    etag: '"1"',
    title: `Visit ${id}`,
    teamId: 1,
    area: 'Area',
    visitMonth: '2025-07',
    visitStart,
    durationMinutes: 150,
    councillorEmails: emails,
    committee: 'C',
    status,
    formTemplate: 'frontline-2025'
  };
}

describe('the next visit ("briefing")', () => {
  it('is the earliest from the start of today in London, including earlier today', () => {
    // 00:30 BST on 29 July is 23:30 UTC on 28 July: still "today" in London.
    const earlyToday = visit('2025-07-28T23:30:00.000Z');
    const later = visit('2025-08-20T09:00:00.000Z');
    const yesterday = visit('2025-07-28T22:59:00.000Z');
    expect(nextVisitOf([later, yesterday, earlyToday], ANNA, '2025-07-29T09:00:00.000Z')).toBe(earlyToday);
  });

  it("skips other councillors' visits, held or cancelled ones, and ones with no date yet", () => {
    const visits = [
      visit('2025-08-01T09:00:00.000Z', 'Booked', ['cllr.ben@example.gov.uk']),
      visit('2025-08-02T09:00:00.000Z', 'Cancelled'),
      visit('2025-08-03T09:00:00.000Z', 'Visited'),
      visit(undefined)
    ];
    expect(nextVisitOf(visits, ANNA, '2025-07-29T09:00:00.000Z')).toBeUndefined();
  });
});

describe('the visit awaiting a form ("findings")', () => {
  it('is the latest held by the end of today in London (GMT in winter)', () => {
    const earlier = visit('2025-11-10T10:00:00.000Z', 'Visited');
    const lateToday = visit('2025-11-20T23:59:00.000Z', 'Briefed');
    const tomorrow = visit('2025-11-21T00:00:00.000Z', 'Booked');
    expect(latestHeldVisitOf([earlier, tomorrow, lateToday], ANNA, '2025-11-20T09:00:00.000Z')).toBe(lateToday);
  });

  it('ignores visits whose forms are all in, or that were cancelled', () => {
    const visits = [
      visit('2025-07-20T09:00:00.000Z', 'FindingsReturned'),
      visit('2025-07-21T09:00:00.000Z', 'Cancelled')
    ];
    expect(latestHeldVisitOf(visits, ANNA, '2025-07-29T09:00:00.000Z')).toBeUndefined();
  });
});
