// The Settings tab's page helpers for the browser tests: the stored Process Settings item (read,
// and written as someone else would), opening the tab as a user, a field by its exact label.
import type { Page } from 'playwright-core';
import type { Workbench } from './harness';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { SpSettingsStore } from '../../src/adapters/sp/settingsStore';
import { demoSettings, DEMO_COUNCILS, DEFAULT_DEMO } from '../../src/node/demoProcess';
import { LOCAL_COUNCIL_DOMAINS } from '../../src/node/local';

/** The demo's 2025 settings, as `npm start` provisions them. */
export const demoProcess = () => demoSettings(DEMO_COUNCILS[DEFAULT_DEMO], LOCAL_COUNCIL_DOMAINS);

export function settingsPage(wb: () => Workbench) {
  const store = () => new SpSettingsStore(nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
  return {
    store,
    /** The settings as stored on the list now. */
    stored: async () => JSON.parse((await store().read())!.settings) as Record<string, unknown>,
    /** Puts the demo's 2025 settings back, as someone else saving through the product would. */
    async writeAsSomeoneElse(patch: Record<string, unknown> = {}): Promise<void> {
      const item = (await store().read())!;
      const settings = JSON.stringify({
        ...demoSettings(DEMO_COUNCILS[DEFAULT_DEMO], LOCAL_COUNCIL_DOMAINS),
        ...patch
      });
      await store().write(
        { id: item.id, etag: item.etag },
        { settings, version: item.version + 1, changedBy: 'other.officer@example.gov.uk' }
      );
    },
    async openSettings(user: string): Promise<Page> {
      const page = await wb().open('/dashboard', user);
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Save settings' }).waitFor();
      return page;
    }
  };
}

export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
