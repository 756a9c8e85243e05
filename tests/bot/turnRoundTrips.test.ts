/**
 * @jest-environment node
 */
// Issue 18, the bot's critical path, counted where the list server sees it: the real Frontline
// service is given the list server through a counting proxy (tests/kits/countingProxy), and each
// message turn, driven over the Bot Framework protocol, waits for at most one list round trip
// (requests in flight together are one step). Then the lists are changed between turns and the
// next turn shows the change: nothing the bot keeps between turns hides a list's edit.
import { FRONTLINE_2025 } from '../../src/core/config';
import { findingsDueDate } from '../../src/core/deadlines';
import { longDate } from '../../src/bot/cards/format';
import { executeActions } from '../../src/bot/cards/expand';
import type { Stored } from '../../src/core/ports/repositories';
import type { Team, Visit } from '../../src/core/model';
import { sequentialSteps, startCountingProxy, type CountingProxy } from '../kits/countingProxy';
import {
  bookVisit,
  cardText,
  cardsOf,
  chatOf,
  playground,
  startBot,
  teamNamed,
  type Bot,
  type Who
} from './protocolHarness';

jest.setTimeout(180000);

const SARAH = playground('cllr.bennett.wake@example.gov.uk');
const HELD_START = '2025-08-05T09:00:00.000Z';
const NEXT_START = '2025-08-20T09:00:00.000Z';

let bot: Bot;
let proxy: CountingProxy | undefined;
let team: Stored<Team>;
let held: Stored<Visit>;
let next: Stored<Visit>;

/** What the turn answered in the chat (messages) or in place (invokes), and the list round trips it waited for. */
async function counted(turn: () => Promise<{ json: { value?: unknown } }>, who: Who = SARAH) {
  if (!proxy) throw new Error('no proxy');
  const mark = bot.capture.sent.length;
  proxy.take();
  const reply = await turn();
  const tally = proxy.take();
  const chat = cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(who))).map(cardText);
  const text = reply.json?.value ? cardText(reply.json.value) : chat.join('\n');
  return { text, requests: tally.requests, steps: sequentialSteps(tally.spans), lines: tally.lines };
}

beforeAll(async () => {
  bot = await startBot('2025-08-06T09:00:00.000Z', [SARAH], async (url) => {
    proxy = await startCountingProxy(url);
    return proxy.siteUrl;
  });
  team = await teamNamed(bot, 'Fostering Team');
  held = await bookVisit(bot, team, [SARAH.email], HELD_START, { status: 'Visited' });
  next = await bookVisit(bot, team, [SARAH.email], NEXT_START);
  await bot.install(SARAH);
  // The process's first POST fetches the local list server's request digest (kept 30 minutes):
  // once per process, not per turn, and never with SharePoint Online's app-only bearer token.
  await bot.say(SARAH, 'help');
});
afterAll(async () => {
  await bot?.close();
  await proxy?.close();
});

describe('message turns wait for one list round trip', () => {
  it('"briefing": who is asking, the upcoming rota and the teams in one $batch', async () => {
    const t = await counted(() => bot.say(SARAH, 'briefing'));
    expect(t.text).toContain(team.name);
    expect(t.text).toContain(longDate(NEXT_START));
    expect(t.steps).toBe(1);
    expect(t.lines).toEqual(['POST /_api/$batch']);
  });

  it('"findings": who is asking, the visits, her forms and the teams in one $batch', async () => {
    const t = await counted(() => bot.say(SARAH, 'findings'));
    expect(t.text).toContain('Step 1');
    expect(t.text).toContain(longDate(findingsDueDate(HELD_START, FRONTLINE_2025)));
    expect(t.steps).toBe(1);
    expect(t.requests).toBe(1);
  });

  it('the findings.start card action: that visit, her forms and the teams in one $batch', async () => {
    const t = await counted(() => bot.act(SARAH, 'findings.start', { visitId: held.id }));
    expect(t.text).toContain('Step 1');
    expect(t.steps).toBe(1);
    expect(t.requests).toBe(1);
  });

  it('a draft saved again: who is asking, the visit, her draft and the teams in one $batch, then the save', async () => {
    const saveOn = (card: unknown) => {
      const save = executeActions(card).find((a) => a.verb === 'findings.saveSection');
      if (!save) throw new Error('the form card offers no save');
      return save.data;
    };
    // The first save creates the draft and shares it with her (the write side's round trips).
    const opened = await bot.act(SARAH, 'findings.start', { visitId: held.id });
    const second = await bot.act(SARAH, 'findings.saveSection', saveOn(opened.json.value));
    const t = await counted(() => bot.act(SARAH, 'findings.saveSection', saveOn(second.json.value)));
    expect(t.text).toContain('Step 3');
    expect(t.lines[0]).toBe('POST /_api/$batch');
    expect(t.steps).toBe(2);
  });

  it('"help" and words the bot does not know', async () => {
    for (const word of ['help', 'what now?']) {
      const t = await counted(() => bot.say(SARAH, word));
      expect(t.text).toContain('"briefing"');
      expect(t.steps).toBe(1);
    }
  });
});

describe('the next turn sees what changed in the lists', () => {
  it('a visit moved: the briefing shows its new date', async () => {
    const moved = '2025-08-27T13:00:00.000Z';
    next = await bot.repos.visits.update(next, { visitStart: moved, visitMonth: '2025-08' });
    const t = await counted(() => bot.say(SARAH, 'briefing'));
    expect(t.text).toContain(longDate(moved));
    expect(t.text).not.toContain(longDate(NEXT_START));
  });

  it('a visit booked sooner: the next briefing is for it', async () => {
    const sooner = '2025-08-12T10:00:00.000Z';
    const booked = await bookVisit(bot, team, [SARAH.email], sooner);
    const t = await counted(() => bot.say(SARAH, 'briefing'));
    expect(t.text).toContain(longDate(sooner));
    await bot.repos.visits.update(booked, { status: 'Cancelled' });
    expect((await counted(() => bot.say(SARAH, 'briefing'))).text).not.toContain(longDate(sooner));
  });

  it('a councillor taken off the visit: no briefing for it, no findings form either', async () => {
    next = await bot.repos.visits.update(next, { councillorEmails: ['cllr.wye@example.gov.uk'] });
    held = await bot.repos.visits.update(held, { councillorEmails: ['cllr.wye@example.gov.uk'] });
    expect((await counted(() => bot.say(SARAH, 'briefing'))).text).toContain('No visit booked');
    // Her older forms, already sent, are all "findings" can show her now: not this visit's form.
    const findings = (await counted(() => bot.say(SARAH, 'findings'))).text;
    expect(findings).not.toContain('Step 1');
    expect(findings).not.toContain(longDate(HELD_START));
  });

  it('a councillor made inactive: the next turn treats her as no one the product knows', async () => {
    const sarah = await bot.repos.councillors.byEmail(SARAH.email);
    if (!sarah) throw new Error('Sarah is not in the councillors list');
    await bot.repos.councillors.update(sarah, { active: false });
    const t = await counted(() => bot.say(SARAH, 'briefing'));
    expect(t.text).not.toContain('No visit booked');
    expect(t.text).not.toContain(team.name);
  });
});
