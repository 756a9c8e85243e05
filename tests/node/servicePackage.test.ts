/**
 * @jest-environment node
 */
// `npm run package:service` end to end: the zip built from the compiled service, unpacked into an
// empty folder far from the repo's node_modules, started with plain `node .` and PORT as App Service
// starts it, against the local list server; then driven over the Bot Framework protocol (a capture
// connector stands in for Teams) and over the findings API, as the local workbench calls it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn, type ChildProcess } from 'child_process';
import {
  buildServicePackage,
  SERVICE_MAIN,
  unpackServicePackage,
  type ServicePackage
} from '../../src/node/servicePackage';
import { startLocalProduct, type LocalProduct } from '../../src/node/local';
import { startCaptureConnector, type CaptureConnector } from '../kits/captureConnector';
import { PLAYGROUND_USERS } from '../../src/core/samples/teamsUsers';
import { freePort } from '../kits/instances';
import { startOtlpCollector, type OtlpCollector } from '../kits/otlpCollector';

jest.setTimeout(300000);

const SARAH = PLAYGROUND_USERS.find(
  (u) => u.email === 'cllr.bennett.wake@example.gov.uk'
) as (typeof PLAYGROUND_USERS)[number];

let dir: string;
let app: string;
let pkg: ServicePackage;
let local: LocalProduct;
let capture: CaptureConnector;
let child: ChildProcess | undefined;
let output = '';
let port: number;
let serviceUrl: string;
/** What an OTLP/HTTP collector started here was sent: the packaged service exports spans to it. */
let collector: OtlpCollector;

/** `node .` in the unpacked folder with App Service's PORT; resolves once it says where it listens. */
function startUnpacked(env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, ['.'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => reject(new Error(`the service did not start in 60 s:\n${output}`)), 60000);
    const read = (d: Buffer): void => {
      output += d.toString();
      const m = /Frontline service on (http:\/\/[^\s"]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (${code}):\n${output}`));
    });
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-svcpkg-'));
  app = path.join(dir, 'wwwroot');
  fs.mkdirSync(app);
  pkg = await buildServicePackage({ outFile: path.join(dir, 'frontline-service.zip') });
  await unpackServicePackage(pkg.zipPath, app);
  local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  capture = await startCaptureConnector();
  capture.addMember({
    id: SARAH.id,
    name: SARAH.name,
    aadObjectId: SARAH.aadObjectId,
    email: SARAH.email,
    userPrincipalName: SARAH.email
  });
  collector = await startOtlpCollector();
  port = await freePort();
  // Only what App Service would set: no NODE_PATH, no ts-node hooks, nothing from the repo.
  serviceUrl = await startUnpacked({
    PATH: process.env.PATH,
    PORT: String(port),
    FRONTLINE_SERVICE_PORT: '1',
    SP_SITE_URL: local.server.url,
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
    OTEL_BSP_SCHEDULE_DELAY: '200'
  });
});
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await collector?.close();
  await capture?.close();
  await local?.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the deployable service package', () => {
  it('holds the compiled code, its card templates and production packages only, and names the entry', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ main: SERVICE_MAIN, scripts: { start: 'node .' } });
    expect(manifest.engines.node).toMatch(/^>=20/);
    expect(manifest.dependencies).toMatchObject({
      botbuilder: expect.any(String),
      express: expect.any(String),
      // Loaded only when telemetry export is on, so found in the compiled code's import() calls.
      '@opentelemetry/sdk-trace-base': expect.any(String),
      '@opentelemetry/exporter-trace-otlp-http': expect.any(String)
    });
    expect(Object.keys(manifest.dependencies)).not.toContain('react');
    expect(fs.existsSync(path.join(app, SERVICE_MAIN))).toBe(true);
    expect(fs.existsSync(path.join(app, 'app/bot/cards/briefing.template.json'))).toBe(true);
    expect(fs.existsSync(path.join(app, 'package-lock.json'))).toBe(true);
    for (const absent of ['ts-node', 'typescript', 'jest', 'ts-jest', 'better-sqlite3', '@microsoft/sp-core-library']) {
      expect(fs.existsSync(path.join(app, 'node_modules', absent))).toBe(false);
    }
    const code = fs.readdirSync(path.join(app, 'app'));
    expect(code).toEqual(expect.arrayContaining(['bot', 'node', 'service']));
    expect(code).not.toContain('webparts');
    expect(code).not.toContain('server');
    expect(fs.existsSync(path.join(app, 'app/node/local.js'))).toBe(false);
  });

  it('starts with node . on the PORT App Service gives it', () => {
    expect(serviceUrl).toBe(`http://127.0.0.1:${port}`);
    expect(output).toContain(local.server.url);
  });

  it('welcomes a councillor on install and answers a message over the Bot Framework protocol', async () => {
    const activity = (extra: Record<string, unknown>) => ({
      channelId: 'msteams',
      serviceUrl: capture.url,
      id: `act-${Math.random().toString(36).slice(2)}`,
      from: { id: SARAH.id, name: SARAH.name, aadObjectId: SARAH.aadObjectId },
      recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
      conversation: { id: `a:chat-${SARAH.id}`, conversationType: 'personal', tenantId: 'tenant' },
      channelData: { tenant: { id: 'tenant' } },
      ...extra
    });
    const post = (body: unknown) =>
      fetch(`${serviceUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
      });
    const inChat = (a: { conversationId?: string }) => a.conversationId === `a:chat-${SARAH.id}`;

    expect((await post(activity({ type: 'installationUpdate', action: 'add' }))).status).toBe(200);
    const welcome = await capture.waitFor(inChat, 20000);
    expect(JSON.stringify(welcome.activity.attachments)).toContain('Welcome, Sarah Bennett-Wake');

    // The briefing itself depends on today's date against the seeded rota; the reply to this message is a card either way.
    const message = activity({ type: 'message', text: 'briefing' });
    expect((await post(message)).status).toBe(200);
    const reply = await capture.waitFor((a) => inChat(a) && a.activity.replyToId === message.id, 20000);
    expect(reply.activity.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('serves the findings API: health answers 200, a malformed or anonymous save 4xx', async () => {
    const health = await fetch(`${serviceUrl}/api/health`, { headers: { 'x-correlation-id': 'pkg-health-1' } });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    // With OTEL_EXPORTER_OTLP_ENDPOINT set, the unpacked service loads the SDK it ships and exports the span.
    while (!collector.received.some((r) => r.body.includes('pkg-health-1')))
      await new Promise((r) => setTimeout(r, 100));
    expect(collector.received.map((r) => r.body).join('\n')).toContain('"GET /api/health"');

    const malformed = await fetch(`${serviceUrl}/api/findings/1/draft`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Frontline-User': SARAH.email },
      body: '{"answers": '
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('BadRequest');

    const anonymous = await fetch(`${serviceUrl}/api/findings/1/draft`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: { qualityStrengths: 'anonymous' } })
    });
    expect(anonymous.status).toBeGreaterThanOrEqual(400);
    expect(anonymous.status).toBeLessThan(500);
  });
});
