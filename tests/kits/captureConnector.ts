// A local stand-in for the Teams Bot Connector service (v3 REST), for tests and `npm run bench`.
// With an empty MicrosoftAppId the bot sends, unauthenticated, to whatever `serviceUrl` the inbound
// activity named, so pointing that here captures everything it sends. Plain http on purpose: test
// infrastructure must not depend on the SDK it checks. Routes and bodies follow botframework-connector
// 4.23; member JSON, error codes and numeric ids follow what Agents Playground 0.2.28 answers.
// This file is the HTTP routing; captureState.ts holds the members, conversations and recordings.
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { CaptureConnector, CaptureKind, FaultOp } from './captureTypes';
import { createCaptureState, memberJson } from './captureState';
export * from './captureTypes';
export { seededRandom } from './captureState';

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
const WRITE_BY_METHOD: Record<string, CaptureKind | undefined> = { PUT: 'update', DELETE: 'delete' };
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- request bodies are unchecked JSON

export async function startCaptureConnector(options: { port?: number } = {}): Promise<CaptureConnector> {
  const state = createCaptureState();

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
    const f = state.fault(op, conversationId);
    if (!f) return false;
    error(res, f.status, undefined, f.status === 429 ? { 'Retry-After': String(f.retryAfterSeconds ?? 1) } : {});
    return true;
  };

  const createConversation = (res: http.ServerResponse, body: Json): void => {
    if (faulted(res, 'create')) return;
    const id = state.createConversation(body);
    if (!body?.activity) return json(res, 201, { id });
    const conversation = { ...body.activity.conversation, id };
    const activityId = state.record('send', id, { ...body.activity, conversation });
    json(res, 201, { id, activityId });
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse, body: Json): void => {
    const url = new URL(req.url ?? '/', 'http://capture');
    const method = req.method ?? 'GET';
    const stats = state.live();
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
      const id = state.record(kind, conversationId, body ?? {}, item);
      return kind === 'delete' ? json(res, 200) : json(res, kind === 'update' ? 200 : 201, { id });
    }
    if (method !== 'GET' || (sub !== 'members' && sub !== 'pagedmembers') || (sub === 'pagedmembers' && item))
      return unknown();
    if (faulted(res, 'members', conversationId)) return;
    if (item !== undefined) {
      const m = state.api.members.get(item);
      return m
        ? json(res, 200, memberJson(m))
        : error(res, 404, ['MemberNotFoundInConversation', 'Member not found in conversation']);
    }
    const list = state.rosterOf(conversationId).map(memberJson);
    if (sub === 'members') return json(res, 200, list);
    const size = Math.max(1, Number(url.searchParams.get('pageSize') ?? 200));
    const from = Number(url.searchParams.get('continuationToken') ?? 0);
    const next = from + size < list.length ? { continuationToken: String(from + size) } : {};
    json(res, 200, { members: list.slice(from, from + size), ...next });
  };

  const server = http.createServer((req, res) => {
    state.live().requests++;
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
    ...state.api,
    async close() {
      state.closeWaiters();
      server.closeAllConnections(); // the SDK's client keeps connections alive
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
}
