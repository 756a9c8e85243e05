// The bot's messaging stores (core/ports/messaging.ts) over memory lists, as the SharePoint ones
// behave: e-mails lower case, DateTime kept to whole seconds, unique e-mail and send key, ETags a
// stale write is refused on (ConflictError), and the claim lease. Every method yields between its
// read and its write, so concurrent callers interleave as they do against SharePoint.
import { ConflictError } from '../../../src/core/errors';
import type { IsoDateTime } from '../../../src/core/model';
import {
  claimRefusal,
  conversationRecord,
  newClaim,
  type ClaimResult,
  type ConversationRecord,
  type ConversationStore,
  type SendEntry,
  type SendLog,
  type SendRecord
} from '../../../src/core/ports/messaging';
import type { Stored } from '../../../src/core/ports/repositories';
import { normalizeEmail } from '../../../src/core/email';
import { DuplicateValueError } from '../../../src/adapters/sp/errors';
import { plainSendKey } from '../../../src/adapters/sp/messagingMappers';

/** The SendKey column's uniqueness: the key itself where SharePoint can hold it; a longer key (hashed there) stands for itself. */
const sendKeyOf = (key: string): string => plainSendKey(key) ?? `long:${key}`;
import { MemoryList } from './list';

/** SharePoint keeps DateTime to the second. */
export const toSecond = (iso: IsoDateTime): IsoDateTime =>
  new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString();
const seconds =
  <T>(...fields: (keyof T)[]) =>
  (value: Partial<T>): Partial<T> => {
    const out: Record<string, unknown> = { ...value };
    for (const f of fields)
      if (typeof out[f as string] === 'string') out[f as string] = toSecond(out[f as string] as string);
    return out as Partial<T>;
  };
/** A turn for other callers (a microtask, so fake timers in handler tests do not stall it). */
const yieldTurn = (): Promise<void> => Promise.resolve();
const retryable = (e: unknown): boolean => e instanceof ConflictError || e instanceof DuplicateValueError;

/** As the SharePoint stores: reads and writes before giving up when others keep changing the item. */
const ATTEMPTS = 5;

export class MemoryConversationStore implements ConversationStore {
  public readonly list = new MemoryList<ConversationRecord>({
    noun: 'Teams conversation',
    normalise: seconds<ConversationRecord>('updatedAt'),
    unique: (c) => c.userEmail,
    indexes: { aad: (c) => c.aadObjectId?.trim(), status: (c) => c.status }
  });

  public async save(record: ConversationRecord): Promise<Stored<ConversationRecord>> {
    const value = conversationRecord(record);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const existing = await this.byEmail(value.userEmail);
      await yieldTurn();
      try {
        return existing ? this.list.update(existing, value) : this.list.add(value);
      } catch (e) {
        // Someone saved this person meanwhile: read again and write over theirs.
        if (!retryable(e)) throw e;
      }
    }
    throw new ConflictError(`The Teams conversation of ${value.userEmail} kept changing while it was being saved.`);
  }

  public async byEmail(email: string): Promise<Stored<ConversationRecord> | undefined> {
    return this.list.byUnique(normalizeEmail(email));
  }

  public async byAadObjectId(aadObjectId: string): Promise<Stored<ConversationRecord> | undefined> {
    return this.list.where('aad', aadObjectId.trim())[0];
  }

  public async markUnreachable(email: string, error: string, at: IsoDateTime): Promise<void> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const current = await this.byEmail(email);
      // No record: nothing to mark. Saved after `at`: a reinstall the failure predates.
      if (!current || Date.parse(current.updatedAt) > Date.parse(at)) return;
      await yieldTurn();
      try {
        const status = current.status === 'Uninstalled' ? 'Uninstalled' : 'Unreachable';
        this.list.update(current, { status, lastError: error, updatedAt: at });
        return;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
    }
    throw new ConflictError(
      `The Teams conversation of ${normalizeEmail(email)} kept changing while it was being marked.`
    );
  }

  public async unreachable(): Promise<Stored<ConversationRecord>[]> {
    return [...this.list.where('status', 'Unreachable'), ...this.list.where('status', 'Uninstalled')].sort((a, b) =>
      a.userEmail.localeCompare(b.userEmail)
    );
  }
}

export class MemorySendLog implements SendLog {
  public readonly list = new MemoryList<SendRecord>({
    noun: 'Teams message',
    normalise: seconds<SendRecord>('claimedAt', 'sentAt'),
    // The SendKey column, as the SP adapter writes it: exact keys, though the list ignores case.
    unique: (r) => sendKeyOf(r.key),
    indexes: { state: (r) => r.state }
  });

  public async claim(entry: SendEntry, by: string, now: IsoDateTime, leaseMillis: number): Promise<ClaimResult> {
    await yieldTurn();
    try {
      return { claimed: true, record: this.list.add(newClaim(entry, by, now)) };
    } catch (e) {
      // The unique key refused a second item: someone logged this message before.
      if (!(e instanceof DuplicateValueError)) throw e;
    }
    const existing = (await this.get(entry.key)) as Stored<SendRecord>;
    const refusal = claimRefusal(existing, now, leaseMillis);
    if (refusal) return { claimed: false, reason: refusal, record: existing };
    await yieldTurn();
    try {
      const changes = { state: 'Claimed' as const, claimedBy: by, claimedAt: now, attempts: existing.attempts + 1 };
      return { claimed: true, record: this.list.update(existing, changes) };
    } catch (e) {
      // Another claimer re-claimed it first (or it was sent meanwhile).
      if (!(e instanceof ConflictError)) throw e;
      const winner = (await this.get(entry.key)) as Stored<SendRecord>;
      return { claimed: false, reason: winner.state === 'Sent' ? 'sent' : 'in-progress', record: winner };
    }
  }

  public async markSent(record: Stored<SendRecord>, at: IsoDateTime): Promise<Stored<SendRecord>> {
    return this.list.update(record, { state: 'Sent', sentAt: at });
  }

  public async markFailed(
    record: Stored<SendRecord>,
    error: string,
    unreachable: boolean
  ): Promise<Stored<SendRecord>> {
    return this.list.update(record, { state: unreachable ? 'Unreachable' : 'Failed', lastError: error });
  }

  public async get(key: string): Promise<Stored<SendRecord> | undefined> {
    return this.list.byUnique(sendKeyOf(key));
  }

  public async sentAmong(keys: string[]): Promise<Set<string>> {
    const wanted = new Set(keys);
    const sent = new Set<string>();
    for (const key of wanted) {
      const found = this.list.byUnique(sendKeyOf(key));
      if (found?.state === 'Sent' && wanted.has(found.key)) sent.add(found.key);
    }
    return sent;
  }

  public async undelivered(): Promise<Stored<SendRecord>[]> {
    return [...this.list.where('state', 'Failed'), ...this.list.where('state', 'Unreachable')].sort(
      (a, b) => a.id - b.id
    );
  }
}
