// Teams refuses a card over about 28 KB (413; newer clients allow 40 KB), so every builder checks
// its card, and long user text is cut short with a link to the SharePoint page that holds it all.

/** The budget every card is held to: the older clients' limit. */
export const CARD_BYTES_LIMIT = 28 * 1024;
/** What builders that shrink content aim for: the limit counts the whole message, not just the card. */
export const CARD_BYTES_TARGET = CARD_BYTES_LIMIT - 2 * 1024;

/** Size of the card as sent: UTF-8 bytes of its JSON (what the 28 KB limit counts). */
export function cardBytes(card: unknown): number {
  return utf8Length(JSON.stringify(card));
}

/** UTF-8 length counted by hand: TextEncoder and Buffer are not in every runtime the cards run in. */
export function utf8Length(text: string): number {
  // By UTF-16 code unit (a surrogate pair is one 4-byte code point, a lone surrogate 3 bytes as
  // U+FFFD): no iterator, so no string per character; a card is measured often while it is sized.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLow(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export class CardTooLargeError extends Error {
  public constructor(
    public readonly bytes: number,
    public readonly limit: number
  ) {
    super(`The card is ${bytes} bytes, over the ${limit}-byte limit Teams accepts.`);
    this.name = 'CardTooLargeError';
  }
}

/** Returns the card, or throws CardTooLargeError: a card Teams would refuse is never sent. */
export function assertCardFits<T>(card: T, limit: number = CARD_BYTES_LIMIT): T {
  const bytes = cardBytes(card);
  if (bytes > limit) throw new CardTooLargeError(bytes, limit);
  return card;
}

export interface TruncatedText {
  text: string;
  /** True when text was cut: the caller must show a link to the SharePoint form page. */
  truncated: boolean;
}

export const ELLIPSIS = '\u2026';

/**
 * `text` cut to at most `maxChars` characters (code points, so an emoji is never split), ending
 * with "…" and, when one is close, at a word boundary rather than mid-word.
 */
export function truncateText(text: string, maxChars: number): TruncatedText {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return { text, truncated: false };
  if (maxChars < 1) return { text: '', truncated: true };
  let cut = chars.slice(0, maxChars - 1).join('');
  const lastSpace = cut.search(/\s\S*$/);
  if (lastSpace > cut.length * 0.8) cut = cut.slice(0, lastSpace);
  return { text: cut.trimEnd() + ELLIPSIS, truncated: true };
}
