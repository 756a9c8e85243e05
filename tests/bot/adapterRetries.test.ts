/**
 * @jest-environment node
 */
// botMessenger makes exactly one HTTP request per send: the Bot Framework SDK's own pipeline would
// resend a 429 (after Retry-After), a 5xx or a dropped connection up to 3 times, outside the rate
// limiter. deliver() does the retrying, each try through the limiter. If an SDK upgrade moves the
// pipeline adapter.ts reaches into, this test fails.
import { botMessenger } from '../../src/bot/botframework/adapter';
import { DeliveryError } from '../../src/bot/app/deps';
import { buildMessageCard } from '../../src/bot/cards';
import { startCaptureConnector, type CaptureConnector } from '../kits/captureConnector';

let capture: CaptureConnector;
beforeAll(async () => {
  capture = await startCaptureConnector();
});
afterAll(() => capture.close());

const reference = () =>
  JSON.stringify({
    channelId: 'msteams',
    serviceUrl: capture.url,
    conversation: { id: 'a:chat-anna', conversationType: 'personal', tenantId: 'tenant' },
    user: { id: '29:anna' },
    bot: { id: '28:bot', name: 'Frontline Visits' }
  });
const card = buildMessageCard({ title: 'Hello', text: 'A test message' });

async function sendOnce(status: number, retryAfterSeconds?: number): Promise<{ error: unknown; requests: number }> {
  capture.reset();
  capture.fail({ status, times: 1, retryAfterSeconds });
  const error = await botMessenger({ appId: '', appPassword: '' })
    .send(reference(), card)
    .then(
      () => undefined,
      (e: unknown) => e
    );
  return { error, requests: capture.stats().sends };
}

describe('botMessenger', () => {
  it('sends a throttled (429) message once and reports the status and Retry-After, for deliver to retry', async () => {
    const { error, requests } = await sendOnce(429, 2);
    expect(requests).toBe(1);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 2000 });
  });

  it.each([500, 502, 503])('sends once on a %i too', async (status) => {
    const { error, requests } = await sendOnce(status);
    expect(requests).toBe(1);
    expect(error).toMatchObject({ status });
  });

  it('still sends: one request, one message', async () => {
    capture.reset();
    const id = await botMessenger({ appId: '', appPassword: '' }).send(reference(), card);
    expect(id).toBeTruthy();
    expect(capture.stats().sends).toBe(1);
    expect(capture.sent).toHaveLength(1);
  });
});
