// POST /api/messages on the Frontline service's express app. The activity's shape is checked
// before botbuilder reads it (activityShape.ts), and what the adapter answers is written here:
// botbuilder writes its own refusals as bare text or empty bodies and a failed turn as 500 with
// the exception's message, so every answer goes out as JSON, and a failure never shows internals.
// adapter.process is also wrapped because in express 4 an error escaping a handler would otherwise
// take the process down.
import express, { type Express, type Request, type Response } from 'express';
import type { CloudAdapter, Response as AdapterResponse } from 'botbuilder';
import type { BotDeps } from '../app/deps';
import { activityProblem } from './activityShape';
import { FrontlineBot } from './frontlineBot';
import { errorFields, log } from '../../service/logger';

interface Answer {
  status: number;
  body?: unknown;
}

/** Stands in for express's response while the adapter runs, so its answer can be checked first. */
function captured(): { res: AdapterResponse; answer: Answer } {
  const answer: Answer = { status: 200 };
  const res: AdapterResponse = {
    socket: undefined,
    status(code: number) {
      answer.status = code;
      return res;
    },
    header() {
      return res;
    },
    send(body?: unknown) {
      answer.body = body;
      return res;
    },
    end() {
      return res;
    }
  };
  return { res, answer };
}

const error = (res: Response, status: number, code: string, message: string): void => {
  res.status(status).json({ error: { code, message } });
};

/** What the adapter answered, as JSON; the adapter's own words are logged, never sent. */
function reply(res: Response, answer: Answer): void {
  const { status, body } = answer;
  if (status < 400) {
    if (body !== undefined && body !== null && body !== '') res.status(status).json(body);
    else res.status(status).end();
    return;
  }
  if (typeof body === 'object' && body !== null) {
    res.status(status).json(body);
    return;
  }
  if (status === 401)
    return error(
      res,
      401,
      'Unauthorized',
      'Activities must carry a Bot Framework token for this bot (Authorization: Bearer ...).'
    );
  if (status < 500)
    return error(
      res,
      status,
      'BadActivity',
      'The activity could not be processed: send one Bot Framework activity as JSON.'
    );
  // The adapter's own words stay out of the log too: they can quote the activity.
  log.error('the bot adapter answered with an error', { adapterStatus: status });
  // An invoke whose turn failed before it answered: botbuilder reports 501 with no body.
  error(res, 500, 'BotError', 'The bot could not handle that activity. Please try again.');
}

export function mountBot(app: Express, adapter: CloudAdapter, deps: BotDeps): void {
  const bot = new FrontlineBot(deps);
  app.post('/api/messages', express.json({ limit: '1mb' }), async (req: Request, res: Response) => {
    if (!req.is('application/json'))
      return error(res, 400, 'BadRequest', 'Send the activity as JSON (Content-Type: application/json).');
    const problem = activityProblem(req.body);
    if (problem) return error(res, 400, 'BadActivity', problem);
    const { res: adapterRes, answer } = captured();
    try {
      await adapter.process(req, adapterRes, (context) => bot.run(context));
    } catch (e) {
      log.warn('could not process an activity', errorFields(e));
      return error(
        res,
        400,
        'BadActivity',
        'The activity could not be processed: send one Bot Framework activity as JSON.'
      );
    }
    if (!res.headersSent) reply(res, answer);
  });
}
