// Plain-text helpers shared by the exporters. Form answers are typed on phones, pasted from Word
// and e-mail, so they arrive with CRLF, stray control characters and runs of blank lines.
import type { IsoDateTime, LocalDate } from '../../core/model';
import { formatLondon, londonInstant } from '../../core/time/london';

// XML 1.0 forbids these code points, even escaped: one of them in document.xml (Word's own
// vertical tab \u000B from a pasted soft line break, say) makes Word refuse the whole file.
// Unpaired surrogates are refused for the same reason. (No lookbehind: older Safari lacks it.)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;
const keepPairs = (match: string): string => (match.length === 2 ? match : '');

/** Text with `\n` line endings, no XML-invalid characters and no trailing spaces on lines. */
export function cleanText(text: string | undefined | null): string {
  if (!text) return '';
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- Word's soft line break and page break
      .replace(/\u000B|\u000C/g, '\n')
      .replace(XML_INVALID, keepPairs)
      .replace(/[ \t]+$/gm, '')
      .trim()
  );
}

/**
 * Paragraphs of a text, each a list of lines: a blank line separates paragraphs, a single line
 * break stays a line break, as the councillor wrote it.
 */
export function paragraphsOf(text: string | undefined | null): string[][] {
  const clean = cleanText(text);
  if (!clean) return [];
  return clean.split(/\n\s*\n/).map((para) => para.split('\n'));
}

/** A London day as committee papers write it: `2 September 2025`. */
export function formatDay(day: LocalDate): string {
  return formatLondon(londonInstant(day), 'd MMMM yyyy');
}

/** An instant's London day, as `formatDay` writes it. */
export function formatInstantDay(instant: IsoDateTime): string {
  return formatLondon(instant, 'd MMMM yyyy');
}
