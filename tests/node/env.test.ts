// validateEnv: every variable the service reads, each wrong value named with what it should be,
// all problems at once, and no secret repeated in a message.
import { validateEnv, DEFAULT_SHUTDOWN_SECONDS, type ServiceConfig } from '../../src/node/env';

const GUID = '11111111-2222-4333-8444-555555555555';
const TENANT: NodeJS.ProcessEnv = {
  SP_SITE_URL: 'https://contoso.sharepoint.com/sites/frontline',
  SP_TENANT_ID: GUID,
  SP_CLIENT_ID: GUID,
  SP_CERT_PATH: '/home/site/cert.pem',
  FRONTLINE_API_AUDIENCE: 'api://frontline-visits',
  FRONTLINE_FORM_PAGE_URL: 'https://contoso.sharepoint.com/sites/frontline/SitePages/Form.aspx',
  FRONTLINE_DASHBOARD_URL: 'https://contoso.sharepoint.com/sites/frontline/SitePages/Dashboard.aspx',
  MicrosoftAppId: GUID,
  MicrosoftAppPassword: 'bot-secret-value',
  FRONTLINE_PRIVACY_KEY: 'a-privacy-key-of-16+'
};

const config = (env: NodeJS.ProcessEnv): ServiceConfig => {
  const r = validateEnv(env);
  if (!('config' in r)) throw new Error(`expected a config, got ${r.errors.join(' | ')}`);
  return r.config;
};
const errors = (env: NodeJS.ProcessEnv, readable?: (p: string) => boolean): string[] => {
  const r = validateEnv(env, { readable });
  if (!('errors' in r)) throw new Error('expected errors');
  return r.errors;
};

describe('validateEnv', () => {
  it('takes an empty environment as the local list server with the defaults', () => {
    expect(config({})).toEqual({
      port: 3978,
      siteUrl: undefined,
      local: true,
      allowedOrigins: [],
      retentionHours: 0,
      shutdownMs: DEFAULT_SHUTDOWN_SECONDS * 1000,
      logLevel: 'info',
      notes: []
    });
  });

  it('takes a complete tenant environment', () => {
    const c = config({ ...TENANT, PORT: '8080', FRONTLINE_ALLOWED_ORIGINS: 'https://contoso.sharepoint.com/' });
    expect(c).toMatchObject({ port: 8080, local: false, siteUrl: TENANT.SP_SITE_URL });
    expect(c.allowedOrigins).toEqual(['https://contoso.sharepoint.com']);
  });

  it.each([
    ['PORT', 'abc', 'PORT must be a TCP port'],
    ['PORT', '70000', 'PORT must be a TCP port'],
    ['FRONTLINE_SERVICE_PORT', '0', 'FRONTLINE_SERVICE_PORT must be a TCP port'],
    ['SP_LOCAL_PORT', '12.5', 'SP_LOCAL_PORT must be a TCP port'],
    ['FRONTLINE_HOST_PORT', '-1', 'FRONTLINE_HOST_PORT must be a TCP port'],
    ['SP_SITE_URL', 'contoso.sharepoint.com', 'SP_SITE_URL must be an http(s) address'],
    ['MicrosoftAppType', 'Anyone', 'MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI'],
    ['MicrosoftAppTenantId', 'not a tenant', 'MicrosoftAppTenantId must be a tenant id'],
    ['FRONTLINE_API_AUDIENCE', 'frontline', 'FRONTLINE_API_AUDIENCE must list application ID URIs'],
    [
      'FRONTLINE_ALLOWED_ORIGINS',
      'https://contoso.sharepoint.com/sites/x',
      'FRONTLINE_ALLOWED_ORIGINS must list origins'
    ],
    ['FRONTLINE_FORM_PAGE_URL', 'Form.aspx', 'FRONTLINE_FORM_PAGE_URL must be an http(s) address'],
    ['FRONTLINE_DASHBOARD_URL', 'ftp://x/y', 'FRONTLINE_DASHBOARD_URL must be an http(s) address'],
    ['FRONTLINE_CONTACT_EMAIL', 'officers', 'FRONTLINE_CONTACT_EMAIL must be an e-mail address'],
    ['FRONTLINE_OFFICER_EMAIL', 'a@b', 'FRONTLINE_OFFICER_EMAIL must be an e-mail address'],
    ['FRONTLINE_COUNCIL_DOMAINS', 'cheshireeast.gov.uk,@x', 'FRONTLINE_COUNCIL_DOMAINS must list e-mail domains'],
    ['FRONTLINE_SWEEP_MINUTES', '0', 'FRONTLINE_SWEEP_MINUTES must be a positive number'],
    ['FRONTLINE_SEND_RATE', 'fast', 'FRONTLINE_SEND_RATE must be a positive number'],
    ['FRONTLINE_SUBMISSION_LOOKBACK_DAYS', '-3', 'FRONTLINE_SUBMISSION_LOOKBACK_DAYS must be a positive number'],
    ['FRONTLINE_RETENTION_HOURS', '-1', 'FRONTLINE_RETENTION_HOURS must be a number, 0 or more'],
    ['FRONTLINE_SHUTDOWN_SECONDS', '0', 'FRONTLINE_SHUTDOWN_SECONDS must be a positive number'],
    ['FRONTLINE_LEASE_SECONDS', '0', 'FRONTLINE_LEASE_SECONDS must be a positive number'],
    ['FRONTLINE_LEASE_SECONDS', '20', 'FRONTLINE_LEASE_RENEW_SECONDS must be less than FRONTLINE_LEASE_SECONDS'],
    ['FRONTLINE_LEASE_RENEW_SECONDS', '200', 'FRONTLINE_LEASE_RENEW_SECONDS must be less than FRONTLINE_LEASE_SECONDS'],
    ['FRONTLINE_CLAIM_LEASE_SECONDS', 'soon', 'FRONTLINE_CLAIM_LEASE_SECONDS must be a positive number'],
    ['FRONTLINE_LOG_LEVEL', 'loud', 'FRONTLINE_LOG_LEVEL must be one of debug, info, warn, error'],
    ['FRONTLINE_HEAP_GROWING_PERCENT', '5', 'FRONTLINE_HEAP_GROWING_PERCENT must be a whole number of percent'],
    ['FRONTLINE_HEAP_GROWING_PERCENT', '50%', 'FRONTLINE_HEAP_GROWING_PERCENT must be a whole number of percent']
  ])('names %s=%j', (name, value, message) => {
    const found = errors({ [name]: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it('reads the numbers it is given', () => {
    const c = config({
      FRONTLINE_SHUTDOWN_SECONDS: '5',
      FRONTLINE_RETENTION_HOURS: '24',
      FRONTLINE_LOG_LEVEL: 'debug'
    });
    expect(c).toMatchObject({ shutdownMs: 5000, retentionHours: 24, logLevel: 'debug' });
    expect(config({ FRONTLINE_SERVICE_PORT: '4000' }).port).toBe(4000);
    expect(config({ PORT: '8081', FRONTLINE_SERVICE_PORT: '4000' }).port).toBe(8081);
  });

  it('on a tenant names every missing variable at once', () => {
    const found = errors({ SP_SITE_URL: TENANT.SP_SITE_URL }).join('\n');
    for (const name of [
      'SP_TENANT_ID',
      'SP_CLIENT_ID',
      'SP_CERT_PATH',
      'FRONTLINE_API_AUDIENCE',
      'FRONTLINE_FORM_PAGE_URL',
      'FRONTLINE_DASHBOARD_URL',
      'MicrosoftAppId and MicrosoftAppPassword'
    ])
      expect(found).toContain(name);
  });

  it('checks the certificate and app registration variables', () => {
    expect(errors({ ...TENANT, SP_CLIENT_ID: 'frontline' })[0]).toContain('SP_CLIENT_ID must be');
    expect(errors({ ...TENANT, SP_TENANT_ID: 'not a tenant' })[0]).toContain('SP_TENANT_ID must be a tenant id');
    expect(config({ ...TENANT, SP_TENANT_ID: 'contoso.onmicrosoft.com' }).local).toBe(false);
    expect(errors({ ...TENANT }, () => false)[0]).toContain('SP_CERT_PATH names no readable file');
    expect(config({ ...TENANT, SP_CERT_PASSWORD: 'pw' }).local).toBe(false);
    expect(errors({ SP_CERT_PASSWORD: 'pw' })[0]).toContain('SP_CERT_PASSWORD is set but SP_CERT_PATH is not');
    expect(errors({ ...TENANT, SP_SITE_URL: 'http://contoso.sharepoint.com/sites/frontline' })[0]).toContain(
      'must be an https:// SharePoint Online site'
    );
  });

  it('checks the bot id and password together, BOT_ID and BOT_PASSWORD alike, without repeating secrets', () => {
    expect(errors({ MicrosoftAppId: GUID })[0]).toContain('MicrosoftAppPassword (or BOT_PASSWORD) must be set');
    expect(errors({ BOT_PASSWORD: 'bot-secret-value' })[0]).toContain('MicrosoftAppId (or BOT_ID) must be set');
    expect(errors({ BOT_ID: 'bot', BOT_PASSWORD: 'x' })[0]).toContain("must be the bot's app id");
    expect(config({ BOT_ID: GUID, BOT_PASSWORD: 'x' }).local).toBe(true);
    expect(config({ MicrosoftAppId: GUID, MicrosoftAppType: 'UserAssignedMSI' }).local).toBe(true);
    const all = errors({ ...TENANT, FRONTLINE_PRIVACY_KEY: 'short-secret', MicrosoftAppId: '' }).join('\n');
    expect(all).toContain('FRONTLINE_PRIVACY_KEY must be at least 16 characters');
    expect(all).not.toContain('short-secret');
    expect(all).not.toContain('bot-secret-value');
  });

  it('lists several problems together, and notes what is valid but off', () => {
    expect(errors({ PORT: 'x', FRONTLINE_SEND_RATE: 'y', FRONTLINE_LOG_LEVEL: 'z' })).toHaveLength(3);
    const { notes } = config({
      ...TENANT,
      FRONTLINE_PRIVACY_KEY: '',
      APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=x'
    });
    expect(notes.join('\n')).toContain("FRONTLINE_PRIVACY_KEY is not set: the dashboard's Privacy section is off");
    expect(notes.join('\n')).toContain(
      'APPLICATIONINSIGHTS_CONNECTION_STRING is set, but this build exports telemetry only over OTLP'
    );
  });

  it('switches span export on with an OTLP/HTTP endpoint, off with OTEL_SDK_DISABLED', () => {
    expect(config({}).otlpEndpoint).toBeUndefined();
    expect(config({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318/' }).otlpEndpoint).toBe(
      'http://localhost:4318'
    );
    expect(
      config({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example.net/otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })
        .otlpEndpoint
    ).toBe('https://otel.example.net/otlp');
    expect(
      config({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318', OTEL_SDK_DISABLED: 'TRUE' }).otlpEndpoint
    ).toBeUndefined();
  });

  it('names a wrong telemetry setting with what is allowed, and no credentials', () => {
    const all = errors({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'localhost:4318',
      OTEL_SDK_DISABLED: 'maybe',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc'
    });
    expect(all).toHaveLength(3);
    expect(all.join('\n')).toContain(
      'OTEL_EXPORTER_OTLP_ENDPOINT must be the http(s) base address of an OTLP/HTTP collector, such as http://localhost:4318'
    );
    expect(all.join('\n')).toContain('OTEL_SDK_DISABLED must be true or false');
    expect(all.join('\n')).toContain('OTEL_EXPORTER_OTLP_PROTOCOL must be http/json');
    const secret = errors({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://user:s3cret-pass@otel.example.net/?key=s3cret-key' });
    expect(secret).toHaveLength(1);
    expect(secret[0]).toContain('without a query or credentials');
    expect(secret[0]).not.toContain('s3cret');
  });
});
