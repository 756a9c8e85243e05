/**
 * @jest-environment node
 */
// The dashboard's Privacy tab in Debian's chromium against the local service and list server: a
// councillor is refused; an officer gets a seeded councillor's subject access (summary, JSON naming
// their items and no other councillor's e-mail, .docx), a dry run of erasure, a wrong confirmation
// refused, the erasure, and then no list holds the address (read with @pnp/sp as the admin); axe clean.
import * as fs from 'fs';
import type { Download, Page } from 'playwright-core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { COUNCILLOR, OFFICER, useWorkbench } from './harness';
import { runAxe, seriousViolations } from './axe';
import { unzip } from '../adapters/export/unzip';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { USER_HEADER } from '../../src/host/client/context';

const wb = useWorkbench(180000);
const admin = () => nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN });

async function openPrivacy(user: string): Promise<Page> {
  const page = await wb().open('/dashboard', user);
  await page.getByRole('tab', { name: 'Privacy' }).click();
  return page;
}

/** `list#id` of every item whose fields, now or in any version, hold the text (as the admin reads them). */
async function itemsHolding(text: string): Promise<string[]> {
  const sp = admin();
  const found: string[] = [];
  const holds = (x: unknown): boolean => JSON.stringify(x).toLowerCase().includes(text.toLowerCase());
  for (const { Title } of (await sp.web.lists.select('Title')()) as { Title: string }[]) {
    const list = sp.web.lists.getByTitle(Title);
    for (const item of (await list.items.top(5000)()) as { Id: number }[]) {
      const versions = await list.items.getById(item.Id).versions();
      if (holds(item) || holds(versions)) found.push(`${Title}#${item.Id}`);
    }
  }
  return found;
}

const saved = async (download: Download): Promise<Buffer> => fs.readFileSync((await download.path()) as string);

describe('the Privacy tab', () => {
  it('tells a councillor it is for officers and offers nothing', async () => {
    const page = await openPrivacy(COUNCILLOR);
    await page.getByText(/^Subject access and erasure are for officers/).waitFor();
    expect(await page.getByRole('button', { name: 'Find everything held' }).count()).toBe(0);
    // The service refuses them too, whatever the page shows.
    const status = await page.evaluate(
      async ([header, user]) =>
        (
          await fetch('/api/privacy/subject-access', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', [header]: user },
            body: JSON.stringify({ email: user })
          })
        ).status,
      [USER_HEADER, COUNCILLOR]
    );
    expect(status).toBe(403);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await page.close();
  });

  it("gives an officer a councillor's data, then erases it only once confirmed", async () => {
    const others = ((await admin().web.lists.getByTitle('Councillors').items.select('Email')()) as { Email: string }[])
      .map((c) => c.Email.toLowerCase())
      .filter((e) => e && e !== COUNCILLOR);
    expect(others.length).toBeGreaterThan(2);
    const before = await itemsHolding(COUNCILLOR);
    expect(before.length).toBeGreaterThan(2);

    const page = await openPrivacy(OFFICER);
    const address = page.getByRole('textbox', { name: 'E-mail address of the person' });
    await address.fill('bennett-wake');
    await page.getByRole('button', { name: 'Find everything held' }).click();
    await page.getByText(/^Not searched: the e-mail address must be an e-mail address such as/).waitFor();

    // Keyboard only: type the address, Enter on the button.
    await address.fill(COUNCILLOR.toUpperCase());
    await address.press('Tab');
    await page.keyboard.press('Enter');
    const found = page.getByRole('table', { name: 'What was found and why' });
    await found.waitFor();
    await page
      .getByRole('status')
      .getByText(/^Found: .*Visit Rota: \d+ items?/)
      .waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click()
    ]);
    expect(json.suggestedFilename()).toBe(`subject-access-${COUNCILLOR.replace('@', '-')}.json`);
    const text = (await saved(json)).toString('utf8');
    const exp = JSON.parse(text) as { subject: { email: string }; records: { list: string; itemId: number }[] };
    expect(exp.subject.email).toBe(COUNCILLOR);
    const named = exp.records.map((r) => `${r.list}#${r.itemId}`);
    for (const item of before.filter((i) => !i.startsWith('Bot '))) expect(named).toContain(item);
    expect(others.filter((e) => text.toLowerCase().includes(e))).toEqual([]);

    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .docx' }).click()
    ]);
    expect(docx.suggestedFilename()).toBe(`subject-access-${COUNCILLOR.replace('@', '-')}.docx`);
    const xml = unzip(new Uint8Array(await saved(docx))).get('word/document.xml') ?? '';
    expect(xml).toContain(`Subject access: ${COUNCILLOR}`);

    await page.getByRole('button', { name: 'Erase or restrict...' }).click();
    await page.getByText('Dry run: nothing has changed yet. Check what would happen below.').waitFor();
    await page.getByRole('table', { name: /^Kept as part of the record/ }).waitFor();
    expect(await itemsHolding(COUNCILLOR)).toEqual(before);
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    await page.getByRole('button', { name: 'Continue to erasure...' }).click();
    const confirm = page.getByRole('textbox', { name: 'Type the e-mail address again to confirm' });
    // The focus moves to the confirmation field; a keyboard user types once it is there.
    await page.waitForFunction((field) => document.activeElement === field, await confirm.elementHandle());
    await page.keyboard.type(others[0]);
    expect(await confirm.inputValue()).toBe(others[0]);
    await page.getByRole('button', { name: 'Erase now' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Not erased: type the address being erased/)
      .waitFor();
    expect(await itemsHolding(COUNCILLOR)).toEqual(before);

    await confirm.fill(COUNCILLOR);
    await page.getByRole('button', { name: 'Erase now' }).click();
    await page.getByText(new RegExp(`^Erased: ${COUNCILLOR.replace(/\./g, '\\.')} is now Former councillor`)).waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    expect(await itemsHolding(COUNCILLOR)).toEqual([]);

    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Erase or restrict...' }).click();
    await page.getByText(`Nothing to erase: nothing in the lists names ${COUNCILLOR} any more.`).waitFor();
    await page.close();
  });
});
