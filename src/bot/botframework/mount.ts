// POST /api/messages on the Frontline service's express app. adapter.process is wrapped: in
// express 4 an error escaping a handler would otherwise take the process down.
import express, { type Express } from 'express';
import type { CloudAdapter } from 'botbuilder';
import type { BotDeps } from '../app/deps';
import { FrontlineBot } from './frontlineBot';

export function mountBot(app: Express, adapter: CloudAdapter, deps: BotDeps): void {
  const bot = new FrontlineBot(deps);
  app.post('/api/messages', express.json({ limit: '1mb' }), async (req, res) => {
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (e) {
      console.error('[bot] could not process an activity:', e);
      if (!res.headersSent) res.status(400).json({ error: { code: 'BadActivity', message: 'The activity could not be processed.' } });
    }
  });
}
