// deliver(): claim the key, find the conversation, send, record. Against the in-memory stores
// (held to the same contract suite as the SharePoint lists) and a scripted messenger.
import { deliver } from '../../src/bot/app/delivery';
import { CLAIM_LEASE_MS } from '../../src/core/notices/visitChanges';
import { DeliveryError, type Messenger } from '../../src/bot/app/deps';
import { MemoryConversationStore, MemorySendLog } from '../kits/memory';
import { buildMessageCard } from '../../src/bot/cards';

const NOW = '2025-07-29T09:00:00.000Z';
const ANNA = 'cllr.anna@example.gov.uk';
const card = () => buildMessageCard({ title: 'Hello', text: 'A test message' });
const entry = (key: string, to = ANNA) => ({ key, recipientEmail: to, kind: 'test', visitId: 1 });

/** A messenger that answers each send with the next scripted outcome (then success). */
function scripted(outcomes: Array<DeliveryError | Error>): Messenger & { sends: number } {
  const m = {
    sends: 0,
    async send(): Promise<string> {
      m.sends++;
      const next = outcomes.shift();
      if (next) throw next;
      return `activity-${m.sends}`;
    }
  };
  return m;
}

async function setup(messenger: Messenger) {
  const conversations = new MemoryConversationStore();
  const sendLog = new MemorySendLog();
  await conversations.save({
    userEmail: ANNA,
    reference: '{"user":{"id":"29:anna"}}',
    status: 'Active',
    updatedAt: NOW
  });
  const waits: number[] = [];
  const deps = {
    sendLog,
    conversations,
    messenger,
    now: () => NOW,
    instanceId: 'test',
    sleep: async (ms: number) => void waits.push(ms)
  };
  return { deps, sendLog, conversations, waits };
}

describe('deliver', () => {
  it('sends once: a second delivery of the same key is already-sent and sends nothing', async () => {
    const m = scripted([]);
    const { deps, sendLog } = await setup(m);
    expect(await deliver(deps, entry('k1'), card)).toBe('sent');
    expect(await deliver(deps, entry('k1'), card)).toBe('already-sent');
    expect(m.sends).toBe(1);
    expect((await sendLog.get('k1'))?.state).toBe('Sent');
  });

  it('retries 429 and 5xx with backoff, honouring Retry-After, then records the send', async () => {
    const m = scripted([new DeliveryError(429, 'throttled', 1500), new DeliveryError(502, 'bad gateway')]);
    const { deps, waits } = await setup(m);
    expect(await deliver(deps, entry('k2'), card)).toBe('sent');
    expect(m.sends).toBe(3);
    expect(waits[0]).toBe(1500);
    expect(waits[1]).toBeGreaterThan(0);
  });

  it('records 403/404 as unreachable in the log and the conversation, and does not retry', async () => {
    const m = scripted([new DeliveryError(403, 'BotNotInConversationRoster')]);
    const { deps, sendLog, conversations } = await setup(m);
    expect(await deliver(deps, entry('k3'), card)).toBe('unreachable');
    expect(m.sends).toBe(1);
    expect((await sendLog.get('k3'))?.state).toBe('Unreachable');
    expect((await conversations.unreachable()).map((c) => c.userEmail)).toEqual([ANNA]);
    expect((await sendLog.undelivered()).map((r) => r.key)).toEqual(['k3']);
  });

  it('records a person with no conversation as unreachable without building the card', async () => {
    const m = scripted([]);
    const { deps, sendLog } = await setup(m);
    let built = 0;
    expect(await deliver(deps, entry('k4', 'nobody@example.gov.uk'), () => (built++, card()))).toBe('unreachable');
    expect(built).toBe(0);
    expect((await sendLog.get('k4'))?.lastError).toMatch(/not installed/);
  });

  it('gives up after repeated failures, leaving the key Failed so the next sweep tries again', async () => {
    const m = scripted([
      new Error('socket hang up'),
      new Error('socket hang up'),
      new Error('socket hang up'),
      new Error('socket hang up')
    ]);
    const { deps, sendLog } = await setup(m);
    expect(await deliver(deps, entry('k5'), card)).toBe('failed');
    expect((await sendLog.get('k5'))?.state).toBe('Failed');
    expect(await deliver(deps, entry('k5'), card)).toBe('sent');
  });

  it('leaves a live claim by another instance alone, and takes over one whose lease ran out', async () => {
    const m = scripted([]);
    const { deps, sendLog } = await setup(m);
    await sendLog.claim(entry('k6'), 'crashed-sweep', NOW, CLAIM_LEASE_MS);
    expect(await deliver(deps, entry('k6'), card)).toBe('in-progress');
    const later = new Date(Date.parse(NOW) + CLAIM_LEASE_MS + 1000).toISOString();
    expect(await deliver({ ...deps, now: () => later }, entry('k6'), card)).toBe('sent');
    expect(m.sends).toBe(1);
  });

  describe('recording a send that reached Teams', () => {
    /** The log, with markSent answering by script: 'fail' (nothing written), 'lost' (written, answer lost). */
    function flakyRecord(sendLog: MemorySendLog, script: Array<'fail' | 'lost'>): MemorySendLog {
      const markSent = sendLog.markSent.bind(sendLog);
      sendLog.markSent = async (record, at) => {
        const next = script.shift();
        if (next === 'fail') throw new Error('503: server busy (retries used up)');
        const written = await markSent(record, at);
        if (next === 'lost') throw new Error('fetch failed: other side closed');
        return written;
      };
      return sendLog;
    }

    it('tries the record again, so a sent message is never left claimed for a later sweep to send twice', async () => {
      const m = scripted([]);
      const { deps, sendLog, waits } = await setup(m);
      flakyRecord(sendLog, ['fail', 'fail']);
      expect(await deliver(deps, entry('r1'), card)).toBe('sent');
      expect(m.sends).toBe(1);
      expect((await sendLog.get('r1'))?.state).toBe('Sent');
      expect(waits).toEqual([500, 1000]);
    });

    it('reads the record back when the write landed but its answer was lost (the retry would meet a 412)', async () => {
      const m = scripted([]);
      const { deps, sendLog } = await setup(m);
      flakyRecord(sendLog, ['lost']);
      expect(await deliver(deps, entry('r2'), card)).toBe('sent');
      expect((await sendLog.get('r2'))?.state).toBe('Sent');
      expect(await deliver(deps, entry('r2'), card)).toBe('already-sent');
      expect(m.sends).toBe(1);
    });

    it('gives up after four tries, leaving the claim (the error reaches the sweep report)', async () => {
      const m = scripted([]);
      const { deps, sendLog } = await setup(m);
      flakyRecord(sendLog, ['fail', 'fail', 'fail', 'fail']);
      await expect(deliver(deps, entry('r3'), card)).rejects.toThrow(/retries used up/);
      expect((await sendLog.get('r3'))?.state).toBe('Claimed');
    });

    it('leaves a claim someone else now holds to them', async () => {
      const m = scripted([]);
      const { deps, sendLog } = await setup(m);
      const markSent = sendLog.markSent.bind(sendLog);
      sendLog.markSent = async (record, at) => {
        sendLog.markSent = markSent;
        const later = new Date(Date.parse(NOW) + CLAIM_LEASE_MS + 1000).toISOString();
        await sendLog.claim(entry('r4'), 'other-sweep', later, CLAIM_LEASE_MS);
        return markSent(record, at);
      };
      await expect(deliver(deps, entry('r4'), card)).rejects.toThrow();
      expect((await sendLog.get('r4'))?.claimedBy).toBe('other-sweep');
    });
  });
});
