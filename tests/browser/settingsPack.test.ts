/**
 * @jest-environment node
 */
// The Settings tab's committee report defaults in Debian's chromium over the provisioned Process
// Settings list: an officer changes the marking and an implication's text, removes one, adds one
// and moves it up, saves and sees them after a reload, and a new committee pack starts from them;
// an empty heading shows core's message beside the field and saves nothing. (A file of its own:
// settings.test.ts is at the 250-line limit; the helpers are shared in settingsPage.ts.)
import type { Page } from 'playwright-core';
import { OFFICER, useWorkbench } from './harness';
import { runAxe, seriousViolations } from './axe';
import { field, settingsPage } from './settingsPage';

const wb = useWorkbench(120000);
const { stored, writeAsSomeoneElse, openSettings } = settingsPage(wb);

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

const FINANCE_TEXT = "Costs are met from the children's services budget.";

describe('the committee report on the settings tab', () => {
  beforeEach(() => writeAsSomeoneElse());

  it('edits the marking and the implications, saves them, and a new pack starts from them', async () => {
    const page = await openSettings(OFFICER);
    expect(await field(page, 'Marking').inputValue()).toBe('OPEN');
    await page.getByText('8 implications.').waitFor();
    await field(page, 'Marking').fill('Part 2 - exempt');
    await field(page, 'Implication 2 text').fill(FINANCE_TEXT);

    await page.getByRole('button', { name: 'Remove implication 3: Human Resources' }).click();
    await page.getByText('7 implications. Human Resources removed.').waitFor();
    expect(await focusedName(page)).toBe('Add an implication');
    await page.getByRole('button', { name: 'Add an implication' }).click();
    expect(await focusedName(page)).toBe('Implication 8 heading');
    await page.keyboard.type('Climate');
    await field(page, 'Implication 8 text').fill('No climate implications identified.');
    await page.getByRole('button', { name: 'Move up implication 8: Climate' }).click();
    await page.getByText('8 implications. Climate moved to 7 of 8.').waitFor();
    expect(await focusedName(page)).toBe('Move up implication 7: Climate');
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved. Changes reach the bot and the service within a minute.').waitFor();
    const pack = (await stored()).pack as { marking: string; implications: { heading: string; text: string }[] };
    expect(pack.marking).toBe('Part 2 - exempt');
    expect(pack.implications.map((i) => i.heading)).toEqual([
      'Monitoring Officer/Legal',
      'Section 151 Officer/Finance',
      'Risk Management',
      'Impact on other Committees',
      'Policy',
      'Equality',
      'Climate',
      'Other Implications'
    ]);
    expect(pack.implications[1].text).toBe(FINANCE_TEXT);

    await page.reload();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    expect(await field(page, 'Marking').inputValue()).toBe('Part 2 - exempt');
    expect(await field(page, 'Implication 7 heading').inputValue()).toBe('Climate');
    expect(await field(page, 'Implication 2 text').inputValue()).toBe(FINANCE_TEXT);
    await page.close();

    // A meeting with no saved pack: its new draft takes the saved defaults.
    const dashboard = await wb().open('/dashboard', OFFICER);
    const meeting = dashboard.getByRole('combobox', { name: /^Meeting/ });
    await meeting.selectOption(
      (await meeting.locator('option', { hasText: '2 September 2025' }).getAttribute('value')) as string
    );
    await dashboard.getByRole('button', { name: 'Save pack' }).waitFor();
    expect(await field(dashboard, 'Marking').inputValue()).toBe('Part 2 - exempt');
    expect(await field(dashboard, 'Section 151 Officer/Finance').inputValue()).toBe(FINANCE_TEXT);
    expect(await field(dashboard, 'Climate').inputValue()).toBe('No climate implications identified.');
    expect(await field(dashboard, 'Human Resources').count()).toBe(0);
    await dashboard.close();
  });

  it("shows core's message beside an empty implication heading, and saves nothing", async () => {
    const page = await openSettings(OFFICER);
    const heading = field(page, 'Implication 1 heading');
    await heading.fill('');
    expect(await heading.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await heading.getAttribute('aria-describedby'))!.split(' ');
    const said = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(said).toContain('must be a non-empty text of at most 255 characters');
    const summary = page.getByRole('region', { name: '1 problem to fix before the settings can be saved' });
    await summary.getByText('Implication 1: heading: must be a non-empty text of at most 255 characters').waitFor();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Not saved: fix the 1 problem(s) listed first.').waitFor();
    const pack = (await stored()).pack as { implications: { heading: string }[] };
    expect(pack.implications[0].heading).toBe('Monitoring Officer/Legal');
    await page.close();
  });
});
