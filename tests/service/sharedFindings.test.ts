/**
 * @jest-environment node
 */
// The form page's "findings shared with you", each person reading the local list server with their
// own session: the item permissions core set when the forms were sent decide what each sees.
import { spRepositories } from '../../src/adapters/sp/repositories';
import { pageReads } from '../../src/webparts/visitForm/pageReads';
import { sharedFindingsService } from '../../src/webparts/visitForm/sharedFindings';
import { councilPeople } from '../../src/webparts/visitForm/councilPeople';
import { ANNA, BEN, DEPUTY, HOS, OTHER_HOS, SM, useRequestsWorld } from './requestsWorld';

const { w, as } = useRequestsWorld();

/** The page's list as `who` sees it. */
const listFor = (who: string) => {
  const repos = spRepositories(w().site.sp(who));
  return sharedFindingsService({ repos, reads: pageReads(repos), userEmail: who }).list();
};

describe('the findings shared with the signed-in person', () => {
  it("gives the head of service and the service manager the visit's sent forms and requests, awaiting a response", async () => {
    for (const [who, role] of [
      [HOS, 'head of service'],
      [SM, 'service manager']
    ] as const) {
      const found = await listFor(who);
      expect(found.contactFor).toEqual(['Court Team']);
      expect(found.visits).toHaveLength(1);
      const [visit] = found.visits;
      expect(visit).toMatchObject({
        visitId: w().visitId,
        teamName: 'Court Team',
        date: 'Thursday 24 July 2025',
        roles: [role]
      });
      expect(visit.forms.map((f) => f.councillorEmail).sort()).toEqual([ANNA, BEN]);
      for (const f of visit.forms) {
        expect(f.request).toMatchObject({ status: 'Requested', responderEmail: HOS, findingsId: f.findingsId });
        expect(f.answers.qualityStrengths).toBe('Reflective supervision.');
        expect(f.template.sections.length).toBeGreaterThan(0);
      }
    }
  });

  it("shows another area's head of service and a councillor nothing (the councillor reads their own form on the form itself)", async () => {
    expect(await listFor(OTHER_HOS)).toEqual({ visits: [], contactFor: ['Fostering Team'] });
    expect(await listFor(ANNA)).toEqual({ visits: [], contactFor: [] });
  });

  it('gives a delegate outside the site their one request and form, without the rota; the head of service sees it delegated', async () => {
    await as(HOS).delegate(w().benRequest.id, DEPUTY);
    const found = await listFor(DEPUTY);
    expect(found.contactFor).toEqual([]);
    expect(found.visits).toHaveLength(1);
    expect(found.visits[0]).toMatchObject({ visitId: w().visitId, teamName: undefined, roles: ['delegate'] });
    expect(found.visits[0].forms).toHaveLength(1);
    expect(found.visits[0].forms[0]).toMatchObject({
      councillorEmail: BEN,
      request: { id: w().benRequest.id, status: 'Delegated', responderEmail: DEPUTY }
    });
    const hos = (await listFor(HOS)).visits[0];
    expect(hos.forms.find((f) => f.councillorEmail === BEN)?.request).toMatchObject({
      status: 'Delegated',
      responderEmail: DEPUTY
    });
  });

  it("suggests the council's people as delegates: the lists' people and site users at the council's domains, not the person", async () => {
    const repos = spRepositories(w().site.sp(HOS));
    const people = await councilPeople({
      reads: pageReads(repos),
      councillors: repos.councillors,
      siteUsers: async () => [
        { email: 'officer.two@example.gov.uk', name: 'Officer Two' },
        { email: 'contractor@elsewhere.org', name: 'Contractor' }
      ],
      process: async () => ({ councilDomains: ['example.gov.uk'] }),
      userEmail: HOS
    })();
    const emails = people.map((p) => p.email);
    expect(emails).toEqual(expect.arrayContaining([SM, OTHER_HOS, 'officer.two@example.gov.uk']));
    expect(emails).not.toContain(HOS);
    expect(emails).not.toContain('contractor@elsewhere.org');
    expect(people.find((p) => p.email === SM)?.label).toBe(`${SM} (service manager, Court Team)`);
  });
});
