// Requests per view (issue 7, item 2): the HTTP requests and bytes the local list server sees when
// the rota view and the dashboard load in Chromium, and when a councillor saves a findings form.
// Counted at the list server (bench/countingProxy.ts), not in the browser: a form save is one
// browser request to the Frontline service, which then reads and writes the lists with its own
// identity, and those are the requests that cost. The first save of a form also creates it and
// shares it with the councillor alone; later saves are the steady state, so both are shown.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { startLocalProduct, startLocalService } from '../src/node/local';
import { startHost } from '../src/host/server';
import { launchChromium } from '../src/host/server/browser';
import { spRepositories } from '../src/adapters/sp/repositories';
import { nodeSp } from '../src/node/sp';
import { LOCAL_ADMIN } from '../src/node/connection';
import { londonInstant } from '../src/core/time/london';
import { startCountingProxy, type Tally } from './countingProxy';

const TODAY = '2025-07-28';
const OFFICER = 'officer@example.gov.uk';
const COUNCILLOR = 'cllr.bennett.wake@example.gov.uk';

const row = (view: string, t: Tally, target: number | undefined, browserRequests: number) => ({
  view,
  listRequests: t.requests,
  requestBytes: t.requestBytes,
  responseBytes: t.responseBytes,
  browserRequests,
  target: target ?? '-',
  met: target === undefined ? '-' : t.requests <= target,
  what: summarise(t.lines)
});

/** `GET Visit Rota x2, POST $batch` and so on: what the list server was asked, briefly. */
function summarise(lines: string[]): string {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const m = /^(\w+) \/_api\/(?:web\/lists\/getByTitle\('([^']+)'\)(?:\/items\(\d+\))?)?([^?(]*)/.exec(l);
    const key = m ? `${m[1]} ${m[2] ?? ''}${m[3] ? ` ${m[3].replace(/^\//, '')}` : ''}`.trim() : l;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k} x${n}` : k)).join('; ');
}

/** Loads `pathname` as `user`, waits for `ready`, and counts the page's own /_api and /api calls. */
async function open(page: Page, url: URL, ready: string): Promise<number> {
  let browser = 0;
  page.on('request', (r) => (/\/_?api\//.test(new URL(r.url()).pathname) ? browser++ : undefined));
  await page.goto(url.toString(), { waitUntil: 'networkidle' });
  await page.locator(ready).first().waitFor({ timeout: 30000 });
  return browser;
}

export async function measureRequests(): Promise<Record<string, unknown>[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-req-'));
  const local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  const proxy = await startCountingProxy(local.server.url);
  const service = await startLocalService(
    { server: { url: proxy.siteUrl } },
    { port: 0, now: () => londonInstant(TODAY, '10:00') }
  );
  const host = await startHost({
    port: 0,
    listServerUrl: proxy.siteUrl,
    today: TODAY,
    serviceUrl: service.url,
    production: true
  });
  const context = await launchChromium(path.join(dir, 'chromium'));
  try {
    const rows: Record<string, unknown>[] = [];
    for (const [view, target] of [
      ['rota', 2],
      ['dashboard', undefined]
    ] as const) {
      const page = await context.newPage();
      const url = new URL(`/${view}`, host.url);
      url.searchParams.set('user', OFFICER);
      proxy.take();
      const browser = await open(page, url, 'main table');
      rows.push(row(`${view} (load)`, proxy.take(), target, browser));
      await page.close();
    }
    // A visit held a week ago, awaiting this councillor's form, as in the browser tests.
    const repos = spRepositories(nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
    const [planned] = await repos.visits.query();
    const visit = await repos.visits.update(planned, {
      status: 'Visited',
      councillorEmails: [COUNCILLOR],
      visitStart: '2025-07-21T09:00:00.000Z'
    });
    const page = await context.newPage();
    const url = new URL('/form', host.url);
    url.searchParams.set('visit', String(visit.id));
    url.searchParams.set('user', COUNCILLOR);
    proxy.take();
    const formBrowser = await open(page, url, 'textarea, input[type="text"]');
    rows.push(row('form (load)', proxy.take(), undefined, formBrowser));
    for (const [label, text] of [
      ['form save (first: creates and shares)', 'Regular, reflective supervision.'],
      ['form save (later saves)', 'Regular, reflective supervision; manageable caseloads.']
    ] as const) {
      let browser = 0;
      const count = (r: { url(): string }): void => void (/\/_?api\//.test(new URL(r.url()).pathname) && browser++);
      page.on('request', count);
      await page.getByRole('textbox', { name: 'Strengths' }).first().fill(text);
      proxy.take();
      const saved = page.waitForResponse((r) => /\/api\/findings\/\d+\/draft$/.test(new URL(r.url()).pathname), {
        timeout: 30000
      });
      await page.getByRole('button', { name: 'Save draft' }).click();
      if ((await saved).status() !== 200) throw new Error(`the draft save answered ${(await saved).status()}`);
      await page.waitForLoadState('networkidle');
      page.off('request', count);
      rows.push(row(label, proxy.take(), 1, browser));
    }
    await page.close();
    // The head of service from the Teams card's link (issue 14): the findings shared with them, the visit opened.
    const caredFor = (await repos.teams.all()).find((t) => t.name === 'Cared for Teams');
    const [hosVisit] = caredFor ? await repos.visits.query({ teamId: caredFor.id }) : [];
    if (caredFor && hosVisit) {
      const hosPage = await context.newPage();
      const hosUrl = new URL('/form', host.url);
      hosUrl.searchParams.set('visit', String(hosVisit.id));
      hosUrl.searchParams.set('user', caredFor.headOfServiceEmail);
      proxy.take();
      const hosBrowser = await open(hosPage, hosUrl, 'article textarea');
      rows.push(row('form (head of service, card link)', proxy.take(), undefined, hosBrowser));
      await hosPage.close();
    }
    return rows;
  } finally {
    await context.close();
    await host.close();
    await service.close();
    await proxy.close();
    await local.server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
