/**
 * @jest-environment node
 */
// `npm run service` as App Service runs it, stopped as App Service stops it: a child process against
// the local list server, slowed by the server's latency injection; SIGTERM arrives while a request
// is in flight. The request still gets its 200, new connections are refused, and the process exits
// 0. Bad settings stop it before it starts, all named at once, exit 2.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn, type ChildProcess } from 'child_process';
import { startLocalProduct, LOCAL_OFFICER, type LocalProduct } from '../../src/node/local';
import { freePort } from '../kits/instances';

jest.setTimeout(240000);

const ROOT = path.join(__dirname, '../..');
let dir: string;
let local: LocalProduct;

interface Run {
  child: ChildProcess;
  lines: () => Record<string, unknown>[];
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves with the first line logged that matches. */
  line(match: (l: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

function service(env: NodeJS.ProcessEnv): Run {
  const child = spawn(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin.js'),
      '--transpile-only',
      '--project',
      'tsconfig.node.json',
      'src/node/serviceCli.ts'
    ],
    { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const lines = (): Record<string, unknown>[] =>
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const line = async (match: (l: Record<string, unknown>) => boolean, timeoutMs = 90000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = lines().find(match);
      if (found) return found;
      if (child.exitCode !== null || Date.now() > until)
        throw new Error(`no such line (exit ${child.exitCode}):\n${out}\n${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, lines, stderr: () => err, exited, line };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-shutdown-'));
  local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
});
afterAll(async () => {
  await local?.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the service process', () => {
  it('on SIGTERM finishes the request in flight, refuses new connections and exits 0', async () => {
    const port = await freePort();
    const run = service({ SP_SITE_URL: local.server.url, PORT: String(port), FRONTLINE_SHUTDOWN_SECONDS: '120' });
    try {
      const started = await run.line((l) => /^Frontline service on /.test(String(l.msg)));
      const url = `http://127.0.0.1:${port}`;
      expect(started.msg).toBe(`Frontline service on ${url}`);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${url}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready', problems: [] });
      // Every list call now waits 250 ms: a subject access makes many, one after another.
      local.server.setFaults({ latencyMs: 250 });
      const slow = fetch(`${url}/api/privacy/subject-access`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Frontline-User': LOCAL_OFFICER,
          'x-correlation-id': 'slow-1'
        },
        body: JSON.stringify({ email: 'cllr.bennett.wake@example.gov.uk' })
      });
      // Well inside the request, which takes many seconds at this latency.
      await new Promise((r) => setTimeout(r, 1500));
      run.child.kill('SIGTERM');
      const shutting = await run.line((l) => l.msg === 'shutting down');
      expect(shutting.inFlight).toBe(1);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
      const answer = await slow;
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-correlation-id')).toBe('slow-1');
      expect(await run.exited).toBe(0);
      expect(run.lines()).toContainEqual(
        expect.objectContaining({
          msg: 'stopped',
          requestsDrained: true,
          afterReplyFinished: true,
          sweepsFinished: true
        })
      );
      expect(run.lines()).toContainEqual(
        expect.objectContaining({ msg: 'request', correlationId: 'slow-1', status: 200 })
      );
    } finally {
      local.server.setFaults({ latencyMs: 0 });
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
    }
  });

  it('with bad settings names every one and exits 2 without starting', async () => {
    const run = service({
      SP_SITE_URL: local.server.url,
      PORT: 'eighty',
      FRONTLINE_SWEEP_MINUTES: '-5',
      FRONTLINE_LOG_LEVEL: 'chatty'
    });
    expect(await run.exited).toBe(2);
    for (const name of ['PORT', 'FRONTLINE_SWEEP_MINUTES', 'FRONTLINE_LOG_LEVEL']) expect(run.stderr()).toContain(name);
    const [line] = run.lines();
    expect(line).toMatchObject({ level: 'error', correlationId: expect.any(String) });
    expect(line.errors).toHaveLength(3);
  });
});
