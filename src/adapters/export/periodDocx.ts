// The period report (2025: yearly; 2018: six-monthly) as a Word document, built as the committee
// pack is (packDocx.ts): the report's styles and blocks from docxParts.ts, the words and numbers from
// core (report/periodWording.ts). The themes by meeting are a native Word bar chart (docx's
// ChartRun: a chart part with its data in an embedded workbook, which Word edits as any chart),
// followed by the same counts as a table for readers who cannot see the chart.
//
// docx (and its chart module) load only when someone downloads: the dynamic imports below put them
// in the 'docx-export' chunk, as the pack's. Keep every other reference to docx type-only.
import type * as Docx from 'docx';
import type { PeriodReport } from '../../core/report/periodReport';
import { composePeriodReport } from '../../core/report/periodWording';
import type { PeriodThemes } from '../../core/report/periodThemes';
import { DocxModule, gridTable, heading, plain, reportBlock, reportStyles, styled } from './docxParts';
import { cleanText } from './text';

export { DOCX_MIME_TYPE } from './packDocx';

export interface PeriodDocxOptions {
  /** The report's marking (the process settings' pack marking, e.g. "OPEN"); empty: none. */
  marking?: string;
  /** The committees the report goes to (the process settings' committees). */
  committees?: readonly string[];
  councilName?: string;
}

type Block = Docx.Paragraph | Docx.Table;
type ChartModule = typeof import('docx/charts');

/** The themes' counts as a table: theme, one column per meeting, total. */
export function themesTableRows(themes: PeriodThemes): string[][] {
  return [
    ['Theme', ...themes.columns.map((c) => c.label), 'Total'],
    ...themes.rows.map((r) => [r.name, ...r.counts.map(String), String(r.total)])
  ];
}

function themesChart(d: DocxModule, c: ChartModule, themes: PeriodThemes, title: string): Docx.Paragraph {
  return new d.Paragraph({
    keepNext: true,
    children: [
      new c.ChartRun({
        type: 'bar',
        title: 'Themes by meeting',
        categories: themes.rows.map((r) => r.name),
        series: themes.columns.map((col, i) => ({ name: col.label, values: themes.rows.map((r) => r.counts[i]) })),
        // Most statements at the top, as the table lists them.
        categoryAxis: { reverseOrder: true },
        valueAxis: { title: 'Statements', numberFormat: '0' },
        legend: { position: 'bottom' },
        font: { name: 'Arial' },
        transformation: { width: 600, height: Math.min(900, 120 + themes.rows.length * 32) },
        altText: {
          name: 'Themes by meeting',
          title: `Themes by meeting, ${title}`,
          description: themes.rows.map((r) => `${r.name}: ${r.total}`).join('; ')
        }
      })
    ]
  });
}

/** The period report as .docx bytes (Node and browser alike; the web part wraps them in a Blob). */
export async function periodReportToDocx(report: PeriodReport, options: PeriodDocxOptions = {}): Promise<Uint8Array> {
  const [d, c]: [DocxModule, ChartModule] = await Promise.all([
    import(/* webpackChunkName: 'docx-export' */ 'docx'),
    import(/* webpackChunkName: 'docx-export' */ 'docx/charts')
  ]);
  const doc = composePeriodReport(report);
  const committees = (options.committees ?? []).map(cleanText).filter(Boolean);
  const themes = report.themes?.rows.length ? report.themes : undefined;
  const children: Block[] = [
    ...(cleanText(options.marking) ? [styled(d, 'Marking', cleanText(options.marking))] : []),
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun({ text: doc.title })] }),
    ...(committees.length ? [styled(d, 'Committee', committees.join(' and '))] : []),
    plain(d, doc.periodLine),
    plain(d, doc.asOfLine),
    ...doc.body.flatMap((b) => reportBlock(d, b)),
    ...(themes ? [themesChart(d, c, themes, report.period.label), gridTable(d, themesTableRows(themes))] : []),
    heading(d, 2, 'Visits in the period'),
    gridTable(d, doc.visitTable)
  ];
  const file = new d.Document({
    title: doc.title,
    subject: doc.periodLine,
    creator: cleanText(options.councilName) || 'Frontline Visits',
    description: [doc.summary.visits, doc.summary.forms, doc.summary.responses].join(' '),
    styles: reportStyles(d),
    sections: [{ children }]
  });
  return d.Packer.pack(file, 'uint8array');
}
