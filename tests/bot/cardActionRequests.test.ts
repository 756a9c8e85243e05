// The write side of the bot's critical path (issue 18), through the router's card actions over the
// real repositories and the local list server, counted at a proxy in front of it as the bench
// counts (bench/countingProxy.ts): list requests, and how many of them the turn waited for one
// after another. A section save is two (one $batch: who is asking, the visit, the draft and the
// teams; then the ETag-conditional write), a stale card still overwrites nothing, and the submit and
// the head of service's answer reply after two (the $batch, then the durable write), their other
// steps running after the reply (deps.afterReply), awaited here and counted apart.
import {
  act as actIn,
  afterTheReply as afterIn,
  ANNA,
  annasAccess,
  closeCardActionWorld,
  etagNow as etagIn,
  HOS,
  listLatency as latencyIn,
  section as sectionIn,
  startCardActionWorld,
  type CardActionWorld
} from './cardActionWorld';
import type { BotUser } from '../../src/bot/app/deps';
import type { Repositories, Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';

let w: CardActionWorld;
let repos: Repositories;
let visit: Stored<Visit>;
const act = (user: BotUser, verb: string, data: Record<string, unknown>) => actIn(w, user, verb, data);
const listLatency = (ms: number) => latencyIn(w, ms);
const etagNow = () => etagIn(w);
const section = (id: string, answers: Record<string, string>, etag?: string) => sectionIn(w, id, answers, etag);

beforeAll(async () => {
  w = await startCardActionWorld();
  ({ repos, visit } = w);
}, 60000);
afterAll(() => closeCardActionWorld(w));

/** The bot's work after the reply, awaited (no sleeps), none of it failed. */
async function afterTheReply() {
  const after = await afterIn(w);
  expect(w.failures).toEqual([]);
  return after;
}

test('opening the form on a visit is one list request: the same $batch, and nothing else', async () => {
  const opened = await act(ANNA, 'findings.start', { visitId: visit.id });
  expect(opened.card).toContain('Court Team');
  expect(opened.lines).toEqual([expect.stringMatching(/^POST .*\$batch$/)]);
});

test('the first section save replies after two round trips, then shares the new form with its councillor', async () => {
  await listLatency(40);
  const first = await act(ANNA, 'findings.saveSection', section('quality', { qualityStrengths: 'Settled team.' }));
  // Before the reply: the $batch, then the create (the card's reads come from the $batch). The form
  // reads as its list does until shared: officers and owners. (Before: 12 requests, 6 one after another.)
  expect(first.card).toContain('Court Team');
  expect(first.lines).toEqual([
    expect.stringMatching(/^POST .*\$batch$/),
    expect.stringMatching(/^POST .*Visit Findings.*items$/)
  ]);
  expect(first.steps).toBe(2);
  const rest = await afterTheReply();
  // After it: the item's inheritance and assignments beside Anna's site id, stop inheriting, her Read.
  expect(rest.lines.filter((l) => /breakroleinheritance|addroleassignment/i.test(l)).length).toBe(2);
  expect(await annasAccess(w)).toEqual({ unique: true, roles: ['Read'] });
  await listLatency(0);
});

test('a section save after the first is two list requests, one after the other: a $batch of reads, then the write', async () => {
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
  // Its share after the reply is answered from the sharing adapter's memory: nothing is asked.
  expect((await afterTheReply()).requests).toBe(0);
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
  expect(await w.deps.sendLog.sentAmong(keys)).toEqual(new Set(keys));
  expect(w.delivered.sort()).toEqual(['29:hos', '29:hos', '29:sm']);

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
  expect(await w.deps.sendLog.sentAmong([`hos-response:${request.id}`])).toEqual(
    new Set([`hos-response:${request.id}`])
  );
  expect(w.delivered.filter((id) => id === ANNA.id)).toEqual([ANNA.id]);
  await listLatency(0);
});
