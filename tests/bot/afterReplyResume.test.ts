// Issue 18: the councillor's Send and the head of service's answer reply once the durable write is
// made, and finish after the reply. Here that later work never happens (the process stops right
// after the reply) or fails (a share that throws): the reminder sweep then finishes it (the form
// completed by resumeSubmissions, the answer by completeResponse) and sends each notice once.
import { startSite, type Site } from '../adapters/sp/harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { botMount, pageLinks, sweepDeps } from '../../src/node/bot';
import { onCardAction } from '../../src/bot/app/router';
import { runSweep } from '../../src/bot/app/sweep';
import { afterReplyRunner, type AfterReply } from '../../src/bot/app/afterReply';
import { answerInputId } from '../../src/bot/cards';
import { FRONTLINE_2025 } from '../../src/core/config';
import { LIST } from '../../src/lists/schema';
import type { BotDeps, BotUser } from '../../src/bot/app/deps';
import type { Visit } from '../../src/core/model';
import type { Repositories, Stored } from '../../src/core/ports/repositories';

const NOW = '2025-07-29T09:00:00.000Z';
const ANNA: BotUser = { id: '29:anna', email: 'cllr.anna@example.gov.uk' };
const HOS: BotUser = { id: '29:hos', email: 'hos@example.gov.uk' };
const SM = 'sm@example.gov.uk';
let site: Site;
let repos: Repositories;
let visit: Stored<Visit>;
/** What reached Teams: one entry per message, by the conversation's user id. */
const delivered: string[] = [];

/** The bot as the service composes it, with `afterReply` as given and Teams stood in for. */
function bot(afterReply: AfterReply): BotDeps {
  const deps = botMount(site.sp(), {
    credentials: { appId: '', appPassword: '' },
    links: pageLinks('http://127.0.0.1:4321/form', 'http://127.0.0.1:4321/dashboard'),
    now: () => NOW,
    config: FRONTLINE_2025,
    afterReply
  }).deps;
  deps.messenger = {
    send: async (reference) => {
      delivered.push((JSON.parse(reference) as { user: { id: string } }).user.id);
      return `activity-${delivered.length}`;
    }
  };
  return deps;
}

/** A process that stops as soon as it has replied: what it left for after the reply never runs. */
const stopsAfterReply: AfterReply = { run: () => undefined, idle: async () => true, pending: 0 };

const sweep = async (deps: BotDeps) => {
  const report = await runSweep(sweepDeps(deps, { options: {}, overallPerSecond: 100 }), NOW);
  return (key: string) => report.results.filter((r) => r.key === key).map((r) => r.outcome);
};

beforeAll(async () => {
  site = await startSite();
  repos = spRepositories(site.sp());
  const team = await repos.teams.add({
    name: 'Court Team',
    area: 'Cared for Children',
    serviceManagerEmail: SM,
    headOfServiceEmail: HOS.email as string,
    location: 'Town Hall'
  });
  await repos.councillors.add({
    name: 'Cllr Anna',
    email: ANNA.email as string,
    committees: ['Children and Families Committee'],
    secondVisitVolunteer: false,
    active: true
  });
  visit = await repos.visits.add({
    title: 'Court Team - July 2025',
    teamId: team.id,
    area: team.area,
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails: [ANNA.email as string],
    committee: 'Children and Families Committee',
    status: 'Visited',
    visitStart: '2025-07-24T09:00:00.000Z',
    formTemplate: 'frontline-2025'
  });
  const deps = bot(stopsAfterReply);
  for (const [email, id] of [
    [SM, '29:sm'],
    [HOS.email, HOS.id],
    [ANNA.email, ANNA.id]
  ])
    await deps.conversations.save({
      userEmail: email as string,
      reference: JSON.stringify({ user: { id }, conversation: { id: `a:${id}` } }),
      status: 'Active',
      updatedAt: '2025-07-29T08:00:00.000Z'
    });
}, 60000);
afterAll(async () => {
  await site?.close();
});

test('a Send whose process stops after the reply is completed by the sweep, its notices sent once', async () => {
  const deps = bot(stopsAfterReply);
  const act = (verb: string, data: Record<string, unknown>) =>
    onCardAction(deps, ANNA, { type: 'Action.Execute', verb, data }, true);
  const answer = (id: string, text: string) => ({ [answerInputId(id)]: text });
  await act('findings.saveSection', {
    visitId: visit.id,
    sectionId: 'quality',
    ...answer('qualityStrengths', 'Warm.')
  });
  await act('findings.saveSection', {
    visitId: visit.id,
    sectionId: 'escalation',
    ...answer('escalationIssues', 'Caseloads above 25.')
  });
  const sent = await act('findings.submit', { visitId: visit.id, sectionId: 'escalation' });
  expect(JSON.stringify(sent.card)).toContain('being passed on to the team');
  // Received and durable, nothing passed on yet.
  const form = await repos.findings.find(visit.id, ANNA.email as string);
  expect([form?.status, form?.submission]).toEqual(['Submitted', 'Sending']);
  expect(await repos.requests.forVisit(visit.id)).toEqual([]);
  expect(delivered).toEqual([]);

  const outcome = await sweep(bot(stopsAfterReply));
  expect((await repos.findings.find(visit.id, ANNA.email as string))?.submission).toBe('Complete');
  expect((await repos.visits.get(visit.id)).status).toBe('FindingsReturned');
  const requests = await repos.requests.forVisit(visit.id);
  expect(requests.map((r) => [r.status, r.responderEmail])).toEqual([['Requested', HOS.email]]);
  const keys = [SM, HOS.email].map((e) => `findings-shared:${form?.id}:${e}`);
  keys.push(`response-requested:${requests[0].id}`);
  for (const key of keys) expect(outcome(key)).toEqual(['sent']);
  expect(delivered.slice().sort()).toEqual(['29:hos', '29:hos', '29:sm']);
  // Audited by the sweep that finished it, once.
  const audited = () =>
    site
      .sp()
      .web.lists.getByTitle(LIST.audit)
      .items.filter(`Action eq 'findings-submitted' and TargetId eq ${form?.id}`)
      .select('Actor')() as Promise<{ Actor: string }[]>;
  expect(await audited()).toEqual([expect.objectContaining({ Actor: ANNA.email })]);

  // A second sweep, and the councillor pressing Send again: nothing more.
  const again = await sweep(bot(stopsAfterReply));
  for (const key of keys) expect(again(key)).toEqual(['already-sent']);
  const failed: string[] = [];
  const runner = afterReplyRunner((task, e) => failed.push(`${task}: ${String(e)}`));
  const resend = await onCardAction(
    bot(runner),
    ANNA,
    { type: 'Action.Execute', verb: 'findings.submit', data: { visitId: visit.id, sectionId: 'escalation' } },
    true
  );
  await runner.idle();
  expect(failed).toEqual([]);
  expect(JSON.stringify(resend.card)).toContain('already sent');
  expect(await repos.requests.forVisit(visit.id)).toHaveLength(1);
  expect(delivered).toHaveLength(3);
  expect(await audited()).toHaveLength(1);
});

test('an answer whose later steps fail after the reply is finished by the sweep: shared, the visit moved on, the councillor told once', async () => {
  const [request] = await repos.requests.forVisit(visit.id);
  const failed: { task: string; error: string }[] = [];
  const runner = afterReplyRunner((task, e) => failed.push({ task, error: String(e) }));
  const deps = bot(runner);
  // Sharing the answer with the councillor fails once (the list throttling past its retries, say).
  const share = deps.sharing.shareRequest.bind(deps.sharing);
  const shared: string[] = [];
  deps.sharing = {
    ...deps.sharing,
    shareFindings: deps.sharing.shareFindings.bind(deps.sharing),
    shareRequest: async (id, grants) => {
      shared.push(grants.map((g) => g.email).join());
      if (shared.length === 1) throw new Error('503 Service Unavailable');
      return share(id, grants);
    }
  };
  const answer = 'A plan for each point, by September.';
  const done = await onCardAction(
    deps,
    HOS,
    { type: 'Action.Execute', verb: 'hos.respond', data: { requestId: request.id, response: answer } },
    true
  );
  expect(JSON.stringify(done.card)).toContain(answer);
  await runner.idle();
  // Logged by the task's name, without the answer's text; nothing after the failure ran.
  expect(failed).toEqual([{ task: 'hos.respond', error: 'Error: 503 Service Unavailable' }]);
  expect((await repos.requests.get(request.id)).status).toBe('Responded');
  expect(shared).toEqual([ANNA.email]);
  expect(delivered.filter((id) => id === ANNA.id)).toEqual([]);

  const outcome = await sweep(deps);
  expect(outcome(`hos-response:${request.id}`)).toEqual(['sent']);
  // The steps after the answer ran again before the message: the answer shared with the councillor.
  expect(shared).toEqual([ANNA.email, ANNA.email]);
  expect((await repos.visits.get(visit.id)).status).toBe('Responded');
  expect(delivered.filter((id) => id === ANNA.id)).toEqual([ANNA.id]);
  expect((await sweep(deps))(`hos-response:${request.id}`)).toEqual(['already-sent']);
  expect(delivered.filter((id) => id === ANNA.id)).toEqual([ANNA.id]);
});
