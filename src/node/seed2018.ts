// Seeds a site with the 2018 arrangements of seed 001 (src/core/samples/council2018.ts): the three
// intake teams, the members of the paper and the 2018 rota of visits by pairs of councillors. Safe to
// run again: teams are matched by name, councillors by e-mail and visits by title; only missing ones
// are added. The paper has no filled Signs of Safety form, so there are no sent forms to seed.
import type { SPFI } from '@pnp/sp';
import { COUNCILLORS_2018, TEAMS_2018, VISITS_2018 } from '../core/samples/council2018';
import { spRepositories } from '../adapters/sp/repositories';

export async function seed2018(sp: SPFI): Promise<string[]> {
  const done: string[] = [];
  const repos = spRepositories(sp);
  const teamId = new Map((await repos.teams.all()).map((t) => [t.name, t.id]));
  for (const t of TEAMS_2018) {
    if (teamId.has(t.name)) continue;
    const { id: _sampleId, ...rest } = t;
    void _sampleId;
    teamId.set(t.name, (await repos.teams.add(rest)).id);
    done.push(`team ${t.name}`);
  }

  for (const c of COUNCILLORS_2018) {
    if (await repos.councillors.byEmail(c.email)) continue;
    await repos.councillors.add(c);
    done.push(`councillor ${c.name}`);
  }

  const haveVisits = new Set((await repos.visits.query()).map((v) => v.title));
  const sampleTeamName = new Map(TEAMS_2018.map((t) => [t.id, t.name]));
  for (const v of VISITS_2018) {
    if (haveVisits.has(v.title)) continue;
    const id = teamId.get(sampleTeamName.get(v.teamId) as string) as number;
    const { id: _sampleId, ...rest } = v;
    void _sampleId;
    await repos.visits.add({ ...rest, teamId: id });
    haveVisits.add(v.title);
    done.push(`visit ${v.title}`);
  }
  return done;
}
