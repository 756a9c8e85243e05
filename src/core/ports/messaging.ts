// Ports for Teams messaging state, kept in lists so a restart of the bot, a second instance or a
// manual sweep all see the same thing: where each person can be reached, and which messages were
// sent. The send log is the idempotency record: a message is claimed (unique key) before it is
// sent, so two sweeps running at once never both send it.
import type { IsoDateTime } from '../model';
import type { Stored } from './repositories';
import { normalizeEmail } from '../email';

export type ConversationStatus = 'Active' | 'Unreachable' | 'Uninstalled';

/** Where the bot can reach one person in a 1:1 chat (stored when the app is installed). */
export interface ConversationRecord {
  /** Lower case; unique. */
  userEmail: string;
  aadObjectId?: string;
  /** The Bot Framework ConversationReference, as JSON; opaque outside the Teams adapter. */
  reference: string;
  status: ConversationStatus;
  updatedAt: IsoDateTime;
  /** Why the last send failed (403 not in roster, 404 stale conversation). */
  lastError?: string;
}

export interface ConversationStore {
  /** Creates or replaces the person's record (keyed by e-mail); a reinstall makes it Active again. */
  save(record: ConversationRecord): Promise<Stored<ConversationRecord>>;
  byEmail(email: string): Promise<Stored<ConversationRecord> | undefined>;
  byAadObjectId(aadObjectId: string): Promise<Stored<ConversationRecord> | undefined>;
  /** Records that sends to this person fail; their record stays for the dashboard and a reinstall. */
  markUnreachable(email: string, error: string, at: IsoDateTime): Promise<void>;
  /** People the bot cannot reach now (dashboard). */
  unreachable(): Promise<Stored<ConversationRecord>[]>;
}

export type SendState = 'Claimed' | 'Sent' | 'Failed' | 'Unreachable';

export interface SendEntry {
  /** Stable message key (core reminders keys, submission notice keys); unique in the log. */
  key: string;
  recipientEmail: string;
  /** e.g. 'briefing', 'return-reminder', 'findings-shared'. */
  kind: string;
  visitId?: number;
}

export interface SendRecord extends SendEntry {
  state: SendState;
  /** Who holds the claim (a sweep or bot instance id) and since when. */
  claimedBy: string;
  claimedAt: IsoDateTime;
  attempts: number;
  sentAt?: IsoDateTime;
  lastError?: string;
}

export type ClaimResult =
  | { claimed: true; record: Stored<SendRecord> }
  /** 'sent': done before; 'in-progress': someone else holds a live claim. */
  | { claimed: false; reason: 'sent' | 'in-progress'; record: Stored<SendRecord> };

export interface SendLog {
  /**
   * Claims the key for sending. A new key is created Claimed (unique: of two concurrent claims one
   * wins). An existing key is re-claimed when it Failed, was Unreachable, or its claim is older than
   * `leaseMillis` (a sweep that crashed mid-send); never when Sent or freshly claimed by another.
   */
  claim(entry: SendEntry, by: string, now: IsoDateTime, leaseMillis: number): Promise<ClaimResult>;
  markSent(record: Stored<SendRecord>, at: IsoDateTime): Promise<Stored<SendRecord>>;
  /** A failed attempt; Unreachable for 403/404 (reinstall needed), Failed for anything else. */
  markFailed(record: Stored<SendRecord>, error: string, unreachable: boolean): Promise<Stored<SendRecord>>;
  get(key: string): Promise<Stored<SendRecord> | undefined>;
  /** Keys in Sent state among `keys` (one indexed read per 100 keys), for core's `sent` set. */
  sentAmong(keys: string[]): Promise<Set<string>>;
  /** Sends that did not reach their recipient (dashboard). */
  undelivered(): Promise<Stored<SendRecord>[]>;
}

/**
 * Why an existing send-log record may not be claimed now: Sent is final; a Claimed record is
 * someone else's until its lease runs out. Undefined: it may be claimed (Failed, Unreachable, or
 * a stale claim). One rule for every SendLog implementation.
 */
export function claimRefusal(
  record: Pick<SendRecord, 'state' | 'claimedAt'>,
  now: IsoDateTime,
  leaseMillis: number
): 'sent' | 'in-progress' | undefined {
  if (record.state === 'Sent') return 'sent';
  // An unreadable claimedAt gives NaN, which is not within the lease: the claim is taken over.
  if (record.state === 'Claimed' && Date.parse(now) - Date.parse(record.claimedAt) < leaseMillis) return 'in-progress';
  return undefined;
}

/** The record a first claim creates: one shape for every SendLog implementation. */
export function newClaim(entry: SendEntry, by: string, claimedAt: IsoDateTime): SendRecord {
  return {
    key: entry.key,
    recipientEmail: normalizeEmail(entry.recipientEmail),
    kind: entry.kind,
    visitId: entry.visitId,
    state: 'Claimed',
    claimedBy: by,
    claimedAt,
    attempts: 1
  };
}

/** The stored form of a conversation record: every field (a reinstall replaces what was left), e-mail lower case. */
export function conversationRecord(record: ConversationRecord): ConversationRecord {
  const { userEmail, aadObjectId, reference, status, updatedAt, lastError } = record;
  return { userEmail: normalizeEmail(userEmail), aadObjectId, reference, status, updatedAt, lastError };
}
