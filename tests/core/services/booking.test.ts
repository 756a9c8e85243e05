// Booking a visit: rota-year and double-booking rules, calendar warnings, due dates, the lifecycle,
// and the officer's ETag on every write.
import { FRONTLINE_2025 } from '../../../src/core/config';
import { ConflictError, IllegalTransitionError } from '../../../src/core/errors';
import { bookVisit, BookingClashError } from '../../../src/core/services';
import { londonEndOfDay, londonInstant } from '../../../src/core/time/london';
import { ANNA, AREA, BEN, visitFields } from './world';
import { rota } from './bookingRota';

describe('bookVisit', () => {
  it('books a planned visit, derives the due date and keeps other visits alone', async () => {
    const w = await rota();
    const start = londonInstant('2025-07-16', '10:00');
    const { visit, warnings } = await bookVisit(w.bookingDeps(), { visit: w.visit, start });
    expect(visit).toMatchObject({ status: 'Booked', visitStart: start, findingsDueDate: londonEndOfDay('2025-07-23') });
    expect(w.mem.tables.visits.get(w.visit.id)).toMatchObject({ status: 'Booked', visitStart: start });
    expect(warnings).toEqual([]);
  });

  it("refuses a day outside the visit's rota year, with a configurable start month", async () => {
    const w = await rota();
    const error = await bookVisit(w.bookingDeps(), {
      visit: w.visit,
      start: londonInstant('2026-05-12', '10:00')
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'OutsideRotaYear' });
    expect((error as Error).message).toContain(
      "'Court Team - July 2025' is in the 2025/26 rota (May 2025 to April 2026); Tuesday 12 May 2026 is in 2026/27."
    );
    // With the year starting in September, July 2025 and August 2025 are both in 2024/25.
    const sept = w.bookingDeps({ rotaYearStartMonth: 9 });
    await expect(
      bookVisit(sept, { visit: w.visit, start: londonInstant('2025-09-02', '10:00') })
    ).rejects.toMatchObject({ code: 'OutsideRotaYear', message: expect.stringContaining('2024/25') });
    expect((await bookVisit(sept, { visit: w.visit, start: londonInstant('2025-08-28', '10:00') })).visit.status).toBe(
      'Booked'
    );
  });

  it("refuses a councillor's second visit on the same London day, naming it", async () => {
    const w = await rota();
    await w.mem.tables.visits.touch(w.bens.id, { councillorEmails: [BEN, ANNA] });
    const error = (await bookVisit(w.bookingDeps(), {
      visit: w.visit,
      start: londonInstant('2025-07-24', '14:00')
    }).catch((e: unknown) => e)) as BookingClashError;
    expect(error).toBeInstanceOf(BookingClashError);
    expect(error.message).toBe(
      'Cllr Anna Able is already visiting the Cared for Teams on Thursday 24 July 2025 (10:00 to 12:30): one visit a day each.'
    );
    expect(error.clashes).toEqual([
      expect.objectContaining({ kind: 'councillor-same-day', visitId: w.bens.id, councillorEmail: ANNA })
    ]);
    expect(w.mem.tables.visits.get(w.visit.id).status).toBe('Planned');
  });

  it('refuses an overlapping time for the same team, but allows the team later that day', async () => {
    const w = await rota();
    await w.mem.tables.visits.touch(w.bens.id, { teamId: w.teamId, title: 'Court Team - July 2025 (2)' });
    await expect(
      bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant('2025-07-24', '12:00') })
    ).rejects.toMatchObject({
      code: 'BookingClash',
      message: 'The Court Team already has a visit on Thursday 24 July 2025 from 10:00 to 12:30 (Cllr Ben Bold).'
    });
    // 10:00 + 150 minutes ends 12:30: a 12:30 start does not overlap.
    expect(
      (await bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant('2025-07-24', '12:30') })).visit.status
    ).toBe('Booked');
  });

  it('ignores cancelled visits when looking for clashes', async () => {
    const w = await rota();
    await w.mem.tables.visits.touch(w.bens.id, { councillorEmails: [ANNA], status: 'Cancelled', statusReason: 'x' });
    expect(
      (await bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant('2025-07-24', '10:00') })).visit.status
    ).toBe('Booked');
  });

  it('warns, without blocking, about QA activity for the area, committee meetings, elections and the past', async () => {
    const w = await rota();
    const day = (d: string) => ({ start: londonInstant(d), end: londonEndOfDay(d) });
    await w.repos.qa.add({ title: 'Ofsted monitoring visit', kind: 'Ofsted', ...day('2025-07-15'), areas: [AREA] });
    await w.repos.qa.add({ title: 'Front door audit', kind: 'Audit', ...day('2025-07-15'), areas: ['Front Door'] });
    await w.repos.qa.add({
      title: 'Children and Families Committee meeting',
      kind: 'Committee meeting',
      ...day('2025-07-15'),
      areas: []
    });
    await w.repos.qa.add({
      title: 'By-election',
      kind: 'Election period',
      start: londonInstant('2025-07-01'),
      end: londonEndOfDay('2025-07-20'),
      areas: ['Front Door']
    });
    w.clock.now = '2025-08-01T09:00:00.000Z';
    const { visit, warnings } = await bookVisit(w.bookingDeps(), {
      visit: w.visit,
      start: londonInstant('2025-07-15', '10:00')
    });
    expect(visit.status).toBe('Booked');
    expect(warnings.map((x) => x.kind).sort()).toEqual([
      'committee-meeting',
      'election-period',
      'in-the-past',
      'qa-activity'
    ]);
    expect(warnings.find((x) => x.kind === 'qa-activity')?.message).toBe(
      'Tuesday 15 July 2025 clashes with Ofsted monitoring visit (Ofsted, Tuesday 15 July 2025).'
    );
  });

  it('warns when the day is outside the planned month, or the visit lacks councillors', async () => {
    const w = await rota();
    const { warnings } = await bookVisit(
      w.bookingDeps({ config: { ...FRONTLINE_2025, returnPeriodDays: 28, councillorsPerVisit: 2 } }),
      {
        visit: w.visit,
        start: londonInstant('2025-08-05', '10:00')
      }
    );
    expect(warnings.map((x) => x.kind)).toEqual(['outside-planned-month', 'fewer-councillors']);
  });

  it('uses the ETag the officer loaded: a stale one is a ConflictError and nothing is overwritten', async () => {
    const w = await rota();
    w.mem.tables.visits.touch(w.visit.id, { pointOfContactEmail: 'someone.else@example.gov.uk' });
    await expect(
      bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant('2025-07-16', '10:00') })
    ).rejects.toBeInstanceOf(ConflictError);
    expect(w.mem.tables.visits.get(w.visit.id)).toMatchObject({
      status: 'Planned',
      pointOfContactEmail: 'someone.else@example.gov.uk'
    });
  });

  it('goes through the lifecycle: a cancelled visit cannot be booked, nor one with no councillor', async () => {
    const w = await rota();
    const cancelled = w.mem.tables.visits.touch(w.visit.id, { status: 'Cancelled', statusReason: 'x' });
    await expect(
      bookVisit(w.bookingDeps(), { visit: cancelled, start: londonInstant('2025-07-16', '10:00') })
    ).rejects.toBeInstanceOf(IllegalTransitionError);
    const empty = await w.repos.visits.add(
      visitFields(w.teamId, { status: 'Planned', visitStart: undefined, councillorEmails: [] })
    );
    await expect(
      bookVisit(w.bookingDeps(), { visit: empty, start: londonInstant('2025-07-16', '10:00') })
    ).rejects.toThrow(/at least one councillor/);
  });
});
