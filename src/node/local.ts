// The product running locally: the list server on disk, provisioned and seeded with a demo council
// from the seed papers (demoProcess.ts; 2025/26 by default). `npm start` and the tests both start it
// through here.
import * as path from 'path';
import { startListServer, type ListServerHandle } from '../server';
import { provision, type ProvisionReport } from '../adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../adapters/sp/provision/permissions';
import { nodeSp } from './sp';
import { DEFAULT_LOCAL_PORT, LOCAL_ADMIN } from './connection';
import { DEFAULT_DEMO, DEMO_COUNCILS, demoSettings, type DemoCouncil } from './demoProcess';
import { LOCAL_PRIVACY_KEY, spPrivacyApi } from '../adapters/sp/privacyErase';
import { startService, DEFAULT_SERVICE_PORT, type ServiceHandle } from '../service/app';
import { localIdentity } from '../service/identity';
import { serviceOptions } from './service';
import { botFromSite, pageLinks, sweepDeps } from './bot';
import type { AfterReply } from '../bot/app/afterReply';
import { processSourceFor } from './process';
import type { ProcessSourceOptions } from '../core/settingsSource';
import { runSweep, type SweepOptions } from '../bot/app/sweep';
import { summaryLine } from '../bot/app/sweepReport';
import { startSweepTimer } from '../bot/app/sweepTimer';
import { hosActionNotices } from '../bot/app/hosNotices';
import { DEFAULT_OVERALL_PER_SECOND } from '../bot/app/rateLimiter';

/** The officer who runs the rota in local runs (in the officers group). */
export const LOCAL_OFFICER = 'officer@example.gov.uk';
/** The demo council's own e-mail domain (its people in the seed data): where a head of service may delegate. */
export const LOCAL_COUNCIL_DOMAINS = ['example.gov.uk'];

/**
 * The tenant's directory, locally: the council's domain of the sample data and the local admin's.
 * Only these addresses can become site users; anyone else naming themselves gets 403.
 */
export const LOCAL_DIRECTORY = { domains: ['example.gov.uk', 'frontline.local'] };

export interface LocalProduct {
  server: ListServerHandle;
  provisioned: ProvisionReport;
  seeded: string[];
}

export interface LocalOptions {
  port?: number;
  dataDir?: string;
  /** Which demo council to seed (demoProcess.ts); the 2025 one unless given. */
  demo?: DemoCouncil;
}

export async function startLocalProduct(options: LocalOptions = {}): Promise<LocalProduct> {
  const demo = options.demo ?? DEMO_COUNCILS[DEFAULT_DEMO];
  const server = await startListServer({
    port: options.port ?? Number(process.env.SP_LOCAL_PORT ?? DEFAULT_LOCAL_PORT),
    // SP_LOCAL_DATA names the default council's folder only, so the 2018 demo never seeds into a 2025 site.
    dataDir:
      options.dataDir ??
      (demo.config.id === DEFAULT_DEMO ? process.env.SP_LOCAL_DATA : undefined) ??
      path.resolve(demo.dataDir),
    siteTitle: 'Frontline Visits',
    siteAdmins: [LOCAL_ADMIN],
    directory: LOCAL_DIRECTORY
    // No allowedOrigins: the workbench (src/host, port 4321) proxies the site onto its own origin,
    // so its pages never call the list server cross-origin, and no other page may.
  });
  try {
    const sp = nodeSp(server.url, { kind: 'local', user: LOCAL_ADMIN });
    const provisioned = await provision(
      sp,
      {
        ...DEFAULT_PERMISSION_PLAN,
        officers: [LOCAL_OFFICER],
        // The sample councillors and team contacts: site visitors, who read the rota but no one else's forms.
        readers: demo.readers()
      },
      demoSettings(demo, LOCAL_COUNCIL_DOMAINS)
    );
    const seeded = await demo.seed(sp);
    return { server, provisioned, seeded };
  } catch (e) {
    await server.close();
    throw e;
  }
}

export interface LocalServiceOptions {
  port?: number;
  now?: () => string;
  hostUrl?: string;
  /** Runs the reminder sweep every this many ms inside the bot (off unless given; `npm start` turns it on). */
  sweepIntervalMs?: number;
  sweep?: SweepOptions;
  /** How the site's Process Settings are cached (default 60 s): tests shorten it or drive its clock. */
  processSource?: ProcessSourceOptions;
  /** Runs a turn's steps after its reply, as the service does (its owner awaits it); without it, before the reply. */
  afterReply?: AfterReply;
}

/**
 * The Frontline service (findings API; the bot joins it) over the local site, acting as the site
 * admin, which stands in for the app-only identity. `now` lets demos and tests fix the moment.
 */
export async function startLocalService(
  local: { server: { url: string } },
  options: LocalServiceOptions = {}
): Promise<ServiceHandle> {
  const sp = nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN });
  // The bot's cards link to the workbench pages; no app id, so local clients need no token.
  const host = (options.hostUrl ?? `http://127.0.0.1:${process.env.FRONTLINE_HOST_PORT ?? 4321}/`).replace(/\/?$/, '/');
  const bot = await botFromSite(sp, {
    credentials: { appId: '', appPassword: '' },
    links: pageLinks(`${host}form`, `${host}dashboard`),
    now: options.now,
    councilDomains: LOCAL_COUNCIL_DOMAINS,
    source: processSourceFor(sp, options.processSource),
    afterReply: options.afterReply
  });
  const service = await startService({
    // The process read for each call from the site, as the bot reads it before each turn: the same
    // settings, and the same people to delegate to (the site's domains, else the demo's).
    ...serviceOptions(sp, localIdentity(), () => bot.process.inForce(), options.now),
    // Answers, delegations and questions from the form page go out as the bot's cards at once.
    notices: hosActionNotices(bot.deps),
    // The dashboard's Privacy section: the local site's fixed privacy key (a tenant sets FRONTLINE_PRIVACY_KEY).
    privacy: spPrivacyApi(sp, LOCAL_PRIVACY_KEY, options.now ?? (() => new Date().toISOString())),
    extend: bot.mount,
    port: options.port ?? Number(process.env.FRONTLINE_SERVICE_PORT ?? DEFAULT_SERVICE_PORT)
  });
  if (!options.sweepIntervalMs) return service;
  const deps = sweepDeps(bot.deps, { options: options.sweep ?? {}, overallPerSecond: DEFAULT_OVERALL_PER_SECOND });
  const timer = startSweepTimer(async () => {
    await bot.process.apply(deps);
    const report = await runSweep(deps, deps.now());
    const t = report.totals;
    if (t.sent || t.unreachable || t.failed || report.problems.length)
      console.log(
        `[sweep ${report.now}] ${summaryLine(report)}${report.problems.length ? `; ${report.problems.length} problem(s)` : ''}`
      );
  }, options.sweepIntervalMs);
  return {
    ...service,
    // A sweep in flight finishes before the service (and, after it, the list server) goes away.
    close: async () => {
      timer.stop();
      await timer.idle();
      await service.close();
    }
  };
}
