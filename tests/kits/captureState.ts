// The capture Bot Connector's state (captureConnector.ts holds its HTTP routing): the members it
// knows, the conversations it created, the activities it recorded, its fault rules, waiters and stats.
import type {
  CaptureConnector,
  CaptureKind,
  CaptureStats,
  CapturedActivity,
  FaultOp,
  FaultRule,
  TeamsMember
} from './captureTypes';

const WRITES: FaultOp[] = ['send', 'reply', 'update', 'delete'];

/** mulberry32: tiny, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Fault = FaultRule & { left: number; random: () => number };
type Waiter = {
  predicate: (a: CapturedActivity) => boolean;
  resolve: (a: CapturedActivity) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
};
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- request bodies are unchecked JSON

/** Member JSON as Teams and the Playground give it (GET /members says `objectId`, getMember `aadObjectId`). */
export function memberJson(m: TeamsMember): Record<string, string | undefined> {
  const [givenName, ...rest] = m.name.split(' ');
  return { ...m, objectId: m.aadObjectId, givenName, surname: rest.join(' ') || undefined, userRole: 'user' };
}

const emptyStats = (): CaptureStats => ({
  requests: 0,
  sends: 0,
  faults: {},
  perConversationTimes: new Map(),
  unmatched: []
});

/** The part of the connector's API that is state alone (no url, no close of the server). */
export type CaptureStateApi = Omit<CaptureConnector, 'url' | 'close'>;

export interface CaptureState {
  api: CaptureStateApi;
  /** The live stats object, for the router to count into (replaced by reset). */
  live(): CaptureStats;
  /** The first fault rule matching this request, spent once; undefined when none. */
  fault(op: FaultOp, conversationId?: string): FaultRule | undefined;
  record(kind: CaptureKind, conversationId: string, activity: Json, urlActivityId?: string): string;
  rosterOf(conversationId: string): TeamsMember[];
  /** POST /v3/conversations without the activity: the conversation's id (1:1 chats reused). */
  createConversation(body: Json): string;
  /** Rejects every waiter (the connector is closing). */
  closeWaiters(): void;
}

export function createCaptureState(): CaptureState {
  const sent: CapturedActivity[] = [];
  const members = new Map<string, TeamsMember>();
  const rosters = new Map<string, string[]>(); // created conversation -> member ids
  const oneToOne = new Map<string, string>(); // tenant|member -> conversation: Teams reuses 1:1 chats
  let faults: Fault[] = [];
  let waiters: Waiter[] = [];
  let stats = emptyStats();
  const idBase = Date.now();
  let counter = 0;

  const fault = (op: FaultOp, conversationId?: string): FaultRule | undefined => {
    for (const f of faults) {
      const anyConversation = f.conversationId === undefined || f.conversationId === '*';
      if (f.left <= 0 || !(f.ops ?? WRITES).includes(op) || (!anyConversation && f.conversationId !== conversationId))
        continue;
      if (f.share !== undefined && f.random() >= f.share) continue;
      f.left--;
      stats.faults[f.status] = (stats.faults[f.status] ?? 0) + 1;
      return f;
    }
    return undefined;
  };

  const record = (kind: CaptureKind, conversationId: string, activity: Json, urlActivityId?: string): string => {
    // Teams message ids are epoch-millisecond strings; updates and deletes keep the URL's id.
    const activityId = kind === 'update' || kind === 'delete' ? String(urlActivityId) : String(idBase + ++counter);
    const replyToId: string | undefined = kind === 'reply' ? urlActivityId : activity?.replyToId;
    const captured: CapturedActivity = {
      conversationId,
      activityId,
      ...(replyToId ? { replyToId } : {}),
      kind,
      activity,
      at: Date.now()
    };
    sent.push(captured);
    const hit = waiters.filter((w) => w.predicate(captured));
    waiters = waiters.filter((w) => !hit.includes(w));
    hit.forEach((w) => (clearTimeout(w.timer), w.resolve(captured)));
    return activityId;
  };

  const rosterOf = (conversationId: string): TeamsMember[] => {
    const ids = rosters.get(conversationId);
    const all = [...new Map([...members.values()].map((m) => [m.id, m])).values()];
    return ids ? all.filter((m) => ids.includes(m.id)) : all;
  };

  const createConversation = (body: Json): string => {
    const ids: string[] = (body?.members ?? [])
      .map((m: { id?: string; aadObjectId?: string }) => members.get(m.id ?? m.aadObjectId ?? '')?.id ?? m.id)
      .filter(Boolean);
    const key = !body?.isGroup && ids.length === 1 ? `${body?.tenantId ?? ''}|${ids[0]}` : undefined;
    const id = (key && oneToOne.get(key)) || `a:1capture${++counter}`;
    if (key) oneToOne.set(key, id);
    rosters.set(id, ids);
    return id;
  };

  const api: CaptureStateApi = {
    sent,
    members,
    addMember(m) {
      members.set(m.id, m);
      members.set(m.aadObjectId, m);
    },
    fail(rule) {
      const left = rule.times ?? (rule.share === undefined ? 1 : Number.POSITIVE_INFINITY);
      faults.push({ ...rule, left, random: seededRandom(rule.seed ?? 1) });
    },
    clearFaults() {
      faults = [];
    },
    waitFor(predicate, timeoutMs = 5000) {
      const past = sent.find(predicate);
      if (past) return Promise.resolve(past);
      return new Promise<CapturedActivity>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w.timer !== timer);
          reject(new Error(`waitFor: no matching activity within ${timeoutMs} ms (${sent.length} captured)`));
        }, timeoutMs);
        waiters.push({ predicate, resolve, reject, timer });
      });
    },
    stats() {
      const times = new Map([...stats.perConversationTimes].map(([k, v]) => [k, [...v]]));
      return { ...stats, faults: { ...stats.faults }, perConversationTimes: times, unmatched: [...stats.unmatched] };
    },
    reset() {
      sent.length = 0;
      faults = [];
      rosters.clear();
      oneToOne.clear();
      stats = emptyStats();
    }
  };

  return {
    api,
    live: () => stats,
    fault,
    record,
    rosterOf,
    createConversation,
    closeWaiters() {
      waiters.forEach((w) => (clearTimeout(w.timer), w.reject(new Error('capture connector closed'))));
      waiters = [];
    }
  };
}
