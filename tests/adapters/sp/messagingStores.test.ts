// The messaging contract against both implementations: @pnp/sp on a fresh local list server per
// suite, and the in-memory stores the bot's handler tests use. Then what only the lists show: how
// a key SharePoint cannot hold is stored, and every filter on lists past the 5,000-item threshold.
import { createHash } from 'crypto';
import { conversationStoreContract } from './conversationStore.contract';
import { sendLogContract } from './sendLog.contract';
import { siteForFile, startSite, type Site } from './harness';
import { SpConversationStore, SpSendLog } from '../../../src/adapters/sp/messagingStores';
import { conversationMapper, sendRecordMapper } from '../../../src/adapters/sp/messagingMappers';
import { webSha256 } from '../../../src/adapters/crypto/webSha256';
import { nodeSha256 } from '../../../src/node/sha256';
import type { ConversationStore, SendLog } from '../../../src/core/ports/messaging';
import { LIST } from '../../../src/lists/schema';
import { MemoryConversationStore, MemorySendLog } from '../../kits/memory';

const site = siteForFile();

describe.each<[string, () => ConversationStore]>([
  ['@pnp/sp against the local list server', () => new SpConversationStore(site().sp())],
  ['in memory', () => new MemoryConversationStore()]
])('%s', (name, make) => conversationStoreContract(name, make));

describe.each<[string, () => SendLog]>([
  ['@pnp/sp against the local list server', () => new SpSendLog(site().sp(), nodeSha256)],
  ['in memory', () => new MemorySendLog()]
])('%s', (name, make) => sendLogContract(name, make));

describe('SharePoint send log', () => {
  it('stores a key over 255 characters as its SHA-256, with the whole key beside it', async () => {
    const key = `briefing:1:${'a'.repeat(250)}@example.gov.uk:2025-07-24`;
    const log = new SpSendLog(site().sp(), nodeSha256);
    await log.claim(
      { key, recipientEmail: 'a@example.gov.uk', kind: 'briefing' },
      'sweep',
      '2025-07-24T09:00:00.000Z',
      60000
    );
    const items = (await site()
      .sp()
      .web.lists.getByTitle(LIST.sendLog)
      .items.select('Title', 'SendKey', 'FullKey')
      .filter(`SendKey eq 'sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}'`)()) as {
      Title: string;
      SendKey: string;
      FullKey: string;
    }[];
    expect(items).toHaveLength(1);
    expect(items[0].FullKey).toBe(key);
    expect(items[0].Title.length).toBeLessThanOrEqual(255);
    expect(key.startsWith(items[0].Title.slice(0, -1))).toBe(true);
  });
});

it("hashes keys with SHA-256 through the platform: Node's crypto and Web Crypto agree", async () => {
  for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), "o'neil ✓ 😀", 'x'.repeat(1000)]) {
    const expected = createHash('sha256').update(text, 'utf8').digest('hex');
    expect(await nodeSha256(text)).toBe(expected);
    expect(await webSha256(text)).toBe(expected);
  }
  expect(await webSha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

describe('messaging lists of 5,200 items', () => {
  const N = 5200;
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
    site.server.seedItems(
      LIST.sendLog,
      Array.from({ length: N }, (_, i) => ({
        ...sendRecordMapper.toItem({
          key: `briefing:${i}:c${i}@x.gov.uk:2025-07-24`,
          recipientEmail: `c${i}@x.gov.uk`,
          kind: 'briefing',
          visitId: i,
          state: i % 100 === 0 ? 'Failed' : 'Sent',
          claimedBy: 'seed',
          claimedAt: '2025-07-24T09:00:00.000Z',
          attempts: 1
        }),
        Title: `briefing:${i}`
      }))
    );
    site.server.seedItems(
      LIST.conversations,
      Array.from({ length: N }, (_, i) => ({
        ...conversationMapper.toItem({
          userEmail: `c${i}@x.gov.uk`,
          aadObjectId: `aad-${i}`,
          reference: '{}',
          status: i % 100 === 0 ? 'Unreachable' : 'Active',
          updatedAt: '2025-07-24T09:00:00.000Z'
        }),
        Title: `c${i}@x.gov.uk`
      }))
    );
  }, 120000);
  afterAll(() => site?.close());

  it('the server refuses an unindexed filter on them', async () => {
    await expect(site.sp().web.lists.getByTitle(LIST.sendLog).items.filter("Kind eq 'briefing'")()).rejects.toThrow(
      /list view threshold/
    );
  });

  it('every send log read still works', async () => {
    const log = new SpSendLog(site.sp(), nodeSha256);
    expect(await log.get('briefing:5101:c5101@x.gov.uk:2025-07-24')).toMatchObject({ visitId: 5101, state: 'Sent' });
    expect(await log.undelivered()).toHaveLength(N / 100);
    const keys = Array.from({ length: 300 }, (_, i) => `briefing:${i * 17}:c${i * 17}@x.gov.uk:2025-07-24`);
    expect((await log.sentAmong(keys)).size).toBe(keys.filter((_, i) => (i * 17) % 100 !== 0).length);
    expect(
      await log.claim(
        { key: 'briefing:0:c0@x.gov.uk:2025-07-24', recipientEmail: 'c0@x.gov.uk', kind: 'briefing' },
        'sweep',
        '2025-07-25T09:00:00.000Z',
        60000
      )
    ).toMatchObject({ claimed: true, record: { attempts: 2 } });
  });

  it('every conversation read still works', async () => {
    const store = new SpConversationStore(site.sp());
    expect((await store.byEmail('C4999@x.gov.uk'))?.aadObjectId).toBe('aad-4999');
    expect((await store.byAadObjectId('aad-5199'))?.userEmail).toBe('c5199@x.gov.uk');
    expect(await store.unreachable()).toHaveLength(N / 100);
    await store.markUnreachable('c1@x.gov.uk', '403', '2025-07-25T09:00:00.000Z');
    expect(await store.unreachable()).toHaveLength(N / 100 + 1);
  });
});
