/**
 * @jest-environment node
 */
// The whole bot story over the Bot Framework protocol: activities POSTed to /api/messages with a
// serviceUrl pointing at the capture connector, which sees every reply and proactive message. The
// lists are the seeded local site; the bot acts with the service's own identity.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct, startLocalService, type LocalProduct } from '../../src/node/local';
import { startCaptureConnector, type CaptureConnector } from '../kits/captureConnector';
import type { ServiceHandle } from '../../src/service/app';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { PLAYGROUND_USERS } from '../../src/core/samples/teamsUsers';
import type { Repositories } from '../../src/core/ports/repositories';

jest.setTimeout(120000);

const user = (email: string) => PLAYGROUND_USERS.find((u) => u.email === email) as (typeof PLAYGROUND_USERS)[number];
const SARAH = user('cllr.bennett.wake@example.gov.uk');
// The visited team's head of service (Fostering Team is in Placements), one of the Playground's people.
const HOS = user('hos.placements@example.gov.uk');
const BEN = user('cllr.wye@example.gov.uk');
const STRANGER = {
  id: '29:stranger',
  name: 'Stranger',
  email: 'stranger@example.org',
  aadObjectId: '00000000-1111-2222-3333-444444444444',
  userPrincipalName: 'stranger@example.org'
};

let dir: string;
let local: LocalProduct;
let capture: CaptureConnector;
let service: ServiceHandle;
let repos: Repositories;
let now = '2025-07-29T09:00:00.000Z';

type Who = { id: string; name: string; aadObjectId: string };
const activity = (who: Who, extra: Record<string, unknown>) => ({
  channelId: 'msteams',
  serviceUrl: capture.url,
  id: `act-${Math.random().toString(36).slice(2)}`,
  from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
  recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
  conversation: { id: `a:chat-${who.id}`, conversationType: 'personal', tenantId: 'tenant' },
  channelData: { tenant: { id: 'tenant' } },
  ...extra
});
/** An invoke's answer as the bot sends it: a status and a card or message value. */
interface Answer {
  statusCode?: number;
  type?: string;
  value?: unknown;
}
const post = async (body: unknown): Promise<{ status: number; json: Answer }> => {
  const r = await fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body)
  });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : undefined };
};
const install = (who: Who) => post(activity(who, { type: 'installationUpdate', action: 'add' }));
const say = (who: Who, text: string) => post(activity(who, { type: 'message', text }));
const act = (who: Who, verb: string, data: Record<string, unknown>) =>
  post(
    activity(who, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }
    })
  );
/** Cards sent into a person's chat since `from`, as JSON text for matching. */
const cardsTo = (who: Who, from = 0): string[] =>
  capture.sent
    .slice(from)
    .filter((a) => a.conversationId === `a:chat-${who.id}`)
    .map((a) => JSON.stringify(a.activity.attachments ?? a.activity.text ?? ''));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bot-'));
  local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  capture = await startCaptureConnector();
  for (const u of [SARAH, HOS, BEN, STRANGER])
    capture.addMember({
      id: u.id,
      name: u.name,
      aadObjectId: u.aadObjectId,
      email: u.email,
      userPrincipalName: u.email
    });
  service = await startLocalService(local, { port: 0, now: () => now });
  repos = spRepositories(nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
});
afterAll(async () => {
  await service?.close();
  await capture?.close();
  await local?.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the bot over the Bot Framework protocol', () => {
  let visitId: number;

  it('welcomes known people on install and stores where to reach them; a stranger gets a polite card and no data', async () => {
    expect((await install(SARAH)).status).toBe(200);
    expect((await install(HOS)).status).toBe(200);
    await capture.waitFor((a) => a.conversationId === `a:chat-${HOS.id}`);
    expect(cardsTo(SARAH).join()).toContain('Welcome, Sarah Bennett-Wake');
    await install(STRANGER);
    await say(STRANGER, 'briefing');
    const strangerCards = cardsTo(STRANGER).join();
    expect(strangerCards).toContain('officer@example.gov.uk');
    expect(strangerCards).not.toContain('Fostering');
  });

  it('sends the briefing on demand and records the acknowledgement (visit Briefed)', async () => {
    const fostering = (await repos.visits.query()).find((v) => v.title.startsWith('Fostering Team')) as Awaited<
      ReturnType<Repositories['visits']['get']>
    >;
    visitId = (
      await repos.visits.update(fostering, {
        status: 'Booked',
        councillorEmails: [SARAH.email],
        visitStart: '2025-08-05T09:00:00.000Z'
      })
    ).id;
    const mark = capture.sent.length;
    await say(SARAH, 'briefing');
    const briefing = cardsTo(SARAH, mark).join();
    expect(briefing).toContain('Fostering Team');
    expect(briefing).toContain('briefing.acknowledge');
    const ack = await act(SARAH, 'briefing.acknowledge', { visitId });
    expect(ack.status).toBe(200);
    expect(ack.json).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect((await repos.visits.get(visitId)).status).toBe('Briefed');
    // Teams retries invokes: the second changes nothing and still answers with a card.
    expect((await act(SARAH, 'briefing.acknowledge', { visitId })).json.statusCode).toBe(200);
  });

  it('takes the findings in chat, section by section, and a duplicate submit changes nothing', async () => {
    now = '2025-08-06T09:00:00.000Z';
    const mark = capture.sent.length;
    await say(SARAH, 'findings');
    expect(cardsTo(SARAH, mark).join()).toContain('findings.saveSection');
    const saved = await act(SARAH, 'findings.saveSection', {
      visitId,
      sectionId: 'quality',
      'answer:qualityStrengths': 'Reflective supervision <b>every week</b>.'
    });
    expect(JSON.stringify(saved.json.value)).toContain('experience');
    expect((await repos.findings.find(visitId, SARAH.email))?.status).toBe('Draft');
    const sent = await act(SARAH, 'findings.submit', {
      visitId,
      sectionId: 'escalation',
      'answer:escalationIssues': 'Is travel time to placements paid?'
    });
    expect(JSON.stringify(sent.json.value)).toMatch(/received|Thank/i);
    const stored = await repos.findings.find(visitId, SARAH.email);
    expect(stored).toMatchObject({ status: 'Submitted', channel: 'Teams' });
    expect(stored?.answers.qualityStrengths).toBe('Reflective supervision <b>every week</b>.');
    expect((await repos.visits.get(visitId)).status).toBe('FindingsReturned');

    const again = await act(SARAH, 'findings.submit', {
      visitId,
      sectionId: 'escalation',
      'answer:escalationIssues': 'changed'
    });
    expect(JSON.stringify(again.json.value)).toMatch(/already/i);
    expect(await repos.requests.forVisit(visitId)).toHaveLength(1);
  });

  it('forwards the findings and the approval card to the head of service, who responds; the councillor hears back', async () => {
    const toHos = cardsTo(HOS).join();
    expect(toHos).toContain('hos.respond');
    expect(toHos).toContain('Reflective supervision');
    const [request] = await repos.requests.forVisit(visitId);

    const refused = await act(BEN, 'hos.respond', { requestId: request.id, response: 'I am not the head of service' });
    expect(JSON.stringify(refused.json.value)).toContain('Not allowed');
    expect((await repos.requests.get(request.id)).status).toBe('Requested');

    const mark = capture.sent.length;
    const done = await act(HOS, 'hos.respond', { requestId: request.id, response: 'Yes, travel time is paid.' });
    expect(JSON.stringify(done.json.value)).toContain('Yes, travel time is paid.');
    expect((await repos.requests.get(request.id)).status).toBe('Responded');
    expect((await repos.visits.get(visitId)).status).toBe('Responded');
    await capture.waitFor(
      (a) =>
        a.conversationId === `a:chat-${SARAH.id}` && JSON.stringify(a.activity).includes('Yes, travel time is paid.')
    );
    expect(cardsTo(SARAH, mark).filter((c) => c.includes('Yes, travel time is paid.'))).toHaveLength(1);
  });

  it('answers bad input with a clear card or error and keeps running', async () => {
    expect(JSON.stringify((await act(SARAH, 'no.such.verb', {})).json.value)).toMatch(/not|unknown/i);
    expect(JSON.stringify((await act(SARAH, 'hos.respond', { requestId: 'x' })).json.value)).toMatch(/request/i);
    expect((await post({ nonsense: true })).status).toBeGreaterThanOrEqual(400);
    expect((await say(SARAH, 'help')).status).toBe(200);
  });
});
