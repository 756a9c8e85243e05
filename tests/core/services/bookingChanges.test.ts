// Rearranging, cancelling, assigning councillors and previewing a booking: reasons, due dates,
// training warnings and the officer's ETag (split from booking.test.ts).
import { ConflictError } from '../../../src/core/errors';
import {
  assignCouncillors,
  bookVisit,
  BookingClashError,
  cancelVisit,
  rearrangeVisit
} from '../../../src/core/services';
import { previewBooking } from '../../../src/core/services/booking';
import { londonEndOfDay, londonInstant } from '../../../src/core/time/london';
import { ANNA, AREA, BEN, CARA } from './world';
import { rota } from './bookingRota';

describe('rearrangeVisit and cancelVisit', () => {
  it('rearranges to a new day: booked again, reason kept, due date moved', async () => {
    const w = await rota();
    const booked = (await bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant('2025-07-16', '10:00') }))
      .visit;
    const { visit } = await rearrangeVisit(w.bookingDeps(), {
      visit: booked,
      reason: 'Clash with a committee',
      newStart: londonInstant('2025-07-29', '10:00')
    });
    expect(visit).toMatchObject({
      status: 'Booked',
      statusReason: 'Clash with a committee',
      visitStart: londonInstant('2025-07-29', '10:00'),
      findingsDueDate: londonEndOfDay('2025-08-05')
    });
  });

  it('rearranges without a day: Rearranged, the old day and due date cleared; the new day is checked too', async () => {
    const w = await rota();
    const booked = (await bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant('2025-07-16', '10:00') }))
      .visit;
    const { visit } = await rearrangeVisit(w.bookingDeps(), { visit: booked, reason: 'Councillor unwell' });
    expect(visit).toMatchObject({ status: 'Rearranged', statusReason: 'Councillor unwell' });
    expect(w.mem.tables.visits.get(w.visit.id).visitStart).toBeUndefined();
    expect(w.mem.tables.visits.get(w.visit.id).findingsDueDate).toBeUndefined();
    await w.mem.tables.visits.touch(w.bens.id, { councillorEmails: [ANNA] });
    await expect(
      rearrangeVisit(w.bookingDeps(), { visit, reason: 'New day', newStart: londonInstant('2025-07-24', '15:00') })
    ).rejects.toBeInstanceOf(BookingClashError);
    await expect(
      rearrangeVisit(w.bookingDeps(), { visit, reason: ' ', newStart: londonInstant('2025-07-25', '15:00') })
    ).rejects.toMatchObject({ code: 'ReasonRequired' });
  });

  it("cancels with a reason only, using the officer's ETag", async () => {
    const w = await rota();
    await expect(cancelVisit(w.bookingDeps(), { visit: w.visit, reason: '' })).rejects.toMatchObject({
      code: 'ReasonRequired'
    });
    const cancelled = await cancelVisit(w.bookingDeps(), { visit: w.visit, reason: 'Team restructure' });
    expect(cancelled).toMatchObject({ status: 'Cancelled', statusReason: 'Team restructure' });
    await expect(cancelVisit(w.bookingDeps(), { visit: w.visit, reason: 'again' })).rejects.toBeInstanceOf(
      ConflictError
    );
  });
});

describe('assignCouncillors', () => {
  it('sets councillors in lower case, once each, and warns about missing training', async () => {
    const w = await rota();
    await w.mem.tables.councillors.touch(3, { dataProtectionTrainingDate: undefined });
    const deps = { ...w.bookingDeps(), councillors: w.repos.councillors };
    const { visit, warnings } = await assignCouncillors(deps, {
      visit: w.visit,
      councillorEmails: ['CLLR.Cara@example.gov.uk', CARA]
    });
    expect(visit.councillorEmails).toEqual([CARA]);
    expect(warnings).toEqual([expect.objectContaining({ kind: 'no-training', councillorEmail: CARA })]);
  });

  it("refuses too many councillors, unknown ones, and a booked councillor's clash", async () => {
    const w = await rota();
    const deps = { ...w.bookingDeps(), councillors: w.repos.councillors };
    await expect(assignCouncillors(deps, { visit: w.visit, councillorEmails: [ANNA, CARA] })).rejects.toMatchObject({
      code: 'TooManyCouncillors'
    });
    await expect(
      assignCouncillors(deps, { visit: w.visit, councillorEmails: ['nobody@example.gov.uk'] })
    ).rejects.toMatchObject({ code: 'UnknownCouncillor' });
    const booked = (await bookVisit(w.bookingDeps(), { visit: w.visit, start: londonInstant('2025-07-24', '14:00') }))
      .visit;
    await expect(assignCouncillors(deps, { visit: booked, councillorEmails: [BEN] })).rejects.toBeInstanceOf(
      BookingClashError
    );
    await expect(assignCouncillors(deps, { visit: booked, councillorEmails: [] })).rejects.toMatchObject({
      code: 'CouncillorRequired'
    });
    expect(w.mem.tables.visits.get(w.visit.id).councillorEmails).toEqual([ANNA]);
  });
});

describe('previewBooking', () => {
  it('shows clashes and warnings before saving, and writes nothing', async () => {
    const w = await rota();
    await w.mem.tables.visits.touch(w.bens.id, { councillorEmails: [BEN, ANNA] });
    const clash = await previewBooking(w.bookingDeps(), {
      visit: w.visit,
      start: londonInstant('2025-07-24', '14:00')
    });
    expect(clash.clashes).toEqual([expect.objectContaining({ kind: 'councillor-same-day', visitId: w.bens.id })]);
    await w.repos.qa.add({
      title: 'Ofsted monitoring visit',
      kind: 'Ofsted',
      start: londonInstant('2025-07-15'),
      end: londonEndOfDay('2025-07-15'),
      areas: [AREA]
    });
    const warned = await previewBooking(w.bookingDeps(), {
      visit: w.visit,
      start: londonInstant('2025-07-15', '10:00')
    });
    expect(warned.clashes).toEqual([]);
    expect(warned.warnings.map((x) => x.kind)).toContain('qa-activity');
    const stored = w.mem.tables.visits.get(w.visit.id);
    expect(stored.status).toBe('Planned');
    expect(stored.visitStart).toBeUndefined();
    await expect(
      previewBooking(w.bookingDeps(), { visit: w.visit, start: londonInstant('2026-05-12', '10:00') })
    ).rejects.toMatchObject({ code: 'OutsideRotaYear' });
  });
});
