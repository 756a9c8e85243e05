// Bot turn latency (issue 7, item 3): p50/p95/p99 and turns/s over loopback at 1, 10 and 50
// concurrent conversations, for a message turn and an adaptiveCard/action turn, for the Frontline
// bot (real list reads against the seeded local list server) and a bare botbuilder echo bot, driven
// by the same load generator against the same kind of capture connector. Each bot runs in a child
// process (bench/botServer.ts) so the generator has its own event loop; both share this machine.
// Latency is POST /api/messages to the HTTP response: for a message turn that includes the reply's
// send to the capture connector (the SDK answers after the turn), for an invoke it carries the card.
import { spawn, type ChildProcess } from 'child_process';
import * as http from 'http';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { PLAYGROUND_USERS } from '../src/core/samples/teamsUsers';

type Bot = 'frontline' | 'echo';
type Turn = 'message' | 'invoke';
const COUNCILLORS = ['cllr.bennett.wake@example.gov.uk', 'cllr.wye@example.gov.uk', 'cllr.holland@example.gov.uk'].map(
  (e) => PLAYGROUND_USERS.find((u) => u.email === e) as (typeof PLAYGROUND_USERS)[number]
);
const PLAN: { c: number; turnsPerConversation: number }[] = [
  { c: 1, turnsPerConversation: 60 },
  { c: 10, turnsPerConversation: 20 },
  { c: 50, turnsPerConversation: 20 }
];

async function startBot(bot: Bot): Promise<{ child: ChildProcess; serviceUrl: string; captureUrl: string }> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'botServer.ts'), bot], {
    env: { ...process.env, TS_NODE_PROJECT: path.join(__dirname, '..', 'tsconfig.node.json') },
    stdio: ['pipe', 'pipe', 'inherit']
  });
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`${bot} bot did not start in 120 s`)), 120000);
    child.once('exit', (code) => reject(new Error(`${bot} bot exited (${code})`)));
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      const line = buf.split('\n').find((l) => l.startsWith('{"serviceUrl"'));
      if (line) {
        clearTimeout(timer);
        resolve({ child, ...(JSON.parse(line) as { serviceUrl: string; captureUrl: string }) });
      }
    });
  });
}

function stopBot(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    let captured = -1;
    child.stdout?.on('data', (d: Buffer) => {
      const m = /"captured":(\d+)/.exec(d.toString());
      if (m) captured = Number(m[1]);
    });
    const t = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => (clearTimeout(t), resolve(captured)));
    child.stdin?.end();
  });
}

function activity(turn: Turn, conv: number, captureUrl: string, seq: number): string {
  const who = COUNCILLORS[conv % COUNCILLORS.length];
  return JSON.stringify({
    channelId: 'msteams', serviceUrl: captureUrl, id: `bench-${conv}-${seq}`,
    from: { id: `${who.id}-bench-${conv}`, name: who.name, aadObjectId: who.aadObjectId },
    recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
    conversation: { id: `a:chat-bench-${conv}`, conversationType: 'personal', tenantId: 'tenant' },
    channelData: { tenant: { id: 'tenant' } },
    ...(turn === 'message'
      ? { type: 'message', text: 'help' }
      : { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'help', data: {} }, trigger: 'manual' } })
  });
}

function post(agent: http.Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** C conversations, each sending its turns one after another; returns latencies (ms) and wall time. */
async function load(serviceUrl: string, captureUrl: string, turn: Turn, c: number, perConv: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: c });
  const url = new URL('/api/messages', serviceUrl);
  const latencies: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: c }, async (_, conv) => {
      for (let i = 0; i < perConv; i++) {
        const body = activity(turn, conv, captureUrl, i);
        const s = performance.now();
        try {
          const r = await post(agent, url, body);
          latencies.push(performance.now() - s);
          const ok = r.status === 200 && (turn === 'message' || /"statusCode":200/.test(r.text));
          if (!ok) errors++;
        } catch {
          errors++;
        }
      }
    })
  );
  const wallMs = performance.now() - t0;
  agent.destroy();
  return { latencies, wallMs, errors };
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const r1 = (x: number): number => Math.round(x * 10) / 10;

export async function measureBotLatency(): Promise<Record<string, unknown>[]> {
  const figures: Record<string, unknown>[] = [];
  const byKey = new Map<string, { p95: number; tps: number }>();
  for (const bot of ['echo', 'frontline'] as Bot[]) {
    let started: Awaited<ReturnType<typeof startBot>> | undefined;
    try {
      started = await startBot(bot);
      for (const turn of ['message', 'invoke'] as Turn[]) {
        await load(started.serviceUrl, started.captureUrl, turn, 10, 5); // warm-up, not recorded
        for (const { c, turnsPerConversation } of PLAN) {
          const { latencies, wallMs, errors } = await load(started.serviceUrl, started.captureUrl, turn, c, turnsPerConversation);
          const s = latencies.slice().sort((a, b) => a - b);
          const row = { bot, turn, conversations: c, turns: s.length, errors, p50ms: r1(pct(s, 50)), p95ms: r1(pct(s, 95)), p99ms: r1(pct(s, 99)), turnsPerSec: r1((s.length / wallMs) * 1000) };
          byKey.set(`${bot}|${turn}|${c}`, { p95: row.p95ms, tps: row.turnsPerSec });
          figures.push(row);
        }
      }
    } catch (e) {
      figures.push({ bot, error: String(e instanceof Error ? e.message : e).split('\n')[0] });
    } finally {
      if (started) await stopBot(started.child);
    }
  }
  // Ratios against the echo bot at the same concurrency and turn type.
  for (const turn of ['message', 'invoke'] as Turn[]) {
    for (const { c } of PLAN) {
      const f = byKey.get(`frontline|${turn}|${c}`);
      const e = byKey.get(`echo|${turn}|${c}`);
      if (!f || !e) continue;
      const p95Ratio = f.p95 / e.p95;
      const tpsRatio = f.tps / e.tps;
      figures.push({ bot: 'frontline / echo', turn, conversations: c, p95Ratio: Math.round(p95Ratio * 100) / 100, p95Target: '<= 1.5', p95Met: p95Ratio <= 1.5, tpsRatio: Math.round(tpsRatio * 100) / 100, tpsTarget: '>= 0.7', tpsMet: tpsRatio >= 0.7 });
    }
  }
  return figures;
}
