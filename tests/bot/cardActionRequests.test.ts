// The write side of the bot's critical path (issue 18), through the router's card actions over the
// real repositories and the local list server, counted at a proxy in front of it as the bench
// counts (bench/countingProxy.ts): list requests, and how many of them the turn waited for one
// after another. A section save is two (one $batch: who is asking, the visit, the draft and the
// teams; then the ETag-conditional write), a stale card still overwrites nothing, and the submit and
// the head of service's answer reply after two (the $batch, then the durable write), their other
// steps running after the reply (deps.afterReply), awaited here and counted apart.
import { startSite, type Site } from '../adapters/sp/harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { botMount, pageLinks } from '../../src/node/bot';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { onCardAction } from '../../src/bot/app/router';
import { answerInputId } from '../../src/bot/cards';
import { FRONTLINE_2025 } from '../../src/core/config';
import type { BotDeps, BotUser } from '../../src/bot/app/deps';
import type { Visit } from '../../src/core/model';
import type { Repositories, Stored } from '../../src/core/ports/repositories';
import { sequentialSteps, startCountingProxy, type CountingProxy } from '../../bench/countingProxy';
import { afterReplyRunner } from '../../src/bot/app/afterReply';

/** The bot's steps after its replies (awaited, failures checked), and what reached Teams, by user id. */
const failures: string[] = [];
const afterReply = afterReplyRunner((task, e) => failures.push(`${task}: ${String(e)}`));
const delivered: string[] = [];

const ANNA: BotUser = {
  id: '29:anna',
  aadObjectId: '00000000-0000-4000-8000-0000000000a1',
  email: 'cllr.anna@example.gov.uk'
};
const HOS: BotUser = { id: '29:hos', aadObjectId: '00000000-0000-4000-8000-0000000000c3', email: 'hos@example.gov.uk' };
let site: Site;
let proxy: CountingProxy;
let repos: Repositories;
let visit: Stored<Visit>;
let deps: BotDeps;

/** One card action, and what the list server was asked for it. */
async function act(user: BotUser, verb: string, data: Record<string, unknown>) {
  proxy.take();
  const turn = await onCardAction(deps, user, { type: 'Action.Execute', verb, data }, true);
  const t = proxy.take();
  return { card: JSON.stringify(turn.card), requests: t.requests, steps: sequentialSteps(t.spans), lines: t.lines };
}

/**
 * The list server's added latency (its fault injection, as the bench's tenant figure uses): with
 * every request held 40 ms, requests the bot starts together are in flight together at the proxy
 * however busy the machine, so the sequential count is the turn's structure, not its scheduling.
 */
async function listLatency(ms: number): Promise<void> {
  const r = await fetch(new URL('/_local/faults', site.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Frontline-User': LOCAL_ADMIN },
    body: JSON.stringify({ latencyMs: ms })
  });
  expect(r.status).toBeLessThan(300);
}

const etagNow = async (): Promise<string> => (await repos.findings.find(visit.id, ANNA.email as string))!.etag;

beforeAll(async () => {
  site = await startSite();
  proxy = await startCountingProxy(site.url);
  repos = spRepositories(site.sp());
  const team = await repos.teams.add({
    name: 'Court Team',
    area: 'Cared for Children',
    serviceManagerEmail: 'sm@example.gov.uk',
    headOfServiceEmail: HOS.email as string,
    location: 'Town Hall'
  });
  await repos.councillors.add({
    name: 'Cllr Anna',
    email: ANNA.email as string,
    aadObjectId: ANNA.aadObjectId,
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
  deps = botMount(nodeSp(proxy.siteUrl, { kind: 'local', user: LOCAL_ADMIN }), {
    credentials: { appId: '', appPassword: '' },
    links: pageLinks('http://127.0.0.1:4321/form', 'http://127.0.0.1:4321/dashboard'),
    now: () => '2025-07-29T09:00:00.000Z',
    config: FRONTLINE_2025,
    afterReply
  }).deps;
  // Teams stood in for: the service manager, head of service and councillor have the app.
  deps.messenger = {
    send: async (reference) => {
      delivered.push((JSON.parse(reference) as { user: { id: string } }).user.id);
      return `activity-${delivered.length}`;
    }
  };
  for (const [email, id] of [
    ['sm@example.gov.uk', '29:sm'],
    [HOS.email, HOS.id],
    [ANNA.email, ANNA.id]
  ])
    await deps.conversations.save({
      userEmail: email as string,
      reference: JSON.stringify({ user: { id }, conversation: { id: `a:${id}` } }),
      status: 'Active',
      updatedAt: '2025-07-29T08:00:00.000Z'
    });
  // The request digest PnPjs fetches once per process, before the first write: not a turn's.
  await onCardAction(deps, HOS, { type: 'Action.Execute', verb: 'findings.start', data: { visitId: visit.id } }, true);
}, 60000);
afterAll(async () => {
  await proxy?.close();
  await site?.close();
});

const section = (sectionId: string, answers: Record<string, string>, etag?: string) => ({
  visitId: visit.id,
  sectionId,
  // The card's inputs, named as the cards name them (answer:<question id>).
  ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [answerInputId(k), v])),
  ...(etag ? { etag } : {})
});

test('opening the form on a visit is one list request: the same $batch, and nothing else', async () => {
  const opened = await act(ANNA, 'findings.start', { visitId: visit.id });
  expect(opened.card).toContain('Court Team');
  expect(opened.lines).toEqual([expect.stringMatching(/^POST .*\$batch$/)]);
});

test('a section save after the first is two list requests, one after the other: a $batch of reads, then the write', async () => {
  await act(ANNA, 'findings.saveSection', section('quality', { qualityStrengths: 'Settled team.' }));
  const saved = await act(
    ANNA,
    'findings.saveSection',
    section('quality', { qualityStrengths: 'Settled, warm team.' }, await etagNow())
  );
  expect(saved.card).toContain('Court Team');
  expect(saved.lines).toEqual([
    expect.stringMatching(/^POST .*\$batch$/),
    expect.stringMatching(/^POST .*Visit Findings.*items\(\d+\)$/)
  ]);
  expect(saved.requests).toBe(2);
  expect(saved.steps).toBe(2);
  expect((await repos.findings.find(visit.id, ANNA.email as string))?.answers.qualityStrengths).toBe(
    'Settled, warm team.'
  );
});

test('a card older than the stored draft still overwrites nothing (the ETag-conditional write refuses it)', async () => {
  const stale = await etagNow();
  await act(ANNA, 'findings.saveSection', section('quality', { qualityStrengths: 'From the phone.' }, stale));
  const refused = await act(
    ANNA,
    'findings.saveSection',
    section('quality', { qualityStrengths: 'From the laptop.' }, stale)
  );
  expect(refused.card).toContain('saved');
  expect((await repos.findings.find(visit.id, ANNA.email as string))?.answers.qualityStrengths).toBe('From the phone.');
});

test('who is asking is still checked from the lists: someone not on the visit saves nothing, in the same $batch', async () => {
  const before = await etagNow();
  const stranger: BotUser = {
    id: '29:x',
    aadObjectId: '00000000-0000-4000-8000-0000000000d4',
    email: 'x@example.gov.uk'
  };
  const turn = await act(stranger, 'findings.saveSection', section('quality', { qualityStrengths: 'Forged.' }, before));
  expect(turn.lines.filter((l) => !l.startsWith('GET') && !l.endsWith('$batch'))).toEqual([]);
  expect(await etagNow()).toBe(before);
});

/** The bot's work after the reply, awaited (no sleeps): what the list server was asked for it. */
async function afterTheReply() {
  await afterReply.idle();
  expect(failures).toEqual([]);
  const t = proxy.take();
  return { requests: t.requests, steps: sequentialSteps(t.spans), lines: t.lines };
}

test("submit and the head of service's answer reply after two round trips, and finish everything after", async () => {
  await act(
    ANNA,
    'findings.saveSection',
    section('escalation', { escalationIssues: 'Caseloads above 25.' }, await etagNow())
  );
  await listLatency(40);
  const sent = await act(ANNA, 'findings.submit', section('escalation', {}, await etagNow()));
  // Before the reply: the $batch (who is asking, the visit, the draft, the teams), then the one
  // ETag-conditional write of the intent (Submitted, 'Sending'). The card says what is true then.
  // (Before issue 18's split: 28 requests, 12 one after another.)
  expect(sent.lines).toEqual([
    expect.stringMatching(/\$batch$/),
    expect.stringMatching(/Visit Findings.*items\(\d+\)$/)
  ]);
  expect(sent.steps).toBe(2);
  expect(sent.card).toContain('being passed on to the team');
  expect(sent.card).toContain('You raised issues for the head of service.');
  const rest = await afterTheReply();
  // After it: the audit, sharing the form, creating and sharing the request, moving the visit, then
  // 'Complete' and the three notices, each claimed, its conversation read, and marked sent.
  expect(rest.requests).toBe(29);
  const form = await repos.findings.find(visit.id, ANNA.email as string);
  expect(form?.submission).toBe('Complete');
  expect((await repos.visits.get(visit.id)).status).toBe('FindingsReturned');
  const [request] = await repos.requests.forVisit(visit.id);
  expect(rest.lines.filter((l) => /Head of Service Responses.*addroleassignment/.test(l)).length).toBe(3);
  // Once each: the findings to both managers, the request to the head of service.
  const keys = [`sm@example.gov.uk`, HOS.email].map((e) => `findings-shared:${form?.id}:${e}`);
  keys.push(`response-requested:${request.id}`);
  expect(await deps.sendLog.sentAmong(keys)).toEqual(new Set(keys));
  expect(delivered.sort()).toEqual(['29:hos', '29:hos', '29:sm']);

  const answered = await act(HOS, 'hos.respond', {
    requestId: request.id,
    visitId: request.visitId,
    findingsId: request.findingsId,
    response: 'A plan for each point.'
  });
  expect(answered.card).toContain('A plan for each point.');
  expect((await repos.requests.get(request.id)).status).toBe('Responded');
  // Before the reply: the $batch (who is asking, the teams, the request, its visit and form: the
  // card's hints), then the answer's write beside the new card's other reads (the councillor, the
  // head of service's conversation). (Before: 14 requests, 8 one after another.)
  expect(answered.steps).toBe(2);
  expect(answered.requests).toBe(4);
  expect(answered.lines[0]).toMatch(/^POST .*\$batch$/);
  expect(answered.lines.filter((l) => l.startsWith('POST') && !l.endsWith('$batch'))).toEqual([
    expect.stringMatching(/^POST .*Head of Service Responses.*items\(\d+\)$/)
  ]);
  const after = await afterTheReply();
  // After it: the audit and the visit's move (sharing the answer with the councillor changes nothing:
  // she reads the request from its creation), then her message.
  expect(after.requests).toBe(6);
  expect((await repos.visits.get(visit.id)).status).toBe('Responded');
  expect(await deps.sendLog.sentAmong([`hos-response:${request.id}`])).toEqual(new Set([`hos-response:${request.id}`]));
  expect(delivered.filter((id) => id === ANNA.id)).toEqual([ANNA.id]);
  await listLatency(0);
});
