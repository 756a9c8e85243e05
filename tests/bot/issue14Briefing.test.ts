/**
 * @jest-environment node
 */
// Issue 14, the briefing in Teams, over the Bot Framework protocol: "Ask a question" keeps the
// briefing with a confirmation and posts nothing twice; the acknowledgement's own day; the point
// of contact once; the findings due date.
import { FRONTLINE_2025 } from '../../src/core/config';
import { findingsDueDate } from '../../src/core/deadlines';
import { longDate } from '../../src/bot/cards/format';
import type { Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';
import {
  bookVisit,
  cardText,
  cardsOf,
  chatOf,
  markdownTexts,
  playground,
  startBot,
  teamsUser,
  teamNamed,
  type Bot
} from './protocolHarness';

jest.setTimeout(180000);

const SARAH = playground('cllr.bennett.wake@example.gov.uk');
// The visited team's head of service (Fostering Team is in Placements): someone the bot can reach.
const HOS = teamsUser('local-hos-placements', 'Head of service, Placements', 'hos.placements@example.gov.uk', 1);
const VISIT_START = '2025-08-05T09:00:00.000Z';

let bot: Bot;
let visit: Stored<Visit>;
let unreachable: Stored<Visit>;

const chat = (who: { id: string }, mark: number): string[] =>
  cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(who as never))).map(cardText);

beforeAll(async () => {
  bot = await startBot('2025-07-29T09:00:00.000Z', [SARAH, HOS]);
  const team = await teamNamed(bot, 'Fostering Team');
  visit = await bookVisit(bot, team, [SARAH.email], VISIT_START, { pointOfContactEmail: HOS.email });
  unreachable = await bookVisit(bot, team, [SARAH.email], '2025-09-09T09:00:00.000Z', {
    pointOfContactEmail: 'nobody.installed@example.gov.uk'
  });
  await bot.install(SARAH);
  await bot.install(HOS);
});
afterAll(async () => {
  await bot?.close();
});

describe('issue 14: the briefing in Teams', () => {
  it('shows the findings due date and the point of contact once', async () => {
    const mark = bot.capture.sent.length;
    await bot.say(SARAH, 'briefing');
    const briefing = cardsOf(bot.capture.sent.slice(mark))[0];
    const text = cardText(briefing);
    expect(text).toContain(longDate(findingsDueDate(VISIT_START, FRONTLINE_2025)));
    for (const line of markdownTexts(briefing)) expect(line.split(HOS.email).length - 1).toBeLessThanOrEqual(1);
  });

  it('says the briefing was acknowledged on the day it was, not on the visit day', async () => {
    await bot.act(SARAH, 'briefing.acknowledge', { visitId: visit.id });
    bot.setNow('2025-07-31T15:00:00.000Z');
    // A retried invoke later still names the first acknowledgement.
    const retried = await bot.act(SARAH, 'briefing.acknowledge', { visitId: visit.id });
    expect(cardText(retried.json.value)).toContain('acknowledged this briefing on Tuesday 29 July 2025');
    const mark = bot.capture.sent.length;
    await bot.say(SARAH, 'briefing');
    const text = chat(SARAH, mark).join('\n');
    expect(text).toContain('acknowledged this briefing on Tuesday 29 July 2025');
    expect(text).not.toContain('acknowledged this briefing on Tuesday 5 August 2025');
  });

  it('"Ask a question" keeps the briefing with a confirmation, forwards once and posts no duplicate', async () => {
    const mark = bot.capture.sent.length;
    const asked = await bot.act(SARAH, 'briefing.ask', { visitId: visit.id, question: 'Is there parking?' });
    const text = cardText(asked.json.value);
    expect(text).toContain('Your frontline visit briefing');
    expect(text).toMatch(/question .*sent/i);
    expect(text).not.toMatch(/not delivered/i);
    expect(chat(SARAH, mark)).toHaveLength(0);
    await bot.capture.waitFor(
      (a) => a.conversationId === chatOf(HOS) && JSON.stringify(a.activity).includes('Is there parking?')
    );
    const retried = await bot.act(SARAH, 'briefing.ask', { visitId: visit.id, question: 'Is there parking?' });
    expect(cardText(retried.json.value)).toMatch(/question .*sent/i);
    expect(chat(HOS, mark).filter((c) => c.includes('Is there parking?'))).toHaveLength(1);
    expect(chat(SARAH, mark)).toHaveLength(0);
  });

  it('says plainly when a question truly was not delivered, still on the briefing', async () => {
    const mark = bot.capture.sent.length;
    const asked = await bot.act(SARAH, 'briefing.ask', { visitId: unreachable.id, question: 'Where do I park?' });
    const text = cardText(asked.json.value);
    expect(text).toContain('Your frontline visit briefing');
    expect(text).toMatch(/not delivered/i);
    expect(text).toContain('Where do I park?');
    expect(text).toContain('nobody.installed@example.gov.uk');
    expect(chat(SARAH, mark)).toHaveLength(0);
  });
});
