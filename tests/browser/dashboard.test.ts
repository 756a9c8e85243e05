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
import { nodeSha256 } from '../../src/node/sha256';
import { SpPackDraftStore } from '../../src/adapters/sp/packDrafts';
import type { PackDraft } from '../../src/core/pack/draft';
import { FRONTLINE_2025 } from '../../src/core/config';

const wb = useWorkbench(90000);

const sp = () => nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN });

describe('the dashboard', () => {
  it('shows a late form as overdue, then as returned once it is submitted', async () => {
    const repos = spRepositories(sp());
    const scies = (await repos.visits.query()).find((v) => v.title.startsWith('SCIES')) as Awaited<
      ReturnType<typeof repos.visits.get>
    >;
    // Visited on 14 July, due 21 July: on the workbench's day (28 July) it is a week late.
    await repos.visits.update(scies, {
      status: 'Visited',
      councillorEmails: ['cllr.crane@example.gov.uk'],
      visitStart: '2025-07-14T09:00:00.000Z'
    });
    const page = await wb().open('/dashboard', OFFICER);
    const row = page.getByRole('row', { name: /^SCIES/ });
    await row.getByText(/Findings overdue \(7 days late\)/).waitFor();

    await submitFindings(
      { ...repos, sharing: spFindingsSharing(sp()), now: () => '2025-07-28T10:00:00.000Z', config: FRONTLINE_2025 },
      {
        visitId: scies.id,
        councillorEmail: 'cllr.crane@example.gov.uk',
        answers: { qualityStrengths: 'Clear <b>advocacy</b> for children.' },
        channel: 'SharePoint'
      }
    );
    await page.reload();
    await page
      .getByRole('row', { name: /^SCIES/ })
      .getByText('Findings returned')
      .waitFor();
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
    await meeting.selectOption(
      (await meeting.locator('option', { hasText: '2 September 2025' }).getAttribute('value')) as string
    );
    // One form, two head-of-service requests: counted nouns agree ("1 form", never "1 forms").
    await page
      .getByText(
        /3 forms, \d+ statements, 2 head-of-service requests, [1-9]\d* themes? raised at this meeting, \d+ forms? outstanding or late\./
      )
      .waitFor();
    // The themes, scoped and labelled as the report words them (core/pack/scopedThemes.ts).
    const themes = page.getByRole('table', { name: 'Themes across the years' });
    await themes.getByRole('columnheader', { name: 'This meeting: 3 forms' }).waitFor();
    await themes.getByRole('columnheader', { name: 'Same period last year (July 2024)' }).waitFor();
    await themes.getByRole('columnheader', { name: /^Seed papers: 2018 paper \(2017-18 visits\)$/ }).waitFor();
    // Compose: pick two statements into one bullet in the officer's words, and one as written.
    const strengths = page.getByRole('region', {
      name: 'Summary of the strengths identified in relation to quality of practice'
    });
    await strengths.getByRole('checkbox', { name: /All staff are dedicated and passionate/ }).check();
    await strengths
      .getByRole('checkbox', { name: /social workers not only receive support from their managers/ })
      .check();
    await strengths
      .getByLabel(/^New bullet for/)
      .fill('Staff are dedicated and passionate and feel supported by managers and peers');
    await strengths.getByRole('button', { name: 'Add new bullet' }).click();
    await strengths.getByText(/Written from: Councillor Sarah Bennett-Wake: "All staff are dedicated/).waitFor();
    await strengths.getByRole('checkbox', { name: /All four workers in the forum found Al help/ }).check();
    await strengths.getByRole('button', { name: 'Add picked statements as bullets' }).click();
    await strengths.getByLabel(/: bullet 2$/).fill('AI is helping to reduce workload in report writing');
    await page.getByLabel('Report of', { exact: true }).fill('Allison Sollom');
    await page
      .getByLabel('Service response to the findings')
      .fill('It is positive to know that staff feel well supported.');
    await page.getByRole('button', { name: 'Save pack' }).click();
    await page.getByText('Pack saved.').waitFor();

    // Reloaded: the saved draft comes back from the list.
    await page.reload();
    await meeting.selectOption(
      (await meeting.locator('option', { hasText: '2 September 2025' }).getAttribute('value')) as string
    );
    await page.getByText(/A saved draft is open\./).waitFor();
    expect(
      await page
        .getByLabel(/: bullet 2$/)
        .first()
        .inputValue()
    ).toBe('AI is helping to reduce workload in report writing');
    expect(await page.getByLabel('Report of', { exact: true }).inputValue()).toBe('Allison Sollom');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download pack (.docx)' }).click()
    ]);
    expect(download.suggestedFilename()).toBe('Committee pack 2025-09-02.docx');
    const xml =
      unzip(new Uint8Array(fs.readFileSync((await download.path()) as string))).get('word/document.xml') ?? '';
    for (const text of [
      'OPEN',
      'BRIEFING REPORT',
      'Report of: Allison Sollom',
      'Staff are dedicated and passionate and feel supported by managers and peers',
      'AI is helping to reduce workload in report writing',
      'It is positive to know that staff feel well supported.',
      'Implications',
      'Access to Information',
      'How do we assess the quality of new foster carers?'
    ])
      expect({ text, found: xml.includes(text) }).toEqual({ text, found: true });
    // Statements not picked are in the appendices, not copied into the summary as bullets.
    expect(xml).toMatch(/Not yet written up \(\d+ statements in the forms\)/);
    expect(xml).toContain('Themes across the years');
    expect(xml).toMatch(/This meeting: \d+ statements?/);
    await page.close();
  });

  it("keeps each meeting's draft apart, and never overwrites another officer's save", async () => {
    const page = await wb().open('/dashboard', OFFICER);
    const meeting = page.getByRole('combobox', { name: /^Meeting/ });
    await meeting.waitFor();
    const values = await meeting
      .locator('option')
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    const [september, label] = values.find(([, text]) => text.includes('2 September 2025')) as string[];
    const committee = label.slice(label.indexOf(': ') + 2);
    const other = (values.find(([value, text]) => value && !text.includes('2 September 2025')) as string[])[0];
    const response = page.getByLabel('Service response to the findings');
    await meeting.selectOption(september);
    await response.fill('Officers will report on supervision in March.');
    await page.getByRole('button', { name: 'Save pack' }).click();
    await page.getByText('Pack saved.').waitFor();
    // Another meeting's pack never shows it.
    await meeting.selectOption(other);
    await page.getByRole('button', { name: 'Save pack' }).waitFor();
    expect(await response.inputValue()).toBe('');
    await meeting.selectOption(september);
    await page.getByText(/A saved draft is open\./).waitFor();
    expect(await response.inputValue()).toBe('Officers will report on supervision in March.');

    // Another officer saves meanwhile: this page's save is refused, theirs is loaded, my text kept.
    const store = new SpPackDraftStore(sp());
    const theirs = (await store.get(committee, '2025-09-02')) as NonNullable<
      Awaited<ReturnType<SpPackDraftStore['get']>>
    >;
    await store.save(theirs, { ...(theirs.draft as PackDraft), serviceResponse: 'Their newer text.' });
    await response.fill('My text.');
    await page.getByRole('button', { name: 'Save pack' }).click();
    await page.getByText(/Another officer saved the pack/).waitFor();
    expect((await store.get(committee, '2025-09-02'))?.serviceResponse).toBe('Their newer text.');
    expect(await response.inputValue()).toBe('My text.');
    // Saving again now goes over their version (its ETag was loaded), on purpose.
    await page.getByRole('button', { name: 'Save pack' }).click();
    await page.getByText('Pack saved.').waitFor();
    expect((await store.get(committee, '2025-09-02'))?.serviceResponse).toBe('My text.');
    await page.close();
  });

  it('lists the people the Teams bot could not reach, with the messages waiting for them', async () => {
    const log = new SpSendLog(sp(), nodeSha256);
    const conversations = new SpConversationStore(sp());
    await conversations.save({
      userEmail: 'cllr.crane@example.gov.uk',
      reference: '{}',
      status: 'Active',
      updatedAt: '2025-07-27T09:00:00.000Z'
    });
    const claim = await log.claim(
      {
        key: 'return:99:cllr.crane@example.gov.uk:2025-07-28:0',
        recipientEmail: 'cllr.crane@example.gov.uk',
        kind: 'return-reminder',
        visitId: 99
      },
      'test',
      '2025-07-28T09:00:00.000Z',
      60000
    );
    if (!claim.claimed) throw new Error('fixture: the key was already claimed');
    await log.markFailed(claim.record, '403: BotNotInConversationRoster', true);
    await conversations.markUnreachable(
      'cllr.crane@example.gov.uk',
      '403: BotNotInConversationRoster',
      '2025-07-28T09:00:01.000Z'
    );

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
