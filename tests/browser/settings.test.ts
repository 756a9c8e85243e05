/**
 * @jest-environment node
 */
// The dashboard's Settings tab in Debian's chromium over the provisioned Process Settings list: the
// 2025 settings, the 2018 preset, a per-field error that stops Save, a save that survives a reload,
// a conflict with someone else's save that keeps the draft, a councillor refused by the list, axe,
// and the whole flow with the keyboard only.
import type { Page } from 'playwright-core';
import { COUNCILLOR, OFFICER, useWorkbench } from './harness';
import { runAxe, seriousViolations } from './axe';
import { demoProcess, field, settingsPage } from './settingsPage';

const wb = useWorkbench(120000);
const { store, stored, writeAsSomeoneElse, openSettings } = settingsPage(wb);

/** What has the focus: a field's label, or a button's name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

/** Presses Tab (or Shift+Tab) until `name` has the focus; fails after 150 presses. */
async function tabTo(page: Page, name: string, back = false): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if ((await focused(page)) === name) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached '${name}' (last: '${await focused(page)}').`);
}

describe('the settings tab', () => {
  beforeEach(() => writeAsSomeoneElse());

  it('the status table reads the settings once; the tab reads what is stored when opened', async () => {
    const page = await wb().context.newPage();
    const reads: string[] = [];
    page.on('request', (r) => decodeURIComponent(r.url()).includes('Process Settings') && reads.push(r.url()));
    await page.goto(new URL(`/dashboard?user=${OFFICER}`, wb().host.url).toString());
    await page.getByRole('table', { name: 'Visit status' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The status table's periods come from the site's settings: one read, alongside the lists.
    expect(reads).toHaveLength(1);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    // The tab reads what is stored now, not the page's cached copy.
    expect(reads.length).toBeGreaterThan(1);
    await page.close();
  });

  it('shows the 2025 settings, takes the 2018 preset, refuses a bad value by field, and saves', async () => {
    const page = await openSettings(OFFICER);
    expect(await field(page, 'Council name').inputValue()).toBe('Demo council (from public council papers)');
    expect(await field(page, 'Return period (days)').inputValue()).toBe('7');
    await page.getByText('4 parts, 150 minutes in all (2 h 30 min).').waitFor();
    await page.getByText(/A booked visit never gets an earlier due date/).waitFor();
    await page
      .getByText(/Changes reach the bot and the service within a minute/)
      .first()
      .waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    await page.getByRole('button', { name: 'Use Signs of Safety 2018' }).click();
    await page.getByText('2 parts, 60 minutes in all (1 h).').waitFor();
    expect(await field(page, 'Part 1 title').inputValue()).toBe('Discussion with service and team managers');
    expect(await field(page, 'Return period (days)').inputValue()).toBe('28');
    expect(await field(page, 'Council name').inputValue()).toBe('Demo council (from public council papers)');
    expect(await field(page, 'Council e-mail domains').inputValue()).toBe('example.gov.uk');

    await field(page, 'Return period (days)').fill('0');
    await field(page, 'Council e-mail domains').fill('example.gov.uk, visits@example.gov.uk');
    const period = field(page, 'Return period (days)');
    expect(await period.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await period.getAttribute('aria-describedby'))!.split(' ');
    const said = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(said).toContain('must be a whole number from 1 to 365');
    await page
      .getByText("'visits@example.gov.uk' must be a lower-case e-mail domain", { exact: false })
      .first()
      .waitFor();
    const summary = page.getByRole('region', { name: '2 problems to fix before the settings can be saved' });
    await summary.getByText('Return period (days): must be a whole number from 1 to 365').waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Not saved: fix the 2 problem(s) listed first.').waitFor();
    expect((await stored()).returnPeriodDays).toBe(7);

    await period.fill('21');
    await field(page, 'Council e-mail domains').fill('example.gov.uk');
    expect(await period.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved. Changes reach the bot and the service within a minute.').waitFor();
    expect(await stored()).toMatchObject({ id: 'signs-of-safety-2018', returnPeriodDays: 21, councillorsPerVisit: 2 });
    expect((await store().read())!.changedBy).toBe(OFFICER);

    await page.reload();
    await page.getByRole('tab', { name: 'Settings' }).click();
    expect(await field(page, 'Return period (days)').inputValue()).toBe('21');
    await page.getByText('2 parts, 60 minutes in all (1 h).').waitFor();
    await page.close();
  });

  it('keeps the draft when someone else saved first, and saves it after a reload', async () => {
    const page = await openSettings(OFFICER);
    await field(page, 'Response period (days)').fill('14');
    await field(page, 'Part 2 minutes').fill('45');
    await writeAsSomeoneElse({ returnPeriodDays: 10 });

    await page.getByRole('button', { name: 'Save settings' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved the process settings' });
    await conflict.getByText(/Your changes are still here/).waitFor();
    expect(await field(page, 'Response period (days)').inputValue()).toBe('14');
    expect(await field(page, 'Part 2 minutes').inputValue()).toBe('45');
    expect((await stored()).returnPeriodDays).toBe(10);

    await conflict.getByRole('button', { name: 'Reload' }).click();
    await page
      .getByText(
        /Reloaded. Your changes are still on screen; they differ from what is saved now in: Return period \(days\), Response period \(days\), Agenda/
      )
      .waitFor();
    expect(await field(page, 'Part 2 minutes').inputValue()).toBe('45');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved. Changes reach the bot and the service within a minute.').waitFor();
    expect(await stored()).toMatchObject({ responsePeriodDays: 14, returnPeriodDays: 7 });
    await page.close();
  });

  it("says when the site's stored settings are bad, and that the last good ones keep running", async () => {
    const item = (await store().read())!;
    const bad = {
      ...demoProcess(),
      returnPeriodDays: 0,
      councilDomains: ['a@example.gov.uk']
    };
    await store().write(item, {
      settings: JSON.stringify(bad),
      version: item.version + 1,
      changedBy: 'someone over REST'
    });
    const page = await openSettings(OFFICER);
    const notice = page.getByRole('alert').filter({ hasText: 'The settings stored on the site are not used' });
    await notice.getByText('Return period (days): must be a whole number from 1 to 365').waitFor();
    await notice.getByText(/Council e-mail domains, item 1: must be a lower-case e-mail domain/).waitFor();
    await notice.getByText(/The last good settings keep running/).waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    // Saving good settings over them works (at the bad item's ETag) and clears the notice.
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved. Changes reach the bot and the service within a minute.').waitFor();
    expect(await page.getByText('The settings stored on the site are not used').count()).toBe(0);
    await page.close();
  });

  it('shows a councillor that the list refuses their save, and changes nothing', async () => {
    const page = await openSettings(COUNCILLOR);
    await field(page, 'Return period (days)').fill('9');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page
      .getByRole('alert')
      .getByText(/Not saved: you may read the process settings but not change them/)
      .waitFor();
    expect((await stored()).returnPeriodDays).toBe(7);
    await page.close();
  });

  it('works with the keyboard only', async () => {
    const page = await wb().open('/dashboard', OFFICER);
    await page.getByRole('table', { name: 'Visit status' }).waitFor();
    await tabTo(page, 'Visits');
    await page.keyboard.press('End'); // the tab list moves with the arrows, Home and End
    await page.getByRole('button', { name: 'Use Signs of Safety 2018' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    await tabTo(page, 'Use Signs of Safety 2018');
    await page.keyboard.press('Enter');
    await page.getByText('2 parts, 60 minutes in all (1 h).').waitFor();

    await tabTo(page, 'Return period (days)');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0');
    await tabTo(page, 'Save settings');
    await page.keyboard.press('Enter');
    await page.getByText('Not saved: fix the 1 problem(s) listed first.').waitFor();
    // Focus went to the list of problems; back to the field, fix it, and save with Space.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    await tabTo(page, 'Return period (days)', true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('28');

    await tabTo(page, 'Add an agenda part');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('Part 3 title');
    await page.keyboard.type('Feedback to the team manager');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('15');
    await page.getByText('3 parts, 75 minutes in all (1 h 15 min).').waitFor();

    await tabTo(page, 'Save settings');
    await page.keyboard.press('Space');
    await page.getByText('Saved. Changes reach the bot and the service within a minute.').waitFor();
    const saved = await stored();
    expect(saved).toMatchObject({ id: 'signs-of-safety-2018', returnPeriodDays: 28 });
    expect((saved.agenda as { title: string; minutes: number }[])[2]).toMatchObject({
      title: 'Feedback to the team manager',
      minutes: 15
    });
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await page.close();
  });
});
