/**
 * @jest-environment node
 */
// `npm run reminders -- --now ...` as an officer runs it: a separate process against the local list
// server (SP_SITE_URL names it; local URLs act as the site admin), sending through the capture connector.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct, startLocalService, type LocalProduct } from '../../src/node/local';
import { startCaptureConnector, type CaptureConnector } from '../kits/captureConnector';
import type { ServiceHandle } from '../../src/service/app';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { PLAYGROUND_USERS } from '../../src/core/samples/teamsUsers';
import { sweepInstant } from '../../src/node/reminders';

jest.setTimeout(180000);

const ROOT = path.join(__dirname, '..', '..');
const SARAH = PLAYGROUND_USERS.find(
  (u) => u.email === 'cllr.bennett.wake@example.gov.uk'
) as (typeof PLAYGROUND_USERS)[number];
const SM = {
  id: '29:sm-fostering',
  name: 'Fostering service manager',
  email: 'sm.fostering.team@example.gov.uk',
  aadObjectId: '00000000-0000-4000-8000-0000000000f0'
};

let dir: string;
let local: LocalProduct;
let capture: CaptureConnector;
let service: ServiceHandle;

function reminders(
  args: string[],
  env: Record<string, string>
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'reminders', '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env }
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
const lastLine = (text: string): string => text.trim().split('\n').slice(-1)[0];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-reminders-'));
  local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  capture = await startCaptureConnector();
  service = await startLocalService(local, { port: 0, now: () => '2025-10-01T09:00:00.000Z' });
  for (const who of [SARAH, SM]) {
    capture.addMember({
      id: who.id,
      name: who.name,
      aadObjectId: who.aadObjectId,
      email: who.email,
      userPrincipalName: who.email
    });
    const r = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'installationUpdate',
        action: 'add',
        channelId: 'msteams',
        serviceUrl: capture.url,
        id: `install-${who.id}`,
        from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
        recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
        conversation: { id: `a:chat-${who.id}`, conversationType: 'personal', tenantId: 'tenant' },
        channelData: { tenant: { id: 'tenant' } }
      })
    });
    expect(r.status).toBe(200);
  }
  const repos = spRepositories(nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
  const fostering = (await repos.teams.all()).find((t) => t.name === 'Fostering Team');
  const visit = (await repos.visits.query({ teamId: fostering?.id }))[0];
  await repos.visits.update(visit, {
    status: 'Booked',
    councillorEmails: [SARAH.email],
    visitStart: '2025-11-12T10:00:00.000Z'
  });
});
afterAll(async () => {
  await service?.close();
  await capture?.close();
  await local?.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run reminders', () => {
  it('runs one sweep, prints the table and the closing line, and a second run sends nothing', async () => {
    const mark = capture.sent.length;
    const first = await reminders(['--now', '2025-11-05T09:30:00Z'], { SP_SITE_URL: local.server.url });
    expect(first.stderr).not.toMatch(/could not run/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/briefing\s+1\s+0/);
    // The site's first sweep: the briefing to Sarah; the booking made before it is recorded, not announced (issue 14).
    expect(lastLine(first.stdout)).toBe(
      'sent 1, already sent 0, unreachable 0, failed 0, 2 earlier visit change(s) recorded unannounced (first sweep)'
    );
    expect(capture.sent.slice(mark).map((a) => a.conversationId)).toEqual([`a:chat-${SARAH.id}`]);

    const second = await reminders(['--now', '2025-11-05T10:00:00Z'], { SP_SITE_URL: local.server.url });
    expect(lastLine(second.stdout)).toBe('sent 0, already sent 3, unreachable 0, failed 0');
    expect(capture.sent.length - mark).toBe(1);
  });

  it('fails clearly, with exit code 1, on a bad --now or a list server that is not there', async () => {
    const bad = await reminders(['--now', 'next tuesday'], { SP_SITE_URL: local.server.url });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--now must be a date and time such as 2025-11-05T09:30:00Z (got 'next tuesday')");
    const down = await reminders(['--now', '2025-11-05T09:30:00Z'], {
      SP_SITE_URL: 'http://127.0.0.1:9/sites/frontline'
    });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(
      /The reminder sweep could not run: the local list server at http:\/\/127\.0\.0\.1:9\/sites\/frontline is not reachable/
    );
  });

  it('reads --now, or takes the real time without it', () => {
    expect(sweepInstant(['--now', '2025-11-05T09:30:00+01:00'])).toBe('2025-11-05T08:30:00.000Z');
    expect(sweepInstant([], Date.parse('2025-11-05T12:00:00Z'))).toBe('2025-11-05T12:00:00.000Z');
    expect(() => sweepInstant(['--now'])).toThrow(/--now must be/);
  });
});
