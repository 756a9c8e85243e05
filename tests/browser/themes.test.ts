/**
 * @jest-environment node
 */
// The themes view in Debian's chromium, over the seeded lists (the July 2025 forms and the history
// imported from the seed papers): counts per theme and period, a drill-down that says why each
// statement got its theme, and an officer's correction that is stored and wins over the rules.
import { OFFICER, useWorkbench } from './harness';
import { runAxe, seriousViolations } from './axe';

const wb = useWorkbench(120000);

describe('the themes view', () => {
  it('shows themes across the years, explains a statement, and takes a correction', async () => {
    const page = await wb().open('/dashboard', OFFICER);
    await page.getByRole('tab', { name: 'Themes' }).click();
    const table = page.getByRole('table', { name: /Themes by period/ });
    await table.waitFor();
    // The three periods of the seed papers, oldest first.
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['Theme', '2017-18', '2023-24', '2025-26']);
    expect(await page.locator('canvas[role="img"]').count()).toBe(1);
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    const cell = table.getByRole('button', { name: /^Workloads and caseloads, 2025-26: (\d+) statements/ });
    const before = Number(/: (\d+) statements/.exec((await cell.getAttribute('aria-label')) as string)?.[1]);
    expect(before).toBeGreaterThan(0);
    await cell.click();
    const drill = page.getByRole('region', { name: /Workloads and caseloads, 2025-26/ });
    await drill.waitFor();
    await drill
      .getByText(/^Why: matched "/)
      .first()
      .waitFor();
    expect(await drill.getByRole('listitem').count()).toBe(before);

    await drill.getByRole('button', { name: 'Not this theme' }).first().click();
    const after = table.getByRole('button', {
      name: new RegExp(`^Workloads and caseloads, 2025-26: ${before - 1} statements`)
    });
    await after.waitFor();

    // The correction is in the lists: a fresh page shows the same count.
    await page.reload();
    await page.getByRole('tab', { name: 'Themes' }).click();
    await page
      .getByRole('table', { name: /Themes by period/ })
      .getByRole('button', { name: new RegExp(`^Workloads and caseloads, 2025-26: ${before - 1} statements`) })
      .waitFor();
    await page.close();
  });
});
