// The world the sweep tests run in: the seeded local product, the capture connector standing in for
// Teams, the Frontline service with the bot, and everyone who gets messages installed (an
// installationUpdate POSTed to the service, so their stored conversations point at the capture).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct, startLocalService, type LocalProduct } from '../../src/node/local';
import { botMount, pageLinks, sweepDeps } from '../../src/node/bot';
import { startCaptureConnector, type CaptureConnector } from '../kits/captureConnector';
import type { ServiceHandle } from '../../src/service/app';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { SpConversationStore, SpSendLog } from '../../src/adapters/sp/messagingStores';
import { nodeSha256 } from '../../src/node/sha256';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { PLAYGROUND_USERS } from '../../src/core/samples/teamsUsers';
import { FRONTLINE_2025 } from '../../src/core/config';
import { findingsDueDate } from '../../src/core/deadlines';
import { runSweep, type SweepDeps } from '../../src/bot/app/sweep';
import type { SweepReport } from '../../src/bot/app/sweepReport';
import type { Repositories, Stored } from '../../src/core/ports/repositories';
import type { Team, Visit } from '../../src/core/model';
import type { ProcessSourceOptions } from '../../src/core/settingsSource';

export type Who = { id: string; name: string; aadObjectId: string; email: string };
const user = (email: string): Who => PLAYGROUND_USERS.find((u) => u.email === email) as Who;
export const SARAH = user('cllr.bennett.wake@example.gov.uk');
export const BEN = user('cllr.wye@example.gov.uk');
export const HOLLAND = user('cllr.holland@example.gov.uk');
export const OFFICER = user('officer@example.gov.uk');

let dir: string;
export let local: LocalProduct;
export let capture: CaptureConnector;
export let service: ServiceHandle;
export let repos: Repositories;
let teams: Stored<Team>[];
const people = new Map<string, Who>();
let clock = '2025-10-01T09:00:00.000Z';
/** The moment the service and every sweep's log see. */
export const now = (): string => clock;
export const setNow = (at: string): void => {
  clock = at;
};
const sp = () => nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN });
export const sendLog = () => new SpSendLog(sp(), nodeSha256);
export const conversations = () => new SpConversationStore(sp());

export async function install(who: Who): Promise<void> {
  const r = await fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'installationUpdate',
      action: 'add',
      channelId: 'msteams',
      serviceUrl: capture.url,
      id: `act-${Math.random().toString(36).slice(2)}`,
      from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
      recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
      conversation: { id: `a:chat-${who.id}`, conversationType: 'personal', tenantId: 'tenant' },
      channelData: { tenant: { id: 'tenant' } }
    })
  });
  if (r.status !== 200) throw new Error(`install of ${who.email} answered ${r.status}`);
}
export const chat = (email: string): string => `a:chat-${(people.get(email) as Who).id}`;
/** Card JSON sent into a person's chat since `from`. */
export const cardsTo = (email: string, from: number): string[] =>
  capture.sent
    .slice(from)
    .filter((a) => a.conversationId === chat(email))
    .map((a) => JSON.stringify(a.activity.attachments ?? ''));
export const team = (name: string): Stored<Team> => teams.find((t) => t.name === name) as Stored<Team>;
export const sm = (teamName: string): string => team(teamName).serviceManagerEmail;

/** A sweep as the bot's timer or `npm run reminders` runs it, with its own instance id and limiter. */
export function deps(instanceId = 'sweep-test', extra: Partial<SweepDeps> = {}): SweepDeps {
  const bot = botMount(sp(), {
    credentials: { appId: '', appPassword: '' },
    links: pageLinks('http://127.0.0.1:4321/form', 'http://127.0.0.1:4321/dashboard'),
    now,
    config: FRONTLINE_2025
  });
  // Retry pauses shortened: the tests are about what is sent, not how long backoff waits.
  return {
    ...sweepDeps(bot.deps, { options: {}, overallPerSecond: 20 }, instanceId),
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))),
    ...extra
  };
}
export const sweep = (at: string, d: SweepDeps = deps()): Promise<SweepReport> => {
  setNow(at);
  return runSweep(d, at);
};
export const sentKeys = (r: SweepReport): string[] => r.results.filter((x) => x.outcome === 'sent').map((x) => x.key);

/** Books the seeded visit of a team for one councillor, with the officer as point of contact. */
export async function book(teamName: string, councillor: Who, start: string): Promise<Stored<Visit>> {
  const visit = (await repos.visits.query({ teamId: team(teamName).id }))[0];
  return repos.visits.update(visit, {
    status: 'Booked',
    councillorEmails: [councillor.email],
    visitStart: start,
    findingsDueDate: findingsDueDate(start, FRONTLINE_2025),
    pointOfContactEmail: OFFICER.email
  });
}
export const changeKey = (v: Visit, change: string, email: string) =>
  `visit-change:${v.id}:${change}:${new Date(v.visitStart as string).toISOString()}:${email}`;
/** The booking notices of a visit: its councillor and its team's service manager. */
export const bookedKeys = (v: Visit): string[] => [
  changeKey(v, 'booked', v.councillorEmails[0]),
  changeKey(v, 'booked', (teams.find((t) => t.id === v.teamId) as Team).serviceManagerEmail)
];

/** The send log's go-live marker: a site whose sweep is live (src/bot/app/sweepBaseline.ts). */
export async function markLive(at = clock): Promise<void> {
  const claim = await sendLog().claim(
    { key: 'sweep-baseline', recipientEmail: '', kind: 'sweep-baseline' },
    'harness',
    at,
    60000
  );
  if (claim.claimed) await sendLog().markSent(claim.record, at);
}

/**
 * `live: false` leaves out the go-live marker, so the first sweep is the one after installation;
 * `processSource` sets the service's settings cache (e.g. `ttlMs: 0`: each turn reads the settings).
 */
export async function startWorld(
  options: { live?: boolean; processSource?: ProcessSourceOptions } = {}
): Promise<void> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-sweep-'));
  local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  capture = await startCaptureConnector();
  service = await startLocalService(local, { port: 0, now, processSource: options.processSource });
  repos = spRepositories(sp());
  teams = await repos.teams.all();
  const contacts = teams
    .flatMap((t) => [t.serviceManagerEmail, t.headOfServiceEmail])
    .filter((e, i, all) => all.indexOf(e) === i);
  const everyone: Who[] = [
    SARAH,
    BEN,
    HOLLAND,
    OFFICER,
    ...contacts.map((email, i) => ({
      id: `29:contact-${i}`,
      name: email,
      email,
      aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
    }))
  ];
  for (const who of everyone) {
    people.set(who.email, who);
    capture.addMember({
      id: who.id,
      name: who.name,
      aadObjectId: who.aadObjectId,
      email: who.email,
      userPrincipalName: who.email
    });
    await install(who);
  }
  if (options.live !== false) await markLive();
}

export async function stopWorld(): Promise<void> {
  await service?.close();
  await capture?.close();
  await local?.server.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
