/**
 * @jest-environment node
 */
// The dashboard and committee pack web part in Debian's chromium against the seeded lists: a visit
// whose form is late shows as overdue, then as returned once the form is submitted (through the
// one core submission path); filters; and the pack for 2 September 2025 downloaded as .docx.
import * as fs from 'fs';
import { OFFICER, useWorkbench } from './harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../src/adapters/sp/findingsSharing';
import { submitFindings } from '../../src/core/services/submitFindings';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { unzip } from '../adapters/export/unzip';
import { runAxe, seriousViolations } from './axe';

const wb = useWorkbench(90000);

const sp = () => nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN });

describe('the dashboard', () => {
  it('shows a late form as overdue, then as returned once it is submitted', async () => {
    const repos = spRepositories(sp());
    const scies = (await repos.visits.query()).find((v) => v.title.startsWith('SCIES')) as Awaited<ReturnType<typeof repos.visits.get>>;
    // Visited on 14 July, due 21 July: on the workbench's day (28 July) it is a week late.
    await repos.visits.update(scies, { status: 'Visited', councillorEmails: ['cllr.crane@example.gov.uk'], visitStart: '2025-07-14T09:00:00.000Z' });
    const page = await wb().open('/dashboard', OFFICER);
    const row = page.getByRole('row', { name: /^SCIES/ });
    await row.getByText(/Findings overdue \(7 days late\)/).waitFor();

    await submitFindings(
      { ...repos, sharing: spFindingsSharing(sp()), now: () => '2025-07-28T10:00:00.000Z' },
      { visitId: scies.id, councillorEmail: 'cllr.crane@example.gov.uk', answers: { qualityStrengths: 'Clear <b>advocacy</b> for children.' }, channel: 'SharePoint' }
    );
    await page.reload();
    await page.getByRole('row', { name: /^SCIES/ }).getByText('Findings returned').waitFor();
    await page.close();
  });

  it('filters by area and builds the 2 September 2025 pack as a .docx', async () => {
    const page = await wb().open('/dashboard', OFFICER);
    await page.getByRole('table', { name: 'Visit status' }).waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await page.getByRole('combobox', { name: 'Area' }).click();
    await page.getByRole('option', { name: 'Front Door', exact: true }).click();
    await page.getByText(/^2 visits:/).waitFor();

    await page.getByRole('combobox', { name: /^Meeting/ }).click();
    await page.getByRole('option', { name: /2 September 2025/ }).click();
    await page.getByText(/3 forms, \d+ statements, 2 head-of-service requests/).waitFor();
    await page.getByLabel('Service response to the findings').fill('It is positive to know that staff feel well supported.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pack (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('Committee pack 2025-09-02.docx');
    const xml = unzip(new Uint8Array(fs.readFileSync((await download.path()) as string))).get('word/document.xml') ?? '';
    expect(xml).toContain('How do we assess the quality of new foster carers?');
    expect(xml).toContain('It is positive to know that staff feel well supported.');
    expect(xml).toContain('Bennett-Wake');
    await page.close();
  });
});
