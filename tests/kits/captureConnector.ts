// A local stand-in for the Teams Bot Connector service (v3 REST), for tests and `npm run bench`.
// With an empty MicrosoftAppId the bot sends, unauthenticated, to whatever `serviceUrl` the inbound
// activity named, so pointing that here captures everything it sends. Plain http on purpose: test
// infrastructure must not depend on the SDK it checks. Routes and bodies follow botframework-connector
// 4.23; member JSON, error codes and numeric ids follow what Agents Playground 0.2.28 answers.
import * as http from 'http';
import type { AddressInfo } from 'net';
import type {
  CaptureConnector,
  CaptureKind,
  CaptureStats,
  CapturedActivity,
  FaultOp,
  FaultRule,
  TeamsMember
} from './captureTypes';
export * from './captureTypes';

const ERRORS: Record<number, [string, string]> = {
  400: ['BadArgument', 'Bad request'],
  403: ['BotNotInConversationRoster', 'The bot is not part of the conversation roster.'],
  404: ['ConversationNotFound', 'Conversation not found'],
  412: ['PreconditionFailed', 'Precondition failed'],
  413: ['MessageSizeTooBig', 'Message size too large'],
  429: ['Throttled', 'Too many requests'],
  500: ['InternalServerError', 'Internal server error'],
  502: ['BadGateway', 'Bad gateway'],
  503: ['ServiceUnavailable', 'Service unavailable'],
  504: ['GatewayTimeout', 'Gateway timeout']
};
const WRITES: FaultOp[] = ['send', 'reply', 'update', 'delete'];
const WRITE_BY_METHOD: Record<string, CaptureKind | undefined> = { PUT: 'update', DELETE: 'delete' };

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
function memberJson(m: TeamsMember): Record<string, string | undefined> {
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

export async function startCaptureConnector(options: { port?: number } = {}): Promise<CaptureConnector> {
  const sent: CapturedActivity[] = [];
  const members = new Map<string, TeamsMember>();
  const rosters = new Map<string, string[]>(); // created conversation -> member ids
  const oneToOne = new Map<string, string>(); // tenant|member -> conversation: Teams reuses 1:1 chats
  let faults: Fault[] = [];
  let waiters: Waiter[] = [];
  let stats = emptyStats();
  const idBase = Date.now();
  let counter = 0;

  const json = (
    res: http.ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {}
  ): void => {
    const text = body === undefined ? '' : JSON.stringify(body);
    if (text) headers['Content-Type'] = 'application/json; charset=utf-8';
    res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(text)) }).end(text);
  };
  const error = (
    res: http.ServerResponse,
    status: number,
    codeAndMessage?: [string, string],
    headers?: Record<string, string>
  ): void => {
    const [code, message] = codeAndMessage ?? ERRORS[status] ?? ['ServiceError', `HTTP ${status}`];
    json(res, status, { error: { code, message } }, headers);
  };

  /** Answers with the first matching fault rule, if any; true when it did. */
  const faulted = (res: http.ServerResponse, op: FaultOp, conversationId?: string): boolean => {
    for (const f of faults) {
      const anyConversation = f.conversationId === undefined || f.conversationId === '*';
      if (f.left <= 0 || !(f.ops ?? WRITES).includes(op) || (!anyConversation && f.conversationId !== conversationId))
        continue;
      if (f.share !== undefined && f.random() >= f.share) continue;
      f.left--;
      stats.faults[f.status] = (stats.faults[f.status] ?? 0) + 1;
      error(res, f.status, undefined, f.status === 429 ? { 'Retry-After': String(f.retryAfterSeconds ?? 1) } : {});
      return true;
    }
    return false;
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

  const createConversation = (res: http.ServerResponse, body: Json): void => {
    if (faulted(res, 'create')) return;
    const ids: string[] = (body?.members ?? [])
      .map((m: { id?: string; aadObjectId?: string }) => members.get(m.id ?? m.aadObjectId ?? '')?.id ?? m.id)
      .filter(Boolean);
    const key = !body?.isGroup && ids.length === 1 ? `${body?.tenantId ?? ''}|${ids[0]}` : undefined;
    const id = (key && oneToOne.get(key)) || `a:1capture${++counter}`;
    if (key) oneToOne.set(key, id);
    rosters.set(id, ids);
    if (!body?.activity) return json(res, 201, { id });
    const activityId = record('send', id, { ...body.activity, conversation: { ...body.activity.conversation, id } });
    json(res, 201, { id, activityId });
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse, body: Json): void => {
    const url = new URL(req.url ?? '/', 'http://capture');
    const method = req.method ?? 'GET';
    const unknown = (): void => {
      stats.unmatched.push(`${method} ${url.pathname}`);
      error(res, 404, ['NotFound', `No route for ${method} ${url.pathname}`]);
    };
    // Split before decoding: Teams ids hold ':', ';', '@' and may hold '/', all percent-encoded.
    // A path prefix is fine, as in Teams' https://smba.trafficmanager.net/uk/.
    const raw = url.pathname.split('/').filter(Boolean);
    const [v3, root, conversationId, sub, item, extra] = raw
      .slice(Math.max(0, raw.indexOf('v3')))
      .map(decodeURIComponent);
    if (v3 !== 'v3' || root !== 'conversations' || extra !== undefined) return unknown();
    if (conversationId === undefined) return method === 'POST' ? createConversation(res, body) : unknown();

    if (sub === 'activities' && item !== 'history') {
      const kind = method === 'POST' ? (item ? 'reply' : 'send') : item ? WRITE_BY_METHOD[method] : undefined;
      if (!kind) return unknown();
      stats.sends++;
      const times = stats.perConversationTimes.get(conversationId) ?? [];
      stats.perConversationTimes.set(conversationId, times);
      times.push(Date.now());
      if (faulted(res, kind, conversationId)) return;
      if (kind !== 'delete' && (typeof body !== 'object' || body === null))
        return error(res, 400, ['BadArgument', 'Activity body required']);
      const id = record(kind, conversationId, body ?? {}, item);
      return kind === 'delete' ? json(res, 200) : json(res, kind === 'update' ? 200 : 201, { id });
    }
    if (method !== 'GET' || (sub !== 'members' && sub !== 'pagedmembers') || (sub === 'pagedmembers' && item))
      return unknown();
    if (faulted(res, 'members', conversationId)) return;
    if (item !== undefined) {
      const m = members.get(item);
      return m
        ? json(res, 200, memberJson(m))
        : error(res, 404, ['MemberNotFoundInConversation', 'Member not found in conversation']);
    }
    const list = rosterOf(conversationId).map(memberJson);
    if (sub === 'members') return json(res, 200, list);
    const size = Math.max(1, Number(url.searchParams.get('pageSize') ?? 200));
    const from = Number(url.searchParams.get('continuationToken') ?? 0);
    const next = from + size < list.length ? { continuationToken: String(from + size) } : {};
    json(res, 200, { members: list.slice(from, from + size), ...next });
  };

  const server = http.createServer((req, res) => {
    stats.requests++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Json;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return error(res, 400, ['BadArgument', 'Body is not JSON']);
      }
      try {
        handle(req, res, body);
      } catch (e) {
        error(res, 500, ['InternalServerError', e instanceof Error ? e.message : String(e)]);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
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
    },
    async close() {
      waiters.forEach((w) => (clearTimeout(w.timer), w.reject(new Error('capture connector closed'))));
      waiters = [];
      server.closeAllConnections(); // the SDK's client keeps connections alive
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
}
