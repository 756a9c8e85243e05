// The committee pack as a Word briefing report laid out like seed 004: the marking (OPEN), the
// kind of report, committee, date, title and "Report of", then the numbered paragraphs core's
// composeReport gives (headings in Word's Heading styles, numbered paragraphs in the "Numbered
// Paragraph" style, summaries as Word bullets, so a council restyles the whole report from the
// style pane), Access to Information as a table, and each form as an appendix in the form's table.
//
// docx is about as big as the rest of the web part together, so it is loaded only when someone
// exports: the dynamic import below is the one place docx's code is reached, and webpack puts it
// in its own 'docx-export' chunk. Keep every other reference to docx type-only.
import type * as Docx from 'docx';
import type { PackDraft } from '../../core/pack/draft';
import { composeReport, type BriefingReport } from '../../core/pack/report';
import type { CommitteePack } from '../../core/pack/types';
import {
  appendixTable,
  DocxModule,
  heading,
  keyValueTable,
  plain,
  reportBlock,
  reportStyles,
  styled,
  textParagraphs
} from './docxParts';
import { cleanText, formatDay } from './text';

export interface PackDocxOptions {
  /** Names the council in "Experience of working for ..." (default "the council"). */
  councilName?: string;
}

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Block = Docx.Paragraph | Docx.Table;

/**
 * The pack as .docx bytes. Returns bytes rather than a Blob so it runs in Node and in the browser;
 * the web part wraps them: `new Blob([bytes], { type: DOCX_MIME_TYPE })`.
 */
export async function packToDocx(
  pack: CommitteePack,
  draft: PackDraft,
  options: PackDocxOptions = {}
): Promise<Uint8Array> {
  const d: DocxModule = await import(/* webpackChunkName: 'docx-export' */ 'docx');
  const report = composeReport(pack, draft, cleanText(options.councilName));
  const children: Block[] = [
    ...titleBlock(d, report),
    // First, so nobody reports a form or an answer that someone changed by hand without checking it.
    ...(pack.integrityWarnings.length
      ? [
          heading(d, 2, 'Check before reporting: changed outside the Frontline service'),
          ...pack.integrityWarnings.flatMap((w) => textParagraphs(d, w))
        ]
      : []),
    ...report.body.flatMap((b) => reportBlock(d, b)),
    heading(d, 2, 'Access to Information'),
    keyValueTable(d, report.access),
    ...appendices(d, report)
  ];
  const reportOf = cleanText(report.reportOf);
  const doc = new d.Document({
    // Core properties: Word's accessibility checker and screen readers announce the title.
    title: cleanText(pack.title) || 'Briefing report',
    subject: `${cleanText(pack.committee)}, ${formatDay(pack.committeeDay)}`,
    creator: reportOf || 'Frontline Visits',
    lastModifiedBy: reportOf || 'Frontline Visits',
    description: cleanText(pack.purpose),
    styles: reportStyles(d),
    sections: [{ children }]
  });
  return d.Packer.pack(doc, 'uint8array');
}

function titleBlock(d: DocxModule, report: BriefingReport): Docx.Paragraph[] {
  const out = [
    ...(cleanText(report.marking) ? [styled(d, 'Marking', report.marking)] : []),
    new d.Paragraph({
      heading: d.HeadingLevel.TITLE,
      children: [new d.TextRun({ text: cleanText(report.reportKind) || 'BRIEFING REPORT' })]
    }),
    styled(d, 'Committee', report.committee),
    plain(d, report.dateLine),
    heading(d, 1, report.title)
  ];
  if (cleanText(report.reportOf)) out.push(plain(d, `Report of: ${report.reportOf}`));
  return out;
}

function appendices(d: DocxModule, report: BriefingReport): Block[] {
  return report.appendices.flatMap(({ title, form }) => [
    // Each form starts a page, as the forms in the printed pack do.
    heading(d, 1, title, true),
    appendixTable(
      d,
      [
        { label: 'Name of Councillor', value: form.councillorName },
        { label: 'Date of visit', value: formatDay(form.day) },
        { label: 'Team visited', value: form.teamName }
      ],
      form.sections
    )
  ]);
}
