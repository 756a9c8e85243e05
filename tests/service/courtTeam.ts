// The small world the service tests share: the Court Team with its managers, two councillors, and
// visits to the team held on 24 July 2025.
import { londonInstant } from '../../src/core/time/london';
import type { Team, Visit } from '../../src/core/model';
import type { Repositories, Stored } from '../../src/core/ports/repositories';

export const COUNCILLORS: [string, string][] = [
  ['Anna Able', 'cllr.anna@example.gov.uk'],
  ['Ben Bold', 'cllr.ben@example.gov.uk']
];

/** Adds the Court Team (with these managers) and the two councillors. */
export async function seedCourtTeam(repos: Repositories, managers: { sm: string; hos: string }): Promise<Stored<Team>> {
  const team = await repos.teams.add({
    name: 'Court Team',
    area: 'Cared for Children',
    serviceManagerEmail: managers.sm,
    headOfServiceEmail: managers.hos,
    location: 'Crewe'
  });
  for (const [name, email] of COUNCILLORS) {
    await repos.councillors.add({
      name,
      email,
      committees: ['Children and Families Committee'],
      secondVisitVolunteer: false,
      active: true
    });
  }
  return team;
}

/** A booked visit to the team on 24 July 2025 (10:00 London), for these councillors. */
export function courtVisit(
  team: Stored<Team>,
  councillorEmails: string[],
  extra: Partial<Visit> = {}
): Omit<Visit, 'id'> {
  return {
    title: 'Court Team - July 2025',
    teamId: team.id,
    area: 'Cared for Children',
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails,
    committee: 'Children and Families Committee',
    status: 'Booked',
    visitStart: londonInstant('2025-07-24', '10:00'),
    formTemplate: 'frontline-2025',
    ...extra
  };
}
