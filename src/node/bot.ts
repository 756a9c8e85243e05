// The bot's dependencies from a SharePoint connection (the service's own identity) and a Bot
// Framework adapter; mounted on the Frontline service's express app beside the findings API.
import type { Express } from 'express';
import type { SPFI } from '@pnp/sp';
import type { ProcessConfig } from '../core/config';
import type { ProcessSource } from '../core/ports/settings';
import { spRepositories } from '../adapters/sp/repositories';
import { spFindingsSharing } from '../adapters/sp/findingsSharing';
import { spFormReads } from '../adapters/sp/formReads';
import { SpOfficerDirectory } from '../adapters/sp/officers';
import { nodeSha256 } from './sha256';
import { SpIntegrityCheck } from '../adapters/sp/integrity';
import { SpAuditLog } from '../adapters/sp/auditLog';
import { SpConversationStore, SpSendLog } from '../adapters/sp/messagingStores';
import { POINT_OF_CONTACT } from '../core/samples/visits2025';
import type { BotDeps, BotLinks } from '../bot/app/deps';
import type { AfterReply } from '../bot/app/afterReply';
import { botMessenger, createAdapter, type BotCredentials } from '../bot/botframework/adapter';
import { mountBot } from '../bot/botframework/mount';
import { createRateLimiter, DEFAULT_OVERALL_PER_SECOND } from '../bot/app/rateLimiter';
import type { SweepDeps, SweepOptions } from '../bot/app/sweep';
import { councilDomainsFromEnv } from './councilDomains';
import { processSourceFor, siteProcess, type SiteProcess } from './process';
import { normalizeEmail } from '../core/email';
import { SpSweepLeases } from '../adapters/sp/sweepLease';
import { sweepLeaseHolder, type SweepLeaseHolder } from '../bot/app/sweepLease';

export interface BotOptions {
  credentials: BotCredentials;
  links: BotLinks;
  /** The officers' shared mailbox, named on cards when a visit has no point of contact. */
  contactEmail?: string;
  /** The process the bot starts with (botFromSite: the site's settings, then re-read before each turn). */
  config: ProcessConfig;
  now?: () => string;
  /** The council's own e-mail domains, for delegation (default: FRONTLINE_COUNCIL_DOMAINS, comma-separated). */
  councilDomains?: string[];
  /**
   * Runs a turn's steps after its reply (the service's: its shutdown waits for them). Without it a
   * submission and an answer are completed before the reply.
   */
  afterReply?: AfterReply;
}

export { councilDomainsFromEnv };

/** Links to the web parts: the local workbench, or the SharePoint pages named by FRONTLINE_FORM_PAGE_URL / FRONTLINE_DASHBOARD_URL. */
export function pageLinks(formPageUrl: string, dashboardUrl: string): BotLinks {
  return {
    form: (visitId) => {
      const url = new URL(formPageUrl);
      url.searchParams.set('visit', String(visitId));
      return url.toString();
    },
    dashboard: dashboardUrl
  };
}

/** Returns a function that mounts /api/messages on the service app (ServiceOptions.extend). */
export function botMount(sp: SPFI, options: BotOptions): { deps: BotDeps; mount: (app: Express) => void } {
  const adapter = createAdapter(options.credentials);
  const deps: BotDeps = {
    repos: spRepositories(sp),
    sharing: spFindingsSharing(sp),
    formReads: spFormReads(sp),
    officers: new SpOfficerDirectory(sp),
    integrity: new SpIntegrityCheck(sp),
    audit: new SpAuditLog(sp),
    councilDomains: options.councilDomains ?? councilDomainsFromEnv(process.env),
    conversations: new SpConversationStore(sp),
    sendLog: new SpSendLog(sp, nodeSha256),
    messenger: botMessenger(options.credentials),
    config: options.config,
    links: options.links,
    contact: { email: options.contactEmail ?? POINT_OF_CONTACT, name: 'Frontline visits point of contact' },
    now: options.now ?? (() => new Date().toISOString()),
    instanceId: `bot-${process.pid}-${Date.now().toString(36)}`,
    ...(options.afterReply ? { afterReply: options.afterReply } : {})
  };
  return { deps, mount: (app) => mountBot(app, adapter, deps) };
}

export interface SiteBotOptions extends Omit<BotOptions, 'config'> {
  /** Where the process comes from (default: the site's Process Settings list, cached 60 s). */
  source?: ProcessSource;
  log?: (message: string) => void;
}

export interface SiteBot {
  deps: BotDeps;
  mount: (app: Express) => void;
  /** Sets the site's current settings on any deps (a sweep's before each run). */
  process: SiteProcess;
}

/**
 * The bot with the process from the site: read at start-up and again (cached) before every bot
 * turn; callers apply it to their sweep deps before each sweep, and the service reads it for each
 * call (`process.inForce`). Domains and contact from the settings when set, else `councilDomains` /
 * FRONTLINE_COUNCIL_DOMAINS and `contactEmail`. Fails when the settings cannot be read at start-up.
 */
export async function botFromSite(sp: SPFI, options: SiteBotOptions): Promise<SiteBot> {
  const fallbacks = {
    councilDomains: options.councilDomains ?? councilDomainsFromEnv(process.env),
    contactEmail: options.contactEmail ?? POINT_OF_CONTACT
  };
  const site = siteProcess(options.source ?? processSourceFor(sp), fallbacks, options.log);
  const first = await site.inForce();
  const bot = botMount(sp, { ...options, config: first.config });
  await site.apply(bot.deps);
  const mount = (app: Express): void => {
    app.use('/api/messages', (_req, _res, next) => {
      site.apply(bot.deps).then(() => next(), next);
    });
    bot.mount(app);
  };
  return { deps: bot.deps, mount, process: site };
}

/** Where the cards link to: FRONTLINE_FORM_PAGE_URL / FRONTLINE_DASHBOARD_URL, else (locally) the workbench. */
export function linksFromEnv(env: NodeJS.ProcessEnv, local: boolean): BotLinks {
  const form = env.FRONTLINE_FORM_PAGE_URL;
  const dashboard = env.FRONTLINE_DASHBOARD_URL;
  if (form && dashboard) return pageLinks(form, dashboard);
  if (!local)
    throw new Error(
      'On a tenant set FRONTLINE_FORM_PAGE_URL and FRONTLINE_DASHBOARD_URL (the SharePoint pages with the visit form and the dashboard): the cards link to them.'
    );
  const host = `http://127.0.0.1:${env.FRONTLINE_HOST_PORT ?? 4321}/`;
  return pageLinks(form ?? `${host}form`, dashboard ?? `${host}dashboard`);
}

export interface SweepSettings {
  options: SweepOptions;
  /** Proactive sends per second over all conversations (FRONTLINE_SEND_RATE; Teams allows 30 per tenant). */
  overallPerSecond: number;
  /** FRONTLINE_SWEEP_MINUTES as ms; undefined = no timer. */
  intervalMs?: number;
  /** FRONTLINE_CLAIM_LEASE_SECONDS as ms: when a send claim a crashed sweep left open is taken over (default 10 min). */
  claimLeaseMs?: number;
}

function numberFrom(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`${name} must be a positive number (got '${raw}').`);
  return value;
}

/** FRONTLINE_SWEEP_MINUTES, FRONTLINE_SEND_RATE, FRONTLINE_SUBMISSION_LOOKBACK_DAYS, FRONTLINE_OFFICER_EMAIL. */
export function sweepSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SweepSettings {
  const minutes = numberFrom(env, 'FRONTLINE_SWEEP_MINUTES');
  return {
    options: {
      submissionLookbackDays: numberFrom(env, 'FRONTLINE_SUBMISSION_LOOKBACK_DAYS'),
      officerEmail: normalizeEmail(env.FRONTLINE_OFFICER_EMAIL) || undefined
    },
    overallPerSecond: numberFrom(env, 'FRONTLINE_SEND_RATE') ?? DEFAULT_OVERALL_PER_SECOND,
    intervalMs: minutes === undefined ? undefined : minutes * 60000,
    claimLeaseMs: (numberFrom(env, 'FRONTLINE_CLAIM_LEASE_SECONDS') ?? 0) * 1000 || undefined
  };
}

/** The bot's deps plus what a sweep needs, with a new rate limiter: call it once per process and reuse the result. */
export function sweepDeps(
  deps: BotDeps,
  settings: Pick<SweepSettings, 'options' | 'overallPerSecond' | 'claimLeaseMs'>,
  instanceId: string = deps.instanceId
): SweepDeps {
  return {
    ...deps,
    instanceId,
    ...(settings.claimLeaseMs ? { claimLeaseMs: settings.claimLeaseMs } : {}),
    limiter: createRateLimiter({ overall: settings.overallPerSecond }),
    reminderOptions: settings.options
  };
}

/**
 * The site's sweep lease for this instance (`holder`: its instance id). Lease and renewal times from
 * FRONTLINE_LEASE_SECONDS / FRONTLINE_LEASE_RENEW_SECONDS (default 120 / 30; tests shorten them).
 */
export function siteSweepLease(sp: SPFI, holder: string, env: NodeJS.ProcessEnv = process.env): SweepLeaseHolder {
  const seconds = numberFrom(env, 'FRONTLINE_LEASE_SECONDS');
  const renew = numberFrom(env, 'FRONTLINE_LEASE_RENEW_SECONDS');
  return sweepLeaseHolder({
    leases: new SpSweepLeases(sp),
    holder,
    ...(seconds ? { leaseMs: seconds * 1000 } : {}),
    ...(renew ? { renewMs: renew * 1000 } : {})
  });
}
