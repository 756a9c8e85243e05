// Text helpers shared by the seed paper parsers. The papers are text copies of PDFs: bullets come
// as "- ", "• " or, where the bullet glyph was lost, a single leading space; headings keep
// markdown bold; page numbers stand on their own lines.
import { londonInstant } from '../time/london';
import type { IsoDateTime } from '../model';

export function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

const BULLET = /^(?:\s*[-•·✓]\s+|\s(?=\S))/;

export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

/** The line without its bullet marker. */
export function unbullet(line: string): string {
  return line.replace(BULLET, '');
}

/** Page furniture that is never a statement: "Page 16", a lone page number. */
export function isFurniture(line: string): boolean {
  return /^\s*(?:Page\s+\d+|\d{1,3})\s*$/i.test(line);
}

/** One statement's text: single spaces, no bold markers, no dangling dash or bullet. */
export function clean(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+[–—-]\s*$/, '')
    .trim();
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
];

/** "09 June 2025" (or "16th July 2018") as London midnight that day; undefined when it is no such date. */
export function dayInstant(text: string): IsoDateTime | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+),?\s+(\d{4})$/.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
  if (!m || !month) return undefined;
  try {
    return londonInstant(`${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`);
  } catch {
    return undefined;
  }
}

/** The first "<label> <day month year>" date in the lines, e.g. "Date of Meeting: 16 July 2018". */
export function findDay(lines: string[], label: RegExp): IsoDateTime | undefined {
  for (const line of lines) {
    const m = label.exec(line.trim());
    const day = m ? dayInstant(line.trim().slice(m[0].length)) : undefined;
    if (day) return day;
  }
  return undefined;
}

/** Paragraphs joined for a response field: one blank line between them. */
export function joinParagraphs(parts: string[]): string | undefined {
  const kept = parts.map(clean).filter((p) => p.length > 0);
  return kept.length ? kept.join('\n\n') : undefined;
}
