/**
 * @jest-environment node
 */
// The bot in the Microsoft 365 Agents Playground (Microsoft's local Teams client), driven through
// its own page in Debian's chromium: install greeting, the briefing card on "briefing", and
// "Acknowledge" (Action.Execute, updated in place) moving the visit to Briefed in the lists.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { startLocalProduct, startLocalService, type LocalProduct } from '../../src/node/local';
import { startPlayground, type PlaygroundHandle } from '../../src/node/playground';
import { assertChromium, launchChromium } from '../../src/host/server/browser';
import type { ServiceHandle } from '../../src/service/app';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';

jest.setTimeout(180000);

let dir: string;
let local: LocalProduct;
let service: ServiceHandle;
let playground: PlaygroundHandle;
let browser: BrowserContext;
let page: Page;

const repos = () => spRepositories(nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN }));

beforeAll(async () => {
  assertChromium();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-playground-'));
  local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  service = await startLocalService(local, { port: 0, now: () => '2025-07-29T09:00:00.000Z' });
  playground = await startPlayground(`${service.url}/api/messages`, dir);
  browser = await launchChromium(path.join(dir, 'chromium'));
}, 180000);
afterAll(async () => {
  await browser?.close();
  playground?.stop();
  await service?.close();
  await local?.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the bot in the Agents Playground', () => {
  it('greets Sarah on install, sends her briefing, and records her acknowledgement', async () => {
    // Sarah's next visit: the Fostering Team, booked for 5 August 2025.
    const fostering = (await repos().visits.query()).find((v) => v.title.startsWith('Fostering Team')) as Awaited<ReturnType<ReturnType<typeof repos>['visits']['get']>>;
    const visit = await repos().visits.update(fostering, { status: 'Booked', councillorEmails: ['cllr.bennett.wake@example.gov.uk'], visitStart: '2025-08-05T09:00:00.000Z' });

    page = await browser.newPage();
    await page.goto(playground.url);
    await page.getByText('Welcome, Sarah Bennett-Wake').first().waitFor({ timeout: 60000 });
    expect((await repos().visits.get(visit.id)).status).toBe('Booked');

    const box = page.locator('[data-lexical-editor="true"][role="textbox"]');
    await box.click();
    await page.keyboard.type('briefing');
    await page.keyboard.press('Enter');
    await page.getByText(/Fostering Team/).first().waitFor({ timeout: 30000 });
    await page.getByText(/Meeting with the service manager/).first().waitFor();

    await page.getByRole('button', { name: 'Acknowledge' }).first().click();
    // The card updates in place once the invoke is answered; by then the list holds the new status.
    await page.getByText(/acknowledged/i).first().waitFor({ timeout: 30000 });
    expect((await repos().visits.get(visit.id)).status).toBe('Briefed');
  });
});
