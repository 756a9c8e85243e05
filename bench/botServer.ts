// Child process for bench/botLatency.ts: the bot under test (the real Frontline service with its
// bot over the seeded local list server, or the bare echo bot) plus a capture connector standing in
// for Teams, in a process of its own so the load generator does not share its event loop.
// Prints one JSON line {serviceUrl, captureUrl} when ready; exits on SIGTERM or stdin end.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startCaptureConnector } from '../src/bot/testing/captureConnector';
import { startEchoBot } from './echoBot';

async function main(): Promise<void> {
  const mode = process.argv[2];
  const capture = await startCaptureConnector();
  const closers: (() => Promise<void>)[] = [];
  let url: string;
  let dir: string | undefined;
  if (mode === 'echo') {
    const echo = await startEchoBot();
    url = echo.url;
    closers.push(echo.close);
  } else {
    const { startLocalProduct, startLocalService } = await import('../src/node/local');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-bot-'));
    const local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
    const service = await startLocalService(local, { port: 0, now: () => '2025-07-29T09:00:00.000Z' });
    url = service.url.replace(/\/$/, '');
    closers.push(() => service.close(), () => local.server.close());
  }
  closers.push(() => capture.close());
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(JSON.stringify({ captured: capture.stats().sends }) + '\n');
    for (const c of closers) await c().catch(() => undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  process.stdout.write(JSON.stringify({ serviceUrl: url, captureUrl: capture.url }) + '\n');
}

main().catch((e) => {
  process.stderr.write(`botServer: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
