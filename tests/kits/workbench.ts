// The whole local product in a real browser: the list server (provisioned and seeded, in a temp
// dir), the workbench host in front of it, and Debian's chromium, offline, via playwright-core. A
// test kit: the browser tests (tests/browser/harness.ts) and `npm run screenshots` start it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { startLocalProduct, startLocalService, type LocalProduct } from '../../src/node/local';
import type { ServiceHandle } from '../../src/service/app';
import { londonInstant } from '../../src/core/time/london';
import { startHost, type HostHandle } from '../../src/host/server';
import { assertChromium, launchChromium } from '../../src/host/server/browser';

/** The sample year's "today", so the page opens on 2025/26 whatever the real date. */
export const SAMPLE_TODAY = '2025-07-28';
export const OFFICER = 'officer@example.gov.uk';
export const COUNCILLOR = 'cllr.bennett.wake@example.gov.uk';
export const HEAD_OF_SERVICE = 'hos.cared.for.children.and.care.leavers@example.gov.uk';

export interface Workbench {
  local: LocalProduct;
  /** The Frontline service (findings API), its clock at 10:00 on SAMPLE_TODAY. */
  service: ServiceHandle;
  host: HostHandle;
  context: BrowserContext;
  /** A new tab on a workbench path as a user (sets ?user=, which the page then remembers). */
  open(pathname: string, user?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startWorkbench(): Promise<Workbench> {
  assertChromium(); // fail before starting servers, with the install command in the message
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-browser-'));
  const local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  let host: HostHandle | undefined;
  let service: ServiceHandle | undefined;
  try {
    service = await startLocalService(local, { port: 0, now: () => londonInstant(SAMPLE_TODAY, '10:00') });
    host = await startHost({ port: 0, listServerUrl: local.server.url, today: SAMPLE_TODAY, serviceUrl: service.url });
    const context = await launchChromium(path.join(dir, 'chromium'));
    const h = host;
    const svc = service;
    return {
      local,
      service: svc,
      host: h,
      context,
      async open(pathname, user) {
        const url = new URL(pathname, h.url);
        if (user) url.searchParams.set('user', user);
        const page = await context.newPage();
        await page.goto(url.toString());
        return page;
      },
      async close() {
        await context.close();
        await h.close();
        await svc.close();
        await local.server.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
  } catch (e) {
    await host?.close();
    await service?.close();
    await local.server.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
