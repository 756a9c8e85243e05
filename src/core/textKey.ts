// Keys (send log, audit log) for messages and changes whose identity includes free text (a question, a request for more):
// a short, stable hash of the text keeps the key within a SharePoint Text field (255) and makes a
// retried send of the same text the same key.

/**
 * FNV-1a 32-bit, hex: core's one key hash (not a cryptographic one; that is ports/digest.ts). Stable
 * across processes and machines; collisions only merge identical-prefix keys.
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function textKey(prefix: string, text: string): string {
  return `${prefix}:${fnv1a(text.replace(/\s+/g, ' ').trim())}`;
}
