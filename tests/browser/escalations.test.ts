/**
 * @jest-environment node
 */
// The form page as the head of service opens it from the bot's card, in Debian's chromium: the
// findings shared with them (seeded from the July 2025 forms: three visits of their area, two with
// escalated issues), awaiting a response first; the link's visit opened with each form in full, read
// only; a question and then a response sent and shown as stored; core's refusals shown inline; the
// delegate field suggesting the council's people; all by keyboard alone; no serious axe violation.
import type { Page } from 'playwright-core';
import { HEAD_OF_SERVICE, useWorkbench } from './harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import type { HeadOfServiceRequest } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { runAxe, seriousViolations } from './axe';

const wb = useWorkbench(120000);
const repos = () => spRepositories(nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The head of service's seeded request on the visit of `teamName`, with the team. */
async function requestFor(
  teamName: string
): Promise<{ request: Stored<HeadOfServiceRequest>; serviceManager: string }> {
  const team = (await repos().teams.all()).find((t) => t.name === teamName);
  if (!team) throw new Error(`No team ${teamName}`);
  for (const request of await repos().requests.forResponder(HEAD_OF_SERVICE)) {
    if ((await repos().visits.get(request.visitId)).teamId === team.id)
      return { request, serviceManager: team.serviceManagerEmail };
  }
  throw new Error(`No request for ${teamName}`);
}

/** The table's rows, each as its cells' text. */
const rows = (page: Page): Promise<string[][]> =>
  page
    .getByRole('table', { name: 'Findings shared with you' })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));

/** The focused element's label, accessible name or text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

async function tabTo(page: Page, name: string | RegExp, back = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const now = await focused(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached '${String(name)}' (last: '${await focused(page)}').`);
}

describe('the findings shared with the head of service, on the form page', () => {
  it("lists the shared visits awaiting a response first, opens the link's visit in full, takes a question, then a confirmed response, and shows both as stored", async () => {
    const { request } = await requestFor('Cared for Teams');
    const page = await wb().open(`/form?visit=${request.visitId}`, HEAD_OF_SERVICE);
    await page.getByRole('heading', { name: 'Findings shared with you' }).waitFor();
    const table = await rows(page);
    expect(table.map((r) => r[0])).toEqual(['Cared for Teams', 'Court Team', 'Care Leavers Teams']);
    expect(table[0]).toEqual([
      'Cared for Teams',
      'Monday 14 July 2025',
      'Sarah Bennett-Wake',
      'Awaiting your response',
      `Sarah Bennett-Wake: awaiting a response from you`,
      'Read'
    ]);
    expect(table[2].slice(3, 5)).toEqual(['No issues escalated', 'None']);
    expect(await page.getByText(/no booked visits/).count()).toBe(0);
    expect(await page.getByText(/not one you can write a findings form for/).count()).toBe(0);

    // The link's visit is open below, with the form in full and read only.
    await page
      .getByRole('heading', { name: 'Cared for Teams: findings from the visit on Monday 14 July 2025' })
      .waitFor();
    await page.getByText(/shared with you as the head of service of the visited team, to read\.$/).waitFor();
    const item = page.getByRole('article', { name: /^Cared for Teams: visit on / });
    await item.getByText(/^Escalated by Sarah Bennett-Wake \(cllr\.bennett\.wake@example\.gov\.uk\)/).waitFor();
    await item.getByText(request.request.split('\n')[0].slice(0, 60)).first().waitFor();
    await item.getByText(/^Status: Waiting for a response\. A response is due by /).waitFor();
    const strengths = item.getByRole('textbox', { name: 'Strengths' }).first();
    await strengths.waitFor();
    expect(await strengths.inputValue()).not.toBe('');
    expect(await strengths.isEditable()).toBe(false);
    expect(await page.getByRole('article').count()).toBe(1);
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    // Ask the councillor for more: stored, and the status says so (row and item).
    await item.getByRole('tab', { name: 'Ask the councillor' }).click();
    await item
      .getByRole('textbox', { name: /Your question to Sarah Bennett-Wake/ })
      .fill('Which placements are out of area?');
    await item.getByRole('button', { name: 'Send question' }).click();
    await item.getByText(/^Your question (has been sent|could not be sent)/).waitFor();
    await item.getByText(/^Status: The councillor has been asked for more\./).waitFor();
    expect((await repos().requests.get(request.id)).status).toBe('MoreInfoRequested');
    await page.getByRole('cell', { name: 'Sarah Bennett-Wake: the councillor was asked for more' }).waitFor();

    // Nothing written: core's error, beside the field.
    await item.getByRole('tab', { name: 'Respond' }).click();
    await item.getByRole('button', { name: 'Send response' }).click();
    await item.getByRole('alert').getByText('Please write a response.').waitFor();

    const answer = 'Travel time to out-of-area placements is paid from the office; I have reminded managers.';
    await item.getByRole('textbox', { name: /Your response to the escalated issues/ }).fill(answer);
    await item.getByRole('button', { name: 'Send response' }).click();
    await item.getByText(/^Send this response to Sarah Bennett-Wake\? Once sent it cannot be changed here\./).waitFor();
    expect((await repos().requests.get(request.id)).status).toBe('MoreInfoRequested');
    await item.getByRole('button', { name: 'Send now' }).click();

    await item.getByText(/^Your response has been recorded\./).waitFor();
    await item.getByText('Status: Responded on Monday 28 July 2025 at 10:00 by you.').waitFor();
    await item.getByText(answer).waitFor();
    expect(await item.getByRole('tab').count()).toBe(0);
    expect(await repos().requests.get(request.id)).toMatchObject({
      status: 'Responded',
      response: answer,
      responderEmail: HEAD_OF_SERVICE
    });
    // The table is read again: Court Team (still waiting) first, then the others, newest visit first.
    await page.getByRole('cell', { name: 'Sarah Bennett-Wake: responded 28 Jul 2025 by you' }).waitFor();
    expect((await rows(page)).map((r) => [r[0], r[3]])).toEqual([
      ['Court Team', 'Awaiting your response'],
      ['Care Leavers Teams', 'No issues escalated'],
      ['Cared for Teams', 'Responded']
    ]);
    await page.close();
  });

  it("is operable by keyboard: opens a visit from the table, suggests the council's people, refuses an outside delegate inline, then delegates to the service manager", async () => {
    const { request, serviceManager } = await requestFor('Court Team');
    const page = await wb().open('/form', HEAD_OF_SERVICE);
    await page.getByRole('heading', { name: 'Findings shared with you' }).waitFor();
    // No link: nothing opened until the person chooses.
    expect(await page.getByRole('article').count()).toBe(0);

    // Tab to the Care Leavers row's button, Enter: the visit opens and the focus moves to it.
    await page.locator('body').focus();
    await tabTo(page, /^Read the findings from Care Leavers Teams, /);
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Findings from Sally Ann Holland' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Care Leavers Teams: findings from the visit on Thursday 17 July 2025'
    );
    await page.getByText(/No issues were escalated to the head of service\.$/).waitFor();
    expect(await page.getByRole('tab').count()).toBe(0);

    // Back up to the Court Team row, and on into its request's tabs.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^Read the findings from /);
    await tabTo(page, /^Read the findings from Court Team, /, true);
    await page.keyboard.press('Enter');
    const item = page.getByRole('article', { name: /^Court Team: visit on / });
    await item.getByRole('tab', { name: 'Respond' }).waitFor();
    await tabTo(page, 'Respond');
    await page.keyboard.press('ArrowRight');
    expect(await item.getByRole('tab', { name: 'Delegate' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^E-mail address of the person to delegate to/);

    // The field suggests the council's people: the team's service manager among them, no outsider.
    const field = item.getByRole('combobox', { name: /E-mail address of the person to delegate to/ });
    const suggested = field.locator('xpath=following-sibling::datalist/option');
    await page.waitForFunction(
      (sm) => [...document.querySelectorAll('datalist option')].some((o) => (o as HTMLOptionElement).value === sm),
      serviceManager
    );
    const values = await suggested.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toContain(serviceManager);
    expect(values).not.toContain(HEAD_OF_SERVICE);
    expect(values.every((v) => v.endsWith('@example.gov.uk'))).toBe(true);

    await page.keyboard.type('friend@gmail.com');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Delegate');
    await page.keyboard.press('Enter');
    await item
      .getByRole('alert')
      .getByText(/friend@gmail\.com is not someone the council knows/)
      .waitFor();
    expect(await repos().requests.get(request.id)).toMatchObject({
      status: 'Requested',
      responderEmail: HEAD_OF_SERVICE
    });
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    await field.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(serviceManager);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await item
      .getByText(
        new RegExp(
          `^Delegated to ${escape(serviceManager)}\\. .*They can answer here\\. As head of service you still can too\\.`
        )
      )
      .waitFor();
    await item
      .getByText(new RegExp(`^Status: Delegated to ${escape(serviceManager)}\\. A response is due by `))
      .waitFor();
    expect(await repos().requests.get(request.id)).toMatchObject({
      status: 'Delegated',
      responderEmail: serviceManager
    });
    await page.getByRole('cell', { name: `Ben Wye: delegated to ${serviceManager}, awaiting a response` }).waitFor();
    // Still the head of service's to answer too: the actions stay.
    expect(await item.getByRole('tab').count()).toBe(3);
    await page.close();
  });
});
