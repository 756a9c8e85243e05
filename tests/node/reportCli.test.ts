/**
 * @jest-environment node
 */
// `npm run report -- --period ... --out ...` as an officer runs it: a separate process against the
// local list server (the 2025/26 sample year); the .docx is read back and matches the page's words.
import * as fs from 'fs';
import * as path from 'path';
import { reportArgs } from '../../src/node/report';
import { openDocx } from '../adapters/export/docxXml';
import { localProductForFile, runScript, type ScriptRun } from '../kits/cli';

jest.setTimeout(180000);

const product = localProductForFile('frontline-report-');
const report = (args: string[]): Promise<ScriptRun> =>
  runScript('report', args, { SP_SITE_URL: product.local().server.url });

describe('npm run report', () => {
  it("writes the period's report as the page's .docx and prints its figures", async () => {
    const out = path.join(product.dir(), 'year.docx');
    const run = await report(['--period', '2025-11', '--out', out, '--as-of', '2025-10-01T09:00:00Z']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `Wrote ${out}`,
      'Frontline visits: yearly report 2025/26: May 2025 to April 2026 (12 months). Figures as at 1 October 2025.',
      '16 visits on the rota for 2025/26: 3 made, 13 still to come, 0 cancelled; 0 rearranged.'
    ]);
    const opened = openDocx(fs.readFileSync(out));
    const texts = opened.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['OPEN', 'Frontline visits: yearly report 2025/26']);
    for (const line of lines.slice(2)) expect(texts.some((t) => t.endsWith(line))).toBe(true);
    expect(opened.files.get('word/charts/chart1.xml')).toContain('2 September 2025');
  });

  it('prints the usage with exit code 2 on bad arguments', async () => {
    const run = await report(['--period', '2025', '--out', 'x.docx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--period must be a month such as 2025-07 (got '2025')");
    expect(run.stderr).toContain('Usage: npm run report -- --period <YYYY-MM> --out <file.docx>');
  });

  it('reads its arguments, refusing what is not allowed', () => {
    expect(reportArgs(['--period', '2025-07', '--out', 'a.docx'])).toEqual({
      period: '2025-07',
      out: path.resolve('a.docx')
    });
    expect(reportArgs(['--period', '2025-07', '--out', 'a.docx', '--as-of', '2025-10-01T09:00:00Z']).asOf).toBe(
      '2025-10-01T09:00:00.000Z'
    );
    expect(() => reportArgs(['--out', 'a.docx'])).toThrow('--period is required');
    expect(() => reportArgs(['--period', '2025-07'])).toThrow('--out is required');
    expect(() => reportArgs(['--period', '2025-13', '--out', 'a.docx'])).toThrow(/must be a month/);
    expect(() => reportArgs(['--period', '2025-07', '--out', 'a.pdf'])).toThrow(/must name a .docx file/);
    expect(() => reportArgs(['--meeting', '2025-09-02'])).toThrow(/unknown argument '--meeting'/);
  });
});
