/**
 * @jest-environment node
 */
// The capture Bot Connector, driven by botframework-connector's own client built the way CloudAdapter
// builds it with an empty MicrosoftAppId, so the routes and bodies are proved against the real SDK.
// (tests/architecture.test.ts keeps botbuilder imports out of src/ only; tests may use the SDK.)
import type { ConnectorClient } from 'botframework-connector';
import { startCaptureConnector, type CaptureConnector, type TeamsMember } from '../kits/captureConnector';
import { PLAYGROUND_TENANT_ID } from '../../src/core/samples/teamsUsers';
import { sdkClient, statusOf } from './sdkConnectorClient';

// A Teams channel-thread id: ':' ';' '@' all have to survive encoding.
const THREAD = '19:abc123@thread.tacv2;messageid=1712345678901';
// 403s that seed 41 gives at share 0.2 over 500 sends (about a fifth, and exactly this every run).
const SEEDED_FAILURES = 92;
const WYE: TeamsMember = {
  id: '29:1wye-opaque',
  name: 'Ben Wye',
  aadObjectId: '869fe9d4-8278-4aaf-8f7f-da0f31bb09b5',
  email: 'cllr.wye@example.gov.uk',
  userPrincipalName: 'cllr.wye@example.gov.uk',
  tenantId: PLAYGROUND_TENANT_ID
};

describe('capture Bot Connector', () => {
  let cc: CaptureConnector;
  let client: ConnectorClient;

  beforeAll(async () => {
    cc = await startCaptureConnector();
    client = await sdkClient(cc.url);
  });
  afterAll(() => cc.close());
  beforeEach(() => {
    cc.reset();
    cc.addMember(WYE);
  });

  it('captures a send with its conversation id decoded and its body intact', async () => {
    const card = {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', version: '1.5', body: [] }
    };
    const res = await client.conversations.sendToConversation(THREAD, {
      type: 'message',
      text: 'Visit reminder',
      attachments: [card],
      channelData: { notification: { alert: true } }
    } as never);
    expect(cc.sent).toHaveLength(1);
    const [a] = cc.sent;
    expect(a).toMatchObject({ conversationId: THREAD, kind: 'send', activityId: res.id });
    expect(a.activity).toMatchObject({
      type: 'message',
      text: 'Visit reminder',
      attachments: [card],
      channelData: { notification: { alert: true } }
    });
    expect(cc.stats()).toMatchObject({ requests: 1, sends: 1 });
  });

  it('captures reply, update and delete with the ids from the URL', async () => {
    const sent = await client.conversations.sendToConversation(THREAD, { type: 'message', text: 'one' } as never);
    const reply = await client.conversations.replyToActivity(THREAD, sent.id, {
      type: 'message',
      text: 'two'
    } as never);
    const updated = await client.conversations.updateActivity(THREAD, sent.id, {
      type: 'message',
      text: 'one, edited'
    } as never);
    await client.conversations.deleteActivity(THREAD, reply.id);
    expect(cc.sent.map((a) => [a.kind, a.activityId, a.replyToId])).toEqual([
      ['send', sent.id, undefined],
      ['reply', reply.id, sent.id],
      ['update', sent.id, undefined],
      ['delete', reply.id, undefined]
    ]);
    expect(updated.id).toBe(sent.id);
    expect(cc.stats().perConversationTimes.get(THREAD)).toHaveLength(4);
  });

  it('creates 1:1 conversations like Teams: an a: id, the same one again, members remembered', async () => {
    const params = {
      isGroup: false,
      bot: { id: '28:bot' },
      members: [{ id: WYE.id }],
      tenantId: PLAYGROUND_TENANT_ID,
      channelData: { tenant: { id: PLAYGROUND_TENANT_ID } }
    };
    const first = await client.conversations.createConversation(params as never);
    const again = await client.conversations.createConversation(params as never);
    expect(first.id).toMatch(/^a:/);
    expect(again.id).toBe(first.id);
    const roster = await client.conversations.getConversationMembers(first.id);
    expect(roster.map((m) => m.id)).toEqual([WYE.id]);
    const withActivity = await client.conversations.createConversation({
      ...params,
      activity: { type: 'message', text: 'hello' }
    } as never);
    expect(cc.sent[0]).toMatchObject({ kind: 'send', conversationId: first.id, activityId: withActivity.activityId });
  });

  it('answers getMember by user id and by aadObjectId with Teams member fields, and 404 for strangers', async () => {
    for (const id of [WYE.id, WYE.aadObjectId]) {
      const m = (await client.conversations.getConversationMember('a:1chat', id)) as unknown as Record<string, unknown>;
      expect(m).toMatchObject({
        id: WYE.id,
        name: 'Ben Wye',
        aadObjectId: WYE.aadObjectId,
        email: WYE.email,
        userPrincipalName: WYE.userPrincipalName,
        tenantId: PLAYGROUND_TENANT_ID
      });
    }
    expect(await statusOf(client.conversations.getConversationMember('a:1chat', '29:nobody'))).toMatchObject({
      statusCode: 404,
      code: 'MemberNotFoundInConversation'
    });
  });

  it('pages members with a continuation token', async () => {
    cc.addMember({ ...WYE, id: '29:1other', aadObjectId: 'other-oid', name: 'Other Person' });
    const page1 = await client.conversations.getConversationPagedMembers(THREAD, {
      pageSize: 1,
      continuationToken: ''
    });
    const page2 = await client.conversations.getConversationPagedMembers(THREAD, {
      pageSize: 1,
      continuationToken: page1.continuationToken
    });
    expect([...page1.members, ...page2.members].map((m) => m.id)).toEqual([WYE.id, '29:1other']);
    expect(page2.continuationToken).toBeUndefined();
  });

  it('fails sends to one conversation with 403 in Bot Framework error shape, leaving others alone', async () => {
    cc.fail({ conversationId: THREAD, status: 403 });
    expect(await statusOf(client.conversations.sendToConversation(THREAD, { type: 'message' } as never))).toEqual({
      statusCode: 403,
      code: 'BotNotInConversationRoster',
      retryAfter: undefined
    });
    await client.conversations.sendToConversation('a:1other', { type: 'message' } as never);
    await client.conversations.sendToConversation(THREAD, { type: 'message' } as never); // times defaults to 1
    expect(cc.sent.map((a) => a.conversationId)).toEqual(['a:1other', THREAD]);
    expect(cc.stats()).toMatchObject({ sends: 3, faults: { 403: 1 } });
  });

  it('answers 429 with Retry-After, which the SDK client itself honours and retries (3 times at most)', async () => {
    const raw = await fetch(`${cc.url}v3/conversations/${encodeURIComponent(THREAD)}/activities`, {
      method: 'POST',
      body: '{}'
    });
    expect(raw.status).toBe(201);
    cc.fail({ status: 429, retryAfterSeconds: 7 });
    const throttled = await fetch(`${cc.url}v3/conversations/x/activities`, { method: 'POST', body: '{}' });
    expect([throttled.status, throttled.headers.get('retry-after'), await throttled.json()]).toEqual([
      429,
      '7',
      { error: { code: 'Throttled', message: 'Too many requests' } }
    ]);

    cc.fail({ status: 429, retryAfterSeconds: 0, times: 1 });
    await client.conversations.sendToConversation(THREAD, { type: 'message', text: 'after one 429' } as never);
    expect(cc.sent.at(-1)?.activity.text).toBe('after one 429');
    cc.fail({ status: 429, retryAfterSeconds: 0, times: 4 });
    const before = cc.stats().sends;
    expect(await statusOf(client.conversations.sendToConversation(THREAD, { type: 'message' } as never))).toEqual({
      statusCode: 429,
      code: 'Throttled',
      retryAfter: '0'
    });
    expect(cc.stats().sends - before).toBe(4);
  });

  it('fails a seeded share of sends, the same count every run', async () => {
    cc.fail({ status: 403, share: 0.2, seed: 41 });
    let failed = 0;
    for (let i = 0; i < 500; i++) {
      if (
        (await statusOf(client.conversations.sendToConversation(`a:1c${i % 7}`, { type: 'message' } as never)))
          .statusCode === 403
      )
        failed++;
    }
    expect(failed).toBe(SEEDED_FAILURES);
    expect(failed / 500).toBeGreaterThan(0.15);
    expect(cc.stats().faults[403]).toBe(SEEDED_FAILURES);
    expect(cc.sent).toHaveLength(500 - SEEDED_FAILURES);
  });

  it('waitFor resolves for past and future activities and rejects on timeout', async () => {
    await client.conversations.sendToConversation(THREAD, { type: 'message', text: 'past' } as never);
    await expect(cc.waitFor((a) => a.activity.text === 'past')).resolves.toMatchObject({ kind: 'send' });
    const future = cc.waitFor((a) => a.activity.text === 'future', 2000);
    await client.conversations.sendToConversation(THREAD, { type: 'message', text: 'future' } as never);
    await expect(future).resolves.toMatchObject({ conversationId: THREAD });
    await expect(cc.waitFor((a) => a.activity.text === 'never', 50)).rejects.toThrow(/within 50 ms/);
  });

  it('records unknown routes and answers them 404', async () => {
    const res = await fetch(`${cc.url}v3/teams/19%3Ax/conversations`);
    expect(res.status).toBe(404);
    expect(cc.stats().unmatched).toEqual(['GET /v3/teams/19%3Ax/conversations']);
  });
});
