// The world of tests/node/multiInstance.test.ts: the local list server, provisioned with the 2025
// demo settings but no demo data, holding visits around the real time (the service's timer sweeps at
// the real time) whose councillors and point of contact all have stored Teams conversations that
// point at a capture connector. `expectedSends` works out what one sweep sends, in process, without
// touching the site's send log: the same sweep, a send log in memory, sends to a second connector.
import type { SPFI } from '@pnp/sp';
import { startListServer, type ListServerHandle } from '../../src/server';
import { provision } from '../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../src/adapters/sp/provision/permissions';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { SpConversationStore } from '../../src/adapters/sp/messagingStores';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { DEMO_COUNCILS, DEFAULT_DEMO, demoSettings } from '../../src/node/demoProcess';
import { LOCAL_COUNCIL_DOMAINS, LOCAL_DIRECTORY, LOCAL_OFFICER } from '../../src/node/local';
import { botFromSite, pageLinks, sweepDeps } from '../../src/node/bot';
import { runSweep } from '../../src/bot/app/sweep';
import { FRONTLINE_2025 } from '../../src/core/config';
import { addDays } from '../../src/core/time/london';
import type { Messenger } from '../../src/bot/app/deps';
import { startCaptureConnector, type CaptureConnector, type CapturedActivity } from './captureConnector';
import { MemorySendLog } from './memory';
import { SpSweepLeases } from '../../src/adapters/sp/sweepLease';
import { SWEEP_LEASE_KEY, type SweepLease } from '../../src/core/sweepLease';

const DAY = 86400000;
export const COUNCILLORS = 24;
export const PER_VISIT = 6;

export interface Person {
  email: string;
  id: string;
  aadObjectId: string;
  name: string;
}

export const person = (i: number | 'officer'): Person => {
  const n = i === 'officer' ? 999 : i;
  return {
    email: i === 'officer' ? LOCAL_OFFICER : `cllr${i}@example.gov.uk`,
    id: `29:multi-${n}`,
    aadObjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: i === 'officer' ? 'Rota Officer' : `Cllr Multi ${i}`
  };
};

/** The conversation id of a person's stored reference (what the capture connector records). */
export const conversationOf = (email: string): string => {
  const i = Array.from({ length: COUNCILLORS }, (_, n) => n).find((n) => person(n).email === email);
  return `a:chat-${person(i ?? 'officer').id}`;
};

/** A send as Teams sees it: the conversation and the card. */
export const sendId = (a: CapturedActivity): string => `${a.conversationId} ${JSON.stringify(a.activity.attachments)}`;

export const adminSp = (server: ListServerHandle): SPFI => nodeSp(server.url, { kind: 'local', user: LOCAL_ADMIN });

export async function startSite(dataDir: string): Promise<ListServerHandle> {
  const demo = DEMO_COUNCILS[DEFAULT_DEMO];
  const server = await startListServer({
    port: 0,
    dataDir,
    siteTitle: 'Frontline Visits',
    siteAdmins: [LOCAL_ADMIN],
    directory: LOCAL_DIRECTORY
  });
  const sp = adminSp(server);
  await provision(
    sp,
    { ...DEFAULT_PERMISSION_PLAN, officers: [LOCAL_OFFICER], readers: [] },
    demoSettings(demo, LOCAL_COUNCIL_DOMAINS)
  );
  return server;
}

/**
 * `visits` visits, half a few days ahead (Booked: briefings), half past (Visited: forms open,
 * reminders, escalations to the officer); each with PER_VISIT of COUNCILLORS councillors, so each
 * conversation gets many messages; and every person a conversation at the capture connector.
 */
export async function seedWorld(sp: SPFI, capture: CaptureConnector, visits: number, nowMs: number): Promise<void> {
  const repos = spRepositories(sp);
  const conversations = new SpConversationStore(sp);
  const committee = FRONTLINE_2025.committees[0];
  const team = await repos.teams.add({
    name: 'Multi Team',
    area: 'Area 1',
    serviceManagerEmail: 'sm.multi@example.gov.uk',
    headOfServiceEmail: 'hos.multi@example.gov.uk',
    location: 'Town Hall'
  });
  const people = [...Array.from({ length: COUNCILLORS }, (_, i) => person(i)), person('officer')];
  for (const [i, p] of people.entries()) {
    if (i < COUNCILLORS)
      await repos.councillors.add({
        name: p.name,
        email: p.email,
        committees: [committee],
        secondVisitVolunteer: false,
        active: true
      });
    capture.addMember({ ...p, userPrincipalName: p.email });
    const reference = {
      user: { id: p.id, name: p.name, aadObjectId: p.aadObjectId },
      bot: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
      conversation: { id: `a:chat-${p.id}`, conversationType: 'personal', tenantId: 'tenant' },
      channelId: 'msteams',
      serviceUrl: capture.url
    };
    await conversations.save({
      userEmail: p.email,
      aadObjectId: p.aadObjectId,
      reference: JSON.stringify(reference),
      status: 'Active',
      updatedAt: new Date(nowMs).toISOString()
    });
  }
  // Whole days from now: nothing due sits near a boundary of the rules (sendHour, the visit's start).
  const offsets = [2, 3, 4, 5, -3, -4, -11, -12];
  for (let i = 0; i < visits; i++) {
    const offset = offsets[i % offsets.length];
    const start = new Date(Math.floor((nowMs + offset * DAY) / 60000) * 60000).toISOString();
    const day = start.slice(0, 10);
    await repos.visits.add({
      title: `Multi visit ${i}`,
      teamId: team.id,
      area: 'Area 1',
      visitMonth: day.slice(0, 7),
      visitStart: start,
      durationMinutes: 60,
      councillorEmails: Array.from({ length: PER_VISIT }, (_, k) => person((i * PER_VISIT + k) % COUNCILLORS).email),
      committee,
      status: offset > 0 ? 'Booked' : 'Visited',
      findingsDueDate: `${addDays(day, 7)}T17:00:00.000Z`,
      pointOfContactEmail: LOCAL_OFFICER,
      formTemplate: FRONTLINE_2025.formTemplate
    });
  }
}

/** What one sweep at `now` sends (its keys, and each send as Teams sees it), the site's send log untouched. */
export async function expectedSends(
  sp: SPFI,
  now: string
): Promise<{ keys: string[]; sends: string[]; baseline: number }> {
  const plan = await startCaptureConnector();
  try {
    const bot = await botFromSite(sp, {
      credentials: { appId: '', appPassword: '' },
      links: pageLinks('http://127.0.0.1:4321/form', 'http://127.0.0.1:4321/dashboard'),
      now: () => now
    });
    const deps = sweepDeps(bot.deps, { options: {}, overallPerSecond: 1000 }, 'plan');
    await bot.process.apply(deps);
    const real = bot.deps.messenger;
    const messenger: Messenger = {
      send: (reference, card) => {
        const ref = JSON.parse(reference) as { serviceUrl: string };
        return real.send(JSON.stringify({ ...ref, serviceUrl: plan.url }), card);
      }
    };
    const report = await runSweep({ ...deps, sendLog: new MemorySendLog(), messenger }, now);
    return {
      keys: report.results.filter((r) => r.outcome === 'sent').map((r) => r.key),
      sends: plan.sent.map(sendId),
      // Visit changes before the site's first sweep: recorded Sent in the send log, never sent.
      baseline: report.baseline ?? 0
    };
  } finally {
    await plan.close();
  }
}

/** Most requests in any sliding window of `windowMs` (half-open, as Teams' "a second"). */
export function peak(times: number[], windowMs = 1000): number {
  const t = times.slice().sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i] - t[j] >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/** A Bot Send Log item as the lease tests read it (times in ms). */
export interface LogItem {
  key: string;
  state: string;
  by: string;
  claimedAt: number;
  sentAt: number;
  recipient: string;
}

export async function sendLog(sp: SPFI): Promise<LogItem[]> {
  const items: Record<string, string | null>[] = await sp.web.lists
    .getByTitle('Bot Send Log')
    .items.select('SendKey', 'SendState', 'ClaimedBy', 'ClaimedAt', 'SentAt', 'RecipientEmail')
    .top(5000)();
  return items
    .filter((i) => i.SendKey !== SWEEP_LEASE_KEY && i.SendKey !== 'sweep-baseline')
    .map((i) => ({
      key: String(i.SendKey),
      state: String(i.SendState),
      by: String(i.ClaimedBy ?? ''),
      claimedAt: Date.parse(i.ClaimedAt ?? ''),
      sentAt: Date.parse(i.SentAt ?? ''),
      recipient: String(i.RecipientEmail ?? '')
    }));
}

/** Every state of the `sweep-lease` item seen, read every 200 ms until stop() (and once more then). */
export function watchLease(sp: SPFI): { seen: SweepLease[]; stop: () => Promise<SweepLease[]> } {
  const leases = new SpSweepLeases(sp);
  const seen: SweepLease[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const l = await leases.current().catch(() => undefined);
      const last = seen[seen.length - 1];
      if (l && (!last || last.holder !== l.holder || last.expiresAt !== l.expiresAt)) seen.push(l);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return {
    seen,
    stop: async () => {
      stopped = true;
      await loop;
      const l = await leases.current();
      if (l) seen.push(l);
      return seen;
    }
  };
}
