/**
 * @jest-environment node
 */
// Forged Action.Submit fallbacks over the Bot Framework protocol: B sends a message whose value
// names a verb and claims A or H in its data; who may act is decided from the lists, so each is
// refused, changes nothing in the lists and sends nothing to anyone else.
import { cardsOf, cardText, chatOf } from './protocolHarness';
import { B, FORGED, snapshot, startWorld, world } from './authorisationWorld';

jest.setTimeout(300000);

beforeAll(async () => {
  await startWorld();
});

afterAll(async () => {
  await world.bot?.close();
});

describe('forged Action.Submit fallbacks (a message whose value names the verb)', () => {
  it.each([
    ['hos.respond', () => ({ verb: 'hos.respond', requestId: world.R.id, response: 'Forged answer', ...FORGED })],
    [
      'findings.submit',
      () => ({
        verb: 'findings.submit',
        visitId: world.F.id,
        sectionId: 'escalation',
        'answer:qualityStrengths': 'Forged',
        ...FORGED
      })
    ],
    ['briefing.acknowledge', () => ({ verb: 'briefing.acknowledge', visitId: world.V.id, ...FORGED })],
    ['request.reply', () => ({ verb: 'request.reply', requestId: world.R.id, reply: 'Forged reply', ...FORGED })]
  ])('%s by B with A / H claimed in the data is refused and changes nothing', async (_verb, value) => {
    const { bot } = world;
    const before = await snapshot();
    const mark = bot.capture.sent.length;
    expect((await bot.submit(B, value())).status).toBe(200);
    const since = bot.capture.sent.slice(mark);
    expect(cardText(cardsOf(since.filter((a) => a.conversationId === chatOf(B))))).toContain('Not allowed');
    expect(since.filter((a) => a.conversationId !== chatOf(B))).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});
