// `npm run service`: the Frontline service alone (findings API and the Teams bot), against
// SP_SITE_URL with the app-only certificate on a tenant, or the running local list server.
// Settings are checked first (all problems at once, exit 2); logs are JSON lines on stdout; SIGTERM
// or SIGINT drains requests and sweeps in flight (FRONTLINE_SHUTDOWN_SECONDS) before exiting.
// First: V8's heap settings (FRONTLINE_HEAP_GROWING_PERCENT), before the rest of the service loads.
import { heapGrowingPercentSet } from './serviceHeap';
import * as fs from 'fs';
import { randomUUID } from 'crypto';
import { connect } from './connection';
import { authenticatorFor, serviceOptions } from './service';
import type { SPFI } from '@pnp/sp';
import { startService, type ServiceOptions } from '../service/app';
import { credentialsFromEnv } from '../bot/botframework/adapter';
import { botFromSite, linksFromEnv, siteSweepLease, sweepDeps, sweepSettingsFromEnv } from './bot';
import { startSweepTimer, type SweepTimer } from '../bot/app/sweepTimer';
import { hosActionNotices } from '../bot/app/hosNotices';
import { afterReplyRunner } from '../bot/app/afterReply';
import { validateEnv } from './env';
import { listsReachable, officersGroupPresent, settingsValid } from './readiness';
import { startTelemetry, type Telemetry } from './telemetry';
import { configureLogging, errorFields, log, routeConsole, runWithCorrelation } from '../service/logger';

const readable = (path: string): boolean => {
  try {
    fs.accessSync(path, fs.constants.R_OK);
    return fs.statSync(path).isFile();
  } catch {
    return false;
  }
};

/** A sweep run under its own correlation id, its failures logged (never thrown) by the timer. */
const sweepRun = (name: string, run: () => Promise<string>) => (): Promise<void> =>
  runWithCorrelation(`${name}-${randomUUID()}`, async () => {
    const started = Date.now();
    const summary = await run();
    log.info(`${name} sweep`, { summary, durationMs: Date.now() - started });
  });
const sweepLog = (name: string) => (message: string, error: unknown) =>
  log.error(`${name} ${message}`, errorFields(error));

/** Resolves when `work` does or after `ms`, whichever is first (true when `work` finished). */
const within = (work: Promise<unknown>, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    work.then(
      () => (clearTimeout(timer), resolve(true)),
      () => (clearTimeout(timer), resolve(true))
    );
  });

/** The privacy API (src/service/privacyRoutes.ts), its modules required on the first call. */
function lazyPrivacy(sp: SPFI, local: boolean): NonNullable<ServiceOptions['privacy']> {
  let loaded: Promise<NonNullable<ServiceOptions['privacy']>> | undefined;
  const api = () =>
    (loaded ??= import('../adapters/sp/privacyErase').then(({ privacyKey, spPrivacyApi }) =>
      spPrivacyApi(sp, privacyKey(process.env, local), () => new Date().toISOString())
    ));
  return {
    subjectAccess: async (email) => (await api()).subjectAccess(email),
    erase: async (email, dryRun, actor) => (await api()).erase(email, dryRun, actor)
  };
}

async function main(): Promise<void> {
  // JSON lines on stdout from the first, the settings' own problems included.
  configureLogging({});
  const checked = validateEnv(process.env, { readable });
  if ('errors' in checked) {
    log.error('the Frontline service settings are not valid', { errors: checked.errors });
    process.stderr.write(`The Frontline service cannot start:\n${checked.errors.map((e) => `- ${e}`).join('\n')}\n`);
    process.exit(2);
  }
  const { config } = checked;
  configureLogging({ level: config.logLevel });
  routeConsole();
  for (const note of config.notes) log.warn(note);
  // Span export (OTEL_EXPORTER_OTLP_ENDPOINT): the SDK is loaded only then; it never stops the service.
  let telemetry: Telemetry | undefined;
  if (config.otlpEndpoint)
    telemetry = await startTelemetry({ endpoint: config.otlpEndpoint, serviceName: 'frontline-service' }).then(
      (t) => (log.info('telemetry export on', { endpoint: new URL(config.otlpEndpoint ?? '').origin }), t),
      (e: unknown) => (log.error('telemetry export could not start', errorFields(e)), undefined)
    );
  const connection = connect();
  // A turn's steps after its reply (a submission's sharing and notices, an answer's message): the
  // shutdown below waits for them; one that fails is logged under its turn's correlation id (the
  // task runs in the turn's context) and finished by the sweep.
  const afterReply = afterReplyRunner((task, e) =>
    log.error(`after the reply: ${task} failed; the sweep finishes it`, { task, ...errorFields(e) })
  );
  const bot = await botFromSite(connection.sp, {
    afterReply,
    credentials: credentialsFromEnv(),
    links: linksFromEnv(process.env, connection.local),
    contactEmail: process.env.FRONTLINE_CONTACT_EMAIL,
    log: (message) => log.warn(message)
  });
  // The process read for each call from the site's settings, as the bot reads it before each turn.
  const options = serviceOptions(connection.sp, authenticatorFor(connection.local), () => bot.process.inForce());
  const service = await startService({
    ...options,
    notices: hosActionNotices(bot.deps),
    // Subject access and erasure for officers, only with a privacy key (required on a tenant).
    // Its code (the scan, export and erasure modules) is loaded with the first request, not at start.
    ...(process.env.FRONTLINE_PRIVACY_KEY || connection.local
      ? { privacy: lazyPrivacy(connection.sp, connection.local) }
      : {}),
    extend: bot.mount,
    ready: [listsReachable(connection.sp), officersGroupPresent(options.officers), settingsValid(bot.process.source)],
    allowedOrigins: config.allowedOrigins,
    port: config.port,
    // On a tenant the service is reached through App Service or a reverse proxy, so listen on every interface.
    host: connection.local ? '127.0.0.1' : '0.0.0.0'
  });
  log.info(`Frontline service on ${service.url}`, {
    site: connection.siteUrl,
    callers: connection.local ? 'X-Frontline-User (local list server)' : 'Entra ID',
    heapGrowingPercent: heapGrowingPercentSet ?? "V8's own"
  });
  // The reminder sweep inside the running bot (FRONTLINE_SWEEP_MINUTES); the send log keeps it
  // from repeating messages a manual `npm run reminders` already sent, and the sweep lease lets one
  // instance (of any number scaled out, or `npm run reminders`) sweep at a time.
  const settings = sweepSettingsFromEnv();
  const sweeper = sweepDeps(bot.deps, settings);
  const lease = siteSweepLease(connection.sp, sweeper.instanceId);
  const timers: SweepTimer[] = [];
  if (settings.intervalMs)
    timers.push(
      startSweepTimer(
        sweepRun('reminder', async () => {
          // Each sweep runs with the site's settings as they are now (cached for a minute).
          await bot.process.apply(sweeper);
          const [{ runSweep }, { summaryLine }] = await Promise.all([
            import('../bot/app/sweep'),
            import('../bot/app/sweepReport')
          ]);
          const run = await lease.run((leaseHeld) => runSweep({ ...sweeper, leaseHeld }, new Date().toISOString()));
          return run.ran
            ? summaryLine(run.result)
            : `${run.holder} is sweeping (lease until ${run.expiresAt}); skipped`;
        }),
        settings.intervalMs,
        { immediate: true, log: sweepLog('reminder') }
      )
    );
  // The retention sweep (FRONTLINE_RETENTION_HOURS, e.g. 24): off until set, as the reminder sweep is;
  // the same code as `npm run retention`, with the site's retention periods read at each run.
  if (config.retentionHours > 0)
    timers.push(
      startSweepTimer(
        sweepRun('retention', async () => {
          const [{ retentionSweep }, { formatRetentionReport }] = await Promise.all([
            import('./retention'),
            import('../core/retention/sweep')
          ]);
          const report = await retentionSweep(connection.sp, new Date().toISOString(), {
            contactEmail: process.env.FRONTLINE_CONTACT_EMAIL
          });
          return formatRetentionReport(report, 0).join('; ');
        }),
        config.retentionHours * 3600000,
        { immediate: true, log: sweepLog('retention') }
      )
    );
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info('shutdown requested', { signal, timeoutMs: config.shutdownMs });
    const deadline = Date.now() + config.shutdownMs;
    // No new sweeps, and a running one starts no new send: the send in flight finishes and is
    // recorded (no claim of ours left open), then the lease is released for the next instance.
    lease.stop();
    for (const t of timers) t.stop();
    Promise.all([
      // The requests in flight first (a turn may leave work after its reply), then that work, within the same time.
      service
        .shutdown(config.shutdownMs)
        .then(async (drained) => [drained, await afterReply.idle(Math.max(0, deadline - Date.now()))] as const),
      // A sweep that stops in time releases the lease; the next instance need not wait for it to expire.
      within(Promise.all(timers.map((t) => t.idle())), config.shutdownMs).then(async (done) => {
        await lease.release().catch(() => undefined);
        return done;
      })
    ])
      // The spans still buffered go before the process does (the exporter gives up after its own timeout).
      .then(async (done) => (await telemetry?.shutdown().catch(() => undefined), done))
      .then(
        ([[requests, after], sweeps]) => {
          log.info('stopped', { requestsDrained: requests, afterReplyFinished: after, sweepsFinished: sweeps });
          process.exit(requests && after && sweeps ? 0 : 1);
        },
        (e: unknown) => {
          log.error('shutdown failed', errorFields(e));
          process.exit(1);
        }
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  log.error('the Frontline service could not start', errorFields(e));
  process.stderr.write(`The Frontline service could not start: ${e.message}\n`);
  process.exitCode = 1;
});
