// `npm run screenshots [-- <dir>]`: the README's pictures of the local workbench, taken from a fresh
// local product (temp data, the sample year's "today") in Debian's chromium, offline. Writes
// docs/workbench-{rota,plan,dashboard,form}.png (or into <dir>); tests never write into the repo.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { spRepositories } from '../src/adapters/sp/repositories';
import { LOCAL_ADMIN } from '../src/node/connection';
import { nodeSp } from '../src/node/sp';
import { COUNCILLOR, OFFICER, startWorkbench, type Workbench } from '../tests/kits/workbench';

const VIEWPORT = { width: 1280, height: 800 };

async function shoot(page: Page, file: string, fullPage = false): Promise<void> {
  await page.setViewportSize(VIEWPORT);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: file, fullPage });
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

async function rotaAndPlan(wb: Workbench, dir: string): Promise<void> {
  const page = await wb.open('/rota', OFFICER);
  await page.getByRole('table', { name: 'Frontline visits 2025/26' }).waitFor();
  await shoot(page, path.join(dir, 'workbench-rota.png'));
  await page.getByRole('button', { name: 'Plan the year' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save the plan' }).waitFor();
  await shoot(page, path.join(dir, 'workbench-plan.png'));
  await page.close();
}

async function dashboard(wb: Workbench, dir: string): Promise<void> {
  const page = await wb.open('/dashboard', OFFICER);
  await page.getByRole('row', { name: /^Fostering Team/ }).waitFor();
  await shoot(page, path.join(dir, 'workbench-dashboard.png'));
  await page.close();
}

/** A councillor's form about to be sent (as tests/browser/visitForm.test.ts reaches it), whole page. */
async function form(wb: Workbench, dir: string): Promise<void> {
  const repos = spRepositories(nodeSp(wb.local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
  const planned = (await repos.visits.query()).find((v) => v.title.startsWith('Fostering Team'));
  if (!planned) throw new Error('The seeded rota has no Fostering Team visit.');
  const visit = await repos.visits.update(planned, {
    status: 'Visited',
    councillorEmails: [COUNCILLOR],
    visitStart: '2025-07-21T09:00:00.000Z'
  });
  const page = await wb.open(`/form?visit=${visit.id}`, COUNCILLOR);
  await page.getByRole('heading', { name: /Councillor frontline visits form: Fostering Team/ }).waitFor();
  await page.getByRole('textbox', { name: 'Strengths' }).first().fill('Regular, reflective supervision.');
  await page
    .getByRole('textbox', { name: /require a response from the head of service/ })
    .fill('Is travel time to out-of-area placements paid?');
  await page.getByRole('button', { name: 'Send findings' }).click();
  await page.getByRole('button', { name: 'Send now' }).waitFor();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: path.join(dir, 'workbench-form.png'), fullPage: true });
  console.log(`Wrote ${path.relative(process.cwd(), path.join(dir, 'workbench-form.png'))}`);
  await page.close();
}

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'docs'));
  fs.mkdirSync(dir, { recursive: true });
  const wb = await startWorkbench();
  try {
    await rotaAndPlan(wb, dir);
    await dashboard(wb, dir);
    await form(wb, dir); // last: it changes a visit the other views show
  } finally {
    await wb.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
