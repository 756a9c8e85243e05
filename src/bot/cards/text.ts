// Text people typed (findings, questions, responses, reasons) is shown in RichTextBlock > TextRun,
// never in TextBlock or FactSet. Why: Teams renders a markdown subset in TextBlock and Fact values
// (bold, lists, and [links](url), which a forged or careless text could use to dress up a phishing
// link), and backslash escapes are handled differently by Teams desktop, iOS and Android
// (microsoft/AdaptiveCards#5758, MicrosoftDocs/msteams-docs#5793), so escaping cannot be relied on.
// The Adaptive Cards schema says TextRun text is not markdown, so "**bold**" shows as typed.
// HTML is never rendered by Teams cards, and templating inserts values as JSON strings.
// Text from list data that officers maintain (team names, addresses, names) stays in TextBlocks.
import { normaliseText } from '../../core/forms';
import { truncateText } from './limits';

export interface Paragraphs {
  /** One entry per line, each shown as its own RichTextBlock so line breaks survive every client. */
  paragraphs: string[];
  /** Text was cut: the card must point to the SharePoint page for the rest. */
  truncated: boolean;
}

/**
 * Makes a TextRun show exactly what was typed: drops control characters, and breaks "{{" with a
 * zero-width space so a typed {{DATE(...)}} is not turned into a date by the client.
 */
export function plainRun(text: string): string {
  // Control characters are what this strips, so the pattern names them on purpose.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').replace(/\{\{/g, '{\u200B{');
}

/**
 * User text as plain paragraphs, cut to `maxChars` characters and `maxParagraphs` lines (each
 * line costs a RichTextBlock, so a text of many short lines must be capped too).
 */
export function userParagraphs(text: string, maxChars: number, maxParagraphs: number = 40): Paragraphs {
  const cut = truncateText(normaliseText(text), maxChars);
  let lines = cut.text
    .split('\n')
    .map((line) => plainRun(line).trim())
    .filter((line) => line !== '');
  let truncated = cut.truncated;
  if (lines.length > maxParagraphs) {
    lines = lines.slice(0, maxParagraphs);
    lines[maxParagraphs - 1] = lines[maxParagraphs - 1].replace(/\u2026?$/, '\u2026');
    truncated = true;
  }
  return { paragraphs: lines, truncated };
}
