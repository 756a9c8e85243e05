// Seeds a site with the 2025/26 arrangements from the seed papers: teams, the committee members, the
// rota, the QA calendar, the three July 2025 forms (seed 004) with their escalations, and the
// findings history of the seed papers (importHistory.ts). Safe to run again: each item is matched
// by its natural key and only missing ones are added.
import type { SPFI } from '@pnp/sp';
import { escalationText, FRONTLINE_2025_TEMPLATE } from '../core/forms';
import { addDays, londonInstant } from '../core/time/london';
import { BEN_WYE, CFCCL_MEMBERS_2025, QA_2025, TEAMS_2025 } from '../core/samples/rota2025';
import { VISITS_2025 } from '../core/samples/visits2025';
import { SEED_FORMS } from '../core/samples/forms2025';
import { spRepositories } from '../adapters/sp/repositories';
import { spFindingsSharing } from '../adapters/sp/findingsSharing';
import { findingsGrants, requestGrants } from '../core/services/submitSteps';
import { seedHistory } from './importHistory';

/** Which rota team each July 2025 form was about (the forms name the teams slightly differently). */
const FORM_TEAM: Record<string, string> = {
  'Sarah Bennett-Wake': 'Cared for Teams',
  'Sally Ann Holland': 'Care Leavers Teams',
  'Ben Wye': 'Court Team'
};
const FORM_DAY: Record<string, string> = {
  'Sarah Bennett-Wake': '2025-07-14',
  'Sally Ann Holland': '2025-07-17',
  'Ben Wye': '2025-07-24'
};

export async function seed(sp: SPFI): Promise<string[]> {
  const done: string[] = [];
  const repos = spRepositories(sp);
  const teamsRepo = repos.teams;
  const existingTeams = await teamsRepo.all();
  const teamId = new Map(existingTeams.map((t) => [t.name, t.id]));
  for (const t of TEAMS_2025) {
    if (teamId.has(t.name)) continue;
    const created = await teamsRepo.add({
      name: t.name,
      area: t.area,
      serviceManagerEmail: t.serviceManagerEmail,
      headOfServiceEmail: t.headOfServiceEmail,
      location: t.location
    });
    teamId.set(t.name, created.id);
    done.push(`team ${t.name}`);
  }

  const councillors = repos.councillors;
  for (const c of [...CFCCL_MEMBERS_2025, BEN_WYE]) {
    if (await councillors.byEmail(c.email)) continue;
    await councillors.add(c);
    done.push(`councillor ${c.name}`);
  }

  const qa = repos.qa;
  const haveQa = new Set(
    (await qa.between('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z')).map((q) => `${q.title}|${q.start}`)
  );
  for (const item of QA_2025) {
    if (haveQa.has(`${item.title}|${item.start}`)) continue;
    await qa.add(item);
    done.push(`calendar ${item.title}`);
  }

  const visits = repos.visits;
  const haveVisits = new Map((await visits.query()).map((v) => [v.title, v]));
  const sampleTeamName = new Map(TEAMS_2025.map((t) => [t.id, t.name]));
  for (const v of VISITS_2025) {
    if (haveVisits.has(v.title)) continue;
    const id = teamId.get(sampleTeamName.get(v.teamId) as string) as number;
    const { id: _sampleId, ...rest } = v;
    void _sampleId;
    haveVisits.set(v.title, await visits.add({ ...rest, teamId: id }));
    done.push(`visit ${v.title}`);
  }

  done.push(...(await seedForms(sp, haveVisits, teamId)));
  done.push(...(await seedHistory(sp)));
  return done;
}

async function seedForms(
  sp: SPFI,
  visitsByTitle: Map<string, { id: number; teamId: number; visitStart?: string }>,
  teamId: Map<string, number>
): Promise<string[]> {
  const done: string[] = [];
  const { findings, requests } = spRepositories(sp);
  const sharing = spFindingsSharing(sp);
  const people = [...CFCCL_MEMBERS_2025, BEN_WYE];
  const teams = new Map(TEAMS_2025.map((t) => [t.name, t]));
  for (const form of SEED_FORMS) {
    const teamName = FORM_TEAM[form.councillor];
    const visit = [...visitsByTitle.values()].find((v) => v.teamId === teamId.get(teamName));
    const councillor = people.find((p) => p.name === form.councillor);
    if (!visit || !councillor) continue;
    if (await findings.find(visit.id, councillor.email)) continue;
    const submittedAt = londonInstant(addDays(FORM_DAY[form.councillor], 6), '17:00');
    const created = await findings.create(
      {
        visitId: visit.id,
        councillorEmail: councillor.email,
        status: 'Submitted',
        submission: 'Complete',
        submittedAt,
        channel: 'SharePoint',
        templateId: 'frontline-2025',
        answers: form.answers
      },
      `${teamName} - ${FORM_DAY[form.councillor].split('-').reverse().join('/')} - ${councillor.name}`
    );
    const team = teams.get(teamName);
    // The readers core names for a sent form and its request (completeSubmission's rule).
    if (team) await sharing.shareFindings(created.id, findingsGrants(councillor.email, team));
    done.push(`findings from ${councillor.name}`);
    const escalated = escalationText(FRONTLINE_2025_TEMPLATE, form.answers);
    if (escalated && team) {
      const request = await requests.create({
        findingsId: created.id,
        visitId: visit.id,
        responderEmail: team.headOfServiceEmail,
        status: 'Requested',
        request: escalated,
        requestedAt: submittedAt
      });
      await sharing.shareRequest(request.id, requestGrants(councillor.email, team));
      done.push(`head of service request for ${councillor.name}`);
    }
  }
  return done;
}
