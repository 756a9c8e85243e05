// Driving a bot child process as Teams would: start and stop the child (bench/botServer.ts or
// bench/listServer.ts), build the activity a phone would post, and post it. Shared by the latency
// (bench/botLatency.ts) and round-trip (bench/roundTrips.ts) sections.
import { spawn, type ChildProcess } from 'child_process';
import * as http from 'http';
import * as path from 'path';
import type { BenchUser } from './listServer';

export type Turn = 'message' | 'invoke';
export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- cards are unchecked JSON

export function spawnChild<T>(
  script: string,
  args: string[],
  label: string,
  ready: (line: string) => boolean
): Promise<{ child: ChildProcess; info: T }> {
  // BENCH_CHILD_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the bots and the list server.
  const nodeArgs = (process.env.BENCH_CHILD_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, '-r', 'ts-node/register/transpile-only', path.join(__dirname, script), ...args],
    {
      env: { ...process.env, TS_NODE_PROJECT: path.join(__dirname, '..', 'tsconfig.node.json') },
      stdio: ['pipe', 'pipe', 'inherit']
    }
  );
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`${label} did not start in 180 s`)), 180000);
    child.once('exit', (code) => reject(new Error(`${label} exited (${code})`)));
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      const line = buf.split('\n').find(ready);
      if (line) {
        clearTimeout(timer);
        resolve({ child, info: JSON.parse(line) as T });
      }
    });
  });
}

/** Stops a child; resolves to its peak resident memory in MB as it reported it (undefined if it did not). */
export function stopChild(child: ChildProcess): Promise<number | undefined> {
  return new Promise((resolve) => {
    let maxRssMb: number | undefined;
    child.stdout?.on('data', (d: Buffer) => {
      const m = /"maxRssMb":(\d+)/.exec(d.toString());
      if (m) maxRssMb = Number(m[1]);
    });
    const t = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => (clearTimeout(t), resolve(maxRssMb)));
    child.stdin?.end();
  });
}

/** Depth-first search of a card for the first element matching `test`. */
export function find(node: Json, test: (n: Json) => boolean): Json | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if (test(node)) return node;
  for (const v of Array.isArray(node) ? node : Object.values(node)) {
    const hit = find(v, test);
    if (hit) return hit;
  }
  return undefined;
}

/** What a councillor would press next: "Save and continue" with every input filled, else open the form. */
export function nextAction(card: Json | undefined, user: BenchUser, seq: number): Json {
  const save = find(card, (n) => n.type === 'Action.Execute' && n.verb === 'findings.saveSection');
  if (!save) return { type: 'Action.Execute', verb: 'findings.start', data: { visitId: user.heldVisitId } };
  const data: Json = { ...save.data };
  const inputs: Json[] = [];
  find(
    card,
    (n) => (
      typeof n.id === 'string' && n.id.startsWith('answer:') && String(n.type).startsWith('Input.') && inputs.push(n),
      false
    )
  );
  for (const i of inputs) {
    if (i.type === 'Input.Number') data[i.id] = String(Math.max(Number(i.min ?? 1), 5));
    else if (i.type === 'Input.ChoiceSet') data[i.id] = i.choices?.[0]?.value ?? '';
    else if (i.type === 'Input.Text')
      data[i.id] = `Bench answer ${seq}: staff described a settled team with manageable caseloads.`;
  }
  return { type: 'Action.Execute', verb: 'findings.saveSection', data };
}

/** The activity for one turn: "briefing" typed, or (invoke) `action` if given, else nextAction. */
export function activity(
  turn: Turn,
  user: BenchUser,
  conv: number,
  captureUrl: string,
  seq: number,
  card: Json | undefined,
  action?: Json,
  text = 'briefing'
): string {
  return JSON.stringify({
    channelId: 'msteams',
    serviceUrl: captureUrl,
    id: `bench-${conv}-${seq}`,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
    conversation: { id: `a:chat-bench-${conv}`, conversationType: 'personal', tenantId: 'tenant' },
    channelData: { tenant: { id: 'tenant' } },
    ...(turn === 'message'
      ? { type: 'message', text }
      : {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: action ?? nextAction(card, user, seq), trigger: 'manual' }
        })
  });
}

export function post(agent: http.Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}
