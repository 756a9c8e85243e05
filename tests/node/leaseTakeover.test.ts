/**
 * @jest-environment node
 */
// Issue 17, a takeover part way through a sweep. Two services start at once against one list server;
// the one that takes the sweep lease is A. Once the capture connector (Teams) has taken a third of
// the due messages, A is killed (SIGKILL) or asked to stop (SIGTERM); the other, B, sweeps on its
// timer and must finish: every due message at Teams, within FRONTLINE_SEND_RATE and 7/s a conversation.
// The one way a message reaches Teams twice is a crash between Teams accepting a send and the send
// log recording it: the claim stays open, and once its lease (FRONTLINE_CLAIM_LEASE_SECONDS) runs out
// B sends it again (at least once; Teams has no idempotent send). The SIGKILL case asserts that any
// second copy is exactly such a message; the SIGTERM case, which drains the send in flight, has none.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import type { ListServerHandle } from '../../src/server';
import { SpSweepLeases } from '../../src/adapters/sp/sweepLease';
import { sendKeyOf } from '../../src/adapters/sp/messagingMappers';
import { nodeSha256 } from '../../src/node/sha256';
import { startCaptureConnector, type CaptureConnector } from '../kits/captureConnector';
import { freePort, instances, type Instance } from '../kits/instances';
import {
  adminSp,
  conversationOf,
  expectedSends,
  peak,
  seedWorld,
  sendId,
  sendLog,
  startSite,
  watchLease,
  type LogItem
} from '../kits/multiWorld';

jest.setTimeout(240000);

const VISITS = 16;
const RATE = 10;
const { run, killAll } = instances();
const closers: Array<() => Promise<void>> = [];

afterAll(async () => {
  killAll();
  for (const close of closers) await close();
});

interface World {
  url: string;
  sp: SPFI;
  capture: CaptureConnector;
  /** The send-log keys (hashed, as stored) and the sends as Teams sees them, of one whole sweep. */
  keys: string[];
  sends: string[];
  /** Distinct due sends the capture connector has taken so far. */
  delivered: () => number;
}

async function world(): Promise<World> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-lease-'));
  const server: ListServerHandle = await startSite(path.join(dir, 'sp'));
  const capture = await startCaptureConnector();
  closers.push(async () => {
    await capture.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const nowMs = Date.now();
  const sp = adminSp(server);
  await seedWorld(sp, capture, VISITS, nowMs);
  const expected = await expectedSends(sp, new Date(nowMs).toISOString());
  const wanted = new Set(expected.sends);
  const delivered = (): number => new Set(capture.sent.map(sendId).filter((s) => wanted.has(s))).size;
  const keys = await Promise.all(expected.keys.map((k) => sendKeyOf(k, nodeSha256)));
  return { url: server.url, sp, capture, keys, sends: expected.sends, delivered };
}

/** Two services at once; A is the one holding the lease when the first due message reaches Teams. */
async function twoServices(w: World, env: NodeJS.ProcessEnv): Promise<{ a: Instance; b: Instance; aId: string }> {
  const base = { SP_SITE_URL: w.url, FRONTLINE_LOG_LEVEL: 'info' };
  const both = [
    run('src/node/serviceCli.ts', [], { ...base, ...env, PORT: String(await freePort()) }),
    run('src/node/serviceCli.ts', [], { ...base, ...env, PORT: String(await freePort()) })
  ];
  await w.capture.waitFor(() => w.delivered() > 0, 150000);
  const aId = (await new SpSweepLeases(w.sp).current())?.holder ?? '';
  const a = both.find((s) => aId.startsWith(`bot-${s.child.pid}-`));
  if (!a) throw new Error(`The lease holder ${aId} is neither service`);
  return { a, b: both.find((s) => s !== a) as Instance, aId };
}

/** Waits (event-driven) for every due send at Teams and every key Sent in the send log; returns the log. */
async function finished(w: World): Promise<LogItem[]> {
  await w.capture.waitFor(() => w.delivered() === w.sends.length, 90000);
  for (const until = Date.now() + 30000; Date.now() < until; await new Promise((r) => setTimeout(r, 300))) {
    const log = await sendLog(w.sp);
    if (w.keys.every((k) => log.some((i) => i.key === k && i.state === 'Sent'))) return log;
  }
  return sendLog(w.sp);
}

/** Lost, duplicated and unexpected sends at Teams; the peak rates overall and in one conversation. */
function tally(w: World): { lost: number; duplicates: string[]; unexpected: number; overall: number; one: number } {
  const sent = w.capture.sent.map(sendId);
  const counts = new Map<string, number>();
  for (const s of sent) counts.set(s, (counts.get(s) ?? 0) + 1);
  const times = [...w.capture.stats().perConversationTimes.values()];
  return {
    lost: w.sends.filter((s) => !counts.has(s)).length,
    duplicates: [...counts].filter(([, n]) => n > 1).map(([s]) => s),
    unexpected: sent.filter((s) => !w.sends.includes(s)).length,
    overall: peak(times.flat()),
    one: Math.max(...times.map((t) => peak(t)))
  };
}

/** The log of one whole sweep: each due key in one item, Sent; nothing else left claimed. */
function expectComplete(w: World, log: LogItem[]): void {
  for (const key of w.keys) expect(log.filter((i) => i.key === key).map((i) => i.state)).toEqual(['Sent']);
  expect(log.filter((i) => i.state === 'Claimed')).toEqual([]);
}

const since = (items: LogItem[]): number => Math.min(...items.map((i) => i.claimedAt));
/** The due messages' items claimed by A (sent by it, or left open) and the rest (B's). */
const split = (w: World, log: LogItem[], aId: string): [LogItem[], LogItem[]] => {
  const due = log.filter((i) => w.keys.includes(i.key));
  return [due.filter((i) => i.by === aId), due.filter((i) => i.by !== aId)];
};

describe('a sweep taken over part way by a second instance', () => {
  it('SIGKILL: B takes the lease only once A’s has expired, and completes the sweep', async () => {
    const w = await world();
    const watch = watchLease(w.sp);
    const env = {
      FRONTLINE_SWEEP_MINUTES: '0.05',
      FRONTLINE_SEND_RATE: String(RATE),
      FRONTLINE_LEASE_SECONDS: '6',
      FRONTLINE_LEASE_RENEW_SECONDS: '1',
      FRONTLINE_CLAIM_LEASE_SECONDS: '10'
    };
    const { a, b, aId } = await twoServices(w, env);
    await w.capture.waitFor(() => w.delivered() >= w.sends.length / 3, 60000);
    a.child.kill('SIGKILL');
    expect(await a.exited).toBe('SIGKILL');
    // A's claims still open when it died: sent or not, only the send log could have said.
    const open = split(w, await sendLog(w.sp), aId)[0].filter((i) => i.state === 'Claimed');

    const log = await finished(w);
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
    const leases = await watch.stop();
    expectComplete(w, log);

    // Part way: A sent some, B the rest, and B only from the expiry of A's last lease.
    const [byA, byB] = split(w, log, aId);
    expect(byA.length).toBeGreaterThan(0);
    expect(byB.length).toBeGreaterThan(0);
    const lastOfA = leases.filter((l) => l.holder === aId).pop();
    const firstOfB = leases.find((l) => l.holder && l.holder !== aId);
    const aExpired = Date.parse(lastOfA?.expiresAt ?? '');
    expect(Date.parse(firstOfB?.acquiredAt ?? '')).toBeGreaterThanOrEqual(aExpired);
    expect(since(byB)).toBeGreaterThanOrEqual(aExpired);

    // Nothing lost; a second copy only of a message Teams took from A before it died whose claim A
    // left open (the window between Teams accepting a send and the send log recording it).
    const t = tally(w);
    expect({ lost: t.lost, unexpected: t.unexpected }).toEqual({ lost: 0, unexpected: 0 });
    expect(t.duplicates.length).toBeLessThanOrEqual(open.length);
    const windowConversations = open.map((i) => conversationOf(i.recipient));
    for (const d of t.duplicates) {
      const copies = w.capture.sent.filter((s) => sendId(s) === d);
      expect(copies).toHaveLength(2);
      expect(windowConversations).toContain(copies[0].conversationId);
      // The first copy is A's: it reached Teams before A's lease expired, when only A could send (a
      // request A wrote just before the SIGKILL may still be read by the connector a moment after it).
      expect(copies[0].at).toBeLessThan(aExpired);
      expect(copies[1].at).toBeGreaterThanOrEqual(aExpired);
    }
    expect({ overall: t.overall <= RATE, oneConversation: t.one <= 7 }).toEqual({
      overall: true,
      oneConversation: true
    });
  });

  it('SIGTERM: A stops starting sends, drains, releases; B takes over before A’s lease would expire', async () => {
    const w = await world();
    const watch = watchLease(w.sp);
    const env = {
      FRONTLINE_SWEEP_MINUTES: '0.05',
      FRONTLINE_SEND_RATE: String(RATE),
      FRONTLINE_LEASE_SECONDS: '60',
      FRONTLINE_LEASE_RENEW_SECONDS: '1',
      FRONTLINE_SHUTDOWN_SECONDS: '30'
    };
    const { a, b, aId } = await twoServices(w, env);
    await w.capture.waitFor(() => w.delivered() >= w.sends.length / 3, 60000);
    a.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    // Drained: A left no claim open behind it.
    const afterA = await sendLog(w.sp);
    expect(split(w, afterA, aId)[0].filter((i) => i.state !== 'Sent')).toEqual([]);

    const log = await finished(w);
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
    const leases = await watch.stop();
    expectComplete(w, log);

    const [byA, byB] = split(w, log, aId);
    expect(byA.length).toBeGreaterThan(0);
    expect(byB.length).toBeGreaterThan(0);
    // B began after A's last send was recorded, and before A's lease would have run out.
    const lastOfA = leases.filter((l) => l.holder === aId).pop();
    const firstOfB = leases.find((l) => l.holder && l.holder !== aId);
    expect(Date.parse(firstOfB?.acquiredAt ?? '')).toBeLessThan(Date.parse(lastOfA?.expiresAt ?? ''));
    expect(since(byB)).toBeLessThan(Date.parse(lastOfA?.expiresAt ?? ''));
    expect(since(byB)).toBeGreaterThanOrEqual(Math.max(...byA.map((i) => i.sentAt)));

    const t = tally(w);
    expect({ lost: t.lost, duplicates: t.duplicates.length, unexpected: t.unexpected }).toEqual({
      lost: 0,
      duplicates: 0,
      unexpected: 0
    });
    expect({ overall: t.overall <= RATE, oneConversation: t.one <= 7 }).toEqual({
      overall: true,
      oneConversation: true
    });
  });
});
