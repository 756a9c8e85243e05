// Mappers for the bot's two lists (Bot Conversations, Bot Send Log), and how a message key becomes
// the unique SendKey column. Same shape as mappers.ts: `select` comes from the schema.
import type { ConversationRecord, ConversationStatus, SendRecord, SendState } from '../../core/ports/messaging';
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
 * stored as is never start with the prefix, so two different keys never share a SendKey.
 */
export function sendKeyOf(key: string): string {
  const plain =
    key.length > 0 &&
    key.length <= TEXT_MAX &&
    key === key.toLowerCase() &&
    key === key.trim() &&
    !Array.from(key).some((c) => c < ' ' || c === '\u007f') &&
    !key.startsWith(HASH_PREFIX);
  return plain ? key : HASH_PREFIX + sha256Hex(key);
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
    if (r.key !== undefined) {
      const sendKey = sendKeyOf(r.key);
      item.SendKey = sendKey;
      item.FullKey = sendKey === r.key ? null : r.key;
    }
    return item;
  }
};

// SHA-256 (FIPS 180-4) of the UTF-8 text, synchronous so mappers stay synchronous; Web Crypto's
// digest is async and Node's crypto module is not in the SPFx bundle.
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

export function sha256Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bytes.length / 0x20000000));
  view.setUint32(padded.length - 4, (bytes.length << 3) >>> 0);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let [a, b, c, d, e, f, g, hh] = Array.from(h);
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] += v));
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}
