// `npm run service`: the Frontline service alone (findings API; the bot joins it), against
// SP_SITE_URL with the app-only certificate on a tenant, or the running local list server.
import { connect } from './connection';
import { authenticatorFor, serviceOptions } from './service';
import { DEFAULT_SERVICE_PORT, startService } from '../service/app';

async function main(): Promise<void> {
  const connection = connect();
  const port = Number(process.env.PORT ?? process.env.FRONTLINE_SERVICE_PORT ?? DEFAULT_SERVICE_PORT);
  // On a tenant the service is reached through App Service or a reverse proxy, so listen on every interface.
  const allowedOrigins = (process.env.FRONTLINE_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const service = await startService({ ...serviceOptions(connection.sp, authenticatorFor(connection.local)), allowedOrigins, port, host: connection.local ? '127.0.0.1' : '0.0.0.0' });
  console.log(`Frontline service on ${service.url} for ${connection.siteUrl}${connection.local ? ' (local list server; callers named by X-Frontline-User)' : ' (Entra ID callers)'}`);
  const stop = (): void => {
    service.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  console.error(`The Frontline service could not start: ${e.message}`);
  process.exitCode = 1;
});
