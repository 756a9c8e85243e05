// Issue 14: booking follows the planner's day rule (no weekends, bank holidays or Christmas Day),
// its clashes name councillors and teams (never an e-mail or a visit id), and giving a councillor
// a second visit in a rota year is a warning that says what the process asks for.
import { FRONTLINE_2025 } from '../../../src/core/config';
import { assignCouncillors, bookVisit, BookingClashError, rearrangeVisit } from '../../../src/core/services';
import { previewAssignment, previewBooking } from '../../../src/core/services/booking';
import { londonInstant } from '../../../src/core/time/london';
import { rota } from './bookingRota';
import { ANNA, BEN, CARA, visitFields, world } from './world';

describe('booking refuses a day no team works', () => {
  it.each([
    ['2025-07-19', 'NotAVisitDay', /^Saturday 19 July 2025 is at the weekend: /],
    ['2025-08-25', 'NotAVisitDay', /^Monday 25 August 2025 is the Summer bank holiday: /]
  ])('bookVisit refuses %s', async (day, code, message) => {
    const w = await rota();
    await expect(
      bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant(day, '10:00') })
    ).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect(w.mem.tables.visits.get(w.visit.id).status).toBe('Planned');
  });

  it('refuses Christmas Day even for a council passing no holiday list, and in the preview', async () => {
    const w = await world({
      status: 'Planned',
      visitStart: undefined,
      findingsDueDate: undefined,
      visitMonth: '2025-12'
    });
    const deps = w.bookingDeps({ bankHolidays: [] });
    const start = londonInstant('2025-12-25', '10:00');
    await expect(previewBooking(deps, { visit: w.visit, start })).rejects.toMatchObject({
      code: 'NotAVisitDay',
      message: expect.stringMatching(/^Thursday 25 December 2025 is Christmas Day: teams are not at work/)
    });
    await expect(bookVisit(deps, { visit: w.visit, start })).rejects.toMatchObject({ code: 'NotAVisitDay' });
    // Boxing Day is a bank holiday only by the list the council passes.
    await expect(
      bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant('2025-12-26', '10:00') })
    ).rejects.toMatchObject({ code: 'NotAVisitDay', message: expect.stringContaining('Boxing Day') });
  });

  it('rearranging to a Sunday is refused too, and the visit keeps its day', async () => {
    const w = await rota();
    const booked = (await bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant('2025-07-16', '10:00') }))
      .visit;
    await expect(
      rearrangeVisit(w.bookingDeps(), {
        visit: booked,
        reason: 'Clash',
        newStart: londonInstant('2025-07-20', '10:00')
      })
    ).rejects.toMatchObject({ code: 'NotAVisitDay', message: expect.stringContaining('Sunday 20 July 2025') });
    expect(w.mem.tables.visits.get(w.visit.id).visitStart).toBe(londonInstant('2025-07-16', '10:00'));
  });
});

describe('clashes name people and teams', () => {
  it('a councillor already visiting that day is named, with the team and the date', async () => {
    const w = await rota();
    await w.mem.tables.visits.touch(w.bens.id, {
      councillorEmails: [BEN, ANNA],
      status: 'Booked',
      visitStart: londonInstant('2025-07-24', '10:00')
    });
    const error = (await bookVisit(w.bookingDeps(), {
      visit: w.visit,
      start: londonInstant('2025-07-24', '14:00')
    }).catch((e: unknown) => e)) as BookingClashError;
    expect(error).toBeInstanceOf(BookingClashError);
    expect(error.message).toBe(
      'Cllr Anna Able is already visiting the Cared for Teams on Thursday 24 July 2025 (10:00 to 12:30): one visit a day each.'
    );
    expect(error.message).not.toMatch(/@|visit \d/);
  });

  it('the team already visited at that time is named, with who is visiting', async () => {
    const w = await rota();
    await w.mem.tables.visits.touch(w.bens.id, {
      teamId: w.teamId,
      status: 'Booked',
      visitStart: londonInstant('2025-07-24', '10:00')
    });
    const { clashes } = await previewBooking(w.bookingDeps(), {
      visit: w.visit,
      start: londonInstant('2025-07-24', '11:00')
    });
    expect(clashes.map((c) => c.message)).toEqual([
      'The Court Team already has a visit on Thursday 24 July 2025 from 10:00 to 12:30 (Cllr Ben Bold).'
    ]);
  });

  it('assigning a councillor who is busy that day names them and the other visit', async () => {
    const w = await rota();
    await w.mem.tables.visits.touch(w.bens.id, { status: 'Booked', visitStart: londonInstant('2025-07-24', '10:00') });
    const booked = (await bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant('2025-07-24', '14:00') }))
      .visit;
    const deps = { ...w.bookingDeps(), councillors: w.repos.councillors };
    await expect(assignCouncillors(deps, { visit: booked, councillorEmails: [BEN] })).rejects.toMatchObject({
      message:
        'Cllr Ben Bold is already visiting the Cared for Teams on Thursday 24 July 2025 (10:00 to 12:30): one visit a day each.'
    });
  });
});

describe('a second visit in a rota year is a warning', () => {
  it('warns when a councillor who has not volunteered would make a second visit, naming the first', async () => {
    const w = await rota();
    const deps = { ...w.bookingDeps(), councillors: w.repos.councillors };
    const { visit, warnings } = await assignCouncillors(deps, { visit: w.visit, councillorEmails: [BEN] });
    expect(visit.councillorEmails).toEqual([BEN]);
    expect(warnings.filter((x) => x.kind === 'second-visit')).toEqual([
      expect.objectContaining({
        councillorEmail: BEN,
        message:
          "This would be Cllr Ben Bold's second visit this rota year (2025/26): they already visit the Cared for Teams in July 2025. " +
          'The process asks for one visit per councillor and 1 volunteer for a second visit; Cllr Ben Bold has not volunteered for a second visit.'
      })
    ]);
  });

  it('says when the councillor volunteered, and warns the same in the preview without writing', async () => {
    const w = await rota();
    await w.mem.tables.councillors.touch(2, { secondVisitVolunteer: true });
    const deps = { ...w.bookingDeps(), councillors: w.repos.councillors };
    const preview = await previewAssignment(deps, { visit: w.visit, councillorEmails: [BEN] });
    expect(preview.clashes).toEqual([]);
    expect(preview.warnings.find((x) => x.kind === 'second-visit')?.message).toMatch(
      /Cllr Ben Bold has volunteered for a second visit\.$/
    );
    expect(w.mem.tables.visits.get(w.visit.id).councillorEmails).toEqual([ANNA]);
  });

  it('a third visit: no councillor is asked for more than two; cancelled visits and other years do not count', async () => {
    const w = await rota();
    const repos = w.repos;
    await repos.visits.add(
      visitFields(w.teamId, {
        title: 'Court Team - September 2025',
        visitMonth: '2025-09',
        visitStart: undefined,
        status: 'Planned',
        councillorEmails: [BEN]
      })
    );
    await repos.visits.add(
      visitFields(w.teamId, {
        title: 'Court Team - October 2025',
        visitMonth: '2025-10',
        visitStart: undefined,
        status: 'Cancelled',
        statusReason: 'x',
        councillorEmails: [BEN]
      })
    );
    await repos.visits.add(
      visitFields(w.teamId, {
        title: 'Court Team - July 2024',
        visitMonth: '2024-07',
        visitStart: undefined,
        status: 'Planned',
        councillorEmails: [BEN]
      })
    );
    const deps = {
      ...w.bookingDeps(),
      councillors: w.repos.councillors,
      config: { ...FRONTLINE_2025, extraVisitVolunteers: 0 }
    };
    const { warnings } = await assignCouncillors(deps, { visit: w.visit, councillorEmails: [BEN] });
    expect(warnings.find((x) => x.kind === 'second-visit')?.message).toBe(
      "This would be Cllr Ben Bold's third visit this rota year (2025/26): they already visit the Cared for Teams in July 2025 and the Court Team in September 2025. " +
        'The process asks for one visit per councillor and no second visits; no councillor is asked for more than two.'
    );
  });

  it('does not warn for a first visit, nor again for a councillor already on the visit', async () => {
    const w = await rota();
    const deps = { ...w.bookingDeps(), councillors: w.repos.councillors };
    expect((await assignCouncillors(deps, { visit: w.visit, councillorEmails: [CARA] })).warnings).toEqual([]);
    await w.mem.tables.visits.touch(w.bens.id, { councillorEmails: [BEN, CARA] });
    const again = await assignCouncillors(deps, {
      visit: await w.repos.visits.get(w.visit.id),
      councillorEmails: [CARA]
    });
    expect(again.warnings).toEqual([]);
  });
});
