// Debian's chromium driven by playwright-core, offline, for the browser tests and benchmarks.
// Never downloads a browser: a missing /usr/bin/chromium is an error that says how to install it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Request } from 'playwright-core';

export const CHROMIUM_PATH = process.env.FRONTLINE_CHROMIUM ?? '/usr/bin/chromium';

/** Nothing leaves the machine: every host name but the loopback ones fails to resolve. */
export const OFFLINE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  '--disable-features=AutofillServerCommunication'
];

export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. The browser tests need Debian's chromium: run ` +
        '`apt-get update && apt-get install -y chromium` (CI installs it), or set FRONTLINE_CHROMIUM to another binary. ' +
        'They never download a browser (no `playwright install`).'
    );
  }
}

/** A persistent context, because launch() refuses --user-data-dir. */
export async function launchChromium(userDataDir: string): Promise<BrowserContext> {
  assertChromium();
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: OFFLINE_ARGS,
    viewport: { width: 1366, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London'
  });
}

export interface LoadRequests {
  /** Requests to the SharePoint REST API (`/_api/`) while the page loaded. */
  count: number;
  /** `METHOD path` of each, in order. */
  requests: string[];
  /** Every request to another origin than the page's (expected: none; the page is offline). */
  offOrigin: string[];
}

/**
 * Opens `pageUrl` in a new tab, waits until the network has been idle (and `ready` shows, if given)
 * and counts the REST calls the page made on load. The tab is closed afterwards.
 */
export async function countListRequestsOnLoad(
  context: BrowserContext,
  pageUrl: string,
  ready?: string
): Promise<LoadRequests> {
  const page = await context.newPage();
  const origin = new URL(pageUrl).origin;
  const requests: string[] = [];
  const offOrigin: string[] = [];
  const seen = (r: Request): void => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) offOrigin.push(r.url());
    if (url.pathname.includes('/_api/')) requests.push(`${r.method()} ${url.pathname}${url.search}`);
  };
  page.on('request', seen);
  try {
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    if (ready) await page.locator(ready).first().waitFor({ timeout: 15000 });
  } finally {
    page.off('request', seen);
    await page.close();
  }
  return { count: requests.length, requests, offOrigin };
}

/** For benchmark scripts: REST calls of one cold load of the rota page, in a throwaway browser. */
export async function rotaLoadRequestCount(hostUrl: string, user = 'officer@example.gov.uk'): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-chromium-'));
  const context = await launchChromium(dir);
  try {
    const url = new URL('/rota', hostUrl);
    url.searchParams.set('user', user);
    return (
      await countListRequestsOnLoad(
        context,
        url.toString(),
        'main table, main [role="alert"], main .ms-MessageBar, main .frontline-Notice'
      )
    ).count;
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
