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
import { SpConversationStore, SpSendLog } from '../../src/adapters/sp/messagingStores';
import { SpPackResponseStore } from '../../src/adapters/sp/packResponses';
import { packResponse } from '../../src/core/pack/responses';
import { FRONTLINE_2025 } from '../../src/core/config';

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
      { ...repos, sharing: spFindingsSharing(sp()), now: () => '2025-07-28T10:00:00.000Z', config: FRONTLINE_2025 },
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
    // The filters and the meeting are native selects (shared/ui/Select), chosen by their labels.
    await page.getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Front Door' });
    await page.getByText(/^2 visits:/).waitFor();

    const meeting = page.getByRole('combobox', { name: /^Meeting/ });
    await meeting.selectOption((await meeting.locator('option', { hasText: '2 September 2025' }).getAttribute('value')) as string);
    await page.getByText(/3 forms, \d+ statements, 2 head-of-service requests, [1-9]\d* recurring themes/).waitFor();
    await page.getByLabel('Service response to the findings').fill('It is positive to know that staff feel well supported.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pack (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('Committee pack 2025-09-02.docx');
    const xml = unzip(new Uint8Array(fs.readFileSync((await download.path()) as string))).get('word/document.xml') ?? '';
    expect(xml).toContain('How do we assess the quality of new foster carers?');
    expect(xml).toContain('It is positive to know that staff feel well supported.');
    expect(xml).toContain('Bennett-Wake');
    // Recurring themes: 2025-26 findings compared with the 2017-18 and 2023-24 papers.
    expect(xml).toContain('Recurring themes');
    expect(xml).toMatch(/Workloads and caseloads: \d+ statements? in 2025-26 .*also raised in 2017-18/);
    await page.close();
  });

  it("keeps the pack's service response per meeting across a reload, and refuses to overwrite another officer's save", async () => {
    const page = await wb().open('/dashboard', OFFICER);
    const meeting = page.getByRole('combobox', { name: /^Meeting/ });
    await meeting.waitFor();
    const values = await meeting.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    const [september, label] = values.find(([, text]) => text.includes('2 September 2025')) as string[];
    const committee = label.slice(label.indexOf(': ') + 2);
    const other = (values.find(([value, text]) => value && !text.includes('2 September 2025')) as string[])[0];
    const response = page.getByLabel('Service response to the findings');
    await meeting.selectOption(september);
    await response.fill('Officers will report on supervision in March.');
    await page.getByRole('button', { name: 'Save service response' }).click();
    await page.getByText('Service response saved.').waitFor();
    // Another meeting's pack never shows it.
    await meeting.selectOption(other);
    await page.getByRole('button', { name: 'Save service response' }).waitFor();
    expect(await response.inputValue()).toBe('');
    // Kept after a reload.
    await page.reload();
    await meeting.selectOption(september);
    await page.getByRole('button', { name: 'Save service response', disabled: false }).waitFor();
    expect(await response.inputValue()).toBe('Officers will report on supervision in March.');

    // Another officer saves meanwhile: this page's save is refused, and their text is not lost.
    const store = new SpPackResponseStore(sp());
    const theirs = await store.get(committee, '2025-09-02');
    await store.save(theirs, packResponse(committee, '2025-09-02', 'Their newer text.'));
    await response.fill('My text.');
    await page.getByRole('button', { name: 'Save service response' }).click();
    await page.getByText(/Another officer saved the service response/).waitFor();
    expect((await store.get(committee, '2025-09-02'))?.text).toBe('Their newer text.');
    await page.close();
  });

  it('lists the people the Teams bot could not reach, with the messages waiting for them', async () => {
    const log = new SpSendLog(sp());
    const conversations = new SpConversationStore(sp());
    await conversations.save({ userEmail: 'cllr.crane@example.gov.uk', reference: '{}', status: 'Active', updatedAt: '2025-07-27T09:00:00.000Z' });
    const claim = await log.claim({ key: 'return:99:cllr.crane@example.gov.uk:2025-07-28:0', recipientEmail: 'cllr.crane@example.gov.uk', kind: 'return-reminder', visitId: 99 }, 'test', '2025-07-28T09:00:00.000Z', 60000);
    if (!claim.claimed) throw new Error('fixture: the key was already claimed');
    await log.markFailed(claim.record, '403: BotNotInConversationRoster', true);
    await conversations.markUnreachable('cllr.crane@example.gov.uk', '403: BotNotInConversationRoster', '2025-07-28T09:00:01.000Z');

    const page = await wb().open('/dashboard', OFFICER);
    const section = page.getByRole('region', { name: /Teams messages not delivered/ });
    await section.waitFor();
    await section.getByText('cllr.crane@example.gov.uk').waitFor();
    await section.getByText(/Return reminder/).waitFor();
    // Councillors cannot read the send log: nothing is shown to them.
    const asCouncillor = await wb().open('/dashboard', 'cllr.crane@example.gov.uk');
    await asCouncillor.getByRole('table', { name: 'Visit status' }).waitFor();
    expect(await asCouncillor.getByRole('region', { name: /Teams messages not delivered/ }).count()).toBe(0);
    await asCouncillor.close();
    await page.close();
  });
});
