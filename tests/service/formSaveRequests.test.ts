/**
 * @jest-environment node
 */
// A form save through the Frontline service (issue 18), counted at a proxy in front of the local
// list server as the bench counts (bench/countingProxy.ts): after the first, two list requests, one
// after the other (a $batch reading the visit and the form, then the write with the form's ETag).
// Why not one: the write may only happen while the caller is on the visit, the visit is not
// cancelled and the form is not sent, and the form's ETag says nothing about the visit, so the
// visit is read first. The cases below are the ones an ETag-only write would get wrong.
import { courtVisit, seedCourtTeam } from './courtTeam';
import { startSite, type Site } from '../adapters/sp/harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { startService, type ServiceHandle } from '../../src/service/app';
import { localIdentity } from '../../src/service/identity';
import { serviceOptions } from '../../src/node/service';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import type { Repositories } from '../../src/core/ports/repositories';
import { fixedProcess } from '../kits/fixedProcess';
import { sequentialSteps, startCountingProxy, type CountingProxy } from '../../bench/countingProxy';

const ANNA = 'cllr.anna@example.gov.uk';
let site: Site;
let proxy: CountingProxy;
let service: ServiceHandle;
let repos: Repositories;

async function save(visitId: number, answers: Record<string, string>, etag?: string) {
  proxy.take();
  const r = await fetch(`${service.url}/api/findings/${visitId}/draft`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Frontline-User': ANNA },
    body: JSON.stringify({ answers, etag })
  });
  const t = proxy.take();
  const body = (await r.json()) as { findings?: { etag: string }; error?: { code: string } };
  return { status: r.status, body, requests: t.requests, steps: sequentialSteps(t.spans), lines: t.lines };
}

beforeAll(async () => {
  site = await startSite({ groupMembers: { visitors: [ANNA] } });
  proxy = await startCountingProxy(site.url);
  repos = spRepositories(site.sp());
  await seedCourtTeam(repos, { sm: 'sm.court@example.gov.uk', hos: 'hos.court@example.gov.uk' });
  const sp = nodeSp(proxy.siteUrl, { kind: 'local', user: LOCAL_ADMIN });
  service = await startService({
    ...serviceOptions(sp, localIdentity(), fixedProcess(), () => '2025-07-28T10:00:00.000Z'),
    port: 0,
    log: () => undefined
  });
}, 60000);
afterAll(async () => {
  await service?.close();
  await proxy?.close();
  await site?.close();
});

const aVisit = async (extra = {}) =>
  (await repos.visits.add(courtVisit((await repos.teams.all())[0], [ANNA], { status: 'Visited', ...extra }))).id;

test('a save after the first is two list requests, one after the other: a $batch of the reads, then the write', async () => {
  const visitId = await aVisit();
  const first = await save(visitId, { qualityStrengths: 'Settled team.' });
  expect(first.status).toBe(200);
  const later = await save(visitId, { qualityStrengths: 'Settled, warm team.' }, first.body.findings?.etag);
  expect(later.status).toBe(200);
  expect(later.lines).toEqual([
    expect.stringMatching(/^POST .*\$batch$/),
    expect.stringMatching(/^POST .*Visit Findings.*items\(\d+\)$/)
  ]);
  expect([later.requests, later.steps]).toEqual([2, 2]);
});

test('two saves from the same loaded form: the second is refused (409) and overwrites nothing', async () => {
  const visitId = await aVisit();
  const { etag } = (await save(visitId, { qualityStrengths: 'Loaded.' })).body.findings as { etag: string };
  expect((await save(visitId, { qualityStrengths: 'From the laptop.' }, etag)).status).toBe(200);
  const stale = await save(visitId, { qualityStrengths: 'From the phone.' }, etag);
  expect(stale.status).toBe(409);
  expect((await repos.findings.find(visitId, ANNA))?.answers.qualityStrengths).toBe('From the laptop.');
});

test("the form's own ETag still current, the visit's rules refuse the write: why the visit is read first", async () => {
  const visitId = await aVisit();
  const { etag } = (await save(visitId, { qualityStrengths: 'Before.' })).body.findings as { etag: string };
  // The visit changes; the form (and so its ETag) does not.
  await repos.visits.update(await repos.visits.get(visitId), { status: 'Cancelled' });
  const cancelled = await save(visitId, { qualityStrengths: 'After the cancellation.' }, etag);
  expect(cancelled.status).toBe(409);
  expect(cancelled.lines.filter((l) => !l.endsWith('$batch'))).toEqual([]);
  expect((await repos.findings.find(visitId, ANNA))?.etag).toBe(etag);
});
