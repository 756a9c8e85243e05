/**
 * @jest-environment node
 */
// The form page as the head of service opens it from the bot's card, in Debian's chromium: the issues
// councillors escalated (seeded from the July 2025 forms) with the whole form read only; a response
// sent after a confirmation and shown as stored; core's refusals shown inline; delegation by keyboard
// alone; and no serious accessibility violation.
import { HEAD_OF_SERVICE, useWorkbench } from './harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import type { HeadOfServiceRequest } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { runAxe, seriousViolations } from './axe';

const wb = useWorkbench(120000);
const repos = () => spRepositories(nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN }));

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

describe('escalated issues on the form page', () => {
  it('shows the head of service the issues and the whole form, takes a confirmed response and shows it as stored', async () => {
    const { request } = await requestFor('Cared for Teams');
    const page = await wb().open(`/form?visit=${request.visitId}`, HEAD_OF_SERVICE);
    await page.getByRole('heading', { name: 'Issues escalated to you' }).waitFor();
    const item = page.getByRole('article', { name: /^Cared for Teams: visit on / });
    await item.getByText(/^Escalated by Sarah Bennett-Wake \(cllr\.bennett\.wake@example\.gov\.uk\)/).waitFor();
    await item.getByText(request.request.split('\n')[0].slice(0, 60)).first().waitFor();
    await item.getByText(/^Status: Waiting for a response\. A response is due by /).waitFor();
    // The findings form is there in full, and cannot be edited.
    const strengths = item.getByRole('textbox', { name: 'Strengths' }).first();
    await strengths.waitFor();
    expect(await strengths.inputValue()).not.toBe('');
    expect(await strengths.isEditable()).toBe(false);
    // The link's visit comes first; the other seeded request (Court Team) is there too.
    expect(await page.getByRole('article').count()).toBe(
      (await repos().requests.forResponder(HEAD_OF_SERVICE, ['Requested', 'Delegated', 'MoreInfoRequested'])).length
    );
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('article').first().getAttribute('aria-labelledby')).toBe(`escalation-${request.id}`);
    expect(await page.getByText(/no booked visits/).count()).toBe(0);
    expect(await page.getByText(/not one you can write a findings form for/).count()).toBe(0);

    expect(seriousViolations(await runAxe(page))).toEqual([]);

    // Nothing written: core's error, beside the field.
    await item.getByRole('button', { name: 'Send response' }).click();
    await item.getByRole('alert').getByText('Please write a response.').waitFor();

    const answer = 'Travel time to out-of-area placements is paid from the office; I have reminded managers.';
    await item.getByRole('textbox', { name: /Your response to the escalated issues/ }).fill(answer);
    await item.getByRole('button', { name: 'Send response' }).click();
    await item.getByText(/^Send this response to Sarah Bennett-Wake\? Once sent it cannot be changed here\./).waitFor();
    expect((await repos().requests.get(request.id)).status).toBe('Requested');
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
    await page.close();
  });

  it('is operable by keyboard: core refuses an outside delegate inline, then delegates to the service manager', async () => {
    const { request, serviceManager } = await requestFor('Court Team');
    const page = await wb().open(`/form?visit=${request.visitId}`, HEAD_OF_SERVICE);
    const item = page.getByRole('article', { name: /^Court Team: visit on / });
    await item.getByRole('tab', { name: 'Respond' }).waitFor();

    // Into the tab list, arrow to Delegate, Tab into its field, type, Tab to the button, Enter.
    await item.getByRole('tab', { name: 'Respond' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await item.getByRole('tab', { name: 'Delegate' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.type('friend@gmail.com');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delegate');
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

    const field = item.getByRole('textbox', { name: /E-mail address of the person to delegate to/ });
    await field.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(serviceManager);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await item
      .getByText(
        new RegExp(
          `^Delegated to ${serviceManager.replace(/\./g, '\\.')}\\. .*They can answer here\\. As head of service you still can too\\.`
        )
      )
      .waitFor();
    await item
      .getByText(new RegExp(`^Status: Delegated to ${serviceManager.replace(/\./g, '\\.')}\\. A response is due by `))
      .waitFor();
    expect(await repos().requests.get(request.id)).toMatchObject({
      status: 'Delegated',
      responderEmail: serviceManager
    });
    // Still the head of service's to answer too: the actions stay.
    expect(await item.getByRole('tab').count()).toBe(3);
    await page.close();
  });
});
