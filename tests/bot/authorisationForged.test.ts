/**
 * @jest-environment node
 */
// Forged Action.Submit fallbacks over the Bot Framework protocol: B sends a message whose value
// names a verb and claims A or H in its data; who may act is decided from the lists, so each is
// refused, changes nothing in the lists and sends nothing to anyone else.
import { cardsOf, cardText, chatOf } from './protocolHarness';
import { B, FORGED, H, snapshot, startWorld, world } from './authorisationWorld';

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

describe("the answer card's read-ahead ids (hints for the turn's one $batch)", () => {
  it('H answering with ids naming another visit and a form that does not exist answers only their own request', async () => {
    const { bot, R, W } = world;
    const other = await bot.repos.visits.get(W.id);
    const res = await bot.act(H, 'hos.respond', {
      requestId: R.id,
      visitId: W.id,
      findingsId: 999999,
      response: 'Yes: travel time to placements is paid.'
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json.value)).toContain('travel time to placements is paid');
    expect(await bot.repos.requests.get(R.id)).toMatchObject({
      status: 'Responded',
      response: 'Yes: travel time to placements is paid.'
    });
    expect(await bot.repos.visits.get(W.id)).toEqual(other);
    expect((await bot.repos.visits.get(R.visitId)).status).toBe('Responded');
  });
});
