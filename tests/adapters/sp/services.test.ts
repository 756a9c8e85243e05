// The application services over the real @pnp/sp repositories and sharing, against the local list
// server: who can read what after a submission, retries that change nothing, and officers' bookings
// meeting stale ETags and double bookings.
import { startSite, type Site, OFFICER } from './harness';
import {
  spRepositories,
  SpFindingsRepository,
  SpHeadOfServiceRequestRepository
} from '../../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../../src/adapters/sp/findingsSharing';
import { FRONTLINE_2025 } from '../../../src/core/config';
import { AccessDeniedError, ConflictError, NotFoundError } from '../../../src/core/errors';
import type { Visit } from '../../../src/core/model';
import type { Repositories, Stored } from '../../../src/core/ports/repositories';
import {
  bookVisit,
  BookingClashError,
  respondToRequest,
  saveDraft,
  submitFindings,
  type BookingDeps,
  type SubmitDeps
} from '../../../src/core/services';
import { londonEndOfDay, londonInstant } from '../../../src/core/time/london';

const ANNA = 'cllr.anna@example.gov.uk';
const BEN = 'cllr.ben@example.gov.uk';
const SM = 'sm.court@example.gov.uk';
const HOS = 'hos.cared.for@example.gov.uk';
const AREA = 'Cared for Children and Care Leavers';
const ANSWERS = {
  qualityStrengths: 'Supervision is regular and focused.',
  escalationIssues: 'How do we assess the quality of new foster carers?'
};

let site: Site;
let repos: Repositories;
let teamId: number;
let now = '2025-07-30T16:00:00.000Z';

/** The bot's identity (the site admin stands in for the app-only principal). */
const botDeps = (): SubmitDeps => ({
  ...spRepositories(site.sp()),
  sharing: spFindingsSharing(site.sp()),
  now: () => now,
  config: FRONTLINE_2025
});
/** An officer in their own browser session. */
const officerDeps = (): BookingDeps & Repositories => ({
  ...spRepositories(site.sp(OFFICER)),
  config: FRONTLINE_2025,
  now: () => now
});

const visit = (extra: Partial<Visit>): Omit<Visit, 'id'> => ({
  title: 'Court Team - July 2025',
  teamId,
  area: AREA,
  visitMonth: '2025-07',
  durationMinutes: 150,
  councillorEmails: [ANNA],
  committee: 'Children and Families Committee',
  committeeDate: '2025-09-15T13:00:00.000Z',
  status: 'Planned',
  formTemplate: 'frontline-2025',
  ...extra
});

beforeAll(async () => {
  // The council's people are site visitors, as `npm start` makes them: they reach the site, not each other's forms.
  site = await startSite({ groupMembers: { visitors: [ANNA, BEN, SM, HOS] } });
  repos = spRepositories(site.sp());
  teamId = (
    await repos.teams.add({
      name: 'Court Team',
      area: AREA,
      serviceManagerEmail: SM,
      headOfServiceEmail: HOS,
      location: 'Delamere House, Crewe'
    })
  ).id;
  for (const [name, email] of [
    ['Anna Able', ANNA],
    ['Ben Bold', BEN]
  ]) {
    await repos.councillors.add({
      name,
      email,
      committees: ['Children and Families Committee'],
      secondVisitVolunteer: false,
      dataProtectionTrainingDate: '2025-05-20T09:00:00.000Z',
      active: true
    });
  }
});
afterAll(() => site?.close());

describe('submitFindings through @pnp/sp', () => {
  let visitId: number;
  let findingsId: number;

  beforeAll(async () => {
    visitId = (await repos.visits.add(visit({ status: 'Booked', visitStart: londonInstant('2025-07-24', '10:00') })))
      .id;
  });

  it('saves a draft only its councillor can see, and nobody but the service can change', async () => {
    const { findings } = await saveDraft(botDeps(), {
      visitId,
      councillorEmail: ANNA,
      answers: { qualityStrengths: 'first thoughts' },
      channel: 'Teams'
    });
    findingsId = findings.id;
    expect(findings.status).toBe('Draft');
    for (const person of [ANNA, OFFICER]) {
      const repo = new SpFindingsRepository(site.sp(person, 1));
      const mine = await repo.get(findingsId);
      await expect(
        repo.update(mine, { status: 'Submitted', answers: { qualityStrengths: 'edited in SharePoint' } })
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect((await repos.findings.get(findingsId)).answers).toEqual({ qualityStrengths: 'first thoughts' });
    await expect(new SpFindingsRepository(site.sp(SM, 1)).get(findingsId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('sends it: the service manager and head of service read it, another councillor cannot, the councillor can no longer edit', async () => {
    const result = await submitFindings(botDeps(), {
      visitId,
      councillorEmail: ANNA,
      answers: ANSWERS,
      channel: 'Teams'
    });
    expect(result).toMatchObject({
      outcome: 'submitted',
      visit: { from: 'Booked', status: 'FindingsReturned', allSubmitted: true },
      problems: []
    });
    expect(result.findings.id).toBe(findingsId);
    for (const reader of [SM, HOS, ANNA]) {
      expect((await new SpFindingsRepository(site.sp(reader, 1)).get(findingsId)).status).toBe('Submitted');
    }
    await expect(new SpFindingsRepository(site.sp(BEN, 1)).get(findingsId)).rejects.toBeInstanceOf(NotFoundError);
    const asAnna = new SpFindingsRepository(site.sp(ANNA, 1));
    await expect(
      asAnna.update(await asAnna.get(findingsId), { answers: { qualityStrengths: 'changed after sending' } })
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await repos.visits.get(visitId)).status).toBe('FindingsReturned');
  });

  it('asks the head of service, who reads it (and answers through the service); the councillor and the service manager read it; nobody else sees it', async () => {
    const [request] = await repos.requests.forVisit(visitId);
    expect(request).toMatchObject({
      responderEmail: HOS,
      status: 'Requested',
      request: ANSWERS.escalationIssues,
      requestedAt: now
    });
    for (const reader of [HOS, ANNA, SM]) {
      const repo = new SpHeadOfServiceRequestRepository(site.sp(reader, 1));
      await expect(
        repo.update(await repo.get(request.id), { status: 'Responded', response: 'tampered' })
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
    await respondToRequest(
      { ...spRepositories(site.sp()), sharing: spFindingsSharing(site.sp()), now: () => now },
      { requestId: request.id, actorEmail: HOS, response: 'Through the fostering panel.' }
    );
    expect((await new SpHeadOfServiceRequestRepository(site.sp(ANNA, 1)).get(request.id)).response).toBe(
      'Through the fostering panel.'
    );
    for (const outsider of [BEN]) {
      await expect(new SpHeadOfServiceRequestRepository(site.sp(outsider, 1)).get(request.id)).rejects.toBeInstanceOf(
        NotFoundError
      );
    }
  });

  it('a second submit changes nothing', async () => {
    const before = {
      findings: await repos.findings.get(findingsId),
      visit: await repos.visits.get(visitId),
      requests: await repos.requests.forVisit(visitId)
    };
    now = '2025-07-31T09:00:00.000Z';
    const again = await submitFindings(botDeps(), {
      visitId,
      councillorEmail: ANNA,
      answers: { qualityStrengths: 'again' },
      channel: 'SharePoint'
    });
    expect(again).toMatchObject({ outcome: 'already-submitted', ignoredChanges: true, sharingChanges: [] });
    expect(await repos.findings.get(findingsId)).toEqual(before.findings);
    expect(await repos.visits.get(visitId)).toEqual(before.visit);
    expect(await repos.requests.forVisit(visitId)).toEqual(before.requests);
  });

  it('a call that died after writing the form is completed by the retry', async () => {
    const id = (
      await repos.visits.add(
        visit({
          title: 'Court Team - July 2025 (2)',
          status: 'Booked',
          visitStart: londonInstant('2025-07-25', '10:00'),
          councillorEmails: [BEN]
        })
      )
    ).id;
    const deps = botDeps();
    // The first share (with Ben, before the intent is written) goes through; the process dies at the next.
    let shares = 0;
    const crashing: SubmitDeps = {
      ...deps,
      sharing: {
        ...deps.sharing,
        shareFindings: (id, grants) =>
          ++shares === 1 ? deps.sharing.shareFindings(id, grants) : Promise.reject(new Error('process died'))
      }
    };
    await expect(
      submitFindings(crashing, { visitId: id, councillorEmail: BEN, answers: ANSWERS, channel: 'Teams' })
    ).rejects.toThrow('process died');
    expect((await repos.findings.find(id, BEN))?.status).toBe('Submitted');
    await expect(new SpFindingsRepository(site.sp(SM, 1)).find(id, BEN)).resolves.toBeUndefined();
    const retry = await submitFindings(botDeps(), {
      visitId: id,
      councillorEmail: BEN,
      answers: ANSWERS,
      channel: 'Teams'
    });
    expect(retry).toMatchObject({ outcome: 'already-submitted', visit: { status: 'FindingsReturned' } });
    expect((await new SpFindingsRepository(site.sp(SM, 1)).find(id, BEN))?.status).toBe('Submitted');
    expect(await repos.requests.forVisit(id)).toHaveLength(1);
  });
});

describe('booking through @pnp/sp, as an officer', () => {
  let planned: Stored<Visit>;

  beforeAll(async () => {
    planned = await repos.visits.add(
      visit({ title: 'Court Team - August 2025', visitMonth: '2025-08', councillorEmails: [BEN] })
    );
    now = '2025-06-01T09:00:00.000Z';
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
