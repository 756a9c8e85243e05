// Turning a form answer into summary statements: one per bullet or paragraph (or per sentence on
// request), markers stripped, empty and "None" answers dropped. Text is never interpreted: markup a
// councillor typed stays as the characters they typed.
import { isNothingToEscalate, normaliseText } from '../forms';

export type StatementUnit = 'paragraph' | 'sentence';

const BULLET = /^(?:[-\u2013\u2014\u2022*\u25AA\u25CF\u25E6\u00B7]|\d{1,2}[.)])\s+/;
const ENDS_SENTENCE = /[.!?:;]["'\u2019\u201D)\]]*$/;
// Words whose full stop does not end a sentence ("e.g. pick a child up").
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'cllr',
  'no',
  'st',
  'vs',
  'approx',
  'incl'
]);

/**
 * The statements in one answer. Each bullet is one; other lines are paragraphs, except that a line
 * that carries on a sentence broken by a hard line break (lower-case start) joins the one before.
 */
export function splitStatements(text: string, unit: StatementUnit = 'paragraph'): string[] {
  const out: string[] = [];
  let joinable = false;
  for (const raw of normaliseText(text).split('\n')) {
    const line = raw.trim();
    if (!line) {
      joinable = false;
      continue;
    }
    const bullet = BULLET.test(line);
    const body = line.replace(BULLET, '').replace(/\s+/g, ' ').trim();
    if (!body) continue;
    if (!bullet && joinable && /^[a-z]/.test(body) && !ENDS_SENTENCE.test(out[out.length - 1])) {
      out[out.length - 1] = `${out[out.length - 1]} ${body}`;
    } else {
      out.push(body);
    }
    joinable = !bullet;
  }
  const units = unit === 'sentence' ? out.reduce<string[]>((all, s) => all.concat(splitSentences(s)), []) : out;
  return units.filter((s) => !isNothingToEscalate(s));
}

/** Splits at . ! ? (and closing quotes or brackets) followed by a space and a capital, digit or quote. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const boundary = /([.!?]["'\u2019\u201D)\]]*)\s+(?=["'\u2018\u201C(]?[A-Z0-9])/g;
  let start = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const end = m.index + m[1].length;
    const words = paragraph.slice(start, m.index + 1).split(/\s+/);
    const last = words[words.length - 1]
      .replace(/^[("'\u2018\u201C]+/, '')
      .replace(/\.$/, '')
      .toLowerCase();
    // "M. Beanland", "e.g. The", "etc. And": not the end of a sentence.
    if (m[1][0] === '.' && (ABBREVIATIONS.has(last) || /^[a-z]$/.test(last))) continue;
    out.push(paragraph.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  out.push(paragraph.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

/** Same statement: exact text once runs of white space are made one space. */
export function statementKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
