/**
 * @jest-environment node
 */
// The service's logs hold no form answers and no message text: a findings save, a bot message and
// malformed bodies carrying a distinctive phrase are driven through the running service, and every
// line logged is JSON with a correlation id, and none holds the phrase.
import { startBot, playground, type Bot } from '../bot/protocolHarness';
import { courtVisit, seedCourtTeam } from './courtTeam';
import { configureLogging } from '../../src/service/logger';

jest.setTimeout(120000);

const PHRASE = 'Quokka-Marmalade-7731';
const SARAH = playground('cllr.bennett.wake@example.gov.uk');
const lines: string[] = [];
let bot: Bot;

beforeAll(async () => {
  configureLogging({ sink: (line) => lines.push(line), level: 'debug' });
  bot = await startBot('2025-07-28T10:00:00.000Z', [SARAH]);
});
afterAll(async () => {
  await bot?.close();
});

const post = (path: string, body: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(bot.service.url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Frontline-User': SARAH.email, ...headers },
    body
  });

describe('the logs', () => {
  it('carry a correlation id on every line and never the words of a form or a message', async () => {
    const team = await seedCourtTeam(bot.repos, { sm: 'sm.court@example.gov.uk', hos: 'hos.court@example.gov.uk' });
    const visit = await bot.repos.visits.add(courtVisit(team, [SARAH.email]));
    const saved = await post(
      `/api/findings/${visit.id}/draft`,
      JSON.stringify({ answers: { qualityStrengths: `${PHRASE} in the answer` } }),
      { 'x-correlation-id': 'save-1' }
    );
    expect(saved.status).toBe(200);
    expect((await bot.install(SARAH)).status).toBeLessThan(300);
    expect((await bot.say(SARAH, `${PHRASE} said to the bot`)).status).toBeLessThan(300);
    expect(bot.capture.sent.length).toBeGreaterThan(0);
    // Refusals whose parser errors quote the body, and a path naming the phrase.
    expect((await post(`/api/findings/${visit.id}/draft`, `{"answers": "${PHRASE}`)).status).toBe(400);
    expect((await post('/api/messages', `{"type":"message","text":"${PHRASE}`)).status).toBe(400);
    expect((await post(`/api/findings/${visit.id}/${PHRASE}`, '{}')).status).toBe(404);
    expect((await post(`/api/findings/x?${PHRASE}`, '{}')).status).toBeGreaterThanOrEqual(400);

    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const e of entries) {
      expect(typeof e.correlationId).toBe('string');
      expect(e).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
    }
    expect(lines.join('\n')).not.toContain(PHRASE);
    expect(entries).toContainEqual(
      expect.objectContaining({
        msg: 'request',
        correlationId: 'save-1',
        route: '/api/findings/:visitId/draft',
        status: 200,
        durationMs: expect.any(Number)
      })
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ msg: 'request', route: '/api/messages', activityType: 'message' })
    );
  });
});
