// `npm run service`: the Frontline service alone (findings API and the Teams bot), against
// SP_SITE_URL with the app-only certificate on a tenant, or the running local list server.
import { connect } from './connection';
import { authenticatorFor, serviceOptions } from './service';
import { DEFAULT_SERVICE_PORT, startService } from '../service/app';
import { credentialsFromEnv } from '../bot/botframework/adapter';
import { botMount, pageLinks } from './bot';

/** Where the bot's cards link: the SharePoint pages holding the form and dashboard web parts. */
function links(local: boolean): ReturnType<typeof pageLinks> {
  const form = process.env.FRONTLINE_FORM_PAGE_URL ?? (local ? 'http://127.0.0.1:4321/form' : '');
  const dashboard = process.env.FRONTLINE_DASHBOARD_URL ?? (local ? 'http://127.0.0.1:4321/dashboard' : '');
  if (!form || !dashboard) throw new Error('Set FRONTLINE_FORM_PAGE_URL and FRONTLINE_DASHBOARD_URL to the SharePoint pages with the visit form and dashboard web parts.');
  return pageLinks(form, dashboard);
}

async function main(): Promise<void> {
  const connection = connect();
  const port = Number(process.env.PORT ?? process.env.FRONTLINE_SERVICE_PORT ?? DEFAULT_SERVICE_PORT);
  // On a tenant the service is reached through App Service or a reverse proxy, so listen on every interface.
  const allowedOrigins = (process.env.FRONTLINE_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const bot = botMount(connection.sp, { credentials: credentialsFromEnv(), links: links(connection.local), contactEmail: process.env.FRONTLINE_CONTACT_EMAIL });
  const service = await startService({ ...serviceOptions(connection.sp, authenticatorFor(connection.local)), extend: bot.mount, allowedOrigins, port, host: connection.local ? '127.0.0.1' : '0.0.0.0' });
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
