// Peak memory of the deployable Frontline service (issue 17): `npm run package:service`'s zip,
// unpacked and started with plain `node .` as App Service starts it, against the bare botbuilder echo
// bot under the same load (bench/botLatency.ts's turns: "briefing" messages and findings-form
// invokes at 1, 10 and 50 conversations). For the before-and-after, the same service run as
// `npm run service` ran it in production, under ts-node. Each bot is a process of its own with
// nothing else in it (the capture connector and the load generator run here), measured as the OS
// sees it: VmHWM, the process's peak resident set, read from /proc just before it is stopped. The
// echo bot is compiled too and runs from the unpacked folder, with the same express and botbuilder.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { buildServicePackage, REPO_ROOT, unpackServicePackage } from '../src/node/servicePackage';
import { startCaptureConnector } from '../tests/kits/captureConnector';
import { load, type Target } from './botLatency';
import type { BenchUser } from './listServer';
import { freePort } from '../tests/kits/instances';

const CONVERSATIONS = 50;
const PLAN = [
  { c: 1, perConversation: 60 },
  { c: 10, perConversation: 20 },
  { c: CONVERSATIONS, perConversation: 20 }
];
const TARGET_RATIO = 1.5;

interface Started {
  child: ChildProcess;
  line: string;
}

/** Starts a process; resolves with the first stdout line matching `ready`. */
function start(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  ready: RegExp,
  label: string
): Promise<Started> {
  const child = spawn(process.execPath, args, { ...options, stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${label} did not start in 180 s`)), 180000);
    child.once('exit', (code) => reject(new Error(`${label} exited (${code})`)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => ready.test(l));
      if (line) {
        clearTimeout(timer);
        resolve({ child, line });
      }
    });
  });
}

/** The process's peak resident set in MB, as Linux counts it. */
function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmHWM for process ${pid}`);
  return Math.round(Number(m[1]) / 1024);
}

/** The process's CPU time so far (user + system) in ms, from /proc (clock ticks, 100 a second on Linux). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime and stime, fields 14 and 15 of stat
}

const p95 = (xs: number[]): number => Math.round(xs.sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] * 10) / 10;

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const t = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => (clearTimeout(t), resolve()));
    child.kill('SIGTERM');
    child.stdin?.end();
  });
}

/** bench/echoBot.ts as plain JavaScript in the unpacked folder, so it resolves that folder's packages. */
function writeEchoBot(app: string): string {
  const dir = path.join(app, 'bench-echo');
  fs.mkdirSync(dir, { recursive: true });
  const source = fs.readFileSync(path.join(__dirname, 'echoBot.ts'), 'utf8');
  const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
  fs.writeFileSync(path.join(dir, 'echoBot.js'), ts.transpileModule(source, { compilerOptions: options }).outputText);
  const main = path.join(dir, 'main.js');
  fs.writeFileSync(main, "require('./echoBot').startEchoBot().then((b) => console.log('Echo bot on ' + b.url));\n");
  return main;
}

export async function measureServiceMemory(): Promise<Record<string, unknown>[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-svc-'));
  const app = path.join(dir, 'wwwroot');
  const children: ChildProcess[] = [];
  const capture = await startCaptureConnector();
  try {
    const pkg = await buildServicePackage({ outFile: path.join(dir, 'frontline-service.zip') });
    await unpackServicePackage(pkg.zipPath, app);
    const echoMain = writeEchoBot(app);
    const tsNodeEnv = { ...process.env, TS_NODE_PROJECT: path.join(REPO_ROOT, 'tsconfig.node.json') };
    const list = await start(
      ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'listServer.ts'), String(CONVERSATIONS)],
      { cwd: REPO_ROOT, env: tsNodeEnv },
      /^\{"url"/,
      'list server'
    );
    children.push(list.child);
    const { url: listUrl, users } = JSON.parse(list.line) as { url: string; users: BenchUser[] };
    for (const u of users) {
      capture.addMember({
        id: u.id,
        name: u.name,
        aadObjectId: u.aadObjectId,
        email: u.email,
        userPrincipalName: u.email,
        tenantId: 'tenant'
      });
    }
    // Only what App Service would set; FRONTLINE_SWEEP_MINUTES unset, so no sweep runs during the load.
    // FRONTLINE_HEAP_GROWING_PERCENT is passed on when set, to measure the service with another
    // value (100 by default; 0 for V8's own rule); BENCH_SERVICE_NODE_OPTIONS becomes the service's NODE_OPTIONS (V8 flags to try).
    const heap = process.env.FRONTLINE_HEAP_GROWING_PERCENT;
    const nodeOptions = process.env.BENCH_SERVICE_NODE_OPTIONS;
    const serviceEnv = {
      PATH: process.env.PATH,
      SP_SITE_URL: listUrl,
      ...(heap === undefined ? {} : { FRONTLINE_HEAP_GROWING_PERCENT: heap }),
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {})
    };
    const bots = [
      {
        bot: 'echo',
        how: 'node (compiled bench/echoBot.ts)',
        args: [echoMain],
        cwd: app,
        env: { PATH: process.env.PATH }
      },
      { bot: 'frontline', how: 'node . (the unpacked zip)', args: ['.'], cwd: app, env: serviceEnv },
      {
        bot: 'frontline (ts-node)',
        how: 'ts-node src/node/serviceCli.ts (as npm run service)',
        args: ['-r', 'ts-node/register/transpile-only', path.join(REPO_ROOT, 'src', 'node', 'serviceCli.ts')],
        cwd: REPO_ROOT,
        env: { ...serviceEnv, TS_NODE_PROJECT: tsNodeEnv.TS_NODE_PROJECT }
      }
    ];
    const rows: Record<string, unknown>[] = [];
    for (const b of bots) {
      const env = { ...b.env, ...(b.bot === 'echo' ? {} : { PORT: String(await freePort()) }) };
      const started = await start(b.args, { cwd: b.cwd, env }, /(Frontline service|Echo bot) on http/, b.bot);
      children.push(started.child);
      const serviceUrl = (/on (http:\/\/[^\s"]+)/.exec(started.line) as RegExpExecArray)[1];
      const startRssMb = peakRssMb(started.child.pid as number);
      const target: Target = { serviceUrl, captureUrl: capture.url, users, cards: new Map() };
      let turns = 0;
      let errors = 0;
      let busyMs = 0;
      const at50: number[] = [];
      for (const turn of ['message', 'invoke'] as const) {
        await load(target, turn, CONVERSATIONS, 2); // warm-up: every conversation opens its form
        const cpuBefore = cpuMs(started.child.pid as number);
        for (const { c, perConversation } of PLAN) {
          const r = await load(target, turn, c, perConversation);
          turns += r.latencies.length;
          errors += r.errors;
          if (c === CONVERSATIONS) at50.push(...r.latencies);
        }
        busyMs += cpuMs(started.child.pid as number) - cpuBefore;
      }
      rows.push({
        bot: b.bot,
        process: b.how,
        turns,
        errors,
        startRssMb,
        peakRssMb: peakRssMb(started.child.pid as number),
        // The bot process's CPU per measured turn, and p95 latency at 50 conversations (both turn kinds).
        cpuMsPerTurn: Math.round((busyMs / turns) * 100) / 100,
        p95MsAt50: p95(at50)
      });
      console.log(`  ${b.bot}: ${turns} turns, ${errors} errors, peak RSS ${rows[rows.length - 1].peakRssMb} MB`);
      await stop(started.child);
    }
    const peak = (bot: string): number => rows.find((r) => r.bot === bot)?.peakRssMb as number;
    const ratio = Math.round((peak('frontline') / peak('echo')) * 100) / 100;
    rows.push({
      measure: 'peak RSS, frontline / echo',
      ratio,
      target: `<= ${TARGET_RATIO}`,
      met: ratio <= TARGET_RATIO
    });
    rows.push({
      measure: 'peak RSS, frontline (ts-node) / echo',
      ratio: Math.round((peak('frontline (ts-node)') / peak('echo')) * 100) / 100
    });
    return rows;
  } finally {
    for (const c of children) await stop(c);
    await capture.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
