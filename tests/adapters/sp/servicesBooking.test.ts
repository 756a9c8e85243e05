// The booking service over the real @pnp/sp repositories, against the local list server: an
// officer's bookings meeting stale ETags and double bookings. Submissions are in
// servicesSubmit.test.ts; the set-up in servicesHarness.ts.
import { ConflictError } from '../../../src/core/errors';
import type { Visit } from '../../../src/core/model';
import type { Stored } from '../../../src/core/ports/repositories';
import { bookVisit, BookingClashError } from '../../../src/core/services';
import { londonEndOfDay, londonInstant } from '../../../src/core/time/london';
import { BEN, officerDeps, repos, setNow, startWorld, stopWorld, teamId, visit } from './servicesHarness';

beforeAll(startWorld);
afterAll(stopWorld);

describe('booking through @pnp/sp, as an officer', () => {
  let planned: Stored<Visit>;

  beforeAll(async () => {
    planned = await repos.visits.add(
      visit({ title: 'Court Team - August 2025', visitMonth: '2025-08', councillorEmails: [BEN] })
    );
    setNow('2025-06-01T09:00:00.000Z');
  });

  it('refuses a stale ETag with a ConflictError and overwrites nothing', async () => {
    const loaded = await officerDeps().visits.get(planned.id);
    await repos.visits.update(await repos.visits.get(planned.id), {
      pointOfContactEmail: 'someone.else@example.gov.uk'
    });
    await expect(
      bookVisit(officerDeps(), { visit: loaded, start: londonInstant('2025-08-12', '10:00') })
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await repos.visits.get(planned.id)).toMatchObject({
      status: 'Planned',
      pointOfContactEmail: 'someone.else@example.gov.uk',
      visitStart: undefined
    });
  });

  it("refuses a councillor's second visit that day, naming the other visit", async () => {
    await repos.visits.add(
      visit({
        title: 'Fostering Team - August 2025',
        visitMonth: '2025-08',
        teamId: teamId + 100,
        status: 'Booked',
        visitStart: londonInstant('2025-08-13', '10:00'),
        councillorEmails: [BEN]
      })
    );
    const current = await officerDeps().visits.get(planned.id);
    const error = (await bookVisit(officerDeps(), {
      visit: current,
      start: londonInstant('2025-08-13', '14:00')
    }).catch((e: unknown) => e)) as BookingClashError;
    expect(error).toBeInstanceOf(BookingClashError);
    // Named from the Councillors list the officer can read; the team from the visit when its team is not listed.
    expect(error.message).toBe(
      'Cllr Ben Bold is already visiting the Fostering Team on Wednesday 13 August 2025 (10:00 to 12:30): one visit a day each.'
    );
    expect((await repos.visits.get(planned.id)).status).toBe('Planned');
  });

  it('books with the due date, warning about a committee meeting read from the QA Calendar', async () => {
    await repos.qa.add({
      title: 'Children and Families Committee meeting',
      kind: 'Committee meeting',
      start: londonInstant('2025-08-14'),
      end: londonEndOfDay('2025-08-14'),
      areas: []
    });
    const current = await officerDeps().visits.get(planned.id);
    const { visit: booked, warnings } = await bookVisit(officerDeps(), {
      visit: current,
      start: londonInstant('2025-08-14', '10:00')
    });
    expect(warnings.map((w) => w.kind)).toEqual(['committee-meeting']);
    expect(booked.findingsDueDate).toBe(londonEndOfDay('2025-08-21'));
    // SharePoint keeps whole seconds: the stored due date is the same London day's 23:59:59.
    expect(await repos.visits.get(planned.id)).toMatchObject({
      status: 'Booked',
      visitStart: londonInstant('2025-08-14', '10:00'),
      findingsDueDate: '2025-08-21T22:59:59.000Z'
    });
  });
});
