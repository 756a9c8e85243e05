/**
 * @jest-environment node
 */
// The web parts follow the site's Process Settings, not a process built into them: with a custom
// process saved to the list (findings due 14 days after the visit, three councillors a visit, one
// 90-minute agenda part), the rota books three councillors and says what two are short of, the
// invite carries the one agenda part, the form page and the dashboard count 14 days.
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { COUNCILLOR, OFFICER, useWorkbench } from './harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { SpSettingsStore } from '../../src/adapters/sp/settingsStore';
import { hasTemplate } from '../../src/core/forms';
import type { Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { createProcessSource } from '../../src/core/settingsSource';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';

const wb = useWorkbench(120000);
const sp = () => nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN });
const repos = () => spRepositories(sp());

const AGENDA = [
  { id: 'whole-team', title: 'Time with the whole team', minutes: 90, description: 'One conversation with everyone.' }
];

async function visitOf(team: string): Promise<Stored<Visit>> {
  return (await repos().visits.query()).find((v) => v.title.startsWith(team)) as Stored<Visit>;
}

/** Fluent's multi-select: the options are checkboxes in a callout that stays open while choosing. */
async function chooseCouncillors(page: Page, names: string[]): Promise<void> {
  await page.getByRole('dialog').getByRole('combobox', { name: 'Councillors' }).click();
  await page.getByRole('option').first().waitFor();
  for (const option of await page.getByRole('option').all()) {
    const label = await option.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''
    );
    const wanted = names.some((n) => label === n || label.startsWith(`${n} (`));
    // The checkbox is drawn over by its label, which is what a person clicks.
    if ((await option.isChecked()) !== wanted)
      await page.locator(`label[for="${await option.getAttribute('id')}"]`).click();
  }
  await page.keyboard.press('Escape');
}

async function openFostering(page: Page): Promise<void> {
  await page.getByRole('table', { name: 'Frontline visits 2025/26' }).waitFor();
  await page
    .getByRole('button', { name: /^Fostering Team: / })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save councillors' }).waitFor();
}

describe("the web parts follow the site's Process Settings", () => {
  beforeAll(async () => {
    const source = createProcessSource(new SpSettingsStore(sp()), { hasTemplate });
    const now = await source.current();
    const saved = await source.save(
      { ...now.settings, returnPeriodDays: 14, councillorsPerVisit: 3, agenda: AGENDA },
      now.etag,
      LOCAL_ADMIN
    );
    expect(saved).toMatchObject({ fromSite: true, problems: [] });
  });

  it('the rota takes three councillors a visit, says what two are short of, and books with the 90-minute agenda', async () => {
    const fostering = await visitOf('Fostering Team');
    const active = (await repos().councillors.all()).filter((c) => c.active && c.dataProtectionTrainingDate);
    const three = active.slice(0, 3);
    await repos().visits.update(fostering, { councillorEmails: [] });

    const page = await wb().open('/rota', OFFICER);
    await openFostering(page);
    const panel = page.getByRole('dialog');

    // The 2025 preset (one councillor a visit) refuses three; the site's process takes them.
    await chooseCouncillors(
      page,
      three.map((c) => c.name)
    );
    await panel.getByRole('button', { name: 'Save councillors' }).click();
    await panel.getByText('Councillors saved.', { exact: true }).waitFor();
    expect((await repos().visits.get(fostering.id)).councillorEmails.sort()).toEqual(
      three.map((c) => c.email.toLowerCase()).sort()
    );

    // Two are short of the site's three, and the officer is told so.
    await chooseCouncillors(
      page,
      three.slice(0, 2).map((c) => c.name)
    );
    await panel.getByRole('button', { name: 'Save councillors' }).click();
    await panel.getByText(/has 2 of the 3 councillors a visit takes/).waitFor();

    // Four are more than a visit takes: refused, with what is allowed.
    const fourth = active[3];
    await chooseCouncillors(
      page,
      [...three, fourth].map((c) => c.name)
    );
    await panel.getByRole('button', { name: 'Save councillors' }).click();
    await panel.getByText('A visit takes 3 councillors; 4 were chosen.').waitFor();
    expect((await repos().visits.get(fostering.id)).councillorEmails).toHaveLength(2);

    // Booked: the findings fall due 14 days after the visit, and the invite holds the one part.
    await chooseCouncillors(
      page,
      three.map((c) => c.name)
    );
    await panel.getByRole('button', { name: 'Save councillors' }).click();
    await panel.getByText('Councillors saved.', { exact: true }).waitFor();
    // Opened afresh, as the booking form restarts whenever the visit reloads.
    await page.reload();
    await openFostering(page);
    await panel.getByLabel('Date').evaluate((el) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, '2025-11-13');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(panel.getByLabel('Date').inputValue()).resolves.toBe('2025-11-13');
    await panel.getByRole('button', { name: 'Book this date' }).click();
    await panel.getByText('Booked.', { exact: true }).waitFor();
    expect((await repos().visits.get(fostering.id)).findingsDueDate).toBe('2025-11-27T23:59:59.000Z');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download calendar invite (.ics)' }).click()
    ]);
    const ics = fs.readFileSync((await download.path()) as string, 'utf8');
    expect(ics).toContain('Time with the whole team');
    expect(ics).not.toContain('Meeting with the service manager');
    await page.close();
  });

  it('the form page and the dashboard count the 14 days after the visit', async () => {
    const scies = await visitOf('SCIES');
    // Visited on Monday 14 July: due Monday 28 July (not 21 July, as the 2025 preset would have it).
    await repos().visits.update(scies, {
      status: 'Visited',
      councillorEmails: [COUNCILLOR],
      visitStart: '2025-07-14T09:00:00.000Z'
    });

    const form = await wb().open(`/form?visit=${scies.id}`, COUNCILLOR);
    await form.getByText('Please send it by Monday 28 July 2025.').waitFor();
    await form.close();

    // On the workbench's day (28 July) it is not late, where the preset would make it a week late.
    const dashboard = await wb().open('/dashboard', OFFICER);
    const row = dashboard.getByRole('row', { name: /^SCIES/ });
    await row.getByText('Visited: awaiting findings', { exact: true }).waitFor();
    expect(await row.getByText(/late/).count()).toBe(0);
    await dashboard.close();
  });
});
