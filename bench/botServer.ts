// Child process for bench/botLatency.ts: the bot under test (the real Frontline service with its
// bot over the list server child, bench/listServer.ts, or the bare echo bot) plus a capture
// connector standing in for Teams, in a process of its own so the load generator does not share
// its event loop. The bench users are Teams members there, so getMember answers as Teams would.
// argv: mode, then (frontline) the list server URL and the users as JSON.
// Prints one JSON line {serviceUrl, captureUrl} when ready; exits on SIGTERM or stdin end. A line
// "cpu" on stdin is answered with one JSON line {cpuUs}: this process's CPU time so far (user +
// system, process.cpuUsage), so a bench can take this bot's own CPU per turn. A line "idle" is
// answered with {"idle":true} once the bot's work after its replies is done (bench/roundTrips.ts).
import { startCaptureConnector } from '../tests/kits/captureConnector';
import { startEchoBot } from './echoBot';
import type { BenchUser } from './listServer';
import type { AfterReply } from '../src/bot/app/afterReply';

async function main(): Promise<void> {
  const [mode, listUrl, usersJson] = process.argv.slice(2);
  const capture = await startCaptureConnector();
  for (const u of JSON.parse(usersJson ?? '[]') as BenchUser[]) {
    capture.addMember({
      id: u.id,
      name: u.name,
      aadObjectId: u.aadObjectId,
      email: u.email,
      userPrincipalName: u.email,
      tenantId: 'tenant'
    });
  }
  const closers: (() => Promise<void>)[] = [];
  let afterReply: AfterReply | undefined;
  let url: string;
  if (mode === 'echo') {
    const echo = await startEchoBot();
    url = echo.url;
    closers.push(echo.close);
  } else {
    // V8's heap settings as the packaged service's entry applies them (FRONTLINE_HEAP_GROWING_PERCENT).
    const { applyHeapSettings } = await import('../src/node/heapSettings');
    applyHeapSettings();
    const { startLocalService } = await import('../src/node/local');
    const { BENCH_NOW } = await import('./listServer');
    const { afterReplyRunner } = await import('../src/bot/app/afterReply');
    // As the service runs it: a submission's and an answer's later steps after the reply.
    afterReply = afterReplyRunner((task, e) =>
      process.stderr.write(`botServer: ${task} after the reply: ${String(e)}\n`)
    );
    const service = await startLocalService(
      { server: { url: listUrl } },
      { port: 0, now: () => BENCH_NOW, afterReply }
    );
    url = service.url.replace(/\/$/, '');
    const later = afterReply;
    closers.push(
      async () => void (await later.idle()),
      () => service.close()
    );
  }
  closers.push(() => capture.close());
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    // Peak resident memory over the whole run (KB from the OS), beside what was sent.
    process.stdout.write(
      JSON.stringify({ captured: capture.stats().sends, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) +
        '\n'
    );
    for (const c of closers) await c().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.on('data', (d: Buffer) => {
    if (/^idle$/m.test(d.toString()))
      void (afterReply?.idle() ?? Promise.resolve(true)).then(() => process.stdout.write('{"idle":true}\n'));
    if (!/^cpu$/m.test(d.toString())) return;
    const { user, system } = process.cpuUsage();
    process.stdout.write(JSON.stringify({ cpuUs: user + system }) + '\n');
  });
  process.stdin.resume();
  process.stdout.write(JSON.stringify({ serviceUrl: url, captureUrl: capture.url }) + '\n');
}

main().catch((e) => {
  process.stderr.write(`botServer: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
