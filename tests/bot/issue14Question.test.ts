/**
 * @jest-environment node
 */
// Issue 14 over the Bot Framework protocol: the head of service's "ask for more" question is kept on
// the request (MoreInfoQuestion, MoreInfoAskedAt). The councillor's question card and the head of
// service's request card show it as stored; a retried click changes nothing and sends nothing again;
// a second question replaces the first; the card shown after the reply still has the question; and
// another councillor's reply over the requests API is refused with a 403 that says who may reply.
import type { HeadOfServiceRequest } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { bookVisit, cardText, chatOf, escalate, startBot, teamNamed, type Bot, type Who } from './protocolHarness';
import { BEN, chatSince, HOS, SARAH } from './protocolPeople';

jest.setTimeout(240000);

const FIRST = 'Which placements were you told about?';
const SECOND = 'And which of them are out of area?';
const REPLY = 'The two residential placements in Wrexham.';

let bot: Bot;
let request: Stored<HeadOfServiceRequest>;

const chat = (who: Who, mark: number): string[] => chatSince(bot, who, mark);
const stored = (): Promise<Stored<HeadOfServiceRequest>> => bot.repos.requests.get(request.id);

beforeAll(async () => {
  bot = await startBot('2025-08-20T09:00:00.000Z', [SARAH, BEN, HOS]);
  for (const who of [SARAH, BEN, HOS]) expect((await bot.install(who)).status).toBe(200);
  const team = await teamNamed(bot, 'Fostering Team');
  const visit = await bookVisit(bot, team, [SARAH.email, BEN.email], '2025-08-13T09:00:00.000Z');
  request = await escalate(bot, visit, SARAH.email, 'Are placements far from home reviewed?');
});
afterAll(async () => {
  await bot?.close();
});

describe('issue 14: the "ask for more" question is stored', () => {
  it('keeps the question on the request and shows it, with when it was asked, on both cards', async () => {
    const mark = bot.capture.sent.length;
    const asked = await bot.act(HOS, 'hos.askCouncillor', { requestId: request.id, question: FIRST });
    expect(asked.json.statusCode).toBe(200);
    expect(await stored()).toMatchObject({
      status: 'MoreInfoRequested',
      moreInfoQuestion: FIRST,
      moreInfoAskedAt: '2025-08-20T09:00:00.000Z'
    });
    // The head of service's card, as it stands now, names the question.
    const hosCard = cardText(asked.json.value);
    expect(hosCard).toContain('Question to Sarah Bennett-Wake, asked on Wednesday 20 August 2025 at 10:00:');
    expect(hosCard).toContain(FIRST);
    await bot.capture.waitFor((a) => a.conversationId === chatOf(SARAH) && JSON.stringify(a.activity).includes(FIRST));
    const sarahs = chat(SARAH, mark);
    expect(sarahs).toHaveLength(1);
    expect(sarahs[0]).toContain('Question, asked on Wednesday 20 August 2025 at 10:00');
  });

  it('a retried click stores nothing new and sends nothing again', async () => {
    bot.setNow('2025-08-20T09:00:05.000Z');
    const before = await stored();
    const mark = bot.capture.sent.length;
    const again = await bot.act(HOS, 'hos.askCouncillor', { requestId: request.id, question: FIRST });
    expect(again.json.statusCode).toBe(200);
    const after = await stored();
    expect(after.etag).toBe(before.etag);
    expect(after.moreInfoAskedAt).toBe('2025-08-20T09:00:00.000Z');
    expect(chat(SARAH, mark)).toHaveLength(0);
  });

  it('a second question replaces the first and reaches the councillor', async () => {
    bot.setNow('2025-08-20T15:30:00.000Z');
    const mark = bot.capture.sent.length;
    const asked = await bot.act(HOS, 'hos.askCouncillor', { requestId: request.id, question: SECOND });
    expect(asked.json.statusCode).toBe(200);
    expect(await stored()).toMatchObject({ moreInfoQuestion: SECOND, moreInfoAskedAt: '2025-08-20T15:30:00.000Z' });
    expect(cardText(asked.json.value)).not.toContain(FIRST);
    await bot.capture.waitFor((a) => a.conversationId === chatOf(SARAH) && JSON.stringify(a.activity).includes(SECOND));
    expect(chat(SARAH, mark)[0]).toContain('asked on Wednesday 20 August 2025 at 16:30');
  });

  it("another councillor's reply over the requests API is refused, saying who may reply; nothing changes", async () => {
    const before = await stored();
    const res = await fetch(`${bot.service.url}/api/requests/${request.id}/reply`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Frontline-User': BEN.email },
      body: JSON.stringify({ reply: 'Forged by another councillor on the visit' })
    });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/^Only the councillor who escalated these issues .* can reply/);
    const after = await stored();
    expect(after.etag).toBe(before.etag);
    expect(after).toMatchObject({ status: 'MoreInfoRequested', moreInfoQuestion: SECOND, councillorReply: undefined });
  });

  it('the card after the reply still shows the question; the head of service gets question and reply', async () => {
    bot.setNow('2025-08-21T08:30:00.000Z');
    const mark = bot.capture.sent.length;
    const r = await bot.act(SARAH, 'request.reply', { requestId: request.id, reply: REPLY });
    expect(r.json.statusCode).toBe(200);
    const card = cardText(r.json.value);
    expect(card).toContain('Your reply was sent');
    expect(card).toContain(SECOND);
    expect(card).toContain(REPLY);
    expect(await stored()).toMatchObject({ status: 'Requested', moreInfoQuestion: SECOND, councillorReply: REPLY });
    await bot.capture.waitFor((a) => a.conversationId === chatOf(HOS) && JSON.stringify(a.activity).includes(REPLY));
    const hosCards = chat(HOS, mark).filter((t) => t.includes(REPLY));
    expect(hosCards).toHaveLength(1);
    expect(hosCards[0]).toContain(SECOND);
    expect(hosCards[0].indexOf(SECOND)).toBeLessThan(hosCards[0].indexOf(REPLY));
  });
});
