/**
 * @jest-environment node
 */
// Issue 14, the findings form in Teams, over the Bot Framework protocol: child-identifier warnings
// on every save, a review card before sending, the due date on every form card, plain words for an
// older card, and "already sent" (not "no form") once the form has gone.
import { FRONTLINE_2025 } from '../../src/core/config';
import { findingsDueDate } from '../../src/core/deadlines';
import { longDate } from '../../src/bot/cards/format';
import { executeActions } from '../../src/bot/cards/expand';
import type { Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';
import { bookVisit, cardText, cardsOf, chatOf, playground, startBot, teamNamed, type Bot } from './protocolHarness';

jest.setTimeout(180000);

const SARAH = playground('cllr.bennett.wake@example.gov.uk');
const CHILD = 'We heard about a child called Jamie, aged 7, who is doing well.';
const CHILD2 = `${CHILD} Her sister Amy, aged 9, too.`;
const VISIT_START = '2025-08-05T09:00:00.000Z';
const DUE = longDate(findingsDueDate(VISIT_START, FRONTLINE_2025));

let bot: Bot;
let visit: Stored<Visit>;

const card = (reply: { json: { value?: unknown } }): string => cardText(reply.json.value);
const verbs = (value: unknown): string[] => executeActions(value).map((a) => String(a.verb));
const dataOf = (value: unknown, verb: string): Record<string, unknown> => {
  const action = executeActions(value).find((a) => a.verb === verb);
  if (!action) throw new Error(`no ${verb} on the card`);
  const data = { ...(action.data as Record<string, unknown>) };
  delete data.verb;
  return data;
};
const chatSince = (mark: number): string[] =>
  cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(SARAH))).map(cardText);

beforeAll(async () => {
  bot = await startBot('2025-08-06T09:00:00.000Z', [SARAH]);
  const team = await teamNamed(bot, 'Fostering Team');
  visit = await bookVisit(bot, team, [SARAH.email], VISIT_START, { status: 'Visited' });
  await bot.install(SARAH);
});
afterAll(async () => {
  await bot?.close();
});

describe('issue 14: the findings form in Teams', () => {
  let etag1 = '';

  it('shows the due date on the first form card', async () => {
    const mark = bot.capture.sent.length;
    await bot.say(SARAH, 'findings');
    const [first] = chatSince(mark);
    expect(first).toContain('Step 1');
    expect(first).toContain(DUE);
  });

  it('warns about child identifiers on every save of the section that has them', async () => {
    const saved = await bot.act(SARAH, 'findings.saveSection', {
      visitId: visit.id,
      sectionId: 'quality',
      'answer:qualityStrengths': CHILD
    });
    expect(card(saved)).toContain('Step 2');
    expect(card(saved)).toMatch(/could identify a child/);
    expect(card(saved)).toContain(DUE);
    etag1 = String(dataOf(saved.json.value, 'findings.back').etag);
    // Back to step 1 shows it next to the answer; saving it again warns again.
    const back = await bot.act(SARAH, 'findings.back', { visitId: visit.id, sectionId: 'experience', etag: etag1 });
    expect(card(back)).toContain('Step 1');
    expect(card(back)).toMatch(/could identify a child/);
    const etag2 = String(dataOf(back.json.value, 'findings.saveSection').etag);
    const again = await bot.act(SARAH, 'findings.saveSection', {
      visitId: visit.id,
      sectionId: 'quality',
      etag: etag2,
      'answer:qualityStrengths': CHILD2
    });
    expect(card(again)).toMatch(/could identify a child/);
    expect(card(again)).toContain('Step 2');
  });

  it('answers an older card of the same councillor plainly, with the form as saved and no internal ids', async () => {
    const stale = await bot.act(SARAH, 'findings.saveSection', {
      visitId: visit.id,
      sectionId: 'quality',
      etag: etag1,
      'answer:qualityStrengths': 'An older text'
    });
    const text = card(stale);
    expect(text).toContain('older than your last save');
    expect(text).not.toMatch(/someone else/i);
    expect(text).not.toMatch(/form \d+|item \d+/i);
    expect(text).toContain(CHILD2);
    expect((await bot.repos.findings.find(visit.id, SARAH.email))?.answers.qualityStrengths).toBe(CHILD2);
  });

  it('shows a review card before sending; sending from it submits once, however often it is retried', async () => {
    const step2 = await bot.act(SARAH, 'findings.start', { visitId: visit.id });
    const etag = String(dataOf(step2.json.value, 'findings.saveSection').etag);
    const toLast = await bot.act(SARAH, 'findings.saveSection', { visitId: visit.id, sectionId: 'quality', etag });
    const last = await bot.act(SARAH, 'findings.saveSection', {
      visitId: visit.id,
      sectionId: 'experience',
      etag: String(dataOf(toLast.json.value, 'findings.saveSection').etag)
    });
    expect(card(last)).toContain('Step 3');
    expect(verbs(last.json.value)).toContain('findings.review');
    expect(verbs(last.json.value)).not.toContain('findings.submit');

    const review = await bot.act(SARAH, 'findings.review', {
      ...dataOf(last.json.value, 'findings.review'),
      'answer:escalationIssues': 'Is travel time to placements paid?'
    });
    const text = card(review);
    expect(text).toMatch(/check/i);
    expect(text).toContain(CHILD2);
    expect(text).toContain('Is travel time to placements paid?');
    expect(text).toMatch(/could identify a child/);
    expect(text).toContain(DUE);
    expect(verbs(review.json.value)).toEqual(expect.arrayContaining(['findings.submit', 'findings.start']));
    expect((await bot.repos.findings.find(visit.id, SARAH.email))?.status).toBe('Draft');

    const send = dataOf(review.json.value, 'findings.submit');
    const sent = await bot.act(SARAH, 'findings.submit', send);
    expect(card(sent)).toMatch(/received/i);
    const retried = await bot.act(SARAH, 'findings.submit', send);
    expect(card(retried)).toMatch(/already/i);
    const stored = await bot.repos.findings.find(visit.id, SARAH.email);
    expect(stored).toMatchObject({ status: 'Submitted', channel: 'Teams' });
    expect(stored?.answers.escalationIssues).toBe('Is travel time to placements paid?');
    expect(await bot.repos.requests.forVisit(visit.id)).toHaveLength(1);
  });

  it('says the form was already sent, and when, rather than "no form to fill in"', async () => {
    bot.setNow('2025-08-20T09:00:00.000Z');
    const mark = bot.capture.sent.length;
    await bot.say(SARAH, 'findings');
    const text = chatSince(mark).join('\n');
    expect(text).not.toMatch(/No form to fill in/);
    expect(text).toMatch(/already sent/i);
    expect(text).toContain('Wednesday 6 August 2025');
  });
});
