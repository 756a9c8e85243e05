import { isOfficerAmong, officerByGroups, OFFICERS_GROUP } from '../../src/core/officers';
import { DEFAULT_PERMISSION_PLAN } from '../../src/adapters/sp/provision/permissions';

describe('officers: members of the officers site group', () => {
  it('matches a member by e-mail, whatever the case or spacing either side', () => {
    expect(isOfficerAmong(['Olive.Officer@Council.gov.uk', undefined], ' olive.officer@council.gov.uk ')).toBe(true);
    expect(isOfficerAmong(['olive.officer@council.gov.uk'], 'other@council.gov.uk')).toBe(false);
    expect(isOfficerAmong(['', 'olive.officer@council.gov.uk'], '')).toBe(false);
  });

  it('knows the signed-in user by the titles of their groups, the group provisioning creates', () => {
    expect(officerByGroups(['Frontline Visits Visitors', OFFICERS_GROUP])).toBe(true);
    expect(officerByGroups(['Frontline Visits Visitors'])).toBe(false);
    expect(DEFAULT_PERMISSION_PLAN.officersGroup).toBe(OFFICERS_GROUP);
  });
});
