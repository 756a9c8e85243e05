/**
 * @jest-environment node
 */
// Issue 17: two service processes (`npm run service`, each sweeping on its timer) and
// `npm run reminders` all at once against one list server answering 20% of requests with 429/503.
// The sweep lease lets one sweep at a time, so every due message goes out exactly once and no second
// at Teams' end (the capture connector, counting each request on arrival, 429s included) sees more
// than FRONTLINE_SEND_RATE (20) overall or 7 in one conversation.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ListServerHandle } from '../../src/server';
import { startCaptureConnector, type CaptureConnector } from '../kits/captureConnector';
import { sendKeyOf } from '../../src/adapters/sp/messagingMappers';
import { nodeSha256 } from '../../src/node/sha256';
import { adminSp, expectedSends, peak, seedWorld, sendId, startSite } from '../kits/multiWorld';
import { freePort, instances } from '../kits/instances';

jest.setTimeout(300000);

const VISITS = 24;
let dir: string;
let server: ListServerHandle;
let capture: CaptureConnector;
const { run, killAll } = instances();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-multi-'));
  server = await startSite(path.join(dir, 'sp'));
  capture = await startCaptureConnector();
});
afterAll(async () => {
  killAll();
  await capture?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('two services and npm run reminders against one list server at 20% faults', () => {
  it('send every due message once, never over 20 a second overall or 7 in a conversation', async () => {
    const nowMs = Date.now();
    const now = new Date(nowMs).toISOString();
    const sp = adminSp(server);
    await seedWorld(sp, capture, VISITS, nowMs);
    // What one sweep sends, worked out with the lists fault-free and the site's send log untouched.
    const expected = await expectedSends(sp, now);
    expect(expected.keys.length).toBeGreaterThan(120);
    expect(expected.sends).toHaveLength(expected.keys.length);
    expect(new Set(expected.sends).size).toBe(expected.sends.length);

    server.setFaults({ rate: 0.2, seed: 17, retryAfterSeconds: 0 });
    const env = {
      SP_SITE_URL: server.url,
      FRONTLINE_SWEEP_MINUTES: '0.05',
      FRONTLINE_LEASE_SECONDS: '20',
      FRONTLINE_LEASE_RENEW_SECONDS: '2',
      FRONTLINE_SHUTDOWN_SECONDS: '30',
      FRONTLINE_LOG_LEVEL: 'info'
    };
    const services = [
      run('src/node/serviceCli.ts', [], { ...env, PORT: String(await freePort()) }),
      run('src/node/serviceCli.ts', [], { ...env, PORT: String(await freePort()) })
    ];
    const reminders = run('src/node/reminders.ts', ['--now', now], env);

    const wanted = new Set(expected.sends);
    const until = Date.now() + 200000;
    while (capture.sent.filter((a) => wanted.has(sendId(a))).length < wanted.size && Date.now() < until)
      await new Promise((r) => setTimeout(r, 500));
    // A moment more for anything that would come twice, then the manual sweep's own end.
    await new Promise((r) => setTimeout(r, 3000));
    const remindersCode = await reminders.exited;
    for (const s of services) s.child.kill('SIGTERM');
    const codes = await Promise.all(services.map((s) => s.exited));
    server.setFaults({ rate: 0 });

    expect({ reminders: remindersCode, services: codes }).toEqual({ reminders: 0, services: [0, 0] });
    const sent = capture.sent.map(sendId);
    const lost = expected.sends.filter((s) => !sent.includes(s));
    const counts = new Map<string, number>();
    for (const s of sent) counts.set(s, (counts.get(s) ?? 0) + 1);
    const duplicates = [...counts].filter(([, n]) => n > 1).map(([s]) => s);
    const unexpected = sent.filter((s) => !wanted.has(s));
    expect({ lost: lost.length, duplicates: duplicates.length, unexpected: unexpected.length }).toEqual({
      lost: 0,
      duplicates: 0,
      unexpected: 0
    });

    // Rates where Teams counts them: every request on arrival at the connector, 429s included.
    const perConversation = capture.stats().perConversationTimes;
    const overall = [...perConversation.values()].flat();
    expect(overall.length).toBeGreaterThanOrEqual(expected.sends.length);
    expect(peak(overall)).toBeLessThanOrEqual(20);
    expect(Math.max(...[...perConversation.values()].map((t) => peak(t)))).toBeLessThanOrEqual(7);

    // The Bot Send Log: each expected key Sent, in one item; nothing else but the first sweep's record of earlier visit changes.
    const items: { SendKey: string; SendState: string; ClaimedBy?: string; LastError?: string }[] = await sp.web.lists
      .getByTitle('Bot Send Log')
      .items.select('SendKey', 'SendState', 'ClaimedBy', 'LastError')
      .top(5000)();
    const sentKeys = items
      .filter((i) => i.SendState === 'Sent' && i.SendKey !== 'sweep-baseline')
      .map((i) => i.SendKey);
    const keys = await Promise.all(expected.keys.map((k) => sendKeyOf(k, nodeSha256)));
    const notRecordedOnce = keys
      .filter((key) => sentKeys.filter((k) => k === key).length !== 1)
      .map((key) => ({ key, items: items.filter((i) => i.SendKey === key) }));
    // The processes' own logs say why, should a send not be recorded exactly once.
    if (notRecordedOnce.length) console.log([...services, reminders].map((s) => s.output()).join('\n=====\n'));
    expect(notRecordedOnce).toEqual([]);
    expect(sentKeys).toHaveLength(keys.length + expected.baseline);
  });
});
