/**
 * @jest-environment node
 */
// The form page on a phone (390 x 844), in Debian's chromium: every message a button press gives is
// in a live region (announced) and appears on screen beside the button that was pressed, not at
// the top of a long page. As the councillor: a refused send, a draft with a child's details (saved,
// with core's warning) and the send; as the head of service: a question, a refused and a confirmed
// response. The test never scrolls to a message: each must be in view after the press.
import type { Locator, Page } from 'playwright-core';
import { COUNCILLOR, HEAD_OF_SERVICE, OFFICER, setDate, useWorkbench } from './harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import type { Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';

const PHONE = { width: 390, height: 844 };
/** How far (vertically, in pixels) a message may be from the button pressed: "beside" it. */
const BESIDE = 200;

const wb = useWorkbench(120000);
const repos = () => spRepositories(nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN }));

/** A new tab the size of a phone, on a workbench path as a user. */
async function phone(pathname: string, user: string): Promise<Page> {
  const page = await wb().context.newPage();
  await page.setViewportSize(PHONE);
  const url = new URL(pathname, wb().host.url);
  url.searchParams.set('user', user);
  await page.goto(url.toString());
  return page;
}

/** A seeded planned visit of `team`, now held on 21 July 2025 with the councillor. */
async function visited(team: string): Promise<Stored<Visit>> {
  const visit = (await repos().visits.query()).find((v) => v.title.startsWith(team));
  if (!visit) throw new Error(`No ${team} visit`);
  return repos().visits.update(visit, {
    status: 'Visited',
    councillorEmails: [COUNCILLOR],
    visitStart: '2025-07-21T09:00:00.000Z'
  });
}

async function box(l: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error('Not laid out.');
  return b;
}

/**
 * Presses `button` (as a person does: scrolled to it, then tapped) and checks each message it gives,
 * once `settled` (the page's reaction, e.g. a status read again) shows: announced (a live region),
 * wholly on screen, and within BESIDE pixels of where the button was on screen; or, when the press
 * closes the button's whole section, of `inPlaceOf`, what then stands where the section was. Each
 * message is said once (a locator is strict: two matches, e.g. at the top and beside, fail it).
 */
async function press(
  page: Page,
  button: Locator,
  messages: Locator[],
  settled?: Locator,
  inPlaceOf?: Locator
): Promise<void> {
  await button.scrollIntoViewIfNeeded();
  const before = await box(button);
  await button.click();
  for (const m of messages) await m.waitFor();
  await settled?.waitFor();
  const pressed = inPlaceOf ? await box(inPlaceOf) : before;
  const view = page.viewportSize() ?? PHONE;
  for (const m of messages) {
    const text = (await m.textContent()) ?? '';
    const live = await m.evaluate(
      (el) => el.closest('[role="status"], [role="alert"], [aria-live="polite"], [aria-live="assertive"]') !== null
    );
    expect({ text, live }).toEqual({ text, live: true });
    const seen = await box(m);
    const onScreen =
      seen.x >= 0 && seen.y >= 0 && seen.x + seen.width <= view.width && seen.y + seen.height <= view.height;
    expect({ text, seen, onScreen }).toEqual({ text, seen, onScreen: true });
    const apart = Math.max(0, seen.y - (pressed.y + pressed.height), pressed.y - (seen.y + seen.height));
    expect({ text, apart: apart <= BESIDE ? 'beside' : `${Math.round(apart)}px away` }).toEqual({
      text,
      apart: 'beside'
    });
  }
}

describe('messages on a phone', () => {
  it("shows the councillor each message beside the button pressed: a refused send, a draft with a child's details, the send", async () => {
    const visit = await visited('Fostering Team');
    const page = await phone(`/form?visit=${visit.id}`, COUNCILLOR);
    await page.getByRole('heading', { name: /Councillor frontline visits form: Fostering Team/ }).waitFor();

    await page.getByRole('button', { name: 'Send findings' }).click();
    await press(page, page.getByRole('button', { name: 'Send now' }), [page.getByText(/Nothing has been sent yet/)]);

    await page
      .getByRole('textbox', { name: 'Strengths' })
      .first()
      .fill('Warm support for a child called Jamie, aged 7.');
    await press(page, page.getByRole('button', { name: 'Save draft' }), [
      page.getByText(/^Draft saved\./),
      page.getByText(/Please remove anything that could identify a child\./)
    ]);

    await page.getByRole('textbox', { name: 'Strengths' }).first().fill('Warm, regular supervision.');
    await page.getByRole('button', { name: 'Send findings' }).click();
    await press(
      page,
      page.getByRole('button', { name: 'Send now' }),
      [page.getByText(/^Thank you: your findings have been sent\./)],
      page.getByText(/^Sent on Monday 28 July 2025 at 10:00/)
    );
    await page.close();
  });

  it('shows "already sent" beside Send now when the form was sent meanwhile (e.g. in Teams)', async () => {
    const visit = await visited('Residential Teams');
    const page = await phone(`/form?visit=${visit.id}`, COUNCILLOR);
    await page.getByRole('textbox', { name: 'Strengths' }).first().fill('Settled homes.');
    // Sent from Teams while the page was open.
    await repos().findings.create(
      {
        visitId: visit.id,
        councillorEmail: COUNCILLOR,
        status: 'Submitted',
        submission: 'Sending',
        submittedAt: '2025-07-28T08:00:00.000Z',
        channel: 'Teams',
        templateId: 'frontline-2025',
        answers: { qualityStrengths: 'Caring, settled homes.' }
      },
      'Residential Teams - 21/07/2025 - Sarah Bennett-Wake'
    );
    await page.getByRole('button', { name: 'Send findings' }).click();
    await press(
      page,
      page.getByRole('button', { name: 'Send now' }),
      [page.getByText(/^This form had already been sent; its answers were not changed\./)],
      page.getByText(/^Sent on Monday 28 July 2025 at 09:00/)
    );
    await page.close();
  });

  it('shows the head of service each message beside the button pressed: a question, a refused and a confirmed response', async () => {
    const page = await phone('/form', HEAD_OF_SERVICE);
    await page.getByRole('button', { name: /^Read the findings from Cared for Teams/ }).click();
    const item = page.getByRole('article', { name: /^Cared for Teams: visit on / });
    await item.getByText(/^Status: Waiting for a response\./).waitFor();

    await item.getByRole('tab', { name: 'Ask the councillor' }).click();
    await item.getByRole('textbox', { name: /Your question to / }).fill('Which placements are out of area?');
    await press(
      page,
      item.getByRole('button', { name: 'Send question' }),
      [item.getByText(/^Your question (has been sent|could not be sent)/)],
      item.getByText(/^Status: The councillor has been asked for more\./)
    );

    await item.getByRole('tab', { name: 'Respond' }).click();
    await press(page, item.getByRole('button', { name: 'Send response' }), [
      item.getByText('Please write a response.')
    ]);
    await item
      .getByRole('textbox', { name: /Your response to the escalated issues/ })
      .fill('Travel time to out-of-area placements is paid from the office.');
    await item.getByRole('button', { name: 'Send response' }).click();
    await press(
      page,
      item.getByRole('button', { name: 'Send now' }),
      [item.getByText(/^Your response has been recorded\./)],
      item.getByText(/^Status: Responded on /)
    );
    await page.close();
  });

  it('shows the officer each rota visit change beside its button: the contact saved, a refused booking, the visit cancelled', async () => {
    const page = await phone('/rota', OFFICER);
    await page
      .getByRole('button', { name: /^Cared for IROs: / })
      .first()
      .click();
    const panel = page.getByRole('dialog');
    const field = panel.getByLabel('Point of contact (e-mail)');
    await field.fill(OFFICER.toUpperCase());
    await press(page, panel.getByRole('button', { name: 'Save point of contact' }), [
      panel.getByText('Point of contact saved.', { exact: true })
    ]);
    // Core refuses to book a visit with no councillor: the refusal is under "Book this date".
    await setDate(panel.getByLabel('Date'), '2025-11-13');
    const book = panel.getByRole('button', { name: 'Book this date' });
    await expect(book.isEnabled()).resolves.toBe(true);
    await press(page, book, [panel.getByText(/needs at least one councillor to be booked/)]);
    await panel.getByLabel('Reason for cancelling').fill('The team is moving office.');
    // A cancelled visit's controls all close: the confirmation is where they were, under the status.
    await press(
      page,
      panel.getByRole('button', { name: 'Cancel this visit' }),
      [panel.getByText('Cancelled.', { exact: true })],
      panel.getByText(/Status: Cancelled/),
      panel.getByText(/Status: Cancelled/)
    );
    await page.close();
  });

  it("shows the officer the settings' messages beside the button pressed: a preset loaded, the settings saved", async () => {
    const page = await phone('/dashboard', OFFICER);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await press(page, page.getByRole('button', { name: 'Use Signs of Safety 2018' }), [
      page.getByText('Signs of Safety 2018 loaded into the form. Save to use it.')
    ]);
    await press(page, page.getByRole('button', { name: 'Save settings' }), [page.getByText(/^Saved\. Changes reach/)]);
    await page.close();
  });
});
