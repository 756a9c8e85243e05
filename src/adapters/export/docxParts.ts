// Building blocks for the briefing report. They take the lazily loaded docx module as an argument:
// only types are imported here, so nothing in this file pulls docx into the web part bundle.
import type * as Docx from 'docx';
import { cleanText, paragraphsOf } from './text';

export type DocxModule = typeof Docx;
export type HeadingDepth = 1 | 2 | 3 | 4;

/** The style set: Arial as council papers use, en-GB for the spelling and screen-reader voice. */
export function reportStyles(): Docx.IStylesOptions {
  const heading = (size: number): Docx.IBaseParagraphStyleOptions => ({
    run: { font: 'Arial', size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }
  });
  return {
    default: {
      document: {
        run: { font: 'Arial', size: 24, language: { value: 'en-GB' } },
        paragraph: { spacing: { after: 120 } }
      },
      title: { run: { font: 'Arial', size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(32),
      heading2: heading(28),
      heading3: heading(26),
      heading4: heading(24)
    }
  };
}

/** A Word heading (a real Heading n style, so the navigation pane and screen readers see it). */
export function heading(d: DocxModule, depth: HeadingDepth, text: string, newPage = false): Docx.Paragraph {
  const level = [
    d.HeadingLevel.HEADING_1,
    d.HeadingLevel.HEADING_2,
    d.HeadingLevel.HEADING_3,
    d.HeadingLevel.HEADING_4
  ][depth - 1];
  return new d.Paragraph({
    heading: level,
    pageBreakBefore: newPage || undefined,
    children: [new d.TextRun({ text: cleanText(text) })]
  });
}

/** Text runs for the lines of one paragraph: each line after the first starts with a line break. */
export function lineRuns(
  d: DocxModule,
  lines: string[],
  style: { bold?: boolean; italics?: boolean } = {}
): Docx.TextRun[] {
  return lines.map((line, i) => new d.TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }));
}

/**
 * A free text as Word paragraphs, keeping the writer's paragraphs and line breaks. Every piece is
 * a plain text run: docx escapes &, < and >, so typed markup is shown, never interpreted.
 */
export function textParagraphs(d: DocxModule, text: string | undefined, ifEmpty?: string): Docx.Paragraph[] {
  const paras = paragraphsOf(text);
  if (paras.length === 0) return ifEmpty ? [plain(d, ifEmpty, true)] : [];
  return paras.map((lines) => new d.Paragraph({ children: lineRuns(d, lines) }));
}

/** One paragraph of plain text; `italics` marks placeholders such as "Awaiting response". */
export function plain(d: DocxModule, text: string, italics = false): Docx.Paragraph {
  return new d.Paragraph({ children: lineRuns(d, cleanText(text).split('\n'), { italics: italics || undefined }) });
}

/** "Label: value" on one line, the label bold, as the form's header table reads. */
export function labelled(d: DocxModule, label: string, value: string): Docx.Paragraph {
  return new d.Paragraph({
    children: [new d.TextRun({ text: `${cleanText(label)}: `, bold: true }), new d.TextRun({ text: cleanText(value) })]
  });
}

/**
 * A bulleted list; a statement's own line breaks stay inside its bullet. A typed list marker
 * ("- ", "• ") at the start is dropped, since Word draws the bullet.
 */
export function bullets(d: DocxModule, items: string[], ifEmpty: string): Docx.Paragraph[] {
  const texts = items.map((t) => cleanText(t).replace(/^[-•*]\s+/, '')).filter((t) => t.length > 0);
  if (texts.length === 0) return [plain(d, ifEmpty, true)];
  return texts.map((t) => new d.Paragraph({ bullet: { level: 0 }, children: lineRuns(d, t.split(/\n+/)) }));
}
