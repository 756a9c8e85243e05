// How booking messages name people and visits: councillors by name (`Cllr Sarah Bennett-Wake`) and
// visits by team (`the Fostering Team`), never by e-mail or list id. The names come from the lists
// the services already read, loaded only when a message needs them.
import { cllr } from '../councillors';
import type { Councillor, Team, Visit } from '../model';
import type { CouncillorRepository, TeamRepository } from '../ports/repositories';
import { normalizeEmail } from '../email';

export interface Names {
  /** `Cllr Sarah Bennett-Wake`; an address not on the list is shown as it is. */
  councillor(email: string): string;
  /** `the Fostering Team`; the visit's title when its team is not on the list. */
  team(visit: Pick<Visit, 'teamId' | 'title'>): string;
}

/** Where names come from; a caller without the lists (some hosts, old tests) still gets readable text. */
export interface NameDeps {
  councillors?: Partial<Pick<CouncillorRepository, 'all'>>;
  teams?: Partial<Pick<TeamRepository, 'all'>>;
}

export function namesFrom(
  councillors: readonly Pick<Councillor, 'email' | 'name'>[],
  teams: readonly Pick<Team, 'id' | 'name'>[]
): Names {
  const people = new Map(councillors.map((c) => [normalizeEmail(c.email), c.name]));
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  return {
    councillor: (email) => {
      const name = people.get(normalizeEmail(email));
      return name ? cllr(name) : email;
    },
    team: (visit) => {
      const name = teamNames.get(visit.teamId) ?? visit.title.split(' - ')[0];
      return /^the\b/i.test(name) ? name : `the ${name}`;
    }
  };
}

export async function loadNames(deps: NameDeps): Promise<Names> {
  const [councillors, teams] = await Promise.all([
    deps.councillors?.all ? deps.councillors.all() : Promise.resolve([]),
    deps.teams?.all ? deps.teams.all() : Promise.resolve([])
  ]);
  return namesFrom(councillors, teams);
}

/** `The Fostering Team`, for the start of a sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
