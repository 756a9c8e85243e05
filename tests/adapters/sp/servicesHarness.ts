// Shared by the application services' tests over the real @pnp/sp repositories and sharing
// (servicesSubmit.test.ts, servicesBooking.test.ts): a local list server with the council's people
// as site visitors, one team and two councillors; the bot's and an officer's dependencies; a clock.
import { startSite, type Site, OFFICER } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../../src/adapters/sp/findingsSharing';
import { FRONTLINE_2025 } from '../../../src/core/config';
import type { Visit } from '../../../src/core/model';
import type { Repositories } from '../../../src/core/ports/repositories';
import type { BookingDeps, SubmitDeps } from '../../../src/core/services';

export const ANNA = 'cllr.anna@example.gov.uk';
export const BEN = 'cllr.ben@example.gov.uk';
export const SM = 'sm.court@example.gov.uk';
export const HOS = 'hos.cared.for@example.gov.uk';
export const AREA = 'Cared for Children and Care Leavers';
export const ANSWERS = {
  qualityStrengths: 'Supervision is regular and focused.',
  escalationIssues: 'How do we assess the quality of new foster carers?'
};

export let site: Site;
export let repos: Repositories;
export let teamId: number;
export let now = '2025-07-30T16:00:00.000Z';
export const setNow = (iso: string): void => {
  now = iso;
};

/** The bot's identity (the site admin stands in for the app-only principal). */
export const botDeps = (): SubmitDeps => ({
  ...spRepositories(site.sp()),
  sharing: spFindingsSharing(site.sp()),
  now: () => now,
  config: FRONTLINE_2025
});
/** An officer in their own browser session. */
export const officerDeps = (): BookingDeps & Repositories => ({
  ...spRepositories(site.sp(OFFICER)),
  config: FRONTLINE_2025,
  now: () => now
});

export const visit = (extra: Partial<Visit>): Omit<Visit, 'id'> => ({
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

export async function startWorld(): Promise<void> {
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
}

export async function stopWorld(): Promise<void> {
  await site?.close();
}
