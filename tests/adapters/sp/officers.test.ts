// Core's one officer definition (core/officers.ts) over the provisioned site's officers group: the
// service's directory and the form web part's own check agree on who is an officer.
import { startSite, OFFICER, type Site } from './harness';
import { currentUserIsOfficer, SpOfficerDirectory } from '../../../src/adapters/sp/officers';

describe('officers on SharePoint', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  }, 60000);
  afterAll(() => site?.close());

  it('the directory and the signed-in check both say the group member is an officer, and nobody else', async () => {
    const directory = new SpOfficerDirectory(site.sp());
    expect(await directory.isOfficer(` ${OFFICER.toUpperCase()} `)).toBe(true);
    expect(await directory.isOfficer('someone.else@example.gov.uk')).toBe(false);
    expect(await currentUserIsOfficer(site.sp(OFFICER))).toBe(true);
    // The site's admin can edit everything (Manage Lists) but is not in the group: not an officer.
    expect(await currentUserIsOfficer(site.sp())).toBe(false);
  });
});
