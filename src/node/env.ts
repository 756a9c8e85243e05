// Every environment variable the Frontline service reads, checked once at start: all that is wrong
// is listed together (serviceCli exits 2), so an operator fixes the settings in one go. Pure: no
// file system or network (the certificate file's presence is checked by `readable`, if given).
// Messages name the variable and what it should be; they repeat a value only if it is not secret.
import { LOG_LEVELS, type LogLevel } from '../service/logger';
import { isEmailAddress } from '../core/email';
import { heapGrowingPercent } from './heapSettings';

export interface ServiceConfig {
  port: number;
  /** SP_SITE_URL without a trailing slash, or undefined for the local list server. */
  siteUrl?: string;
  local: boolean;
  allowedOrigins: string[];
  retentionHours: number;
  /** FRONTLINE_SHUTDOWN_SECONDS as ms: how long shutdown waits for requests and a sweep in flight. */
  shutdownMs: number;
  logLevel: LogLevel;
  /** OTEL_EXPORTER_OTLP_ENDPOINT without a trailing slash: spans are exported there; undefined: off. */
  otlpEndpoint?: string;
  /** Settings that are valid but do less than an operator may expect (said at start). */
  notes: string[];
}

export type EnvResult = { config: ServiceConfig } | { errors: string[] };

export interface EnvChecks {
  /** Whether a file can be read (SP_CERT_PATH); not checked when absent. */
  readable?: (path: string) => boolean;
}

export const DEFAULT_SHUTDOWN_SECONDS = 25;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

const shown = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);

function isLocalHost(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function parseUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function validateEnv(env: NodeJS.ProcessEnv, checks: EnvChecks = {}): EnvResult {
  const errors: string[] = [];
  const notes: string[] = [];
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };

  const port = (name: string): number | undefined => {
    const raw = get(name);
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (/^\d+$/.test(raw) && n >= 1 && n <= 65535) return n;
    errors.push(`${name} must be a TCP port, a whole number from 1 to 65535 (got ${shown(raw)}).`);
    return undefined;
  };
  const number = (name: string, min: 'positive' | 'zero'): number | undefined => {
    const raw = get(name);
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (Number.isFinite(n) && (min === 'zero' ? n >= 0 : n > 0)) return n;
    errors.push(`${name} must be a ${min === 'zero' ? 'number, 0 or more' : 'positive number'} (got ${shown(raw)}).`);
    return undefined;
  };
  const url = (name: string): URL | undefined => {
    const raw = get(name);
    if (raw === undefined) return undefined;
    const u = parseUrl(raw);
    if (!u) errors.push(`${name} must be an http(s) address (got ${shown(raw)}).`);
    return u;
  };
  const email = (name: string): void => {
    const raw = get(name);
    if (raw !== undefined && !isEmailAddress(raw))
      errors.push(`${name} must be an e-mail address (got ${shown(raw)}).`);
  };
  const required = (names: string[], why: string): void => {
    const missing = names.filter((n) => get(n) === undefined);
    if (missing.length) errors.push(`${missing.join(', ')} must be set: ${why}.`);
  };

  // App Service sets PORT; FRONTLINE_SERVICE_PORT is for running it by hand.
  const appServicePort = port('PORT');
  const ownPort = port('FRONTLINE_SERVICE_PORT');
  const servicePort = appServicePort ?? ownPort ?? 3978;
  port('SP_LOCAL_PORT');
  port('FRONTLINE_HOST_PORT');

  const site = url('SP_SITE_URL');
  // An address that does not parse is reported as such, without the tenant's requirements besides.
  const local = site === undefined || isLocalHost(site);
  if (site && !local && site.protocol !== 'https:')
    errors.push(`SP_SITE_URL must be an https:// SharePoint Online site (got ${shown(site.href)}).`);
  if (!local) {
    required(
      ['SP_TENANT_ID', 'SP_CLIENT_ID', 'SP_CERT_PATH'],
      "SP_SITE_URL names a tenant, reached with an app-only certificate (README, 'Deploy to a tenant')"
    );
    required(
      ['FRONTLINE_API_AUDIENCE'],
      "on a tenant the service checks callers' Entra ID tokens for this audience (e.g. api://frontline-visits)"
    );
    required(
      ['FRONTLINE_FORM_PAGE_URL', 'FRONTLINE_DASHBOARD_URL'],
      "on a tenant the bot's cards link to these SharePoint pages"
    );
  }
  for (const name of ['SP_TENANT_ID', 'MicrosoftAppTenantId']) {
    const raw = get(name);
    if (raw && !GUID.test(raw) && !DOMAIN.test(raw))
      errors.push(`${name} must be a tenant id (a GUID) or the tenant's domain (got ${shown(raw)}).`);
  }
  const clientId = get('SP_CLIENT_ID');
  if (clientId && !GUID.test(clientId))
    errors.push(`SP_CLIENT_ID must be the app registration's client id, a GUID (got ${shown(clientId)}).`);
  const cert = get('SP_CERT_PATH');
  if (cert && checks.readable && !checks.readable(cert))
    errors.push(`SP_CERT_PATH names no readable file (${shown(cert)}): give the PEM with the private key.`);
  if (get('SP_CERT_PASSWORD') && !cert)
    errors.push('SP_CERT_PASSWORD is set but SP_CERT_PATH is not: set both or neither.');

  for (const audience of (get('FRONTLINE_API_AUDIENCE') ?? '').split(',').map((a) => a.trim()))
    if (audience && !/^api:\/\/\S+$/.test(audience) && !GUID.test(audience) && !parseUrl(audience))
      errors.push(
        `FRONTLINE_API_AUDIENCE must list application ID URIs (api://...) or client ids (got ${shown(audience)}).`
      );
  const allowedOrigins: string[] = [];
  for (const origin of (get('FRONTLINE_ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)) {
    const u = parseUrl(origin);
    if (u && origin.replace(/\/$/, '') === u.origin) allowedOrigins.push(u.origin);
    else
      errors.push(
        `FRONTLINE_ALLOWED_ORIGINS must list origins such as https://contoso.sharepoint.com, no paths (got ${shown(origin)}).`
      );
  }

  // The bot: MicrosoftAppId/MicrosoftAppPassword, or BOT_ID/BOT_PASSWORD as the Teams package names them.
  const appId = get('MicrosoftAppId') ?? get('BOT_ID');
  const appPassword = get('MicrosoftAppPassword') ?? get('BOT_PASSWORD');
  const appType = get('MicrosoftAppType');
  if (appType && !APP_TYPES.includes(appType))
    errors.push(`MicrosoftAppType must be one of ${APP_TYPES.join(', ')} (got ${shown(appType)}).`);
  if (appId && !GUID.test(appId))
    errors.push(`MicrosoftAppId (or BOT_ID) must be the bot's app id, a GUID (got ${shown(appId)}).`);
  const needsPassword = appType !== 'UserAssignedMSI';
  if (appId && !appPassword && needsPassword)
    errors.push('MicrosoftAppPassword (or BOT_PASSWORD) must be set with MicrosoftAppId.');
  if (appPassword && !appId) errors.push('MicrosoftAppId (or BOT_ID) must be set with MicrosoftAppPassword.');
  if (!local && !appId)
    errors.push(
      'MicrosoftAppId and MicrosoftAppPassword must be set on a tenant: without them the bot would take activities without a token.'
    );

  url('FRONTLINE_FORM_PAGE_URL');
  url('FRONTLINE_DASHBOARD_URL');
  email('FRONTLINE_CONTACT_EMAIL');
  email('FRONTLINE_OFFICER_EMAIL');
  for (const domain of (get('FRONTLINE_COUNCIL_DOMAINS') ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean))
    if (!DOMAIN.test(domain))
      errors.push(
        `FRONTLINE_COUNCIL_DOMAINS must list e-mail domains such as cheshireeast.gov.uk (got ${shown(domain)}).`
      );
  number('FRONTLINE_SWEEP_MINUTES', 'positive');
  number('FRONTLINE_SEND_RATE', 'positive');
  number('FRONTLINE_SUBMISSION_LOOKBACK_DAYS', 'positive');
  const [lease, renew] = ['FRONTLINE_LEASE_SECONDS', 'FRONTLINE_LEASE_RENEW_SECONDS'].map((n) => number(n, 'positive'));
  if ((renew ?? 30) >= (lease ?? 120))
    errors.push('FRONTLINE_LEASE_RENEW_SECONDS must be less than FRONTLINE_LEASE_SECONDS.');
  number('FRONTLINE_CLAIM_LEASE_SECONDS', 'positive');
  const retentionHours = number('FRONTLINE_RETENTION_HOURS', 'zero') ?? 0;
  const privacyKey = get('FRONTLINE_PRIVACY_KEY');
  if (privacyKey && privacyKey.length < 16) errors.push('FRONTLINE_PRIVACY_KEY must be at least 16 characters.');
  if (!local && !privacyKey) notes.push("FRONTLINE_PRIVACY_KEY is not set: the dashboard's Privacy section is off.");
  const shutdownSeconds = number('FRONTLINE_SHUTDOWN_SECONDS', 'positive') ?? DEFAULT_SHUTDOWN_SECONDS;
  const heap = heapGrowingPercent(get('FRONTLINE_HEAP_GROWING_PERCENT'));
  if ('problem' in heap) errors.push(heap.problem);
  const level = get('FRONTLINE_LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(level as LogLevel))
    errors.push(`FRONTLINE_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got ${shown(level)}).`);
  const otlpEndpoint = telemetry(get, errors, notes);
  if (errors.length) return { errors };
  return {
    config: {
      port: servicePort,
      siteUrl: site?.href.replace(/\/$/, ''),
      local,
      allowedOrigins,
      retentionHours,
      shutdownMs: shutdownSeconds * 1000,
      logLevel: level as LogLevel,
      otlpEndpoint,
      notes
    }
  };
}

/** OTEL_EXPORTER_OTLP_ENDPOINT (an OTLP/HTTP collector's base address) unless OTEL_SDK_DISABLED=true. */
function telemetry(get: (name: string) => string | undefined, errors: string[], notes: string[]): string | undefined {
  const disabled = get('OTEL_SDK_DISABLED')?.toLowerCase();
  if (disabled !== undefined && disabled !== 'true' && disabled !== 'false')
    errors.push(`OTEL_SDK_DISABLED must be true or false (got ${shown(disabled)}).`);
  for (const name of ['OTEL_EXPORTER_OTLP_PROTOCOL', 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL']) {
    const protocol = get(name);
    if (protocol !== undefined && protocol !== 'http/json')
      errors.push(`${name} must be http/json, the only protocol this build sends, or unset (got ${shown(protocol)}).`);
  }
  const raw = get('OTEL_EXPORTER_OTLP_ENDPOINT');
  let endpoint: string | undefined;
  if (raw !== undefined) {
    const u = parseUrl(raw);
    if (!u || u.search || u.hash || u.username || u.password)
      errors.push(
        `OTEL_EXPORTER_OTLP_ENDPOINT must be the http(s) base address of an OTLP/HTTP collector, such as http://localhost:4318, without a query or credentials (put keys in OTEL_EXPORTER_OTLP_HEADERS) (got ${shown(u ? u.origin + u.pathname : raw.replace(/\/\/[^/]*@/, '//'))}).`
      );
    else endpoint = u.href.replace(/\/+$/, '');
  }
  if (get('APPLICATIONINSIGHTS_CONNECTION_STRING'))
    notes.push(
      'APPLICATIONINSIGHTS_CONNECTION_STRING is set, but this build exports telemetry only over OTLP: set OTEL_EXPORTER_OTLP_ENDPOINT to a collector that forwards to Application Insights (README, "Telemetry export").'
    );
  return disabled === 'true' ? undefined : endpoint;
}
