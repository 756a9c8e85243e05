/**
 * @jest-environment node
 */
// The dashboard's privacy calls over HTTP against the local list server: officers only, bad input
// named, a real erasure only when confirmed, run with the service's identity.
import express from 'express';
import type { AddressInfo } from 'net';
import type * as http from 'http';
import { spPrivacyApi, LOCAL_PRIVACY_KEY } from '../../src/adapters/sp/privacyErase';
import { SpOfficerDirectory } from '../../src/adapters/sp/officers';
import { localIdentity } from '../../src/service/identity';
import { PRIVACY_API, privacyRouter } from '../../src/service/privacyRoutes';
import { OFFICER, siteForFile } from '../adapters/sp/harness';
import { itemsHolding } from '../adapters/sp/privacy/rawScan';
import { ALICE, BOB, seedTwoCouncillors } from '../adapters/sp/privacy/seed';

jest.setTimeout(120000);
const site = siteForFile();
let server: http.Server;
let base: string;

beforeAll(async () => {
  await seedTwoCouncillors(site());
  const sp = site().sp();
  const app = express();
  const api = spPrivacyApi(sp, LOCAL_PRIVACY_KEY, () => '2025-09-01T09:00:00.000Z');
  app.use(
    PRIVACY_API,
    express.json(),
    privacyRouter({ authenticate: localIdentity(), officers: new SpOfficerDirectory(sp), ...api })
  );
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PRIVACY_API}`;
});
afterAll(() => new Promise((r) => server.close(r)));

const call = async (path: string, body: unknown, user?: string) => {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(user ? { 'X-Frontline-User': user } : {}) },
    body: JSON.stringify(body)
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { message: string } } };
};

describe('POST /api/privacy', () => {
  it('refuses anyone but an officer, and bad input, saying what is allowed', async () => {
    expect((await call('/subject-access', { email: ALICE.email })).status).toBe(401);
    const councillor = await call('/erase', { email: ALICE.email, dryRun: false, confirm: ALICE.email }, BOB.email);
    expect(councillor.status).toBe(403);
    expect(councillor.body.error?.message).toContain('Only officers');
    const bad = await call('/subject-access', { email: 'alice' }, OFFICER);
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toBe("email must be an e-mail address such as name@council.gov.uk (got 'alice')");
    const unconfirmed = await call('/erase', { email: ALICE.email, dryRun: false }, OFFICER);
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error?.message).toMatch(/^confirm must repeat the e-mail address/);
    expect((await itemsHolding(site(), [ALICE.email])).size).toBeGreaterThan(5);
  });

  it('gives an officer the summary and the export, then erases once confirmed', async () => {
    const sar = await call('/subject-access', { email: ALICE.email }, OFFICER);
    expect(sar.status).toBe(200);
    expect(sar.body.summary).toContain('Visit Findings: 2 items');
    const dry = await call('/erase', { email: ALICE.email }, OFFICER);
    expect((dry.body.lines as string[])[0]).toMatch(/^Dry run, nothing changed/);
    const done = await call(
      '/erase',
      { email: ALICE.email, dryRun: false, confirm: ' alice.able@EXAMPLE.gov.uk' },
      OFFICER
    );
    expect(done.status).toBe(200);
    expect((done.body.kept as unknown[]).length).toBeGreaterThan(4);
    expect(Array.from(await itemsHolding(site(), [ALICE.email, ALICE.name]))).toEqual([]);
  });
});
