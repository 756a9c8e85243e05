// Where Node code (provisioning, the bot, jobs) finds SharePoint. One adapter code path; only the
// way in differs: the local list server by default, SharePoint Online when SP_SITE_URL names it.
import { ClientCertificateCredential } from '@azure/identity';
import type { SPFI } from '@pnp/sp';
import { nodeSp, type SpAuth } from './sp';

export const DEFAULT_LOCAL_PORT = 4323;
/** The local site's administrator, standing in for the app-only principal a tenant would use. */
export const LOCAL_ADMIN = 'admin@frontline.local';

export interface Connection {
  siteUrl: string;
  local: boolean;
  sp: SPFI;
}

export function localSiteUrl(port: number = Number(process.env.SP_LOCAL_PORT ?? DEFAULT_LOCAL_PORT)): string {
  return `http://127.0.0.1:${port}/sites/frontline`;
}

function isLocal(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}

/** App-only credential for SharePoint Online; SharePoint refuses client secrets for app-only REST. */
function appCredential(env: NodeJS.ProcessEnv): SpAuth {
  const missing = ['SP_TENANT_ID', 'SP_CLIENT_ID', 'SP_CERT_PATH'].filter((k) => !env[k]);
  if (missing.length) {
    throw new Error(
      `SP_SITE_URL names a tenant, so ${missing.join(', ')} must be set (see README, "Deploy to a tenant").`
    );
  }
  const credential = new ClientCertificateCredential(env.SP_TENANT_ID as string, env.SP_CLIENT_ID as string, {
    certificatePath: env.SP_CERT_PATH as string,
    certificatePassword: env.SP_CERT_PASSWORD
  });
  return { kind: 'app', credential: { getToken: (scope) => credential.getToken(scope) } };
}

export function connect(env: NodeJS.ProcessEnv = process.env, user?: string): Connection {
  const siteUrl = (env.SP_SITE_URL ?? localSiteUrl()).replace(/\/$/, '');
  const local = isLocal(siteUrl);
  const auth: SpAuth = local ? { kind: 'local', user: user ?? env.SP_LOCAL_USER ?? LOCAL_ADMIN } : appCredential(env);
  return { siteUrl, local, sp: nodeSp(siteUrl, auth) };
}
