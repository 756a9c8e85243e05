// `npm run service`: the Frontline service alone (findings API and the Teams bot), against
// SP_SITE_URL with the app-only certificate on a tenant, or the running local list server.
import { connect } from './connection';
import { authenticatorFor, serviceOptions } from './service';
import { privacyKey, spPrivacyApi } from '../adapters/sp/privacyErase';
import { DEFAULT_SERVICE_PORT, startService } from '../service/app';
import { credentialsFromEnv } from '../bot/botframework/adapter';
import { botFromSite, linksFromEnv, siteSweepLease, sweepDeps, sweepSettingsFromEnv } from './bot';
import { runSweep } from '../bot/app/sweep';
import { startSweepTimer } from '../bot/app/sweepTimer';
import { hosActionNotices } from '../bot/app/hosNotices';
import { formatRetentionReport } from '../core/retention/sweep';
import { retentionSweep } from './retention';

async function main(): Promise<void> {
  const connection = connect();
  const port = Number(process.env.PORT ?? process.env.FRONTLINE_SERVICE_PORT ?? DEFAULT_SERVICE_PORT);
  // On a tenant the service is reached through App Service or a reverse proxy, so listen on every interface.
  const allowedOrigins = (process.env.FRONTLINE_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const bot = await botFromSite(connection.sp, {
    credentials: credentialsFromEnv(),
    links: linksFromEnv(process.env, connection.local),
    contactEmail: process.env.FRONTLINE_CONTACT_EMAIL
  });
  const service = await startService({
    // The process read for each call from the site's settings, as the bot reads it before each turn.
    ...serviceOptions(connection.sp, authenticatorFor(connection.local), () => bot.process.inForce()),
    notices: hosActionNotices(bot.deps),
    // Subject access and erasure for officers, only with a privacy key (required on a tenant).
    ...(process.env.FRONTLINE_PRIVACY_KEY || connection.local
      ? {
          privacy: spPrivacyApi(connection.sp, privacyKey(process.env, connection.local), () =>
            new Date().toISOString()
          )
        }
      : {}),
    extend: bot.mount,
    allowedOrigins,
    port,
    host: connection.local ? '127.0.0.1' : '0.0.0.0'
  });
  console.log(
    `Frontline service on ${service.url} for ${connection.siteUrl}${connection.local ? ' (local list server; callers named by X-Frontline-User)' : ' (Entra ID callers)'}`
  );
  // The reminder sweep inside the running bot (FRONTLINE_SWEEP_MINUTES); the send log keeps it
  // from repeating messages a manual `npm run reminders` already sent, and the sweep lease lets one
  // instance (of any number scaled out, or `npm run reminders`) sweep at a time.
  const settings = sweepSettingsFromEnv();
  const sweeper = sweepDeps(bot.deps, settings);
  const lease = siteSweepLease(connection.sp, sweeper.instanceId);
  const timer = settings.intervalMs
    ? startSweepTimer(
        async () => {
          // Each sweep runs with the site's settings as they are now (cached for a minute).
          await bot.process.apply(sweeper);
          const run = await lease.run((leaseHeld) => runSweep({ ...sweeper, leaseHeld }, new Date().toISOString()));
          if (!run.ran) console.log(`[sweep] ${run.holder} is sweeping (lease until ${run.expiresAt}); skipped`);
          return run;
        },
        settings.intervalMs,
        { immediate: true }
      )
    : undefined;
  // The retention sweep (FRONTLINE_RETENTION_HOURS, e.g. 24): off until set, as the reminder sweep is;
  // the same code as `npm run retention`, with the site's retention periods read at each run.
  const retentionHours = Number(process.env.FRONTLINE_RETENTION_HOURS ?? 0);
  const retention =
    retentionHours > 0
      ? startSweepTimer(
          async () => {
            const report = await retentionSweep(connection.sp, new Date().toISOString(), {
              contactEmail: process.env.FRONTLINE_CONTACT_EMAIL
            });
            console.log(`[retention] ${formatRetentionReport(report, 0).join('; ')}`);
          },
          retentionHours * 3600000,
          { immediate: true, log: (message, error) => console.error(`[retention] ${message}:`, error) }
        )
      : undefined;
  const stop = (): void => {
    timer?.stop();
    retention?.stop();
    Promise.all([lease.release(), service.close()]).then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  console.error(`The Frontline service could not start: ${e.message}`);
  process.exitCode = 1;
});
