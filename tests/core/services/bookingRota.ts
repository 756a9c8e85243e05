// The booking tests' rota: a planned July visit for Anna beside another team's booked visit for Ben.
import { AREA, BEN, visitFields, world } from './world';

/** A planned July visit for Anna, and a second team's booked visit for Ben on Thu 24 July. */
export async function rota() {
  const w = await world({ status: 'Planned', visitStart: undefined, findingsDueDate: undefined });
  const repos = w.mem.repos();
  const otherTeam = await repos.teams.add({
    name: 'Cared for Teams',
    area: AREA,
    serviceManagerEmail: 'sm.cf@example.gov.uk',
    headOfServiceEmail: 'hos@example.gov.uk',
    location: 'Delamere House'
  });
  const bens = await repos.visits.add(
    visitFields(otherTeam.id, { title: 'Cared for Teams - July 2025', councillorEmails: [BEN] })
  );
  w.clock.now = '2025-06-01T09:00:00.000Z';
  return { ...w, repos, bens, otherTeamId: otherTeam.id };
}
