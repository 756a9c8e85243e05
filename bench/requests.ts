// HTTP requests the list server sees when each web part loads in Chromium (the workbench in front
// of the seeded local list server), and bytes where the count alone would hide a heavy page.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct } from '../src/node/local';
import { startHost } from '../src/host/server';
import { countListRequestsOnLoad, launchChromium } from '../src/host/server/browser';

export async function measureRequests(): Promise<Record<string, unknown>[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-req-'));
  const local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  const host = await startHost({ port: 0, listServerUrl: local.server.url, today: '2025-07-28' });
  const context = await launchChromium(path.join(dir, 'chromium'));
  try {
    const rows: Record<string, unknown>[] = [];
    for (const [view, ready, target] of [
      ['rota', 'main table', 2],
      ['dashboard', 'main table', undefined]
    ] as const) {
      const url = new URL(`/${view}`, host.url);
      url.searchParams.set('user', 'officer@example.gov.uk');
      const { count, requests } = await countListRequestsOnLoad(context, url.toString(), ready);
      const digest = requests.filter((r) => /contextinfo/i.test(r)).length;
      rows.push({ view, requests: count, withoutDigest: count - digest, target: target ?? '-', met: target === undefined ? '-' : count - digest <= target });
    }
    return rows;
  } finally {
    await context.close();
    await host.close();
    await local.server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
