// Reminder sweep scale (issue 7, item 4): 5,000 visits and 20,000 recipients (4 councillors a visit,
// each with a stored Teams conversation), swept twice through the real runSweep, botMessenger
// (botbuilder) and rate limiter, sending to the capture connector, which answers 429 to 10% of
// sends (seed 7). IN MEMORY: the lists (a small Repositories below, same query semantics the sweep
// uses), the conversation store (a Map by e-mail below: src/bot/stores' MemoryConversationStore scans
// its items on every lookup, quadratic at 20,000 people) and the send log (MemorySendLog). Retry pauses are
// capped at 20 ms (the harness does the same) so backoff does not dominate; the rate limiter is real.
import { performance } from 'perf_hooks';
import { FRONTLINE_2025 } from '../src/core/config';
import type { Councillor, Team, Visit, VisitStatus } from '../src/core/model';
import type { Repositories, Stored, VisitQuery } from '../src/core/ports/repositories';
import { dueNotifications } from '../src/core/reminders';
import { addDays } from '../src/core/time/london';
import { runSweep, type SweepDeps } from '../src/bot/app/sweep';
import { createRateLimiter, DEFAULT_OVERALL_PER_SECOND, TEAMS_PER_CONVERSATION_PER_SECOND, type RateLimiter } from '../src/bot/app/rateLimiter';
import type { BotDeps, Messenger } from '../src/bot/app/deps';
import { botMessenger } from '../src/bot/botframework/adapter';
import { MemorySendLog } from '../src/bot/stores/memoryStores';
import type { ConversationRecord, ConversationStore } from '../src/core/ports/messaging';
import { startCaptureConnector } from '../src/bot/testing/captureConnector';

const VISITS = 5000;
const PER_VISIT = 4;
const NOW = '2025-10-01T08:00:00.000Z';
const OFFICER = 'officer@example.gov.uk';
const unsupported = (): never => {
  throw new Error('not used by the sweep');
};

function memoryRepos(visits: Stored<Visit>[], councillors: Stored<Councillor>[], teams: Stored<Team>[]): Repositories {
  const byId = new Map(visits.map((v) => [v.id, v]));
  const byEmail = new Map(councillors.map((c) => [c.email, c]));
  return {
    visits: {
      query: async (q: VisitQuery = {}) => visits.filter((v) => (!q.statuses || q.statuses.includes(v.status)) && (q.teamId === undefined || v.teamId === q.teamId)),
      get: async (id: number) => byId.get(id) ?? unsupported(),
      add: unsupported,
      update: unsupported
    },
    councillors: { all: async () => councillors, byEmail: async (e: string) => byEmail.get(e.toLowerCase()), byAadObjectId: async () => undefined, add: unsupported, update: unsupported },
    teams: { all: async () => teams, get: async (id: number) => teams[id - 1], add: unsupported },
    qa: { between: async () => [], add: unsupported },
    findings: { forVisit: async () => [], forVisits: async () => [], forCouncillor: async () => [], get: unsupported, find: async () => undefined, create: unsupported, update: unsupported },
    requests: { forVisit: async () => [], forVisits: async () => [], forResponder: async () => [], get: unsupported, create: unsupported, update: unsupported }
  } as unknown as Repositories;
}

class IndexedConversations implements ConversationStore {
  private readonly byMail = new Map<string, Stored<ConversationRecord>>();
  public async save(r: ConversationRecord): Promise<Stored<ConversationRecord>> {
    const stored = { ...r, userEmail: r.userEmail.toLowerCase(), id: this.byMail.get(r.userEmail.toLowerCase())?.id ?? this.byMail.size + 1 } as Stored<ConversationRecord>;
    this.byMail.set(stored.userEmail, stored);
    return { ...stored };
  }
  public async byEmail(email: string): Promise<Stored<ConversationRecord> | undefined> {
    const r = this.byMail.get(email.trim().toLowerCase());
    return r && { ...r };
  }
  public async byAadObjectId(): Promise<Stored<ConversationRecord> | undefined> {
    return undefined;
  }
  public async markUnreachable(email: string, error: string, at: string): Promise<void> {
    const r = this.byMail.get(email.trim().toLowerCase());
    if (r) this.byMail.set(r.userEmail, { ...r, status: 'Unreachable', lastError: error, updatedAt: at } as Stored<ConversationRecord>);
  }
  public async unreachable(): Promise<Stored<ConversationRecord>[]> {
    return [...this.byMail.values()].filter((r) => r.status !== 'Active');
  }
}

/** Visits spread evenly over a year around NOW (a first sweep sends booking notices, briefings and escalations; the second, nothing). */
function generate() {
  const teams: Stored<Team>[] = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, name: `Team ${i}`, area: `Area ${i % 25}`, serviceManagerEmail: `sm${i}@example.gov.uk`, headOfServiceEmail: `hos${i % 25}@example.gov.uk`, location: 'Town Hall', etag: '"1"' }));
  const councillors: Stored<Councillor>[] = Array.from({ length: VISITS * PER_VISIT }, (_, i) => ({ id: i + 1, name: `Cllr ${i}`, email: `c${i}@example.gov.uk`, committees: [FRONTLINE_2025.committees[0]], secondVisitVolunteer: false, active: true, etag: '"1"' }));
  const visits: Stored<Visit>[] = [];
  const start = Date.parse('2025-04-01T09:00:00.000Z');
  for (let i = 0; i < VISITS; i++) {
    const at = new Date(start + Math.floor((i * 365 * 24 * 3600 * 1000) / VISITS));
    at.setUTCHours(9, 0, 0, 0);
    const past = at.toISOString() < NOW;
    // Booked up to two weeks ahead (later visits are Planned: month only); 1 in 50 past visits still awaits its forms.
    const booked = at.toISOString() < new Date(Date.parse(NOW) + 14 * 86400000).toISOString();
    const status: VisitStatus = !past ? (booked ? 'Booked' : 'Planned') : i % 50 === 0 ? 'Visited' : 'Responded';
    const day = at.toISOString().slice(0, 10);
    visits.push({
      id: i + 1, title: `Visit ${i}`, teamId: (i % 100) + 1, area: `Area ${i % 25}`, visitMonth: day.slice(0, 7), visitStart: at.toISOString(), durationMinutes: 120,
      councillorEmails: Array.from({ length: PER_VISIT }, (_, k) => `c${i * PER_VISIT + k}@example.gov.uk`), committee: FRONTLINE_2025.committees[0],
      status, findingsDueDate: `${addDays(day, 14)}T17:00:00.000Z`, pointOfContactEmail: OFFICER, formTemplate: FRONTLINE_2025.formTemplate, etag: '"1"'
    });
  }
  return { teams, councillors, visits };
}

/** Most requests in any 1,000 ms window. */
function peak(times: number[]): number {
  const t = times.slice().sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i] - t[j] >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

export async function measureSweepScale(): Promise<Record<string, unknown>[]> {
  const capture = await startCaptureConnector();
  try {
    const { teams, councillors, visits } = generate();
    const conversations = new IndexedConversations();
    for (const email of [...councillors.map((c) => c.email), OFFICER]) {
      const id = `a:chat-${email}`;
      const reference = JSON.stringify({ channelId: 'msteams', serviceUrl: capture.url, conversation: { id, conversationType: 'personal', tenantId: 'tenant' }, user: { id: `29:${email}` }, bot: { id: '28:bench', name: 'Frontline Visits' } });
      await conversations.save({ userEmail: email, reference, status: 'Active', updatedAt: NOW });
    }
    capture.fail({ status: 429, share: 0.1, seed: 7, retryAfterSeconds: 1 });
    const repos = memoryRepos(visits, councillors, teams);
    const expected = dueNotifications({ visits, submitted: [], config: FRONTLINE_2025, now: NOW, sent: new Set(), officerEmail: OFFICER });
    // Time outside the sweep's own work: waiting for the limiter, connector round trips, retry pauses.
    let outside = 0;
    const timed = <T>(p: Promise<T>, t0 = performance.now()): Promise<T> => p.finally(() => (outside += performance.now() - t0));
    const inner = botMessenger({ appId: '', appPassword: '' });
    const messenger: Messenger = { send: (ref, card) => timed(inner.send(ref, card)) };
    const real = createRateLimiter({ overall: DEFAULT_OVERALL_PER_SECOND });
    const limiter: RateLimiter = { acquire: (key) => timed(real.acquire(key)) };
    const deps: SweepDeps = {
      repos, conversations, sendLog: new MemorySendLog(), messenger, limiter, config: FRONTLINE_2025, now: () => NOW, instanceId: 'bench-sweep',
      links: { form: (id) => `http://127.0.0.1/form?visit=${id}`, dashboard: 'http://127.0.0.1/dashboard' }, contact: { email: OFFICER, name: 'Officers' },
      reminderOptions: { officerEmail: OFFICER }, sleep: (ms) => timed(new Promise((r) => setTimeout(r, Math.min(ms, 20)))),
      // Not used by a sweep.
      sharing: {} as BotDeps['sharing'], officers: { isOfficer: async () => false } as unknown as BotDeps['officers']
    };
    const rows: Record<string, unknown>[] = [];
    const sentKeys: string[] = [];
    for (const pass of [1, 2]) {
      outside = 0;
      const before = capture.sent.length;
      const t0 = performance.now();
      const report = await runSweep(deps, NOW);
      const wallMs = performance.now() - t0;
      const sent = report.results.filter((r) => r.outcome === 'sent').map((r) => r.key);
      sentKeys.push(...sent);
      rows.push({
        measure: `sweep ${pass}`, visits: VISITS, recipients: councillors.length, remindersDue: pass === 1 ? expected.length : '-', messages: report.results.length, sent: sent.length,
        delivered: capture.sent.length - before, failed: report.results.filter((r) => r.outcome === 'failed').length,
        computeMs: Math.round(wallMs - outside), target: '<= 5000', met: wallMs - outside <= 5000, wallMs: Math.round(wallMs),
        msgsPerSec: Math.round(((capture.sent.length - before) / wallMs) * 10000) / 10
      });
    }
    const stats = capture.stats();
    const all = [...stats.perConversationTimes.values()].flat();
    const perConversationPeak = Math.max(0, ...[...stats.perConversationTimes.values()].map(peak));
    const expectedKeys = new Set(expected.map((n) => n.key));
    const sentSet = new Set(sentKeys);
    const lost = [...expectedKeys].filter((k) => !sentSet.has(k)).length;
    const duplicates = sentKeys.length - sentSet.size + (capture.sent.length - sentKeys.length);
    rows.push({ measure: 'rate: peak requests in any 1 s, all conversations', value: peak(all), limit: DEFAULT_OVERALL_PER_SECOND, met: peak(all) <= DEFAULT_OVERALL_PER_SECOND });
    rows.push({ measure: 'rate: peak requests in any 1 s, one conversation', value: perConversationPeak, limit: TEAMS_PER_CONVERSATION_PER_SECOND, met: perConversationPeak <= TEAMS_PER_CONVERSATION_PER_SECOND });
    rows.push({ measure: '429s answered by the capture connector', value: stats.faults[429] ?? 0 });
    rows.push({ measure: 'lost (due, never delivered)', value: lost, target: 0, met: lost === 0 });
    rows.push({ measure: 'duplicates (delivered more than once)', value: duplicates, target: 0, met: duplicates === 0 });
    rows.push({ measure: 'note', value: 'lists, conversation store and send log in memory; sends real (botbuilder -> capture connector over loopback)' });
    return rows;
  } finally {
    await capture.close();
  }
}
