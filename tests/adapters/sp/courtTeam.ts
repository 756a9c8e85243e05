// The Court Team site both head-of-service suites act on (headOfService.test.ts,
// moreInfoQuestion.test.ts): the team with its head of service, councillor Anna, and her sent form
// with an issue escalated, written through the real @pnp/sp repositories and sharing.
import type { SPFI } from '@pnp/sp';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../../src/adapters/sp/findingsSharing';
import { submitFindings, type HosDeps } from '../../../src/core/services';
import { londonInstant } from '../../../src/core/time/london';
import { FRONTLINE_2025 } from '../../../src/core/config';

export const ANNA = 'cllr.anna@example.gov.uk';
export const SM = 'sm.court@example.gov.uk';
export const HOS = 'hos.court@example.gov.uk';

/** The head-of-service services' dependencies on the site, at `now`. */
export const hosDeps = (sp: SPFI, now: () => string): HosDeps => ({
  ...spRepositories(sp),
  sharing: spFindingsSharing(sp),
  now,
  councilDomains: ['example.gov.uk']
});

/** The Court Team (head of service HOS) and the councillors, by name and e-mail. */
export async function addCourtTeam(sp: SPFI, councillors: [string, string][]): Promise<void> {
  const repos = spRepositories(sp);
  await repos.teams.add({
    name: 'Court Team',
    area: 'Cared for Children',
    serviceManagerEmail: SM,
    headOfServiceEmail: HOS,
    location: 'Crewe'
  });
  for (const [name, email] of councillors)
    await repos.councillors.add({ name, email, committees: [], secondVisitVolunteer: false, active: true });
}

/** A visit Anna made to the site's first team, with her form sent and an issue escalated. */
export async function escalated(sp: SPFI): Promise<{ requestId: number; visitId: number }> {
  const repos = spRepositories(sp);
  const team = (await repos.teams.all())[0];
  const visit = await repos.visits.add({
    title: 'Court Team - July 2025',
    teamId: team.id,
    area: team.area,
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails: [ANNA],
    committee: 'Children and Families Committee',
    status: 'Booked',
    visitStart: londonInstant('2025-07-24', '10:00'),
    formTemplate: 'frontline-2025'
  });
  const sent = await submitFindings(
    { ...repos, sharing: spFindingsSharing(sp), now: () => '2025-07-28T10:00:00.000Z', config: FRONTLINE_2025 },
    {
      visitId: visit.id,
      councillorEmail: ANNA,
      channel: 'Teams',
      answers: { qualityStrengths: 'Good', escalationIssues: 'Is travel time paid?' }
    }
  );
  return { requestId: sent.request?.id as number, visitId: visit.id };
}
