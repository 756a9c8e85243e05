/**
 * @jest-environment node
 */
// The yearly report on the officers' dashboard in Debian's chromium against the seeded lists: the
// 2025/26 period picked, its figures as core words them, the themes by meeting, and the .docx
// downloaded with its native Word chart.
import * as fs from 'fs';
import { OFFICER, useWorkbench } from './harness';
import { unzip } from '../adapters/export/unzip';
import { runAxe, seriousViolations } from './axe';

const wb = useWorkbench(90000);

describe('the yearly report', () => {
  it('opens the 2025/26 report with its figures and downloads it as .docx', async () => {
    const page = await wb().open('/dashboard', OFFICER);
    const section = page.getByRole('region', { name: 'Yearly report' });
    const period = section.getByRole('combobox', { name: 'Report period' });
    await period.waitFor();
    await period.selectOption({ label: '2025/26 (current)' });
    await section.getByRole('heading', { name: 'Frontline visits: yearly report 2025/26' }).waitFor();
    await section.getByText('May 2025 to April 2026 (12 months). Figures as at 28 July 2025.').waitFor();
    const figures = section.getByRole('list', { name: 'Figures' });
    await figures
      .getByText(/^16 visits on the rota for 2025\/26: 3 made, 13 still to come, 0 cancelled; 0 rearranged\.$/)
      .waitFor();
    await figures
      .getByText(/^3 findings forms expected from the visits made: \d returned on time \(within 7 days of the visit\)/)
      .waitFor();
    await figures.getByText(/^\d+ head-of-service requests?: \d+ answered/).waitFor();
    // The themes arrive with the themes service: one column, the 2 September 2025 meeting.
    const themes = section.getByRole('table', { name: 'Themes by meeting' });
    await themes.getByRole('columnheader', { name: '2 September 2025' }).waitFor();
    expect(await themes.getByRole('row').count()).toBeGreaterThan(2);
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Download report (.docx)' }).click()
    ]);
    expect(download.suggestedFilename()).toBe('Frontline visits report 2025-26.docx');
    const files = unzip(new Uint8Array(fs.readFileSync((await download.path()) as string)));
    const xml = files.get('word/document.xml') ?? '';
    for (const text of [
      'OPEN',
      'Frontline visits: yearly report 2025/26',
      'Visits against the rota',
      'Findings forms returned',
      'Head of service response times',
      'Themes by meeting',
      'Visits in the period'
    ])
      expect({ text, found: xml.includes(text) }).toEqual({ text, found: true });
    const chart = files.get('word/charts/chart1.xml') ?? '';
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('2 September 2025');
    await page.close();
  });
});
