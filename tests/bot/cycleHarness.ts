// The full cycle of one process, end to end: the local product seeded with a demo council, the
// Frontline service (findings and requests APIs and the bot) and the capture connector standing in
// for Teams. Activities are POSTed to /api/messages, forms to /api/findings as the councillor, and
// sweeps run as the bot's timer runs them (the site's settings applied first). Shared by
// e2e2018.test.ts, e2eCustom.test.ts and e2eSettingsChange.test.ts; not a test file itself.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct, startLocalService, LOCAL_COUNCIL_DOMAINS, type LocalProduct } from '../../src/node/local';
import type { DemoCouncil } from '../../src/node/demoProcess';
import { botFromSite, pageLinks, sweepDeps } from '../../src/node/bot';
import { processSourceFor } from '../../src/node/process';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { startCaptureConnector, type CaptureConnector } from '../kits/captureConnector';
import { runSweep, type SweepDeps } from '../../src/bot/app/sweep';
import type { SweepReport } from '../../src/bot/app/sweepReport';
import type { ServiceHandle } from '../../src/service/app';
import { LOCAL_USER_HEADER } from '../../src/service/identity';
import { spRepositories } from '../../src/adapters/sp/repositories';
import type { Repositories } from '../../src/core/ports/repositories';
import type { ProcessSourceOptions } from '../../src/core/settingsSource';
import type { ProcessSettings } from '../../src/core/settings';
import { dashboardRows, type DashboardRow } from '../../src/core/dashboard';
import { cardsOf, cardText, chatOf, type Reply, type Who } from './protocolHarness';

export interface Cycle {
  local: LocalProduct;
  capture: CaptureConnector;
  service: ServiceHandle;
  repos: Repositories;
  setNow(iso: string): void;
  /** The site's Process Settings as they are now (not cached). */
  settings(): Promise<ProcessSettings>;
  install(who: Who): Promise<Reply>;
  say(who: Who, text: string): Promise<Reply>;
  act(who: Who, verb: string, data: Record<string, unknown>): Promise<Reply>;
  /** What a person could read on the cards sent into their chat since `from` (one string per card). */
  cardsTo(who: Who, from?: number): string[];
  /** How many activities the capture connector has seen: a mark for cardsTo. */
  mark(): number;
  /** A reminder sweep at `at`, with the site's settings applied first (as the bot's timer runs it). */
  sweep(at: string): Promise<SweepReport>;
  /** POST /api/findings/<visit>/submit as `email` (the local X-Frontline-User identity). */
  submitByApi(email: string, visitId: number, answers: Record<string, string | number>): Promise<Reply>;
  /** The visit's dashboard row, from the lists and the site's settings. */
  row(visitId: number): Promise<DashboardRow>;
  close(): Promise<void>;
}

export interface CycleOptions {
  demo?: DemoCouncil;
  startAt: string;
  people: Who[];
  /** Runs on the provisioned site before the service starts (e.g. writes the Process Settings). */
  before?: (sp: ReturnType<typeof nodeSp>) => Promise<void>;
  /** The service's settings cache (default 60 s). */
  processSource?: ProcessSourceOptions;
}

export async function startCycle(options: CycleOptions): Promise<Cycle> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-cycle-'));
  const local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp'), demo: options.demo });
  const sp = nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN });
  await options.before?.(sp);
  const capture = await startCaptureConnector();
  for (const u of options.people) capture.addMember({ ...u, userPrincipalName: u.email });
  let now = options.startAt;
  const service = await startLocalService(local, {
    port: 0,
    now: () => now,
    processSource: options.processSource
  });
  // The sweep as `npm run reminders` builds it: the bot's deps from the site, its own rate limiter.
  const sweeper = await botFromSite(sp, {
    credentials: { appId: '', appPassword: '' },
    links: pageLinks('http://127.0.0.1:4321/form', 'http://127.0.0.1:4321/dashboard'),
    now: () => now,
    councilDomains: LOCAL_COUNCIL_DOMAINS,
    log: () => undefined
  });
  const sweepWith: SweepDeps = {
    ...sweepDeps(sweeper.deps, { options: {}, overallPerSecond: 50 }, 'cycle-sweep'),
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20)))
  };
  const repos = spRepositories(sp);
  const activity = (who: Who, extra: Record<string, unknown>): Record<string, unknown> => ({
    channelId: 'msteams',
    serviceUrl: capture.url,
    id: `act-${Math.random().toString(36).slice(2)}`,
    from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
    recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
    conversation: { id: chatOf(who), conversationType: 'personal', tenantId: 'tenant' },
    channelData: { tenant: { id: 'tenant' } },
    ...extra
  });
  const postTo = async (url: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const r = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body)
    });
    const text = await r.text();
    return { status: r.status, json: text ? JSON.parse(text) : undefined };
  };
  const post = (body: unknown): Promise<Reply> => postTo(`${service.url}/api/messages`, body);
  const settings = async (): Promise<ProcessSettings> => (await processSourceFor(sp).current()).settings;
  return {
    local,
    capture,
    service,
    repos,
    setNow: (iso) => (now = iso),
    settings,
    install: (who) => post(activity(who, { type: 'installationUpdate', action: 'add' })),
    say: (who, text) => post(activity(who, { type: 'message', text })),
    act: (who, verb, data) =>
      post(
        activity(who, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }
        })
      ),
    cardsTo: (who, from = 0) =>
      cardsOf(capture.sent.slice(from).filter((a) => a.conversationId === chatOf(who))).map(cardText),
    mark: () => capture.sent.length,
    async sweep(at) {
      now = at;
      await sweeper.process.apply(sweepWith);
      return runSweep(sweepWith, at);
    },
    submitByApi: (email, visitId, answers) =>
      postTo(`${service.url}/api/findings/${visitId}/submit`, { answers }, { [LOCAL_USER_HEADER]: email }),
    async row(visitId) {
      const visit = await repos.visits.get(visitId);
      const [findings, requests, teams, councillors] = await Promise.all([
        repos.findings.forVisit(visitId),
        repos.requests.forVisit(visitId),
        repos.teams.all(),
        repos.councillors.all()
      ]);
      return dashboardRows([visit], findings, requests, teams, councillors, now, await settings())[0];
    },
    async close() {
      await service.close();
      await capture.close();
      await local.server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** The keys of a sweep's messages that went out. */
export const sentKeys = (report: SweepReport): string[] =>
  report.results.filter((r) => r.outcome === 'sent').map((r) => r.key);

/** Milliseconds to whole days. */
export const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86400000;
