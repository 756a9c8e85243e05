// Head-of-service actions and briefing acknowledgement over the real @pnp/sp repositories and
// sharing: who may act is read from the lists, repeats change nothing, and the visit moves on.
import { startSite, type Site } from './harness';
import {
  spRepositories,
  SpHeadOfServiceRequestRepository,
  SpFindingsRepository
} from '../../../src/adapters/sp/repositories';
import { AccessDeniedError, DomainError } from '../../../src/core/errors';
import {
  acknowledgeBriefing,
  askCouncillorForMore,
  delegateRequest,
  respondToRequest,
  ValidationError,
  type HosDeps
} from '../../../src/core/services';
import { londonInstant } from '../../../src/core/time/london';
import { addCourtTeam, ANNA, escalated, HOS, hosDeps, SM } from './courtTeam';

const BEN = 'cllr.ben@example.gov.uk';
const DEPUTY = 'deputy.hos@example.gov.uk';
const NOW = '2025-08-01T09:00:00.000Z';

let site: Site;
const deps = (): HosDeps => hosDeps(site.sp(), () => NOW);

beforeAll(async () => {
  site = await startSite();
  await addCourtTeam(site.sp(), [
    ['Anna Able', ANNA],
    ['Ben Bold', BEN]
  ]);
});
afterAll(() => site?.close());

describe('head of service actions', () => {
  it('the head of service responds once; a retry changes nothing; the councillor reads the answer; the visit is Responded', async () => {
    const { requestId, visitId } = await escalated(site.sp());
    const first = await respondToRequest(deps(), {
      requestId,
      actorEmail: HOS,
      response: 'Yes: travel time is paid from 1 September.'
    });
    expect(first).toMatchObject({ outcome: 'done', councillorEmail: ANNA });
    expect(first.visit.status).toBe('Responded');
    const again = await respondToRequest(deps(), {
      requestId,
      actorEmail: HOS,
      response: 'Yes: travel time is paid from 1 September.'
    });
    expect(again.outcome).toBe('already');
    await expect(
      respondToRequest(deps(), { requestId, actorEmail: HOS, response: 'A different answer' })
    ).rejects.toMatchObject({ code: 'AlreadyResponded' });
    expect((await new SpHeadOfServiceRequestRepository(site.sp(ANNA)).get(requestId)).response).toBe(
      'Yes: travel time is paid from 1 September.'
    );
    expect((await spRepositories(site.sp()).visits.get(visitId)).status).toBe('Responded');
  });

  it("refuses anyone but the responder or the team's head of service, whatever the card said", async () => {
    const { requestId } = await escalated(site.sp());
    for (const actor of [ANNA, BEN, SM, 'someone@example.gov.uk', '']) {
      await expect(
        respondToRequest(deps(), { requestId, actorEmail: actor, response: 'forged' })
      ).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(
        delegateRequest(deps(), { requestId, actorEmail: actor, delegateEmail: BEN })
      ).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(
        askCouncillorForMore(deps(), { requestId, actorEmail: actor, question: 'forged' })
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect((await spRepositories(site.sp()).requests.get(requestId)).status).toBe('Requested');
  });

  it('delegates: the delegate can read the form and answer; the head of service still can; bad input is refused', async () => {
    const { requestId } = await escalated(site.sp());
    await expect(
      delegateRequest(deps(), { requestId, actorEmail: HOS, delegateEmail: 'not an address' })
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(delegateRequest(deps(), { requestId, actorEmail: HOS, delegateEmail: HOS })).rejects.toBeInstanceOf(
      ValidationError
    );
    // Only people the council knows: an outside address is refused, and nothing is shared with it.
    const outside = delegateRequest(deps(), { requestId, actorEmail: HOS, delegateEmail: 'friend@gmail.com' });
    await expect(outside).rejects.toThrow(
      'friend@gmail.com is not someone the council knows. Delegate to a service manager, head of service, councillor or officer on this site or an address at example.gov.uk.'
    );
    await expect(
      delegateRequest({ ...deps(), councilDomains: [] }, { requestId, actorEmail: HOS, delegateEmail: DEPUTY })
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await spRepositories(site.sp()).requests.get(requestId)).status).toBe('Requested');
    await expect(new SpHeadOfServiceRequestRepository(site.sp('friend@gmail.com', 1)).get(requestId)).rejects.toThrow();
    // Someone in the lists needs no domain: Ben is a councillor on the site.
    expect(
      (await delegateRequest({ ...deps(), councilDomains: [] }, { requestId, actorEmail: HOS, delegateEmail: BEN }))
        .request.responderEmail
    ).toBe(BEN);
    const d = await delegateRequest(deps(), { requestId, actorEmail: HOS, delegateEmail: DEPUTY });
    expect(d.request).toMatchObject({ status: 'Delegated', responderEmail: DEPUTY });
    expect((await delegateRequest(deps(), { requestId, actorEmail: HOS, delegateEmail: DEPUTY })).outcome).toBe(
      'already'
    );
    const asDeputy = new SpHeadOfServiceRequestRepository(site.sp(DEPUTY));
    expect((await asDeputy.get(requestId)).request).toContain('travel time');
    expect((await new SpFindingsRepository(site.sp(DEPUTY)).get(d.request.findingsId)).councillorEmail).toBe(ANNA);
    // Read only: the delegate answers through the service, not in the list.
    await expect(
      asDeputy.update(await asDeputy.get(requestId), { status: 'Responded', response: 'in the list' })
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const answered = await respondToRequest(deps(), {
      requestId,
      actorEmail: DEPUTY,
      response: 'Answered by the deputy.'
    });
    expect(answered.request).toMatchObject({ status: 'Responded', responderEmail: DEPUTY });
  });

  it('asks the councillor for more, then still takes a response; empty or oversize text is refused', async () => {
    const { requestId } = await escalated(site.sp());
    await expect(askCouncillorForMore(deps(), { requestId, actorEmail: HOS, question: '   ' })).rejects.toBeInstanceOf(
      ValidationError
    );
    const asked = await askCouncillorForMore(deps(), { requestId, actorEmail: HOS, question: 'Which placements?' });
    expect(asked.request.status).toBe('MoreInfoRequested');
    await expect(
      respondToRequest(deps(), { requestId, actorEmail: HOS, response: 'x'.repeat(4001) })
    ).rejects.toBeInstanceOf(ValidationError);
    expect(
      (await respondToRequest(deps(), { requestId, actorEmail: HOS, response: 'Thanks, answered.' })).request.status
    ).toBe('Responded');
  });
});

describe('acknowledging a briefing', () => {
  it('moves a booked visit to Briefed once, for a councillor on it only', async () => {
    const repos = spRepositories(site.sp());
    const team = (await repos.teams.all())[0];
    const visit = await repos.visits.add({
      title: 'Court Team - September 2025',
      teamId: team.id,
      area: team.area,
      visitMonth: '2025-09',
      durationMinutes: 150,
      councillorEmails: [BEN],
      committee: 'Children and Families Committee',
      status: 'Booked',
      visitStart: londonInstant('2025-09-10', '10:00'),
      formTemplate: 'frontline-2025'
    });
    await expect(acknowledgeBriefing(repos, { visitId: visit.id, councillorEmail: ANNA })).rejects.toBeInstanceOf(
      AccessDeniedError
    );
    expect((await acknowledgeBriefing(repos, { visitId: visit.id, councillorEmail: BEN })).visit.status).toBe(
      'Briefed'
    );
    expect((await acknowledgeBriefing(repos, { visitId: visit.id, councillorEmail: BEN })).outcome).toBe('already');
    const planned = await repos.visits.add({ ...visit, status: 'Planned', visitStart: undefined });
    await expect(acknowledgeBriefing(repos, { visitId: planned.id, councillorEmail: BEN })).rejects.toBeInstanceOf(
      DomainError
    );
  });
});
