// The bot's critical path (issue 18): each turn type driven once through the real Frontline bot (a
// child process, bench/botServer.ts) against the local list server behind the counting proxy, with
// the list requests it made and how many of them it waited for one after another (requests in
// flight together are one step: bench/countingProxy.ts sequentialSteps; each list request held
// LIST_LATENCY_MS, so that count is the turn's structure). Then the bot's own CPU per
// turn (process.cpuUsage in its process) over CPU_TURNS message and card turns, against the echo
// bot given the same activities. The list server runs in this process, not the bot's.
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct } from '../src/node/local';
import { nodeSp } from '../src/node/sp';
import { LOCAL_ADMIN } from '../src/node/connection';
import { spRepositories } from '../src/adapters/sp/repositories';
import { activity, find, nextAction, post, spawnChild, stopChild, type Json, type Turn } from './botDrive';
import { sequentialSteps, startCountingProxy } from './countingProxy';
import { seedBenchUsers, type BenchUser } from './listServer';

/** Turns per bot for the CPU figure: small, as the machine is shared (see README Benchmarks). */
const CPU_TURNS = Number(process.env.BENCH_CPU_TURNS) || 20;
const TARGETS: Record<string, number> = { message: 1, invoke: 2 };

type Child = Awaited<ReturnType<typeof spawnChild<{ serviceUrl: string; captureUrl: string }>>>;

/**
 * The list server's added latency (its fault injection, as tests/bot/cardActionRequests.test.ts
 * uses): with every request held this long, requests the bot starts together are in flight
 * together at the proxy however busy the shared machine, so a turn's sequential count is its
 * structure rather than its scheduling (unheld, a read answered in a millisecond can end before the
 * bot, busy for two, starts the request beside it).
 */
const LIST_LATENCY_MS = 40;
async function listLatency(listUrl: string, ms: number): Promise<void> {
  const r = await fetch(new URL('/_local/faults', listUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Frontline-User': LOCAL_ADMIN },
    body: JSON.stringify({ latencyMs: ms })
  });
  if (r.status >= 300) throw new Error(`the list server refused the latency (${r.status})`);
}

/** Resolves once the bot's work after its replies is done (botServer's "idle"). */
function idleOf(child: Child['child']): Promise<void> {
  return new Promise((resolve) => {
    const on = (d: Buffer): void => {
      if (!d.toString().includes('"idle":true')) return;
      child.stdout?.off('data', on);
      resolve();
    };
    child.stdout?.on('data', on);
    child.stdin?.write('idle\n');
  });
}

function cpuOf(child: Child['child']): Promise<number> {
  return new Promise((resolve) => {
    const on = (d: Buffer): void => {
      const m = /"cpuUs":(\d+)/.exec(d.toString());
      if (!m) return;
      child.stdout?.off('data', on);
      resolve(Number(m[1]));
    };
    child.stdout?.on('data', on);
    child.stdin?.write('cpu\n');
  });
}

/** Presses what the card offers until it offers "Submit"; returns that action. */
async function toSubmit(send: (a: Json) => Promise<Json>, user: BenchUser, card: Json): Promise<Json> {
  for (let i = 0; i < 40; i++) {
    const submit = find(card, (n) => n.verb === 'findings.submit');
    if (submit) return { type: 'Action.Execute', verb: 'findings.submit', data: submit.data };
    // The last step offers "Review" beside "Save": review, with this step's answers filled in.
    const review = find(card, (n) => n.verb === 'findings.review');
    const save = nextAction(card, user, i);
    card = await send(review ? { ...save, verb: 'findings.review', data: { ...save.data, ...review.data } } : save);
  }
  throw new Error('the findings form never offered Submit');
}

export async function measureRoundTrips(): Promise<Record<string, unknown>[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-rt-'));
  const local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  const repos = spRepositories(nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
  const proxy = await startCountingProxy(local.server.url);
  const rows: Record<string, unknown>[] = [];
  const children: Child['child'][] = [];
  try {
    const [cllr, spare] = await seedBenchUsers(repos, 2);
    let hos: { user: BenchUser; ids: { requestId: number; visitId: number; findingsId: number } } | undefined;
    for (const t of await repos.teams.all()) {
      const [open] = t.headOfServiceEmail ? await repos.requests.forResponder(t.headOfServiceEmail, ['Requested']) : [];
      if (open && !hos) {
        const email = t.headOfServiceEmail.toLowerCase();
        const user = { id: '29:bench-hos', name: 'Head of Service', email, aadObjectId: 'hos-aad', heldVisitId: 0 };
        hos = { user, ids: { requestId: open.id, visitId: open.visitId, findingsId: open.findingsId } };
      }
    }
    if (!hos) throw new Error('the seeded site has no request awaiting a head of service');
    const users = [cllr, spare, hos.user];
    const cpu: Record<string, number> = {};
    for (const bot of ['frontline', 'echo']) {
      const started: Child = await spawnChild('botServer.ts', [bot, proxy.siteUrl, JSON.stringify(users)], bot, (l) =>
        l.startsWith('{"serviceUrl"')
      );
      children.push(started.child);
      const agent = new http.Agent({ keepAlive: true });
      const url = new URL('/api/messages', started.info.serviceUrl);
      let seq = 0;
      const turn = async (kind: Turn, user: BenchUser, action?: Json, text?: string): Promise<Json> => {
        const r = await post(
          agent,
          url,
          activity(kind, user, 0, started.info.captureUrl, seq++, undefined, action, text)
        );
        if (r.status !== 200) throw new Error(`${bot} ${kind} answered ${r.status}`);
        return kind === 'invoke' ? (JSON.parse(r.text) as Json).value : undefined;
      };
      const measured = async <T>(label: string, kind: Turn | 'warm-up', work: () => Promise<T>): Promise<T> => {
        proxy.take();
        const out = await work();
        const t = proxy.take();
        const steps = sequentialSteps(t.spans);
        if (process.env.BENCH_LINES) console.log(label, t.responseBytes, t.lines); // which requests, one per line
        if (kind === 'warm-up') rows.push({ turn: label, listRequests: t.requests, sequentialRoundTrips: steps });
        else rows.push({ turn: label, listRequests: t.requests, sequentialRoundTrips: steps, target: TARGETS[kind] });
        if (kind !== 'warm-up') rows[rows.length - 1].met = steps <= TARGETS[kind];
        return out;
      };
      /** A turn that leaves work for after its reply: the reply's row as above, then that work's (awaited). */
      const withAfter = async (label: string, work: () => Promise<unknown>): Promise<void> => {
        await measured(`${label}: before the reply`, 'invoke', work);
        proxy.take();
        await idleOf(started.child);
        const t = proxy.take();
        if (process.env.BENCH_LINES) console.log(`${label}, after`, t.responseBytes, t.lines);
        rows.push({
          turn: `${label}: after the reply (background)`,
          listRequests: t.requests,
          sequentialRoundTrips: sequentialSteps(t.spans)
        });
      };
      if (bot === 'frontline') {
        const start = { type: 'Action.Execute', verb: 'findings.start', data: { visitId: cllr.heldVisitId } };
        const h = hos;
        // Warm-up: the process's first POST to the local list server fetches a request digest
        // (POST contextinfo, kept 30 minutes); SharePoint Online's app-only bearer needs none.
        await measured('first turn of the process: "help" (message)', 'warm-up', () =>
          turn('message', spare, undefined, 'help')
        );
        await listLatency(local.server.url, LIST_LATENCY_MS);
        await measured('briefing (message)', 'message', () => turn('message', cllr, undefined));
        await measured('findings (message)', 'message', () => turn('message', cllr, undefined, 'findings'));
        let card = await measured('findings start (card)', 'invoke', () => turn('invoke', cllr, start));
        let first: Json = undefined;
        await withAfter('section save, first (creates the form)', async () => {
          first = await turn('invoke', cllr, nextAction(card, cllr, 0));
        });
        card = first;
        card = await measured('section save (card)', 'invoke', () => turn('invoke', cllr, nextAction(card, cllr, 1)));
        const submit = await toSubmit((a) => turn('invoke', cllr, a), cllr, card);
        await withAfter('submit (card)', () => turn('invoke', cllr, submit));
        const response = 'Bench response: we have a plan for each point.';
        // What the request card sends: the request, and its visit and form (read with it).
        const respond = { type: 'Action.Execute', verb: 'hos.respond', data: { ...h.ids, response } };
        await withAfter('head of service respond (card)', () => turn('invoke', h.user, respond));
        await listLatency(local.server.url, 0);
        await turn('invoke', spare, { ...start, data: { visitId: spare.heldVisitId } }); // opens the spare's form
      }
      // CPU: half "briefing" messages, half section saves by the spare councillor, after one warm-up each.
      let card = await turn('invoke', spare, nextAction(undefined, spare, 0));
      await turn('message', spare);
      const before = await cpuOf(started.child);
      for (let i = 0; i < CPU_TURNS / 2; i++) {
        await turn('message', spare);
        card = (await turn('invoke', spare, nextAction(card, spare, i))) ?? card;
      }
      cpu[bot] = ((await cpuOf(started.child)) - before) / CPU_TURNS / 1000;
      agent.destroy();
    }
    const ratio = cpu.frontline / cpu.echo;
    rows.push({
      turn: `bot CPU per turn, ms (${CPU_TURNS} turns: frontline / echo)`,
      frontlineMs: Math.round(cpu.frontline * 100) / 100,
      echoMs: Math.round(cpu.echo * 100) / 100,
      ratio: Math.round(ratio * 100) / 100,
      target: '<= 1.5',
      met: ratio <= 1.5
    });
  } finally {
    for (const c of children) await stopChild(c);
    await proxy.close();
    await local.server.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
