// The 2025/26 yearly report as .docx, read back as Word would: the title and period, the numbered
// paragraphs in the report's styles, the themes by meeting as a native Word bar chart with the same
// counts as the table under it, and the visits table.
import { periodReportToDocx, themesTableRows } from '../../../src/adapters/export/periodDocx';
import { buildPeriodReport } from '../../../src/core/report/periodReport';
import { composePeriodReport } from '../../../src/core/report/periodWording';
import { input2025 } from '../../core/report/fixtures';
import { openDocx, OpenedDocx, parseXml } from './docxXml';

describe('periodReportToDocx', () => {
  const report = buildPeriodReport(input2025());
  const words = composePeriodReport(report);
  let doc: OpenedDocx;

  beforeAll(async () => {
    const bytes = await periodReportToDocx(report, {
      marking: 'OPEN',
      committees: ['Children and Families Committee', 'Cared For Children and Care Leavers Committee']
    });
    doc = openDocx(bytes);
  });

  it('opens with the marking, title, committees, period and date of the figures', () => {
    expect(doc.paragraphs.slice(0, 5).map((p) => [p.style, p.text])).toEqual([
      ['Marking', 'OPEN'],
      ['Title', 'Frontline visits: yearly report 2025/26'],
      ['Committee', 'Children and Families Committee and Cared For Children and Care Leavers Committee'],
      ['', 'May 2025 to April 2026 (12 months)'],
      ['', 'Figures as at 1 October 2025']
    ]);
  });

  it('numbers the figures under Word headings, as the pack does', () => {
    const headings = doc.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(headings).toEqual([
      'Visits against the rota',
      'Findings forms returned',
      'Head of service response times',
      'Themes by meeting',
      'Visits in the period'
    ]);
    const numbered = doc.paragraphs.filter((p) => p.style === 'NumberedParagraph').map((p) => p.text);
    expect(numbered).toContain(`1\t${words.summary.visits}`);
    expect(numbered).toContain(`2\t${words.summary.forms}`);
    expect(numbered).toContain(`3\t${words.summary.responses}`);
    expect(numbered).toContain('1.1\tCancelled:');
    const bullets = doc.paragraphs.filter((p) => p.bullet).map((p) => p.text);
    expect(bullets).toContain('SCIES (planned September 2025): Clash with an Ofsted monitoring visit');
    expect(
      bullets.some((b) => b.startsWith('Cared for Teams, Councillor Sarah Bennett-Wake: asked 30 July 2025'))
    ).toBe(true);
  });

  it("draws the themes by meeting as a Word bar chart whose data are the table's counts", () => {
    const themes = report.themes!;
    expect(themes.rows.length).toBeGreaterThan(1);
    expect(doc.xml).toContain('http://schemas.openxmlformats.org/drawingml/2006/chart');
    const chartXml = doc.files.get('word/charts/chart1.xml');
    expect(chartXml).toBeDefined();
    const chart = parseXml(chartXml as string);
    expect(chart.getElementsByTagName('c:barDir')[0].getAttribute('val')).toBe('bar');
    const series = Array.from(chart.getElementsByTagName('c:ser'));
    expect(series).toHaveLength(themes.columns.length);
    const points = (el: Element, tag: string): string[] =>
      Array.from(el.getElementsByTagName(tag)[0].getElementsByTagName('c:pt')).map(
        (p) => p.getElementsByTagName('c:v')[0].textContent ?? ''
      );
    expect(points(series[0], 'c:cat')).toEqual(themes.rows.map((r) => r.name));
    expect(points(series[0], 'c:val').map(Number)).toEqual(themes.rows.map((r) => r.counts[0]));
    expect(series[0].getElementsByTagName('c:tx')[0].textContent).toContain('2 September 2025');
    // The same counts as a table, for readers who cannot see the chart.
    const rows = themesTableRows(themes);
    expect(rows[0]).toEqual(['Theme', '2 September 2025', 'Total']);
    for (const [name] of rows.slice(1)) expect(doc.xml).toContain(name.replace(/&/g, '&amp;'));
    expect(doc.paragraphs.map((p) => p.text)).toContain(rows[1][0]);
  });

  it('lists every visit of the period in a table', () => {
    const cells = doc.paragraphs.map((p) => p.text);
    for (const row of words.visitTable.slice(1)) expect(cells).toContain(row[0]);
    expect(cells).toContain('Cancelled: Clash with an Ofsted monitoring visit');
  });
});
