/**
 * @jest-environment node
 */
// The Rota web part in the local workbench, in Debian's chromium, offline: what an officer sees,
// switching user, accessibility (axe-core, keyboard), the REST calls on load, and a screenshot.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { countListRequestsOnLoad } from '../../src/host/server/browser';
import { COUNCILLOR, HEAD_OF_SERVICE, OFFICER, useWorkbench } from './harness';
import { KNOWN_VIOLATIONS, runAxe, seriousViolations } from './axe';

const wb = useWorkbench(60000);

const SCREENSHOT = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-rota-')), 'rota.png');
const yearHeading = (page: Page) => page.locator('main h2');
const rotaTable = (page: Page, label = '2025/26') => page.getByRole('table', { name: `Frontline visits ${label}` });

describe('the rota page in the local workbench', () => {
  it('shows the officer the 2025/26 rota with the July 2025 visits, from local files only', async () => {
    await wb().context.clearCookies(); // no remembered user: the page opens as the rota officer
    const page = await wb().context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    const icons: string[] = [];
    page.on('response', (r) => /\/assets\/icons\/.*\.woff/.test(r.url()) && icons.push(`${r.status()}`));
    await page.goto(new URL('/rota', wb().host.url).toString());

    await rotaTable(page).waitFor();
    expect(await page.title()).toBe('Rota - Frontline Visits (local workbench)');
    expect(await page.getByRole('status').filter({ hasText: 'Signed in as' }).textContent()).toBe(
      'Signed in as Rota officer (Officer)'
    );
    expect(await yearHeading(page).textContent()).toBe('Frontline visits rota: 2025/26');
    const court = rotaTable(page).getByRole('row', { name: /Court Team/ });
    await expect(court.textContent()).resolves.toMatch(/Reported.*Thu 24 Jul.*Ben Wye/);
    expect(await rotaTable(page).locator('th[scope="row"]').count()).toBe(16);
    // The chevron icons came from the host's copy of the icon font, not a CDN.
    await page.waitForLoadState('networkidle');
    expect(icons.length).toBeGreaterThan(0);
    expect(icons.every((s) => s === '200')).toBe(true);
    expect(problems).toEqual([]);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(20000);
    await page.close();
  });

  it('re-renders as another user, sends that identity to the list server and remembers it', async () => {
    const page = await wb().open('/rota', OFFICER);
    await rotaTable(page).waitFor();
    const sentAs: string[] = [];
    page.on('request', (r) => r.url().includes('/_api/') && sentAs.push(r.headers()['x-frontline-user']));

    await page.getByLabel('View as').selectOption(COUNCILLOR);
    await page.getByRole('button', { name: 'Switch user' }).click();
    await page.getByText('Signed in as Sarah Bennett-Wake (Councillor)').waitFor();
    // Councillors are site visitors: they read the rota (and only their own forms), but cannot plan or book.
    await rotaTable(page).waitFor();
    expect(await page.getByRole('button', { name: /Plan the year/ }).count()).toBe(0);
    expect(sentAs.length).toBeGreaterThan(0);
    expect(new Set(sentAs)).toEqual(new Set([COUNCILLOR]));

    await page.reload();
    await page.getByText('Signed in as Sarah Bennett-Wake (Councillor)').waitFor();
    expect(new URL(page.url()).search).toBe('');

    await page.getByLabel('View as').selectOption(HEAD_OF_SERVICE);
    await page.getByRole('button', { name: 'Switch user' }).click();
    await page
      .getByText('Signed in as Head of service, Cared for Children and Care Leavers (Head of service)')
      .waitFor();
    await page.getByLabel('View as').selectOption(OFFICER);
    await page.getByRole('button', { name: 'Switch user' }).click();
    await rotaTable(page).waitFor();
    expect(sentAs[sentAs.length - 1]).toBe(OFFICER);
    await page.close();
  });

  it('has no serious or critical axe-core violations, for the officer and a councillor', async () => {
    for (const user of [OFFICER, COUNCILLOR]) {
      const page = await wb().open('/rota', user);
      await page.locator('main table, main .frontline-Notice').first().waitFor();
      const found = seriousViolations(await runAxe(page));
      expect(
        found.filter((v) => !KNOWN_VIOLATIONS.some((k) => k.id === v.id && k.target.test(v.targets.join(' '))))
      ).toEqual([]);
      await page.close();
    }
  });

  it('is operable by keyboard: Tab to "Next year", Enter, and the year changes; focus is visible', async () => {
    const page = await wb().open('/rota', OFFICER);
    await rotaTable(page).waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 12 && stops[stops.length - 1] !== 'Next year'; i++) {
      await page.keyboard.press('Tab');
      // Text without Fluent UI's icon glyphs (private-use characters in aria-hidden <i> elements).
      stops.push(
        await page.evaluate(() =>
          (document.activeElement?.textContent ?? '')
            .replace(/[\uE000-\uF8FF]/g, '')
            .trim()
            .slice(0, 40)
        )
      );
    }
    expect(stops[0]).toBe('Skip to main content');
    expect(stops).toContain('Switch user');
    expect(stops[stops.length - 1]).toBe('Next year');
    // Fluent UI draws keyboard focus as an outline on the button's ::after.
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement as Element, '::after').outlineStyle)
    ).not.toBe('none');

    await page.keyboard.press('Enter');
    await page.getByText('No visits are planned for 2026/27.').waitFor();
    expect(await yearHeading(page).textContent()).toBe('Frontline visits rota: 2026/27');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await rotaTable(page).waitFor();
    expect(await yearHeading(page).textContent()).toBe('Frontline visits rota: 2025/26');
    await page.close();
  });

  it("loads the rota in 2 REST calls (planned months, one $batch), signing the batch with the page's digest as on SharePoint", async () => {
    const url = new URL('/rota', wb().host.url);
    url.searchParams.set('user', OFFICER);
    const load = await countListRequestsOnLoad(wb().context, url.toString(), 'main table');
    console.log(`Rota page load: ${load.count} REST call(s) to the list server:\n  ${load.requests.join('\n  ')}`);
    expect(load.count).toBeLessThanOrEqual(2);
    expect(load.requests).toEqual([
      expect.stringMatching(/^GET .*\/_api\/web\/lists\/getByTitle\('Visit%20Rota'\)\/items\?/),
      expect.stringMatching(/^POST .*\/_api\/\$batch$/)
    ]);
    expect(load.offOrigin).toEqual([]);
  });
});
