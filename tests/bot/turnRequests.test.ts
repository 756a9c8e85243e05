// The bot's critical path (issue 18), counted where PnPjs sends, over the real repositories and the
// local list server: a "briefing" turn is one list request (one $batch: who is asking, the upcoming
// rota and the teams), and who may see what is still decided from those lists.
import type { SPFI } from '@pnp/sp';
import { startSite, type Site } from '../adapters/sp/harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { botMount, pageLinks } from '../../src/node/bot';
import { onMessage } from '../../src/bot/app/router';
import { FRONTLINE_2025 } from '../../src/core/config';

const ANNA = { email: 'cllr.anna@example.gov.uk', aad: '00000000-0000-4000-8000-0000000000a1' };
const BEN = { email: 'cllr.ben@example.gov.uk', aad: '00000000-0000-4000-8000-0000000000b2' };
let site: Site;
let sent: string[];

/** HTTP requests the list server has answered (a $batch is one). */
const served = (): number => site.server.faultStats().requests;

/** The site as the admin, recording what PnPjs sends (a $batch's parts as well as the $batch). */
function countedSp(): SPFI {
  return site.sp().using((instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      sent.push(`${init.method ?? 'GET'} ${decodeURIComponent(url).replace(site.url, '')}`);
      return [url, init, result];
    });
    return instance;
  });
}

const deps = () =>
  botMount(countedSp(), {
    credentials: { appId: '', appPassword: '' },
    links: pageLinks('http://127.0.0.1:4321/form', 'http://127.0.0.1:4321/dashboard'),
    now: () => '2025-07-29T09:00:00.000Z',
    config: FRONTLINE_2025
  }).deps;

beforeAll(async () => {
  site = await startSite();
  const repos = spRepositories(site.sp());
  const team = await repos.teams.add({
    name: 'Court Team',
    area: 'Cared for Children',
    serviceManagerEmail: 'sm@example.gov.uk',
    headOfServiceEmail: 'hos@example.gov.uk',
    location: 'Town Hall'
  });
  for (const [c, name] of [
    [ANNA, 'Anna'],
    [BEN, 'Ben']
  ] as const) {
    await repos.councillors.add({
      name: `Cllr ${name}`,
      email: c.email,
      aadObjectId: c.aad,
      committees: ['Children and Families Committee'],
      secondVisitVolunteer: false,
      active: true
    });
  }
  await repos.visits.add({
    title: 'Court Team - August 2025',
    teamId: team.id,
    area: team.area,
    visitMonth: '2025-08',
    durationMinutes: 150,
    councillorEmails: [ANNA.email],
    committee: 'Children and Families Committee',
    status: 'Booked',
    visitStart: '2025-08-20T09:00:00.000Z',
    formTemplate: 'frontline-2025'
  });
}, 60000);
afterAll(() => site.close());
beforeEach(() => (sent = []));

test('a briefing turn is one list request: the councillor, the upcoming rota and the teams in one $batch', async () => {
  const d = deps();
  const before = served();
  const turn = await onMessage(d, { id: '29:anna', aadObjectId: ANNA.aad, name: 'Anna' }, 'briefing');
  const card = JSON.stringify(turn.replies);
  expect(card).toContain('Court Team');
  expect(card).toContain('20 August 2025');
  expect(served() - before).toBe(1);
  expect(sent.filter((s) => s.includes('$batch'))).toHaveLength(1);
});

test('the visit is still chosen from the lists: a councillor not on it gets none, in the same one request', async () => {
  const d = deps();
  const before = served();
  const turn = await onMessage(d, { id: '29:ben', aadObjectId: BEN.aad, name: 'Ben' }, 'briefing');
  const card = JSON.stringify(turn.replies);
  expect(card).toContain('No visit booked');
  expect(card).not.toContain('Court Team');
  expect(served() - before).toBe(1);
});
