/**
 * @jest-environment node
 */
// Telemetry export end to end: `npm run service` as a child process against the local list server,
// with OTEL_EXPORTER_OTLP_ENDPOINT naming an OTLP/HTTP collector started here. A findings save and
// a bot turn, both carrying a distinctive phrase, reach the collector as SERVER spans with their
// correlation ids, each with CLIENT spans under it (same trace, its span as parent) for the list
// requests it made; no exported byte holds the phrase or an e-mail address. With
// OTEL_SDK_DISABLED=true and the same endpoint, the collector hears nothing, and the service never
// loaded an OpenTelemetry module nor listened to fetch's diagnostics channels.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn } from 'child_process';
import { startLocalProduct, type LocalProduct } from '../../src/node/local';
import { startCaptureConnector, type CaptureConnector } from '../kits/captureConnector';
import { PLAYGROUND_USERS } from '../../src/core/samples/teamsUsers';
import { freePort } from '../kits/instances';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { LOADED_PREFIX } from '../kits/loadedModules';
import { startOtlpCollector, type OtlpCollector, type Received } from '../kits/otlpCollector';

jest.setTimeout(300000);

const ROOT = path.join(__dirname, '../..');
const PHRASE = 'Quokka-Marmalade-7731';
const SARAH = PLAYGROUND_USERS.find(
  (u) => u.email === 'cllr.bennett.wake@example.gov.uk'
) as (typeof PLAYGROUND_USERS)[number];

let dir: string;
let local: LocalProduct;
let capture: CaptureConnector;
let collector: OtlpCollector;
let collectorUrl: string;
let received: Received[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-otel-'));
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
  ({ url: collectorUrl, received } = collector);
});
afterAll(async () => {
  await collector?.close();
  await capture?.close();
  await local?.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts the service with `env`, saves a form and says something to the bot, then stops it with SIGTERM. */
async function runService(env: NodeJS.ProcessEnv): Promise<{ saveStatus: number; output: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin.js'),
      '--transpile-only',
      '--project',
      'tsconfig.node.json',
      '--require',
      require.resolve('../kits/loadedModules'),
      'src/node/serviceCli.ts'
    ],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        SP_SITE_URL: local.server.url,
        PORT: String(port),
        ...env
      },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const until = Date.now() + 90000;
    while (!output.includes('Frontline service on ')) {
      if (child.exitCode !== null || Date.now() > until) throw new Error(`the service did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const url = `http://127.0.0.1:${port}`;
    // A visit of Sarah's that takes findings (the demo's are all reported), so the save is a real
    // write: the service's reads, then the draft.
    const repos = spRepositories(nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
    const [planned] = await repos.visits.query({ statuses: ['Planned'] });
    const visit = await repos.visits.update(planned, {
      status: 'Visited',
      visitStart: '2025-07-28T09:00:00.000Z',
      councillorEmails: [SARAH.email]
    });
    const saved = await fetch(`${url}/api/findings/${visit.id}/draft`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Frontline-User': SARAH.email,
        'x-correlation-id': 'save-otel-1'
      },
      body: JSON.stringify({ answers: { qualityStrengths: `${PHRASE} in the answer` } })
    });
    const id = `act-${Math.random().toString(36).slice(2)}`;
    const turn = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-correlation-id': 'turn-otel-1' },
      body: JSON.stringify({
        type: 'message',
        text: `${PHRASE} said to the bot`,
        channelId: 'msteams',
        serviceUrl: capture.url,
        id,
        from: { id: SARAH.id, name: SARAH.name, aadObjectId: SARAH.aadObjectId },
        recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
        conversation: { id: `a:chat-${SARAH.id}`, conversationType: 'personal', tenantId: 'tenant' },
        channelData: { tenant: { id: 'tenant' } }
      })
    });
    expect(turn.status).toBe(200);
    await capture.waitFor((a) => a.activity.replyToId === id, 20000);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    return { saveStatus: saved.status, output };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

type OtlpValue = { stringValue?: string; intValue?: string | number };
interface OtlpSpan {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: { key: string; value: OtlpValue }[];
}
/** OTLP's SpanKind numbers. */
const SERVER = 2;
const CLIENT = 3;
/** Anything shaped like an e-mail address. */
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

/** What the service had loaded as it exited (tests/kits/loadedModules.ts). */
function loadedBy(output: string): { opentelemetry: string[]; undiciHooked: boolean } {
  const line = output.split('\n').find((l) => l.startsWith(LOADED_PREFIX));
  expect(line).toBeDefined();
  return JSON.parse(String(line).slice(LOADED_PREFIX.length)) as { opentelemetry: string[]; undiciHooked: boolean };
}

function spansOf(bodies: Received[]): Record<string, string | number | undefined>[] {
  return bodies.flatMap((r) =>
    (JSON.parse(r.body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] }).resourceSpans.flatMap((rs) =>
      rs.scopeSpans.flatMap((ss) =>
        ss.spans.map((s) => ({
          name: s.name,
          kind: s.kind,
          traceId: s.traceId,
          spanId: s.spanId,
          parentSpanId: s.parentSpanId || undefined,
          ...Object.fromEntries(s.attributes.map((a) => [a.key, a.value.stringValue ?? Number(a.value.intValue)]))
        }))
      )
    )
  );
}

describe('telemetry export', () => {
  it('sends a span per request and per bot turn with the correlation id, and never the words of a form or a message', async () => {
    const { saveStatus, output } = await runService({ OTEL_EXPORTER_OTLP_ENDPOINT: `${collectorUrl}/` });
    expect(saveStatus).toBe(200);
    expect(output).toContain('telemetry export on');
    expect(loadedBy(output).opentelemetry).toContainEqual(expect.stringContaining('sdk-trace-base'));
    expect(received.length).toBeGreaterThan(0);
    for (const r of received) {
      expect(r.path).toBe('/v1/traces');
      expect(r.contentType).toContain('application/json');
      expect(r.body).not.toContain(PHRASE);
      expect(r.body).not.toMatch(EMAIL);
      expect(r.body.toLowerCase()).not.toContain(SARAH.email.toLowerCase());
    }
    const spans = spansOf(received);
    expect(spans).toContainEqual(
      expect.objectContaining({
        name: 'POST /api/findings/:visitId/draft',
        'frontline.correlation_id': 'save-otel-1',
        'http.route': '/api/findings/:visitId/draft',
        'http.response.status_code': saveStatus
      })
    );
    expect(spans).toContainEqual(
      expect.objectContaining({
        name: 'bot turn message',
        'frontline.correlation_id': 'turn-otel-1',
        'frontline.activity_type': 'message',
        'http.response.status_code': 200
      })
    );
    expect(received.map((r) => r.body).join('\n')).toContain('"frontline-service"');
    for (const correlationId of ['save-otel-1', 'turn-otel-1']) {
      const server = spans.find((s) => s['frontline.correlation_id'] === correlationId);
      expect(server).toMatchObject({ kind: SERVER, parentSpanId: undefined });
      const calls = spans.filter((s) => s.parentSpanId === server?.spanId);
      // The list requests it waited for: each a CLIENT span in the same trace, under its span.
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) {
        expect(call).toMatchObject({ kind: CLIENT, traceId: server?.traceId });
        expect(call.name).toMatch(/^(GET|POST|PATCH|PUT|MERGE|DELETE) \/_api\//);
        expect(call['url.template']).toBe(String(call.name).split(' ').slice(1).join(' '));
        expect(call['http.response.status_code']).toEqual(expect.any(Number));
        expect(String(call.name)).not.toMatch(/[?=]/);
      }
      expect(calls.map((c) => c.name)).toContainEqual(
        expect.stringMatching(/^(GET \/_api\/web\/lists\/getByTitle\('[^']+'\)\/items|POST \/_api\/\$batch)/)
      );
    }
    // The save wrote the draft: a create on the Visit Findings list among its calls, names only.
    const save = spans.find((s) => s['frontline.correlation_id'] === 'save-otel-1');
    expect(spans.filter((s) => s.parentSpanId === save?.spanId).map((c) => c.name)).toContainEqual(
      "POST /_api/web/lists/getByTitle('Visit Findings')/items"
    );
    // No client span without a request to hang from (the collector's own traffic is never traced).
    for (const span of spans.filter((s) => s.kind === CLIENT))
      expect(spans.some((s) => s.spanId === span.parentSpanId)).toBe(true);
  });

  it('sends nothing when switched off', async () => {
    received.length = 0;
    const { output } = await runService({ OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl, OTEL_SDK_DISABLED: 'true' });
    expect(output).not.toContain('telemetry export on');
    expect(received).toEqual([]);
    // Off costs a check per request: no OpenTelemetry module loaded, no channel listened to.
    expect(loadedBy(output)).toEqual({ opentelemetry: [], undiciHooked: false });
  });
});
