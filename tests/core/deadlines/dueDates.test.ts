import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import {
  daysOverdue,
  effectiveDueDate,
  findingsDueDate,
  isOverdue,
  responseDueDate
} from '../../../src/core/deadlines';
import { visit } from './fixtures';

describe('findingsDueDate: end of the London day, returnPeriodDays calendar days after the visit day', () => {
  it.each([
    ['summer (BST): Thu 24 Jul 2025 -> end of Thu 31 Jul', '2025-07-24T09:00:00.000Z', '2025-07-31T22:59:59.999Z'],
    ['winter (GMT): Thu 4 Dec 2025 -> end of Thu 11 Dec', '2025-12-04T10:00:00.000Z', '2025-12-11T23:59:59.999Z'],
    ['BST to GMT: Fri 24 Oct 2025 -> end of Fri 31 Oct (GMT)', '2025-10-24T09:00:00.000Z', '2025-10-31T23:59:59.999Z'],
    ['GMT to BST: Mon 23 Mar 2026 -> end of Mon 30 Mar (BST)', '2026-03-23T10:00:00.000Z', '2026-03-30T22:59:59.999Z'],
    // 23:30 BST on 24 Jul is still 24 Jul in London although it is 22:30Z.
    ['late evening counts from the London day', '2025-07-24T22:30:00.000Z', '2025-07-31T22:59:59.999Z'],
    // 00:30 BST on 25 Jul is 23:30Z on 24 Jul: the London day (25th) counts, not the UTC day.
    ['just after London midnight counts from the next day', '2025-07-24T23:30:00.000Z', '2025-08-01T22:59:59.999Z']
  ])('%s', (_label, visitStart, due) => {
    expect(findingsDueDate(visitStart, FRONTLINE_2025)).toBe(due);
  });

  it('2018 process: four weeks, across the spring clock change', () => {
    expect(SIGNS_OF_SAFETY_2018.returnPeriodDays).toBe(28);
    // Thu 15 Mar 2018 (GMT) -> Thu 12 Apr 2018 (BST began 25 Mar 2018).
    expect(findingsDueDate('2018-03-15T10:00:00.000Z', SIGNS_OF_SAFETY_2018)).toBe('2018-04-12T22:59:59.999Z');
    // Thu 11 Oct 2018 (BST) -> Thu 8 Nov 2018 (GMT).
    expect(findingsDueDate('2018-10-11T09:00:00.000Z', SIGNS_OF_SAFETY_2018)).toBe('2018-11-08T23:59:59.999Z');
  });

  it('accepts list-style instants without milliseconds or with an offset', () => {
    expect(findingsDueDate('2025-07-24T09:00:00Z', FRONTLINE_2025)).toBe('2025-07-31T22:59:59.999Z');
    expect(findingsDueDate('2025-07-24T10:00:00+01:00', FRONTLINE_2025)).toBe('2025-07-31T22:59:59.999Z');
  });

  it('rejects text that is not a date', () => {
    expect(() => findingsDueDate('not a date', FRONTLINE_2025)).toThrow(RangeError);
  });
});

describe('responseDueDate', () => {
  it('uses responsePeriodDays (28) and the same end-of-London-day rule', () => {
    // Requested Mon 13 Oct 2025 (BST) -> end of Mon 10 Nov 2025 (GMT).
    expect(responseDueDate('2025-10-13T14:00:00.000Z', FRONTLINE_2025)).toBe('2025-11-10T23:59:59.999Z');
    expect(responseDueDate('2025-10-13T14:00:00.000Z', { responsePeriodDays: 7 })).toBe('2025-10-20T22:59:59.999Z');
  });
});

describe('isOverdue / daysOverdue', () => {
  const due = '2025-07-31T22:59:59.999Z';
  it.each([
    ['a day before', '2025-07-30T12:00:00.000Z', false, 0],
    ['at the last instant of the due day', due, false, 0],
    ['first millisecond of the next London day', '2025-07-31T23:00:00.000Z', true, 1],
    ['late on the next London day', '2025-08-01T22:59:59.000Z', true, 1],
    ['three London days later', '2025-08-03T09:00:00.000Z', true, 3]
  ])('%s', (_label, now, overdue, days) => {
    expect(isOverdue(due, now)).toBe(overdue);
    expect(daysOverdue(due, now)).toBe(days);
  });

  it('counts London days across the autumn clock change', () => {
    const octDue = '2025-10-24T22:59:59.999Z'; // end of Fri 24 Oct (BST)
    expect(daysOverdue(octDue, '2025-10-26T23:30:00.000Z')).toBe(2); // 23:30 GMT Sun 26 Oct
    expect(daysOverdue(octDue, '2025-10-27T00:30:00.000Z')).toBe(3); // Mon 27 Oct
  });

  it('a mid-day deadline missed the same day counts one day late', () => {
    expect(daysOverdue('2025-07-31T11:00:00.000Z', '2025-07-31T15:00:00.000Z')).toBe(1);
  });
});

describe("effectiveDueDate: the one reader of a visit's due date", () => {
  it('derives the due date from visitStart by the process rule when none is stored', () => {
    const v = visit({ findingsDueDate: undefined });
    expect(effectiveDueDate(v, FRONTLINE_2025)).toBe('2025-07-31T22:59:59.999Z');
    expect(effectiveDueDate(v, SIGNS_OF_SAFETY_2018)).toBe('2025-08-21T22:59:59.999Z');
  });

  it('has no due date without a visitStart, and ignores one stored from an earlier booking', () => {
    expect(
      effectiveDueDate(visit({ visitStart: undefined, findingsDueDate: '2025-07-31T22:59:59.999Z' }), FRONTLINE_2025)
    ).toBeUndefined();
    const moved = visit({ visitStart: '2025-07-28T09:00:00.000Z', findingsDueDate: '2025-07-31T22:59:59.999Z' });
    expect(effectiveDueDate(moved, FRONTLINE_2025)).toBe('2025-08-04T22:59:59.999Z');
  });

  it('effectiveDueDate honours a later stored date (extension) and ignores an earlier one (stale)', () => {
    expect(effectiveDueDate(visit({ findingsDueDate: '2025-08-07T22:59:59.999Z' }), FRONTLINE_2025)).toBe(
      '2025-08-07T22:59:59.999Z'
    );
    expect(effectiveDueDate(visit({ findingsDueDate: '2025-07-20T22:59:59.999Z' }), FRONTLINE_2025)).toBe(
      '2025-07-31T22:59:59.999Z'
    );
    expect(effectiveDueDate(visit({ findingsDueDate: undefined }), FRONTLINE_2025)).toBe('2025-07-31T22:59:59.999Z');
    expect(effectiveDueDate(visit({ visitStart: undefined }), FRONTLINE_2025)).toBeUndefined();
  });
});
