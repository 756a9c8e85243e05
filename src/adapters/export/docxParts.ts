// Building blocks for the briefing report. They take the lazily loaded docx module as an argument:
// only types are imported here, so nothing in this file pulls docx into the web part bundle.
// Every paragraph carries a named style, so a council restyles the report in Word's style pane.
import type * as Docx from 'docx';
import type { ReportBlock } from '../../core/pack/report';
import { cleanText, paragraphsOf } from './text';

export type DocxModule = typeof Docx;
export type HeadingDepth = 1 | 2 | 3 | 4;

/** The style set: Arial as council papers use, en-GB for the spelling and screen-reader voice. */
export function reportStyles(d: DocxModule): Docx.IStylesOptions {
  const heading = (size: number): Docx.IBaseParagraphStyleOptions => ({
    run: { font: 'Arial', size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }
  });
  const custom = (
    id: string,
    name: string,
    run: Docx.IRunStylePropertiesOptions,
    paragraph: Docx.IParagraphStylePropertiesOptions = {}
  ): Docx.IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run,
    paragraph
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
    },
    paragraphStyles: [
      custom('Marking', 'Report Marking', { bold: true, size: 28 }, { alignment: d.AlignmentType.RIGHT }),
      custom('Committee', 'Committee Name', { bold: true, size: 28 }),
      custom('NumberedParagraph', 'Numbered Paragraph', {}, { indent: { left: 720, hanging: 720 } })
    ]
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

/** A free text as Word paragraphs, keeping the writer's paragraphs and line breaks; typed markup stays text. */
export function textParagraphs(d: DocxModule, text: string | undefined, ifEmpty?: string): Docx.Paragraph[] {
  const paras = paragraphsOf(text);
  if (paras.length === 0) return ifEmpty ? [plain(d, ifEmpty, true)] : [];
  return paras.map((lines) => new d.Paragraph({ children: lineRuns(d, lines) }));
}

/** One paragraph of plain text; `italics` marks placeholders such as "Awaiting response". */
export function plain(d: DocxModule, text: string, italics = false): Docx.Paragraph {
  return new d.Paragraph({ children: lineRuns(d, cleanText(text).split('\n'), { italics: italics || undefined }) });
}

/** A paragraph in one of the report's own styles. */
export function styled(d: DocxModule, style: string, text: string): Docx.Paragraph {
  return new d.Paragraph({ style, children: [new d.TextRun({ text: cleanText(text) })] });
}

/** `3.1<tab>text` in the Numbered Paragraph style (hanging indent); later paragraphs of the text follow it. */
export function numbered(d: DocxModule, number: string, text: string, italics = false): Docx.Paragraph {
  const lines = cleanText(text).split('\n');
  return new d.Paragraph({
    style: 'NumberedParagraph',
    children: [
      new d.TextRun({ text: number }),
      new d.TextRun({ text: '\t' }),
      ...lineRuns(d, lines, { italics: italics || undefined })
    ]
  });
}

/** A bulleted list; a statement's own line breaks stay inside its bullet; a typed list marker is dropped. */
export function bullets(d: DocxModule, items: string[], ifEmpty: string): Docx.Paragraph[] {
  const texts = items.map((t) => cleanText(t).replace(/^[-•*]\s+/, '')).filter((t) => t.length > 0);
  if (texts.length === 0) return [plain(d, ifEmpty, true)];
  return texts.map((t) => new d.Paragraph({ bullet: { level: 0 }, children: lineRuns(d, t.split(/\n+/)) }));
}

const cell = (d: DocxModule, children: Docx.Paragraph[], span = 1, shade = false): Docx.TableCell =>
  new d.TableCell({
    children,
    columnSpan: span > 1 ? span : undefined,
    shading: shade ? { fill: 'E7E6E6', type: d.ShadingType.CLEAR, color: 'auto' } : undefined
  });

const bold = (d: DocxModule, text: string): Docx.Paragraph =>
  new d.Paragraph({ children: [new d.TextRun({ text: cleanText(text), bold: true })] });

/** Label | value rows (Access to Information). */
export function keyValueTable(d: DocxModule, rows: { label: string; value: string }[]): Docx.Table {
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: rows.map(
      (r) => new d.TableRow({ children: [cell(d, [bold(d, `${r.label}:`)]), cell(d, textParagraphs(d, r.value, ' '))] })
    )
  });
}

/** The form as the council's form lays it out: header rows, then each section's heading and answers. */
export function appendixTable(
  d: DocxModule,
  header: { label: string; value: string }[],
  sections: { heading: string; answers: { label: string; text: string }[] }[]
): Docx.Table {
  const rows = header.map(
    (h) => new d.TableRow({ children: [cell(d, [bold(d, h.label)]), cell(d, textParagraphs(d, h.value, ' '))] })
  );
  for (const section of sections) {
    rows.push(new d.TableRow({ children: [cell(d, [heading(d, 2, section.heading)], 2, true)] }));
    for (const a of section.answers) {
      rows.push(new d.TableRow({ children: [cell(d, [bold(d, a.label)], 2)] }));
      rows.push(new d.TableRow({ children: [cell(d, textParagraphs(d, a.text, 'No answer given.'), 2)] }));
    }
  }
  return new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows });
}

/** One of core's report blocks: a heading, a numbered or plain paragraph, or bullets. */
export function reportBlock(d: DocxModule, b: ReportBlock): Docx.Paragraph[] {
  if (b.kind === 'heading') return [heading(d, b.level, b.text)];
  if (b.kind === 'bullets') return bullets(d, b.items, 'None identified.');
  return [b.number ? numbered(d, b.number, b.text, b.placeholder) : plain(d, b.text, b.placeholder)];
}

/** A table of figures: the first row is the header (bold, shaded, repeated on each page). */
export function gridTable(d: DocxModule, rows: string[][]): Docx.Table {
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: rows.map(
      (row, i) =>
        new d.TableRow({
          tableHeader: i === 0 || undefined,
          children: row.map((text) => cell(d, i === 0 ? [bold(d, text)] : textParagraphs(d, text, ' '), 1, i === 0))
        })
    )
  });
}
