// The application services over the real @pnp/sp repositories and sharing, against the local list
// server: who can read what after a submission, and retries that change nothing. Officers' bookings
// are in servicesBooking.test.ts; the set-up in servicesHarness.ts.
import {
  spRepositories,
  SpFindingsRepository,
  SpHeadOfServiceRequestRepository
} from '../../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../../src/adapters/sp/findingsSharing';
import { AccessDeniedError, NotFoundError } from '../../../src/core/errors';
import { respondToRequest, saveDraft, submitFindings, type SubmitDeps } from '../../../src/core/services';
import { OFFICER } from './harness';
import {
  ANNA,
  ANSWERS,
  BEN,
  HOS,
  SM,
  botDeps,
  now,
  repos,
  setNow,
  site,
  startWorld,
  stopWorld,
  visit
} from './servicesHarness';
import { londonInstant } from '../../../src/core/time/london';

beforeAll(startWorld);
afterAll(stopWorld);

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
    setNow('2025-07-31T09:00:00.000Z');
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
