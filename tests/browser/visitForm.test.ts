/**
 * @jest-environment node
 */
// The visit form web part in Debian's chromium: a councillor fills in their form, keeps a draft,
// is stopped by core's validation, sends it through the Frontline service, and the officer's
// dashboard shows it returned. Officers can enter a form for a councillor.
import { COUNCILLOR, OFFICER, useWorkbench } from './harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import type { Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';
import * as fs from 'fs';
import * as path from 'path';
import { runAxe, seriousViolations } from './axe';

const SCREENSHOT = path.join(__dirname, '..', '..', 'docs', 'workbench-form.png');

const wb = useWorkbench(120000);
const repos = () => spRepositories(nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN }));

/** A seeded planned visit, booked for `councillor` and held on 21 July 2025 (due 28 July). */
async function visited(team: string, councillor: string): Promise<Stored<Visit>> {
  const all = await repos().visits.query();
  const visit = all.find((v) => v.title.startsWith(team)) as Stored<Visit>;
  return repos().visits.update(visit, { status: 'Visited', councillorEmails: [councillor], visitStart: '2025-07-21T09:00:00.000Z' });
}

describe('the visit form', () => {
  it('lets a councillor keep a draft, shows core\'s errors, then sends the form and the dashboard shows it awaiting the head of service', async () => {
    const visit = await visited('Fostering Team', COUNCILLOR);
    const page = await wb().open(`/form?visit=${visit.id}`, COUNCILLOR);
    await page.getByRole('heading', { name: /Councillor frontline visits form: Fostering Team/ }).waitFor();
    await page.getByText('Please send it by Monday 28 July 2025.').waitFor();

    // Sending an empty form: core's rule (at least one finding) stops it before anything is sent.
    await page.getByRole('button', { name: 'Send findings' }).click();
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByRole('alert').getByText(/Nothing has been sent yet/).waitFor();

    const strengths = page.getByRole('textbox', { name: 'Strengths' }).first();
    await strengths.fill('<script>window.hacked = 1</script> Regular, reflective supervision.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText(/Draft saved/).waitFor();

    // The draft survives a reload (it is in the list, shared with the councillor alone).
    await page.reload();
    await page.getByRole('textbox', { name: 'Strengths' }).first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Strengths' }).first().inputValue()).toBe('<script>window.hacked = 1</script> Regular, reflective supervision.');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

    await page.getByRole('textbox', { name: /require a response from the head of service/ }).fill('Is travel time to out-of-area placements paid?');
    await page.getByRole('button', { name: 'Send findings' }).click();
    await page.getByRole('button', { name: 'Send now' }).waitFor();
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(20000);
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByText(/your findings have been sent.*head of service has been asked to respond/).waitFor();
    await page.getByText(/^Sent on Monday 28 July 2025 at 10:00/).waitFor();
    expect(await page.getByRole('button', { name: 'Send findings' }).count()).toBe(0);

    const stored = await repos().findings.find(visit.id, COUNCILLOR);
    expect(stored).toMatchObject({ status: 'Submitted', channel: 'SharePoint' });
    expect((await repos().requests.forVisit(visit.id)).map((r) => r.request)).toEqual([expect.stringContaining('travel time')]);

    const dashboard = await wb().open('/dashboard', OFFICER);
    // Returned, with an escalated issue waiting for the head of service's answer.
    await dashboard.getByRole('row', { name: /^Fostering Team/ }).getByText('Awaiting head of service').waitFor();
    await dashboard.close();
    await page.close();
  });

  it('lets an officer enter a form for the councillor, and is accessible and keyboard-operable', async () => {
    const visit = await visited('Emergency Duty Team', 'cllr.crane@example.gov.uk');
    const page = await wb().open(`/form?visit=${visit.id}`, OFFICER);
    await page.getByText(/You are entering this form for/).waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    // Keyboard only: into the first answer, type, then Tab along to "Save draft" and press Enter.
    await page.getByRole('textbox', { name: 'Strengths' }).first().focus();
    await page.keyboard.type('Entered from Cllr Crane\'s e-mail.');
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.textContent === 'Save draft')) && guard++ < 30) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText(/Draft saved/).waitFor();
    expect((await repos().findings.find(visit.id, 'cllr.crane@example.gov.uk'))?.answers.qualityStrengths).toBe('Entered from Cllr Crane\'s e-mail.');
    await page.close();
  });
});
