// Bot turn latency (issue 7, item 3): p50/p95/p99 and turns/s over loopback at 1, 10 and 50
// concurrent conversations, for a message turn and an adaptiveCard/action turn, for the Frontline
// bot and a bare botbuilder echo bot, driven by the same load generator against the same kind of
// capture connector. Each bot runs in a child process (bench/botServer.ts), and the Frontline bot's
// list server in another (bench/listServer.ts), so the generator has its own event loop; all share
// this machine's cores. The turns are real work: the message turn is "briefing" (the councillor,
// their next visit and its team read from the lists); the card turn is "Save and continue" on the
// findings form (the visit and draft read, the draft written with its ETag, the next section built),
// each conversation following the card it was last given, as a phone would.
// Latency is POST /api/messages to the HTTP response: for a message turn that includes the reply's
// send to the capture connector (the SDK answers after the turn), for an invoke it carries the card.
import type { ChildProcess } from 'child_process';
import * as http from 'http';
import { performance } from 'perf_hooks';
import { activity, find, post, spawnChild, stopChild, type Json, type Turn } from './botDrive';
import type { BenchUser } from './listServer';
import { LOCAL_ADMIN } from '../src/node/connection';

type Bot = 'frontline' | 'echo';
const MAX_CONVERSATIONS = 50;
const FULL_PLAN: { c: number; turnsPerConversation: number }[] = [
  { c: 1, turnsPerConversation: 60 },
  { c: 10, turnsPerConversation: 20 },
  { c: MAX_CONVERSATIONS, turnsPerConversation: 20 }
];

export interface Target {
  serviceUrl: string;
  captureUrl: string;
  users: BenchUser[];
  /** The card each conversation was last given, as its phone would show it. */
  cards: Map<number, Json>;
}

/** C conversations, each sending its turns one after another; returns latencies (ms) and wall time. */
export async function load(t: Target, turn: Turn, c: number, perConv: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: c });
  const url = new URL('/api/messages', t.serviceUrl);
  const latencies: number[] = [];
  let errors = 0;
  let saved = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: c }, async (_, conv) => {
      const user = t.users[conv % t.users.length];
      for (let i = 0; i < perConv; i++) {
        const before = t.cards.get(conv);
        const body = activity(turn, user, conv, t.captureUrl, i, before);
        const s = performance.now();
        try {
          const r = await post(agent, url, body);
          latencies.push(performance.now() - s);
          const ok = r.status === 200 && (turn === 'message' || /"statusCode":200/.test(r.text));
          if (!ok) errors++;
          if (turn === 'invoke' && ok) {
            const card = (JSON.parse(r.text) as Json).value;
            const etag = (c: Json): unknown => find(c, (n) => n.verb === 'findings.saveSection')?.data?.etag;
            // A new ETag on the returned card means the draft was written.
            if (etag(card) && etag(before) && etag(card) !== etag(before)) saved++;
            t.cards.set(conv, card);
          }
        } catch {
          errors++;
        }
      }
    })
  );
  const wallMs = performance.now() - t0;
  agent.destroy();
  return { latencies, wallMs, errors, saved };
}

const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const r1 = (x: number): number => Math.round(x * 10) / 10;

/** With 100 ms on every list request (as a tenant's round trip), fewer turns: each waits for several. */
const TENANT_PLAN = [
  { c: 1, turnsPerConversation: 10 },
  { c: 10, turnsPerConversation: 5 },
  { c: MAX_CONVERSATIONS, turnsPerConversation: 3 }
];

/** Asks the list server child to delay every request by `ms` (its fault injection, site admins only). */
async function setListLatency(siteUrl: string, ms: number): Promise<void> {
  const r = await fetch(new URL('/_local/faults', siteUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Frontline-User': LOCAL_ADMIN },
    body: JSON.stringify({ latencyMs: ms })
  });
  if (!r.ok) throw new Error(`the list server refused latency ${ms} ms: ${r.status}`);
}

/** `listLatencyMs` delays each list request after seeding (SP_LOCAL_LATENCY_MS's setting), with TENANT_PLAN. */
export async function measureBotLatency(opts: { listLatencyMs?: number } = {}): Promise<Record<string, unknown>[]> {
  const PLAN = opts.listLatencyMs ? TENANT_PLAN : FULL_PLAN;
  const figures: Record<string, unknown>[] = [];
  const byKey = new Map<string, { p95: number; tps: number }>();
  const memory: Record<string, unknown>[] = [];
  const list = await spawnChild<{ url: string; users: BenchUser[] }>(
    'listServer.ts',
    [String(MAX_CONVERSATIONS)],
    'list server',
    (l) => l.startsWith('{"url"')
  );
  try {
    const { url, users } = list.info;
    if (opts.listLatencyMs) await setListLatency(url, opts.listLatencyMs);
    for (const bot of ['echo', 'frontline'] as Bot[]) {
      let started: { child: ChildProcess; info: { serviceUrl: string; captureUrl: string } } | undefined;
      try {
        started = await spawnChild('botServer.ts', [bot, url, JSON.stringify(users)], `${bot} bot`, (l) =>
          l.startsWith('{"serviceUrl"')
        );
        const target: Target = { ...started.info, users, cards: new Map() };
        for (const turn of ['message', 'invoke'] as Turn[]) {
          await load(target, turn, MAX_CONVERSATIONS, 2); // warm-up, not recorded: every conversation opens its form
          for (const { c, turnsPerConversation } of PLAN) {
            const { latencies, wallMs, errors, saved } = await load(target, turn, c, turnsPerConversation);
            const s = latencies.slice().sort((a, b) => a - b);
            const row = {
              bot,
              turn,
              conversations: c,
              turns: s.length,
              errors,
              draftsSaved: turn === 'invoke' ? saved : '-',
              p50ms: r1(pct(s, 50)),
              p95ms: r1(pct(s, 95)),
              p99ms: r1(pct(s, 99)),
              turnsPerSec: r1((s.length / wallMs) * 1000)
            };
            byKey.set(`${bot}|${turn}|${c}`, { p95: row.p95ms, tps: row.turnsPerSec });
            figures.push(row);
          }
        }
      } catch (e) {
        figures.push({ bot, error: String(e instanceof Error ? e.message : e).split('\n')[0] });
      } finally {
        if (started)
          memory.push({
            bot,
            process: `${bot} bot (and its capture connector)`,
            peakRssMb: await stopChild(started.child)
          });
      }
    }
  } finally {
    memory.push({ bot: 'frontline', process: 'local list server', peakRssMb: await stopChild(list.child) });
  }
  figures.push(...memory);
  // Ratios against the echo bot at the same concurrency and turn type.
  for (const turn of ['message', 'invoke'] as Turn[]) {
    for (const { c } of PLAN) {
      const f = byKey.get(`frontline|${turn}|${c}`);
      const e = byKey.get(`echo|${turn}|${c}`);
      if (!f || !e) continue;
      const p95Ratio = f.p95 / e.p95;
      const tpsRatio = f.tps / e.tps;
      figures.push({
        bot: 'frontline / echo',
        turn,
        conversations: c,
        p95Ratio: Math.round(p95Ratio * 100) / 100,
        p95Target: '<= 1.5',
        p95Met: p95Ratio <= 1.5,
        tpsRatio: Math.round(tpsRatio * 100) / 100,
        tpsTarget: '>= 0.7',
        tpsMet: tpsRatio >= 0.7
      });
    }
  }
  return figures;
}
