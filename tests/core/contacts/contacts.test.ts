// A visit's point of contact: someone the council knows (its domains, or a person on the site), with
// a refusal that says what is allowed; the rota's setVisitContact; the settings' default by the
// domain half of the same rule.
import { FRONTLINE_2025_SETTINGS, validateSettings } from '../../../src/core/settings';
import {
  assertKnownContact,
  contactOf,
  inCouncilDomains,
  knownAs,
  UnknownContactError
} from '../../../src/core/contacts';
import { DomainError } from '../../../src/core/errors';
import { setVisitContact } from '../../../src/core/services/visitContact';
import { ConflictError } from '../../../src/core/errors';
import { ANNA, HOS, SM, world } from '../services/world';

const OFFICER = 'officer@elsewhere.org';
const officers = { isOfficer: async (e: string) => e === OFFICER };

async function people(domains: string[] = ['anyshire.gov.uk']) {
  const w = await world();
  const repos = w.mem.repos();
  return { w, repos, dir: { councillors: repos.councillors, teams: repos.teams, officers, councilDomains: domains } };
}

describe('who may be a point of contact', () => {
  it('knows councillors, team contacts and officers on the site, and addresses in the council domains', async () => {
    const { dir } = await people();
    await expect(knownAs(dir, ANNA.toUpperCase())).resolves.toBe('councillor');
    await expect(knownAs(dir, SM)).resolves.toBe('team');
    await expect(knownAs(dir, HOS)).resolves.toBe('team');
    await expect(knownAs(dir, OFFICER)).resolves.toBe('officer');
    await expect(knownAs(dir, 'someone@social.anyshire.gov.uk')).resolves.toBe('domain');
    await expect(knownAs(dir, 'someone@anyshire.gov.uk.evil.com')).resolves.toBeUndefined();
    await expect(knownAs(dir, 'stranger@gmail.com')).resolves.toBeUndefined();
    await expect(knownAs(dir, 'not an address')).resolves.toBeUndefined();
  });

  it('returns the address lower case, or refuses with a 4xx-style DomainError naming what is allowed', async () => {
    const { dir } = await people();
    await expect(assertKnownContact(dir, ` ${HOS.toUpperCase()} `)).resolves.toBe(HOS);
    const refused = await assertKnownContact(dir, 'Stranger@Gmail.com').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UnknownContactError);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('UnknownContact');
    expect((refused as Error).message).toBe(
      'stranger@gmail.com is not someone the council knows. The point of contact must be an address at anyshire.gov.uk, or a councillor, service manager, head of service or officer on this site, who can use the Frontline Visits app in Teams.'
    );
    await expect(assertKnownContact(dir, 'visits at council')).rejects.toThrow(
      /is not an e-mail address\. The point of contact must be/
    );
  });

  it('without domains, only people on the site count, and the message says so', async () => {
    const { dir } = await people([]);
    await expect(assertKnownContact({ ...dir, officers: undefined }, OFFICER)).rejects.toThrow(
      'officer@elsewhere.org is not someone the council knows. The point of contact must be a councillor, service manager, head of service or officer on this site, who can use the Frontline Visits app in Teams.'
    );
    expect(inCouncilDomains('a@x.gov.uk', ['@X.gov.uk'])).toBe(true);
  });

  it("uses the visit's own contact, else the default", () => {
    expect(contactOf({ pointOfContactEmail: ' Poc@Anyshire.gov.uk ' }, 'd@anyshire.gov.uk')).toBe(
      'poc@anyshire.gov.uk'
    );
    expect(contactOf({ pointOfContactEmail: '' }, 'D@anyshire.gov.uk')).toBe('d@anyshire.gov.uk');
    expect(contactOf({}, undefined)).toBe('');
  });
});

describe('setVisitContact', () => {
  it('saves a known person against the loaded visit, refuses an unknown one and writes nothing', async () => {
    const { w, repos, dir } = await people();
    const deps = { ...dir, visits: repos.visits };
    const saved = await setVisitContact(deps, { visit: w.visit, email: 'HOS.Cared.For@example.gov.uk' });
    expect(saved.pointOfContactEmail).toBe(HOS);
    await expect(setVisitContact(deps, { visit: saved, email: 'stranger@gmail.com' })).rejects.toThrow(
      UnknownContactError
    );
    expect((await repos.visits.get(w.visit.id)).pointOfContactEmail).toBe(HOS);
    // A stale visit (someone else saved since) is never overwritten.
    await expect(setVisitContact(deps, { visit: w.visit, email: SM })).rejects.toThrow(ConflictError);
    // Empty clears it: the visit then uses the default point of contact.
    expect((await setVisitContact(deps, { visit: saved, email: ' ' })).pointOfContactEmail ?? '').toBe('');
  });

  it('refuses a change to a visit that is over', async () => {
    const { w, repos, dir } = await people();
    const cancelled = await repos.visits.update(w.visit, { status: 'Cancelled', statusReason: 'x' });
    await expect(setVisitContact({ ...dir, visits: repos.visits }, { visit: cancelled, email: SM })).rejects.toThrow(
      /is Cancelled; its point of contact can no longer be changed/
    );
  });
});

describe("the settings' default point of contact", () => {
  const settings = (pointOfContactEmail: string, councilDomains: string[]) => ({
    ...FRONTLINE_2025_SETTINGS,
    councilDomains,
    pointOfContactEmail
  });

  it('must be inside the council domains when any are set (settings cannot read the lists)', () => {
    expect(validateSettings(settings('poc@social.anyshire.gov.uk', ['anyshire.gov.uk'])).ok).toBe(true);
    expect(validateSettings(settings('', ['anyshire.gov.uk'])).ok).toBe(true);
    expect(validateSettings(settings('poc@gmail.com', [])).ok).toBe(true);
    const refused = validateSettings(settings('poc@gmail.com', ['anyshire.gov.uk']));
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors).toEqual([
        {
          field: 'pointOfContactEmail',
          message:
            "must be empty or an address at anyshire.gov.uk (the council's domains): a person who can use the Frontline Visits app in Teams"
        }
      ]);
  });
});
