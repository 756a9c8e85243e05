// Sending one message at most once, across retries, restarts and concurrent sweeps: claim its key
// in the send log, find the person's conversation, send, record. 429 and 5xx are retried with
// backoff (honouring Retry-After); 403/404 mean the app is not installed or the chat is stale, so
// the failure is recorded for the dashboard and retried after a reinstall, never lost.
import { CLAIM_LEASE_MS } from '../../core/notices/visitChanges';
import type { SendEntry, SendRecord } from '../../core/ports/messaging';
import type { Stored } from '../../core/ports/repositories';
import type { AdaptiveCardJson } from '../cards';
import { DeliveryError, type BotDeps } from './deps';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'in-progress' | 'unreachable' | 'failed';

const MAX_TRIES = 4;

const wait = (deps: Pick<BotDeps, 'sleep'>, ms: number): Promise<void> =>
  deps.sleep ? deps.sleep(ms) : new Promise((r) => setTimeout(r, ms));

export async function deliver(
  deps: Pick<BotDeps, 'sendLog' | 'conversations' | 'messenger' | 'now' | 'instanceId' | 'sleep' | 'claimLeaseMs'>,
  entry: SendEntry,
  card: () => AdaptiveCardJson | Promise<AdaptiveCardJson>
): Promise<DeliveryOutcome> {
  // The claim and the conversation read are independent: one round trip (the read is unused if the claim is refused).
  const [claim, conversation] = await Promise.all([
    deps.sendLog.claim(entry, deps.instanceId, deps.now(), deps.claimLeaseMs ?? CLAIM_LEASE_MS),
    deps.conversations.byEmail(entry.recipientEmail)
  ]);
  if (!claim.claimed) return claim.reason === 'sent' ? 'already-sent' : 'in-progress';
  let record = claim.record;
  if (!conversation || conversation.status !== 'Active') {
    await deps.sendLog.markFailed(
      record,
      conversation ? `Conversation is ${conversation.status}` : 'The Teams app is not installed for this person',
      true
    );
    return 'unreachable';
  }
  let content: AdaptiveCardJson;
  try {
    content = await card();
  } catch (e) {
    // A card that cannot be built (bad data) is a failure to show, not a claim left hanging until the lease ends.
    await deps.sendLog.markFailed(record, `card: ${e instanceof Error ? e.message : String(e)}`, false);
    return 'failed';
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.messenger.send(conversation.reference, content);
    } catch (e) {
      const status = e instanceof DeliveryError ? e.status : 0;
      const message = e instanceof Error ? e.message : String(e);
      if (status === 403 || status === 404) {
        record = await deps.sendLog.markFailed(record, `${status}: ${message}`, true);
        await deps.conversations.markUnreachable(entry.recipientEmail, `${status}: ${message}`, deps.now());
        return 'unreachable';
      }
      const retryable = status === 429 || status === 412 || status >= 500 || status === 0;
      if (!retryable || attempt >= MAX_TRIES) {
        await deps.sendLog.markFailed(record, `${status || 'network'}: ${message}`, false);
        return 'failed';
      }
      const backoff =
        e instanceof DeliveryError && e.retryAfterMs !== undefined
          ? e.retryAfterMs
          : 250 * 2 ** attempt + Math.floor(Math.random() * 100);
      await wait(deps, backoff);
      continue;
    }
    // Outside the try: a failed write here must not send the message again.
    await recordSent(deps, record);
    return 'sent';
  }
}

const RECORD_TRIES = 4;

/**
 * Records a send that reached Teams. Tried again on failure (throttling past the list client's own
 * retries, a lost connection, or a 412 because the first write landed and its answer was lost),
 * re-reading the record each time: already Sent is done; a claim now held by someone else is theirs.
 * If every try fails the claim stays, and after its lease a later sweep sends the message again (at
 * least once; Teams has no idempotent send), so giving up here is the last resort.
 */
async function recordSent(
  deps: Pick<BotDeps, 'sendLog' | 'now' | 'sleep'>,
  claimed: Stored<SendRecord>
): Promise<void> {
  let record = claimed;
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.sendLog.markSent(record, deps.now());
      return;
    } catch (e) {
      if (attempt >= RECORD_TRIES) throw e;
      await wait(deps, 250 * 2 ** attempt);
      const current = await deps.sendLog.get(record.key).catch(() => undefined);
      if (current?.state === 'Sent') return;
      if (current && (current.state !== 'Claimed' || current.claimedBy !== claimed.claimedBy)) throw e;
      if (current) record = current;
    }
  }
}
