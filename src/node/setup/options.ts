// The command line of `npm run setup:tenant`. Bad options give a usage message saying what is allowed.
import type { SetupOptions } from './plan';

export interface SetupArgs {
  options: SetupOptions;
  dryRun: boolean;
  remove: boolean;
}

export const USAGE = `Usage: npm run setup:tenant -- --site <url> --app-catalog <url> --service-url <url> --bot-id <guid>
         --cert <key+cert .pem> --cert-public <.cer> [--officers <a@x,b@x>] [--dry-run]
       npm run setup:tenant -- --remove --site <url> --app-catalog <url> [--dry-run]

  --site          the SharePoint site for the lists, https://<tenant>.sharepoint.com/sites/<name> (created if missing)
  --app-catalog   the tenant app catalog site (m365 spo tenant appcatalogurl get)
  --service-url   where the Frontline service runs, https://<host> (the web parts call it; the bot's host)
  --bot-id        the Azure Bot's Microsoft App ID (a GUID)
  --cert          PEM file with the certificate and its private key (SP_CERT_PATH for provisioning)
  --cert-public   the same certificate's public key (.cer) for the app registration
  --officers      comma-separated e-mail addresses of the officers (FRONTLINE_OFFICERS)
  --app-name      the app registration's name (default "Frontline Visits API": the .sppkg asks for it by name)
  --api-uri       the service's application ID URI (default api://frontline-visits)
  --title         the site's title when it is created (default "Frontline Visits")
  --dry-run       print every command and what it would change; run nothing
  --remove        undo the set-up (keeps the site and its lists)`;

const VALUED = [
  'site',
  'app-catalog',
  'service-url',
  'bot-id',
  'cert',
  'cert-public',
  'officers',
  'app-name',
  'api-uri',
  'title'
];
const FLAGS = ['dry-run', 'remove'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHAREPOINT_SITE = /^https:\/\/[a-z0-9-]+\.sharepoint\.com\/(sites|teams)\/[^/?#\s]+$/i;

export class UsageError extends Error {}

function httpsUrl(name: string, value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? undefined : `--${name} must be an https:// address, not ${value}`;
  } catch {
    return `--${name} must be an https:// address, not ${value}`;
  }
}

/** Parses `--name value`, `--name=value` and the flags; throws UsageError naming every problem. */
export function parseSetupArgs(argv: string[]): SetupArgs {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) problems.push(`unexpected argument ${arg}`);
    else if (FLAGS.includes(m[1]) && m[2] === undefined) flags.add(m[1]);
    else if (!VALUED.includes(m[1])) problems.push(`unknown option --${m[1]}`);
    else if (m[2] !== undefined) values[m[1]] = m[2];
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) values[m[1]] = argv[++i];
    else problems.push(`--${m[1]} needs a value`);
  }
  const remove = flags.has('remove');
  const required = remove
    ? ['site', 'app-catalog']
    : ['site', 'app-catalog', 'service-url', 'bot-id', 'cert', 'cert-public'];
  for (const name of required)
    if (!values[name] && !problems.some((p) => p.includes(`--${name} `))) problems.push(`--${name} is required`);
  const site = values.site?.replace(/\/$/, '');
  if (site && !SHAREPOINT_SITE.test(site))
    problems.push(`--site must look like https://<tenant>.sharepoint.com/sites/<name>, not ${site}`);
  for (const name of ['app-catalog', 'service-url']) {
    const p = values[name] ? httpsUrl(name, values[name]) : undefined;
    if (p) problems.push(p);
  }
  if (values['bot-id'] && !GUID.test(values['bot-id']))
    problems.push(`--bot-id must be a GUID, not ${values['bot-id']}`);
  if (values['api-uri'] && !/^(api|https):\/\/\S+$/.test(values['api-uri']))
    problems.push('--api-uri must start with api:// or https://');
  if (problems.length) throw new UsageError(problems.join('\n'));
  return {
    dryRun: flags.has('dry-run'),
    remove,
    options: {
      site: site as string,
      appCatalog: values['app-catalog'].replace(/\/$/, ''),
      serviceUrl: values['service-url']?.replace(/\/$/, ''),
      botId: values['bot-id'],
      cert: values.cert,
      certPublic: values['cert-public'],
      officers: values.officers,
      appName: values['app-name'] ?? 'Frontline Visits API',
      apiUri: values['api-uri'] ?? 'api://frontline-visits',
      title: values.title ?? 'Frontline Visits'
    }
  };
}
