/**
 * @jest-environment node
 */
// Issue 14 over the Bot Framework protocol: each councillor's briefing acknowledgement is kept on
// the visit (the first moves it to Briefed; a retry changes nothing; someone not on the visit is
// refused; the dashboard says who has and has not); and the councillor replies in chat to the head
// of service's "ask for more": stored on the request, sent to the head of service, who responds.
import { FRONTLINE_2025 } from '../../src/core/config';
import { dashboardRows } from '../../src/core/dashboard';
import type { HeadOfServiceRequest, Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import {
  bookVisit,
  cardsOf,
  cardText,
  chatOf,
  escalate,
  playground,
  startBot,
  teamNamed,
  type Bot,
  type Who
} from './protocolHarness';
import { BEN, chatSince, HOS, SARAH } from './protocolPeople';

jest.setTimeout(240000);

const OUTSIDER = playground('cllr.holland@example.gov.uk');
const T0 = '2025-07-29T09:00:00.000Z';
const T1 = '2025-07-30T10:15:00.000Z';
const T2 = '2025-08-01T14:00:00.000Z';

let bot: Bot;
let visit: Stored<Visit>;

const chat = (who: Who, mark: number): string[] => chatSince(bot, who, mark);
const json = (card: unknown): string => JSON.stringify(card);

beforeAll(async () => {
  bot = await startBot(T0, [SARAH, BEN, OUTSIDER, HOS]);
  const team = await teamNamed(bot, 'Fostering Team');
  visit = await bookVisit(bot, team, [SARAH.email, BEN.email], '2025-08-12T09:00:00.000Z');
  for (const who of [SARAH, BEN, OUTSIDER, HOS]) expect((await bot.install(who)).status).toBe(200);
});
afterAll(async () => {
  await bot?.close();
});

async function row(): Promise<ReturnType<typeof dashboardRows>[number]> {
  const [visits, teams, councillors] = await Promise.all([
    bot.repos.visits.query(),
    bot.repos.teams.all(),
    bot.repos.councillors.all()
  ]);
  const rows = dashboardRows(visits, [], [], teams, councillors, bot.now(), FRONTLINE_2025);
  return rows.find((r) => r.visitId === visit.id) as ReturnType<typeof dashboardRows>[number];
}

describe('issue 14: acknowledgement per councillor', () => {
  it('the first acknowledgement briefs the visit and is kept for that councillor; the dashboard names who has not', async () => {
    const r = await bot.act(SARAH, 'briefing.acknowledge', { visitId: visit.id });
    expect(r.json.statusCode).toBe(200);
    expect(cardText(r.json.value)).toContain('acknowledged this briefing on Tuesday 29 July 2025');
    const stored = await bot.repos.visits.get(visit.id);
    expect(stored.status).toBe('Briefed');
    expect(stored.briefingAcknowledgements).toEqual({ [SARAH.email]: T0 });
    const dash = await row();
    expect(dash.briefingLine).toBe('Acknowledged by Sarah Bennett-Wake; not yet by Ben Wye');
    expect(dash.councillors.map((c) => [c.email, c.acknowledgedAt])).toEqual([
      [SARAH.email, T0],
      [BEN.email, undefined]
    ]);
    // Ben's own briefing still asks him to acknowledge.
    const mark = bot.capture.sent.length;
    await bot.say(BEN, 'briefing');
    const bens = cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(BEN)));
    expect(json(bens)).toContain('"verb":"briefing.acknowledge"');
  });

  it("the second councillor's acknowledgement is stored beside the first, with its own time", async () => {
    bot.setNow(T1);
    const r = await bot.act(BEN, 'briefing.acknowledge', { visitId: visit.id });
    expect(cardText(r.json.value)).toContain('acknowledged this briefing on Wednesday 30 July 2025');
    const stored = await bot.repos.visits.get(visit.id);
    expect(stored.status).toBe('Briefed');
    expect(stored.briefingAcknowledgements).toEqual({ [SARAH.email]: T0, [BEN.email]: T1 });
    expect((await row()).briefingLine).toBe('Acknowledged by Sarah Bennett-Wake, Ben Wye');
  });

  it('a retried click changes nothing and still shows the first time', async () => {
    bot.setNow(T2);
    const before = await bot.repos.visits.get(visit.id);
    for (let i = 0; i < 2; i++) {
      const r = await bot.act(SARAH, 'briefing.acknowledge', { visitId: visit.id });
      expect(cardText(r.json.value)).toContain('acknowledged this briefing on Tuesday 29 July 2025');
    }
    const after = await bot.repos.visits.get(visit.id);
    expect(after.etag).toBe(before.etag);
    expect(after.briefingAcknowledgements).toEqual({ [SARAH.email]: T0, [BEN.email]: T1 });
  });

  it('someone not on the visit is refused and nothing is stored', async () => {
    const before = await bot.repos.visits.get(visit.id);
    const r = await bot.act(OUTSIDER, 'briefing.acknowledge', { visitId: visit.id });
    expect(r.json.statusCode).toBe(200);
    expect(cardText(r.json.value)).toContain('Not allowed');
    expect(cardText(r.json.value)).toContain('cannot acknowledge its briefing');
    const after = await bot.repos.visits.get(visit.id);
    expect(after.etag).toBe(before.etag);
    expect(Object.keys(after.briefingAcknowledgements ?? {})).not.toContain(OUTSIDER.email);
  });
});

describe('issue 14: the councillor replies to "ask for more" in chat', () => {
  let request: Stored<HeadOfServiceRequest>;
  const QUESTION = 'Which placements were you told about?';
  const REPLY = 'The two residential placements out of area, mentioned by the focus group.';

  beforeAll(async () => {
    bot.setNow('2025-08-20T09:00:00.000Z');
    const team = await teamNamed(bot, 'Fostering Team');
    const past = await bookVisit(bot, team, [SARAH.email], '2025-08-13T09:00:00.000Z');
    request = await escalate(bot, past, SARAH.email, 'Are placements far from home reviewed?');
  });

  it('the head of service asks; the councillor gets the question with a reply box', async () => {
    const mark = bot.capture.sent.length;
    const asked = await bot.act(HOS, 'hos.askCouncillor', { requestId: request.id, question: QUESTION });
    expect(asked.json.statusCode).toBe(200);
    await bot.capture.waitFor((a) => a.conversationId === chatOf(SARAH) && json(a.activity).includes(QUESTION));
    const card = cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(SARAH)))[0];
    expect(json(card)).toContain('"verb":"request.reply"');
    expect(json(card)).toContain(`"requestId":${request.id}`);
    expect(json(card)).toContain('"id":"reply"');
  });

  it('the reply is stored on the request, hands it back to the head of service and reaches them', async () => {
    bot.setNow('2025-08-21T08:30:00.000Z');
    const mark = bot.capture.sent.length;
    const r = await bot.act(SARAH, 'request.reply', { requestId: request.id, reply: REPLY });
    expect(r.json.statusCode).toBe(200);
    expect(cardText(r.json.value)).toContain('Your reply was sent');
    expect(json(r.json.value)).not.toContain('"verb":"request.reply"');
    const stored = await bot.repos.requests.get(request.id);
    expect(stored).toMatchObject({
      status: 'Requested',
      councillorReply: REPLY,
      councillorRepliedAt: '2025-08-21T08:30:00.000Z'
    });
    await bot.capture.waitFor((a) => a.conversationId === chatOf(HOS) && json(a.activity).includes(REPLY));
    const hosCards = chat(HOS, mark).filter((t) => t.includes(REPLY));
    expect(hosCards).toHaveLength(1);
    expect(hosCards[0]).toContain('Sarah Bennett-Wake replied');
  });

  it('a retried reply changes nothing and sends nothing again', async () => {
    bot.setNow('2025-08-21T08:31:00.000Z');
    const before = await bot.repos.requests.get(request.id);
    const mark = bot.capture.sent.length;
    const r = await bot.act(SARAH, 'request.reply', { requestId: request.id, reply: REPLY });
    expect(cardText(r.json.value)).toContain('Your reply was sent');
    const after = await bot.repos.requests.get(request.id);
    expect(after.etag).toBe(before.etag);
    expect(after.councillorRepliedAt).toBe('2025-08-21T08:30:00.000Z');
    expect(chat(HOS, mark)).toHaveLength(0);
  });

  it('forged replies get a clear refusal card, never a 5xx, and change nothing', async () => {
    const before = await bot.repos.requests.get(request.id);
    const cases: [Who, Record<string, unknown>, RegExp][] = [
      [BEN, { requestId: request.id, reply: 'Forged by another councillor' }, /Not allowed/],
      [HOS, { requestId: request.id, reply: 'Forged by the head of service' }, /Not allowed/],
      [SARAH, { requestId: request.id, reply: 'A second, different reply' }, /nothing to reply to/],
      [SARAH, { requestId: 987654, reply: 'No such request' }, /could not be done|Not allowed/],
      [SARAH, { requestId: request.id, reply: 'x'.repeat(2001) }, /too long/],
      [SARAH, { requestId: 'one', reply: 'Bad id' }, /positive whole number/]
    ];
    for (const [who, data, says] of cases) {
      const mark = bot.capture.sent.length;
      const r = await bot.act(who, 'request.reply', data);
      expect(r.status).toBeLessThan(500);
      expect(r.json.statusCode).toBe(200);
      expect(cardText(r.json.value)).toMatch(says);
      expect(bot.capture.sent.slice(mark).filter((a) => a.conversationId !== chatOf(who))).toEqual([]);
    }
    expect((await bot.repos.requests.get(request.id)).etag).toBe(before.etag);
  });

  it('the head of service then responds as before; a reply after that is refused', async () => {
    const answer = 'Both are reviewed monthly by the placements panel.';
    const r = await bot.act(HOS, 'hos.respond', { requestId: request.id, response: answer });
    expect(r.json.statusCode).toBe(200);
    expect(await bot.repos.requests.get(request.id)).toMatchObject({ status: 'Responded', councillorReply: REPLY });
    await bot.capture.waitFor((a) => a.conversationId === chatOf(SARAH) && json(a.activity).includes(answer));
    const late = await bot.act(SARAH, 'request.reply', { requestId: request.id, reply: 'One more thing' });
    expect(cardText(late.json.value)).toContain('already answered');
  });

  it('the same over the requests API: 200 for the councillor, 4xx naming what is allowed otherwise', async () => {
    const team = await teamNamed(bot, 'Fostering Team');
    const other = await escalate(
      bot,
      await bookVisit(bot, team, [SARAH.email], '2025-08-14T09:00:00.000Z'),
      SARAH.email,
      'Is agency pay reviewed?'
    );
    await bot.act(HOS, 'hos.askCouncillor', { requestId: other.id, question: 'Which agencies?' });
    const post = (who: string | undefined, id: string | number, body: unknown) =>
      fetch(`${bot.service.url}/api/requests/${id}/reply`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(who ? { 'X-Frontline-User': who } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body)
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as any })); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(await post(undefined, other.id, { reply: 'x' })).toMatchObject({ status: 401 });
    expect(await post(SARAH.email, other.id, {})).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringContaining('"reply"') } }
    });
    expect(await post(SARAH.email, other.id, { reply: 'x'.repeat(2001) })).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringContaining('2000') } }
    });
    expect(await post(SARAH.email, other.id, { reply: '   ' })).toMatchObject({ status: 400 });
    expect(await post(SARAH.email, 'abc', { reply: 'x' })).toMatchObject({ status: 400 });
    expect(await post(SARAH.email, 987654, { reply: 'x' })).toMatchObject({ status: 404 });
    expect(await post(BEN.email, other.id, { reply: 'Forged' })).toMatchObject({ status: 403 });
    const ok = await post(SARAH.email, other.id, { reply: 'Two agencies in Crewe.' });
    expect(ok).toMatchObject({
      status: 200,
      body: { outcome: 'done', request: { status: 'Requested', councillorReply: 'Two agencies in Crewe.' } }
    });
    expect(await post(SARAH.email, other.id, { reply: 'Two agencies in Crewe.' })).toMatchObject({
      status: 200,
      body: { outcome: 'already' }
    });
    expect(await post(SARAH.email, other.id, { reply: 'Something else' })).toMatchObject({ status: 409 });
    expect((await bot.repos.requests.get(other.id)).councillorReply).toBe('Two agencies in Crewe.');
  });
});
