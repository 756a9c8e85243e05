/**
 * @jest-environment node
 */
// An officer scheduling in the Rota web part, in Debian's chromium against the seeded local lists:
// plan and save the year, book a visit (a clash shown before saving), download the invite, a stale
// edit that offers a reload instead of overwriting, the days no team works (issue 14), clashes and
// second visits told in people's and teams' names, and the visit's point of contact.
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { chooseCouncillors, OFFICER, setDate, useWorkbench } from './harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { LOCAL_COUNCIL_DOMAINS } from '../../src/node/local';
import { contactRule } from '../../src/core/contacts';
import { createProcessSource } from '../../src/core/settingsSource';
import { SpSettingsStore } from '../../src/adapters/sp/settingsStore';

const wb = useWorkbench(90000);

const repos = () => spRepositories(nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
const table = (page: Page) => page.getByRole('table', { name: 'Frontline visits 2025/26' });
const openVisit = (page: Page, team: string) =>
  page
    .getByRole('button', { name: new RegExp(`^${team}: `) })
    .first()
    .click();

async function rotaPage(): Promise<Page> {
  const page = await wb().open('/rota', OFFICER);
  await table(page).waitFor();
  return page;
}

describe('scheduling in the browser', () => {
  it('plans the year, explains what it cannot do, and saves the plan to Visit Rota', async () => {
    const page = await rotaPage();
    await page.getByRole('button', { name: 'Plan the year' }).click();
    // Fluent's Panel puts role=dialog on a zero-size layer, so wait on its content.
    const panel = page.getByRole('dialog');
    await panel.getByRole('button', { name: 'Save the plan' }).waitFor();
    await panel.getByText('Plan 2025/26').first().waitFor();
    await panel
      .getByText(/George Hayes .* no Data Protection/)
      .first()
      .waitFor();
    const proposed = await panel.getByRole('checkbox').count();
    expect(proposed).toBe(11);
    await panel.getByRole('button', { name: 'Save the plan' }).click();
    await panel.getByText(/Saved: 11 rota rows filled in, 0 visits added/).waitFor();
    const visits = await repos().visits.query();
    expect(visits.filter((v) => v.councillorEmails.length > 0)).toHaveLength(14);
    // The rota reloads and the plan is redrawn over it: nothing is left open, so nothing to save.
    await panel.getByText(/0 visits are proposed/).waitFor();
    await expect(panel.getByRole('button', { name: 'Save the plan' }).isDisabled()).resolves.toBe(true);
    expect(await repos().visits.query()).toHaveLength(16);
    await page.close();
  });

  it('books a visit: a clash is shown before saving, then a clear day books and the invite downloads', async () => {
    const page = await rotaPage();
    const all = await repos().visits.query();
    const fostering = all.find((v) => v.title.startsWith('Fostering Team')) as (typeof all)[number];
    const residential = all.find((v) => v.title.startsWith('Residential Teams')) as (typeof all)[number];
    const r = repos();
    // Put the Fostering Team's councillor on the Residential visit too, booked on 12 November.
    await r.visits.update(residential, {
      councillorEmails: [...residential.councillorEmails, ...fostering.councillorEmails]
    });
    await r.visits.update(await r.visits.get(residential.id), {
      status: 'Booked',
      visitStart: '2025-11-12T10:00:00.000Z'
    });
    await page.reload();
    await table(page).waitFor();

    await openVisit(page, 'Fostering Team');
    const panel = page.getByRole('dialog');
    await setDate(panel.getByLabel('Date'), '2025-11-12');
    await panel
      .getByText(/^Cllr .* is already visiting the Residential Teams on Wednesday 12 November 2025 \(10:00 to 12:30\)/)
      .waitFor();
    await expect(panel.getByRole('button', { name: 'Book this date' }).isDisabled()).resolves.toBe(true);
    await setDate(panel.getByLabel('Date'), '2025-11-13');
    await expect(panel.getByText(/is already visiting/).count()).resolves.toBe(0);
    await panel.getByRole('button', { name: 'Book this date' }).click();
    await panel.getByText('Booked.', { exact: true }).waitFor();
    const booked = await r.visits.get(fostering.id);
    expect(booked).toMatchObject({
      status: 'Booked',
      visitStart: '2025-11-13T10:00:00.000Z',
      findingsDueDate: '2025-11-20T23:59:59.000Z'
    }); // SharePoint keeps whole seconds

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download calendar invite (.ics)' }).click()
    ]);
    const ics = fs.readFileSync((await download.path()) as string, 'utf8');
    expect(ics).toContain('DTSTART:20251113T100000Z');
    expect(ics).toContain('Meeting with the service manager');
    await page.close();
  });

  it("sets the visit's point of contact: the default shown, an unknown outside address refused, a known person saved", async () => {
    const sp = nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN });
    const source = createProcessSource(new SpSettingsStore(sp));
    const { settings, etag } = await source.current();
    await source.save({ ...settings, pointOfContactEmail: OFFICER }, etag, OFFICER);
    const r = repos();
    const iros = (await r.visits.query()).find((v) => v.title.startsWith('Cared for IROs')) as Awaited<
      ReturnType<typeof r.visits.get>
    >;
    await r.visits.update(iros, { pointOfContactEmail: '' });
    const page = await rotaPage();
    await openVisit(page, 'Cared for IROs');
    const panel = page.getByRole('dialog');
    const field = panel.getByLabel('Point of contact (e-mail)');
    await panel.getByText(`Default: ${OFFICER}.`, { exact: false }).waitFor();
    await expect(field.inputValue()).resolves.toBe(OFFICER);

    await field.fill('stranger@example.org');
    await panel.getByRole('button', { name: 'Save point of contact' }).click();
    await panel
      .getByText(`stranger@example.org is not someone the council knows. ${contactRule(LOCAL_COUNCIL_DOMAINS)}`)
      .waitFor();
    expect((await r.visits.get(iros.id)).pointOfContactEmail ?? '').toBe('');

    const hos = (await r.teams.all()).find((t) => t.id === iros.teamId)?.headOfServiceEmail as string;
    await field.fill(hos.toUpperCase());
    await panel.getByRole('button', { name: 'Save point of contact' }).click();
    await panel.getByText('Point of contact saved.', { exact: true }).waitFor();
    expect((await r.visits.get(iros.id)).pointOfContactEmail).toBe(hos);
    await expect(panel.getByLabel('Point of contact (e-mail)').inputValue()).resolves.toBe(hos);
    await page.close();
  });

  it('tells the officer when someone else changed the visit, and reloads instead of overwriting', async () => {
    const page = await rotaPage();
    await openVisit(page, 'Emergency Duty Team');
    const panel = page.getByRole('dialog');
    await panel.getByLabel('Reason for cancelling').waitFor();
    // Another officer changes the visit after this one opened it.
    const r = repos();
    const edt = (await r.visits.query()).find((v) => v.title.startsWith('Emergency Duty Team')) as Awaited<
      ReturnType<typeof r.visits.get>
    >;
    await r.visits.update(edt, { statusReason: 'Changed elsewhere' });
    await panel.getByLabel('Reason for cancelling').fill('<script>alert(1)</script> clash with Ofsted');
    await panel.getByRole('button', { name: 'Cancel this visit' }).click();
    await panel.getByText(/Someone else changed/).waitFor();
    expect((await r.visits.get(edt.id)).status).not.toBe('Cancelled');
    await panel.getByRole('button', { name: 'Reload' }).click();
    await panel.getByLabel('Reason for cancelling').fill('<script>alert(1)</script> clash with Ofsted');
    await panel.getByRole('button', { name: 'Cancel this visit' }).click();
    await panel.getByText('Cancelled.', { exact: true }).waitFor();
    // Typed markup is kept and shown as text.
    await panel.getByText('<script>alert(1)</script> clash with Ofsted', { exact: false }).first().waitFor();
    expect((await r.visits.get(edt.id)).statusReason).toBe('<script>alert(1)</script> clash with Ofsted');
    await page.close();
  });

  it('refuses a Saturday, Christmas Day and a bank holiday, saying which day it is and why', async () => {
    const page = await rotaPage();
    await openVisit(page, 'North Family Help Teams');
    const panel = page.getByRole('dialog');
    const book = panel.getByRole('button', { name: 'Book this date' });
    for (const [day, why] of [
      ['2025-12-06', /^Saturday 6 December 2025 is at the weekend: teams are not at work at weekends/],
      ['2025-12-25', /^Thursday 25 December 2025 is Christmas Day: teams are not at work on bank holidays/],
      ['2025-08-25', /^Monday 25 August 2025 is the Summer bank holiday: teams are not at work on bank holidays/]
    ] as const) {
      await setDate(panel.getByLabel('Date'), day);
      await panel.getByText(why).waitFor();
      await expect(book.isDisabled()).resolves.toBe(true);
    }
    await setDate(panel.getByLabel('Date'), '2025-12-03');
    await expect(panel.getByText(/teams are not at work/).count()).resolves.toBe(0);
    await expect(book.isDisabled()).resolves.toBe(false);
    await page.close();
  });

  it('names a councillor already visiting that day, and warns of a second visit in the rota year', async () => {
    const r = repos();
    const visits = (await r.visits.query()).filter((v) => v.status !== 'Cancelled');
    const north = visits.find((v) => v.title.startsWith('North Family Help Teams')) as (typeof visits)[number];
    const south = visits.find((v) => v.title.startsWith('South Family Help Teams')) as (typeof visits)[number];
    const rest = visits.filter((v) => v.id !== north.id && v.id !== south.id);
    const people = (await r.councillors.all({ activeOnly: true })).filter((c) => c.dataProtectionTrainingDate);
    const count = (email: string) => rest.filter((v) => v.councillorEmails.indexOf(email) >= 0).length;
    const once = people.find((c) => count(c.email) === 1 && !c.secondVisitVolunteer) as (typeof people)[number];
    const [busy, mine] = people.filter((c) => c.email !== once.email);
    // South Family Help: busy's visit on Wednesday 10 December at 10:00; North's later that day with another councillor.
    await r.visits.update(south, {
      councillorEmails: [busy.email],
      status: 'Booked',
      visitStart: '2025-12-10T10:00:00.000Z'
    });
    await r.visits.update(north, {
      councillorEmails: [mine.email],
      status: 'Booked',
      visitStart: '2025-12-10T14:00:00.000Z'
    });
    const page = await rotaPage();
    await openVisit(page, 'North Family Help Teams');
    const panel = page.getByRole('dialog');
    const save = panel.getByRole('button', { name: 'Save councillors' });

    await chooseCouncillors(page, [busy.name]);
    await panel
      .getByText(
        `Cllr ${busy.name} is already visiting the South Family Help Teams on Wednesday 10 December 2025 (10:00 to 12:30): one visit a day each.`
      )
      .waitFor();
    await expect(save.isDisabled()).resolves.toBe(true);
    // The clash speaks of people and teams: no councillor's address, no internal visit id (the
    // point-of-contact field further down shows an address, as it should).
    const clashes = await panel.getByText(/is already visiting/).allTextContents();
    expect(clashes.length).toBeGreaterThan(0);
    for (const text of clashes) expect(text).not.toMatch(/@example\.gov\.uk|\(visit \d+\)/);

    const first = rest.find((v) => v.councillorEmails.indexOf(once.email) >= 0) as (typeof visits)[number];
    const warning = `This would be Cllr ${once.name}'s second visit this rota year (2025/26): they already visit the ${first.title.split(' - ')[0]}`;
    await chooseCouncillors(page, [once.name]);
    await panel.getByText(warning, { exact: false }).first().waitFor();
    await expect(panel.getByText(/is already visiting/).count()).resolves.toBe(0);
    await save.click();
    await panel.getByText('Councillors saved.', { exact: true }).waitFor();
    await panel.getByText(warning, { exact: false }).first().waitFor();
    expect((await r.visits.get(north.id)).councillorEmails).toEqual([once.email]);
    await page.close();
  });
});
