// Mappers for the bot's two lists (Bot Conversations, Bot Send Log), and how a message key becomes
// the unique SendKey column. Same shape as mappers.ts: `select` comes from the schema.
import type { ConversationRecord, ConversationStatus, SendRecord, SendState } from '../../core/ports/messaging';
import type { Sha256Hex } from '../../core/ports/digest';
import type { Stored } from '../../core/ports/repositories';
import { CONVERSATIONS_LIST, SEND_LOG_LIST, selectFields } from '../../lists/schema';
import { etagOf, pick, same, type Mapper } from './mappers';
import { fromSpDate, lowerEmail, num, optStr, str, toSpDate } from './values';

/** SharePoint's Text field limit (Title and SendKey). */
export const TEXT_MAX = 255;
const HASH_PREFIX = 'sha256:';

/**
 * The SendKey column value. SharePoint Text holds 255 characters and compares (and enforces
 * uniqueness) case-insensitively, so a key is stored as is only when it is short, lower case and
 * plain; any other key is stored as `sha256:<hex>` of it (the whole key then goes in FullKey). Keys
 * stored as is never start with the prefix, so two different keys never share a SendKey. The hash
 * is the platform's (core/ports/digest.ts).
 */
export async function sendKeyOf(key: string, sha256: Sha256Hex): Promise<string> {
  return plainSendKey(key) ?? HASH_PREFIX + (await sha256(key));
}

/** The key itself when it can be its own SendKey; undefined when only its hash can. */
export function plainSendKey(key: string): string | undefined {
  const plain =
    key.length > 0 &&
    key.length <= TEXT_MAX &&
    key === key.toLowerCase() &&
    key === key.trim() &&
    !Array.from(key).some((c) => c < ' ' || c === '\u007f') &&
    !key.startsWith(HASH_PREFIX);
  return plain ? key : undefined;
}

/** The SendKey and FullKey columns of a key. */
export async function sendKeyColumns(
  key: string,
  sha256: Sha256Hex
): Promise<{ SendKey: string; FullKey: string | null }> {
  const sendKey = await sendKeyOf(key, sha256);
  return { SendKey: sendKey, FullKey: sendKey === key ? null : key };
}

/** A Title a person can read: the key, shortened to fit the column. */
export function titleOf(text: string): string {
  if (text.length <= TEXT_MAX) return text;
  // Never cut a surrogate pair in half.
  const cut = /[\ud800-\udbff]$/.test(text.slice(0, TEXT_MAX - 1)) ? TEXT_MAX - 2 : TEXT_MAX - 1;
  return `${text.slice(0, cut)}…`;
}

export const conversationMapper: Mapper<ConversationRecord> = {
  select: selectFields(CONVERSATIONS_LIST),
  fromItem: (i): Stored<ConversationRecord> => ({
    id: Number(i.Id),
    etag: etagOf(i),
    userEmail: lowerEmail(i.UserEmail),
    aadObjectId: optStr(i.AadObjectId),
    reference: str(i.ConversationReference),
    status: (optStr(i.ConversationStatus) ?? 'Active') as ConversationStatus,
    updatedAt: fromSpDate(i.UpdatedAt) ?? '',
    lastError: optStr(i.LastError)
  }),
  toItem: (c) =>
    pick<ConversationRecord>(c, {
      userEmail: ['UserEmail', (v) => lowerEmail(v)],
      aadObjectId: ['AadObjectId', same],
      reference: ['ConversationReference', same],
      status: ['ConversationStatus', same],
      updatedAt: ['UpdatedAt', toSpDate],
      lastError: ['LastError', same]
    })
};

export const sendRecordMapper: Mapper<SendRecord> = {
  select: selectFields(SEND_LOG_LIST),
  fromItem: (i): Stored<SendRecord> => ({
    id: Number(i.Id),
    etag: etagOf(i),
    key: optStr(i.FullKey) ?? str(i.SendKey),
    recipientEmail: lowerEmail(i.RecipientEmail),
    kind: str(i.Kind),
    visitId: num(i.VisitId),
    state: (optStr(i.SendState) ?? 'Claimed') as SendState,
    claimedBy: str(i.ClaimedBy),
    claimedAt: fromSpDate(i.ClaimedAt) ?? '',
    attempts: num(i.Attempts) ?? 0,
    sentAt: fromSpDate(i.SentAt),
    lastError: optStr(i.LastError)
  }),
  toItem: (r) => {
    const item = pick<SendRecord>(r, {
      recipientEmail: ['RecipientEmail', (v) => lowerEmail(v)],
      kind: ['Kind', same],
      visitId: ['VisitId', same],
      state: ['SendState', same],
      claimedBy: ['ClaimedBy', same],
      claimedAt: ['ClaimedAt', toSpDate],
      attempts: ['Attempts', same],
      sentAt: ['SentAt', toSpDate],
      lastError: ['LastError', same]
    });
    // A key that must be hashed gets its columns from sendKeyColumns (async), which SpSendLog adds.
    const plain = r.key === undefined ? undefined : plainSendKey(r.key);
    if (plain !== undefined) {
      item.SendKey = plain;
      item.FullKey = null;
    }
    return item;
  }
};
