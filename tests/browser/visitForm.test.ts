/**
 * @jest-environment node
 */
// The visit form web part in Debian's chromium: a councillor fills in their form, keeps a draft,
// is stopped by core's validation, sends it through the Frontline service, and the officer's
// dashboard shows it returned. Officers can enter a form for a councillor.
import { COUNCILLOR, OFFICER, useWorkbench } from './harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../src/adapters/sp/findingsSharing';
import { readers } from '../../src/core/ports/sharing';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import type { Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAxe, seriousViolations } from './axe';

// A temp file: tests never write into the repo (`npm run screenshots` makes the README's pictures).
const SCREENSHOT = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-form-')), 'workbench-form.png');

const wb = useWorkbench(120000);
const repos = () => spRepositories(nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN }));

/** A seeded planned visit, booked for `councillor` and held on 21 July 2025 (due 28 July). */
async function visited(team: string, councillor: string): Promise<Stored<Visit>> {
  const all = await repos().visits.query();
  const visit = all.find((v) => v.title.startsWith(team)) as Stored<Visit>;
  return repos().visits.update(visit, {
    status: 'Visited',
    councillorEmails: [councillor],
    visitStart: '2025-07-21T09:00:00.000Z'
  });
}

describe('the visit form', () => {
  it("lets a councillor keep a draft, shows core's errors, then sends the form and the dashboard shows it awaiting the head of service", async () => {
    const visit = await visited('Fostering Team', COUNCILLOR);
    const page = await wb().open(`/form?visit=${visit.id}`, COUNCILLOR);
    await page.getByRole('heading', { name: /Councillor frontline visits form: Fostering Team/ }).waitFor();
    await page.getByText('Please send it by Monday 28 July 2025.').waitFor();

    // Sending an empty form: core's rule (at least one finding) stops it before anything is sent.
    await page.getByRole('button', { name: 'Send findings' }).click();
    await page.getByRole('button', { name: 'Send now' }).click();
    await page
      .getByRole('alert')
      .getByText(/Nothing has been sent yet/)
      .waitFor();

    const strengths = page.getByRole('textbox', { name: 'Strengths' }).first();
    await strengths.fill('<script>window.hacked = 1</script> Regular, reflective supervision.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText(/Draft saved/).waitFor();

    // The draft survives a reload (it is in the list, shared with the councillor alone).
    await page.reload();
    await page.getByRole('textbox', { name: 'Strengths' }).first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Strengths' }).first().inputValue()).toBe(
      '<script>window.hacked = 1</script> Regular, reflective supervision.'
    );
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

    await page
      .getByRole('textbox', { name: /require a response from the head of service/ })
      .fill('Is travel time to out-of-area placements paid?');
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
    expect((await repos().requests.forVisit(visit.id)).map((r) => r.request)).toEqual([
      expect.stringContaining('travel time')
    ]);

    const dashboard = await wb().open('/dashboard', OFFICER);
    // Returned, with an escalated issue waiting for the head of service's answer.
    await dashboard
      .getByRole('row', { name: /^Fostering Team/ })
      .getByText('Awaiting head of service')
      .waitFor();
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
    await page.keyboard.type("Entered from Cllr Crane's e-mail.");
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.textContent === 'Save draft')) && guard++ < 30)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText(/Draft saved/).waitFor();
    expect((await repos().findings.find(visit.id, 'cllr.crane@example.gov.uk'))?.answers.qualityStrengths).toBe(
      "Entered from Cllr Crane's e-mail."
    );
    await page.close();
  });

  it('shows a submission the service could not finish as "Sending", and Finish sending completes it', async () => {
    const visit = await visited('Residential Teams', COUNCILLOR);
    // What an interrupted submission leaves: the form shared with its author, the intent recorded
    // (Submitted, Sending), nothing else shared or asked yet.
    const left = await repos().findings.create(
      {
        visitId: visit.id,
        councillorEmail: COUNCILLOR,
        status: 'Submitted',
        submission: 'Sending',
        submittedAt: '2025-07-27T10:00:00.000Z',
        channel: 'SharePoint',
        templateId: 'frontline-2025',
        answers: {
          qualityStrengths: 'Caring, settled homes.',
          escalationIssues: 'When will the vacant posts be filled?'
        }
      },
      'Residential Teams - 21/07/2025 - Sarah Bennett-Wake'
    );
    await spFindingsSharing(nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN })).shareFindings(
      left.id,
      readers(COUNCILLOR)
    );
    const page = await wb().open(`/form?visit=${visit.id}`, COUNCILLOR);
    await page.getByText(/^Sending: your findings were received on Sunday 27 July 2025 at 11:00/).waitFor();
    expect(await page.getByRole('button', { name: 'Send findings' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Strengths' }).first().isEditable()).toBe(false);
    await page.getByRole('button', { name: 'Finish sending' }).click();
    await page
      .getByText(/already been sent; its answers were not changed.*head of service has been asked to respond/)
      .waitFor();
    await page.getByText(/^Sent on Sunday 27 July 2025 at 11:00/).waitFor();
    expect(await repos().findings.find(visit.id, COUNCILLOR)).toMatchObject({
      status: 'Submitted',
      submission: 'Complete'
    });
    expect((await repos().requests.forVisit(visit.id)).map((r) => r.request)).toEqual([
      'When will the vacant posts be filled?'
    ]);
    expect((await repos().visits.get(visit.id)).status).toBe('FindingsReturned');
    await page.close();
  });
});
