// The committee pack as a Word briefing report, laid out like the real one in seed 004: title
// block, purpose, background, the four summaries, the service response, the head-of-service
// answers, then each councillor's form as an appendix.
//
// docx is about as big as the rest of the web part together, so it is loaded only when someone
// exports: the dynamic import below is the one place docx's code is reached, and webpack puts it
// in its own 'docx-export' chunk. Keep every other reference to docx type-only.
import type * as Docx from 'docx';
import type { CommitteePack, PackAppendix, PackHosResponse, PackStatement } from '../../core/pack/types';
import { bullets, DocxModule, heading, labelled, plain, reportStyles, textParagraphs } from './docxParts';
import { cleanText, formatDay, formatInstantDay } from './text';

export interface PackDocxOptions {
  /** Names the council in "Experience of working for ..." (default "the council"). */
  councilName?: string;
  /** "Report of:" line, e.g. the officer's name; left out when absent. */
  reportOf?: string;
}

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The pack as .docx bytes. Returns bytes rather than a Blob so it runs in Node and in the browser;
 * the web part wraps them: `new Blob([bytes], { type: DOCX_MIME_TYPE })`.
 */
export async function packToDocx(pack: CommitteePack, options: PackDocxOptions = {}): Promise<Uint8Array> {
  const d: DocxModule = await import(/* webpackChunkName: 'docx-export' */ 'docx');
  const council = cleanText(options.councilName) || 'the council';
  const children: Docx.Paragraph[] = [
    ...titleBlock(d, pack, options),
    // First, so nobody reports a form or an answer that someone changed by hand without checking it.
    ...(pack.integrityWarnings.length
      ? [
          heading(d, 2, 'Check before reporting: changed outside the Frontline service'),
          ...pack.integrityWarnings.flatMap((w) => textParagraphs(d, w))
        ]
      : []),
    heading(d, 2, 'Purpose of Report'),
    ...textParagraphs(d, pack.purpose),
    heading(d, 2, 'Background'),
    ...pack.background.flatMap((sentence) => textParagraphs(d, sentence)),
    ...briefing(d, pack, council),
    heading(d, 2, 'Service response to the findings'),
    ...textParagraphs(d, pack.serviceResponse, 'The service response is to follow.'),
    heading(d, 2, 'Head of Service responses'),
    ...hosResponses(d, pack.hosResponses),
    ...(pack.recurringThemes.length
      ? [heading(d, 2, 'Recurring themes'), ...pack.recurringThemes.flatMap((t) => textParagraphs(d, t.sentence))]
      : []),
    ...appendices(d, pack.appendices)
  ];
  const doc = new d.Document({
    // Core properties: Word's accessibility checker and screen readers announce the title.
    title: cleanText(pack.title) || 'Briefing report',
    subject: `${cleanText(pack.committee)}, ${formatDay(pack.committeeDay)}`,
    creator: cleanText(options.reportOf) || 'Frontline Visits',
    lastModifiedBy: cleanText(options.reportOf) || 'Frontline Visits',
    description: cleanText(pack.purpose),
    styles: reportStyles(),
    sections: [{ children }]
  });
  return d.Packer.pack(doc, 'uint8array');
}

function titleBlock(d: DocxModule, pack: CommitteePack, options: PackDocxOptions): Docx.Paragraph[] {
  const block = [
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun({ text: 'BRIEFING REPORT' })] }),
    new d.Paragraph({ children: [new d.TextRun({ text: cleanText(pack.committee), bold: true })] }),
    labelled(d, 'Date', formatDay(pack.committeeDay)),
    heading(d, 1, pack.title)
  ];
  const reportOf = cleanText(options.reportOf);
  if (reportOf) block.push(labelled(d, 'Report of', reportOf));
  return block;
}

function briefing(d: DocxModule, pack: CommitteePack, council: string): Docx.Paragraph[] {
  const list = (title: string, statements: PackStatement[]): Docx.Paragraph[] => [
    heading(d, 3, title),
    ...bullets(
      d,
      statements.map((s) => s.text),
      'None identified.'
    )
  ];
  const { summary } = pack;
  const out = [
    heading(d, 2, 'Briefing Information'),
    ...list('Summary of the strengths identified in relation to quality of practice', summary.qualityStrengths),
    ...list(
      'Summary of the areas for development identified in relation to quality of practice',
      summary.qualityDevelopment
    ),
    ...list(`Summary of the strengths in the experience of working for ${council}`, summary.experienceStrengths),
    ...list(
      `Summary of areas for development in the experience of working for ${council}`,
      summary.experienceDevelopment
    )
  ];
  if (pack.appendices.length > 0)
    out.push(plain(d, 'The councillor feedback forms can be found as appendices to this report.'));
  return out;
}

function hosResponses(d: DocxModule, responses: PackHosResponse[]): Docx.Paragraph[] {
  if (responses.length === 0) return [plain(d, 'No issues were escalated to the head of service.', true)];
  return responses.flatMap((r) => {
    const answered = cleanText(r.response).length > 0;
    return [
      heading(d, 3, `${r.teamName}: Councillor ${r.councillorName}`),
      heading(d, 4, 'Issues raised'),
      ...textParagraphs(d, r.request, 'No issues given.'),
      heading(d, 4, 'Response'),
      ...(answered ? textParagraphs(d, r.response) : [plain(d, 'Awaiting response', true)]),
      ...(answered && r.respondedAt ? [plain(d, `Responded on ${formatInstantDay(r.respondedAt)}.`, true)] : [])
    ];
  });
}

function appendices(d: DocxModule, forms: PackAppendix[]): Docx.Paragraph[] {
  if (forms.length === 0) return [];
  return [
    heading(d, 1, 'Appendices', true),
    ...forms.flatMap((form, i) => [
      // Each form starts a page, as the forms in the printed pack do.
      heading(d, 2, `Appendix ${i + 1}: ${cleanText(form.title) || 'Councillor frontline visits form'}`, i > 0),
      labelled(d, 'Name of councillor', form.councillorName),
      labelled(d, 'Date of visit', formatDay(form.day)),
      labelled(d, 'Team visited', form.teamName),
      ...form.sections.flatMap((section) => [
        heading(d, 3, section.heading),
        ...section.answers.flatMap((answer) => [
          heading(d, 4, answer.label),
          ...textParagraphs(d, answer.text, 'No answer given.')
        ])
      ])
    ])
  ];
}
