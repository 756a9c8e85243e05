// The bot's messaging state over @pnp/sp (ports in core/ports/messaging.ts), so every bot instance,
// sweep and restart sees the same state. Both lists are confidential and written by the app-only
// identity. Uniqueness (UserEmail, SendKey) is SharePoint's, which is what makes a claim exclusive:
// of two creates of one key exactly one succeeds; of two updates at one ETag exactly one does.
import type { SPFI } from '@pnp/sp';
import { ConflictError } from '../../core/errors';
import type { IsoDateTime } from '../../core/model';
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
} from '../../core/ports/messaging';
import type { Stored } from '../../core/ports/repositories';
import { LIST } from '../../lists/schema';
import { DuplicateValueError } from './errors';
import { ListStore } from './listStore';
import type { Sha256Hex } from '../../core/ports/digest';
import { conversationMapper, sendKeyColumns, sendKeyOf, sendRecordMapper, titleOf } from './messagingMappers';
import { odataString } from './values';
import { normalizeEmail } from '../../core/email';

/** Reads and writes before giving up when other writers keep changing the same item. */
const ATTEMPTS = 5;
/** At most this many keys per sentAmong read (core/ports/messaging.ts). */
const KEYS_PER_READ = 100;
/**
 * And at most this many characters of encoded $filter per read, so the request URL stays well
 * under the 2,048 characters proxies and older SharePoint front ends accept.
 */
const FILTER_MAX = 1800;

const normalEmail = normalizeEmail;
const retryable = (e: unknown): boolean => e instanceof ConflictError || e instanceof DuplicateValueError;

export class SpConversationStore implements ConversationStore {
  private readonly store: ListStore<ConversationRecord>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.conversations, conversationMapper, 'Teams conversation');
  }

  public async save(record: ConversationRecord): Promise<Stored<ConversationRecord>> {
    // Every field, so a reinstall replaces what an earlier install or a failed send left behind.
    const value = conversationRecord(record);
    let last: unknown;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const existing = await this.byEmail(value.userEmail);
      try {
        return existing
          ? await this.store.update(existing, value, value.userEmail)
          : await this.store.add(value, value.userEmail);
      } catch (e) {
        // Another instance saved this person in between (412, or the unique e-mail): read again.
        if (!retryable(e)) throw e;
        last = e;
      }
    }
    throw last;
  }

  public byEmail(email: string): Promise<Stored<ConversationRecord> | undefined> {
    return this.store.first(`UserEmail eq ${odataString(normalEmail(email))}`);
  }

  public byAadObjectId(aadObjectId: string): Promise<Stored<ConversationRecord> | undefined> {
    return this.store.first(`AadObjectId eq ${odataString(aadObjectId.trim())}`);
  }

  /**
   * No record, nothing to mark (there is no conversation to keep). A record saved after `at` is a
   * reinstall the failure predates, so it stays Active. Uninstalled stays Uninstalled.
   */
  public async markUnreachable(email: string, error: string, at: IsoDateTime): Promise<void> {
    let last: unknown;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const current = await this.byEmail(email);
      if (!current || Date.parse(current.updatedAt) > Date.parse(at)) return;
      try {
        await this.store.update(current, {
          status: current.status === 'Uninstalled' ? 'Uninstalled' : 'Unreachable',
          lastError: error,
          updatedAt: at
        });
        return;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
        last = e;
      }
    }
    throw last;
  }

  /** Unreachable and Uninstalled alike: the bot cannot reach either now. */
  public async unreachable(): Promise<Stored<ConversationRecord>[]> {
    const found = await this.store.query(`ConversationStatus eq 'Unreachable' or ConversationStatus eq 'Uninstalled'`);
    return found.sort((a, b) => a.userEmail.localeCompare(b.userEmail));
  }
}

export class SpSendLog implements SendLog {
  private readonly store: ListStore<SendRecord>;
  /** `sha256`: the platform's hash (Node's crypto in Node, Web Crypto in the browser) for keys stored hashed. */
  public constructor(
    sp: SPFI,
    private readonly sha256: Sha256Hex
  ) {
    this.store = new ListStore(sp, LIST.sendLog, sendRecordMapper, 'Teams message');
  }

  public async claim(entry: SendEntry, by: string, now: IsoDateTime, leaseMillis: number): Promise<ClaimResult> {
    const fresh = newClaim(entry, by, now);
    const keyColumns = await sendKeyColumns(entry.key, this.sha256);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return { claimed: true, record: await this.store.add(fresh, titleOf(entry.key), keyColumns) };
      } catch (e) {
        // The unique SendKey refused a second item: someone logged this message before.
        if (!(e instanceof DuplicateValueError)) throw e;
      }
      const existing = await this.get(entry.key);
      if (!existing) continue; // deleted since (an officer cleared it): create it again
      const refusal = claimRefusal(existing, now, leaseMillis);
      if (refusal) return { claimed: false, reason: refusal, record: existing };
      try {
        const changes = { state: 'Claimed' as const, claimedBy: by, claimedAt: now, attempts: existing.attempts + 1 };
        return { claimed: true, record: await this.store.update(existing, changes) };
      } catch (e) {
        // 412: another claimer re-claimed it first (or it was sent meanwhile).
        if (!(e instanceof ConflictError)) throw e;
        const winner = await this.get(entry.key);
        if (winner) return { claimed: false, reason: winner.state === 'Sent' ? 'sent' : 'in-progress', record: winner };
      }
    }
    throw new ConflictError(`The Teams message '${entry.key}' kept changing while it was being claimed. Try again.`);
  }

  public markSent(record: Stored<SendRecord>, at: IsoDateTime): Promise<Stored<SendRecord>> {
    return this.store.update(record, { state: 'Sent', sentAt: at });
  }

  public markFailed(record: Stored<SendRecord>, error: string, unreachable: boolean): Promise<Stored<SendRecord>> {
    return this.store.update(record, { state: unreachable ? 'Unreachable' : 'Failed', lastError: error });
  }

  public async get(key: string): Promise<Stored<SendRecord> | undefined> {
    return this.store.first(`SendKey eq ${odataString(await sendKeyOf(key, this.sha256))}`);
  }

  public async sentAmong(keys: string[]): Promise<Set<string>> {
    const wanted = new Set(keys);
    const sent = new Set<string>();
    for (const chunk of filterChunks(
      Array.from(new Set(await Promise.all(Array.from(wanted, (k) => sendKeyOf(k, this.sha256)))))
    )) {
      for (const r of await this.store.query(`(${chunk}) and SendState eq 'Sent'`))
        if (wanted.has(r.key)) sent.add(r.key);
    }
    return sent;
  }

  public undelivered(): Promise<Stored<SendRecord>[]> {
    return this.store.query(`SendState eq 'Failed' or SendState eq 'Unreachable'`);
  }
}

/** `SendKey eq … or …` filters, each of at most KEYS_PER_READ keys and FILTER_MAX encoded characters. */
function filterChunks(sendKeys: string[]): string[] {
  // PnPjs puts $filter through URLSearchParams, so that is the length that reaches the URL.
  const encoded = (text: string): number => new URLSearchParams([['$filter', text]]).toString().length;
  const chunks: string[] = [];
  let parts: string[] = [];
  let length = 0;
  for (const k of sendKeys) {
    const part = `SendKey eq ${odataString(k)}`;
    const size = encoded(` or ${part}`);
    if (parts.length && (parts.length >= KEYS_PER_READ || length + size > FILTER_MAX)) {
      chunks.push(parts.join(' or '));
      parts = [];
      length = 0;
    }
    parts.push(part);
    length += size;
  }
  if (parts.length) chunks.push(parts.join(' or '));
  return chunks;
}
