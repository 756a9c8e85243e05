/**
 * @jest-environment node
 */
// A change to the site's Process Settings reaches the running service within the cache time, with
// no restart: the findings API (POST /api/findings as the councillor) stores the next request's
// ResponseDueDate from the new responsePeriodDays once the cached settings expire.
import { createProcessSource } from '../../src/core/settingsSource';
import { SpSettingsStore } from '../../src/adapters/sp/settingsStore';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import type { Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { addDays, londonDate } from '../../src/core/time/london';
import { playground } from './protocolHarness';
import { startCycle, type Cycle } from './cycleHarness';

jest.setTimeout(120000);

const SARAH = playground('cllr.bennett.wake@example.gov.uk');
const BEN = playground('cllr.wye@example.gov.uk');
const HOLLAND = playground('cllr.holland@example.gov.uk');
const TTL = 60000;

let c: Cycle;
let visit: Stored<Visit>;
// The service's settings cache runs on this clock, so the test decides when it expires.
let clockMs = 0;

beforeAll(async () => {
  c = await startCycle({
    startAt: '2025-07-29T09:00:00.000Z',
    people: [SARAH, BEN, HOLLAND],
    processSource: { ttlMs: TTL, clock: () => clockMs }
  });
  const fostering = (await c.repos.visits.query()).find((v) => v.title.startsWith('Fostering Team')) as Stored<Visit>;
  visit = await c.repos.visits.update(fostering, {
    status: 'Booked',
    councillorEmails: [SARAH.email, BEN.email, HOLLAND.email],
    visitStart: '2025-07-22T09:00:00.000Z'
  });
});
afterAll(async () => {
  await c?.close();
});

/** Sends `who`'s form with an escalated issue through the findings API; the days the request was given. */
async function requestDays(email: string): Promise<number> {
  const r = await c.submitByApi(email, visit.id, {
    qualityStrengths: 'Supervision is regular.',
    escalationIssues: `A question from ${email}`
  });
  expect(r.status).toBe(200);
  const request = await c.repos.requests.get(r.json.request.id);
  const from = londonDate(request.requestedAt);
  const due = londonDate(request.responseDueDate as string);
  let days = 0;
  while (addDays(from, days) < due) days++;
  return days;
}

describe('a settings change on the site', () => {
  it('reaches the findings API once the cached settings expire, without a restart', async () => {
    expect(await requestDays(SARAH.email)).toBe(28);

    const sp = nodeSp(c.local.server.url, { kind: 'local', user: LOCAL_ADMIN });
    const officer = createProcessSource(new SpSettingsStore(sp));
    const { settings, etag } = await officer.current();
    await officer.save({ ...settings, responsePeriodDays: 14 }, etag, 'officer@example.gov.uk');

    // Within the cache time the service still runs the settings it read.
    clockMs += TTL - 1;
    expect(await requestDays(BEN.email)).toBe(28);

    clockMs += 1;
    expect(await requestDays(HOLLAND.email)).toBe(14);
  });
});
