// POST /api/requests/:requestId/respond | delegate | ask: a head of service (or their delegate)
// answers escalated issues from the form page, as they can from the bot's card; /reply: the
// councillor answers the head of service's "ask for more", as they can from the question card. Handlers only parse
// and identify the caller; core decides who may act, from the lists (never from the body), and the
// service's own identity writes and shares. The Teams messages that follow are the bot's: it is told
// through `notices` (and the reminder sweep sends any answer or delegation it missed).
import { Router, type Request, type Response } from 'express';
import type { AuditLog } from '../core/ports/audit';
import type { Repositories } from '../core/ports/repositories';
import type { FindingsSharing } from '../core/ports/sharing';
import type { OfficerDirectory } from '../core/ports/directory';
import {
  askCouncillorForMore,
  delegateRequest,
  respondToRequest,
  type HosDeps,
  type HosOutcome
} from '../core/services/headOfService';
import { replyToHeadOfService, type ReplyOutcome } from '../core/services/councillorReply';
import {
  REPLY_ACTION,
  REPLY_FIELD,
  REQUEST_ACTIONS,
  REQUEST_FIELDS,
  toRequestState,
  type RequestAction,
  type RequestActionResponse,
  type TeamsMessage
} from '../adapters/service/contract';
import type { Authenticate } from './identity';
import type { ReadProcess } from './processInForce';
import { BadRequestError, toHttpError } from './httpErrors';

/** How a Teams message went (the bot's DeliveryOutcome). */
export type NoticeOutcome = 'sent' | 'already-sent' | 'in-progress' | 'unreachable' | 'failed';

/** The bot's messages after an action taken on the page: the answer, the delegate's card, the question. */
export interface HosActionNotices {
  responded(outcome: HosOutcome): Promise<NoticeOutcome>;
  delegated(outcome: HosOutcome, actorEmail: string): Promise<NoticeOutcome>;
  asked(outcome: HosOutcome & { question: string }, actorEmail: string): Promise<NoticeOutcome>;
  /** The request card, now with the councillor's reply, to whoever holds the request. */
  replied?(outcome: ReplyOutcome): Promise<NoticeOutcome>;
}

export interface RequestsApiDeps {
  repos: Repositories;
  sharing: FindingsSharing;
  officers: OfficerDirectory;
  authenticate: Authenticate;
  now: () => string;
  /** The process in force, read for each action: its council domains are where a head of service may delegate. */
  process: ReadProcess;
  /** Set where the bot runs beside the service; without it answers and delegations wait for the sweep. */
  notices?: HosActionNotices;
  /** Who the service acted for (the lists' version history names the service). */
  audit?: AuditLog;
  log?: (message: string, error: unknown) => void;
}

function parseRequestId(raw: string): number {
  const id = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || id < 1)
    throw new BadRequestError(
      `'${raw.slice(0, 40)}' is not a request id: use the number of the Head of Service Responses item.`
    );
  return id;
}

/** The action's one text field: present, text, and no longer than core allows. */
function parseText(action: RequestAction | typeof REPLY_ACTION, body: unknown): string {
  const { field, max } = action === REPLY_ACTION ? REPLY_FIELD : REQUEST_FIELDS[action];
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new BadRequestError(`Send a JSON object with "${field}" as text.`);
  const value = (body as Record<string, unknown>)[field];
  if (typeof value !== 'string') throw new BadRequestError(`"${field}" is required, as text.`);
  if (value.length > max) throw new BadRequestError(`"${field}" is ${value.length} characters; the most is ${max}.`);
  return value;
}

/** Answers and delegations the bot could not send now are sent by the sweep; a question only now. */
function teamsMessage(action: RequestAction | typeof REPLY_ACTION, sent: NoticeOutcome | undefined): TeamsMessage {
  if (sent === 'sent' || sent === 'already-sent') return 'sent';
  if (action === 'ask' || action === REPLY_ACTION) return sent === 'in-progress' ? 'sent' : 'not-delivered';
  return sent === 'unreachable' ? 'not-delivered' : 'queued';
}

export function requestsRouter(deps: RequestsApiDeps): Router {
  const router = Router();

  /** Core's outcome as the page sees it, after the bot was asked to send what follows; a failed message never undoes the action. */
  const reply = async (
    action: RequestAction | typeof REPLY_ACTION,
    r: Pick<HosOutcome, 'outcome' | 'request' | 'visit'>,
    notice?: () => Promise<NoticeOutcome>
  ): Promise<RequestActionResponse> => {
    let sent: NoticeOutcome | undefined;
    try {
      sent = await notice?.();
    } catch (e) {
      deps.log?.(`requests API: the Teams message after '${action}' on request ${r.request.id}`, e);
    }
    return {
      outcome: r.outcome,
      request: toRequestState(r.request),
      visitStatus: r.visit.status,
      teamsMessage: teamsMessage(action, sent)
    };
  };

  const act = async (
    action: RequestAction | typeof REPLY_ACTION,
    requestId: number,
    actorEmail: string,
    text: string
  ): Promise<RequestActionResponse> => {
    const n = deps.notices;
    if (action === REPLY_ACTION) {
      const core = { ...deps.repos, audit: deps.audit, now: deps.now };
      const r = await replyToHeadOfService(core, { requestId, actorEmail, reply: text });
      const replied = n?.replied?.bind(n);
      return reply(action, r, replied && (() => replied(r)));
    }
    const { councilDomains } = await deps.process();
    const core: HosDeps = {
      ...deps.repos,
      sharing: deps.sharing,
      officers: deps.officers,
      councilDomains,
      audit: deps.audit,
      now: deps.now
    };
    if (action === 'respond') {
      const r = await respondToRequest(core, { requestId, actorEmail, response: text });
      return reply(action, r, n && (() => n.responded(r)));
    }
    if (action === 'delegate') {
      const r = await delegateRequest(core, { requestId, actorEmail, delegateEmail: text });
      return reply(action, r, n && (() => n.delegated(r, actorEmail)));
    }
    const r = await askCouncillorForMore(core, { requestId, actorEmail, question: text });
    return reply(action, r, n && (() => n.asked(r, actorEmail)));
  };

  router.post('/:requestId/:action', async (req: Request, res: Response, next) => {
    const action = req.params.action as RequestAction | typeof REPLY_ACTION;
    if (action !== REPLY_ACTION && REQUEST_ACTIONS.indexOf(action) < 0) return next();
    try {
      const identity = await deps.authenticate(req.headers);
      if (!identity) {
        res.status(401).json({
          error: {
            code: 'Unauthenticated',
            message: 'Sign in to Microsoft 365 to answer escalated issues or reply to them.'
          }
        });
        return;
      }
      const requestId = parseRequestId(req.params.requestId);
      const text = parseText(action, req.body);
      res.status(200).json(await act(action, requestId, identity.email, text));
    } catch (e) {
      const { status, body } = toHttpError(e);
      if (status === 500) deps.log?.(`requests API ${req.method} ${req.originalUrl}`, e);
      // Core's field errors (an empty answer, a delegate the council does not know) are bad input here.
      res.status(status === 422 ? 400 : status).json(body);
    }
  });

  router.use((_req, res) =>
    res.status(404).json({
      error: {
        code: 'NotFound',
        message:
          'No such requests API call. Use POST /api/requests/<request id>/respond, /delegate or /ask (the head of service), or /reply (the councillor).'
      }
    })
  );
  return router;
}
