// The baseline for bot turn latency: a bare botbuilder echo bot (CloudAdapter on express, no
// middleware, no storage), as the botbuilder samples build it. A message gets its text back through
// the connector named by serviceUrl; an adaptiveCard/action invoke gets a small card in the HTTP
// response. botbuilder is imported here on purpose: bench/ is outside the src/ architecture rule.
import express from 'express';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

export async function startEchoBot(): Promise<{ url: string; close: () => Promise<void> }> {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppType: 'MultiTenant'
    })
  );
  const app = express();
  app.post('/api/messages', express.json({ limit: '1mb' }), async (req, res) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === 'invoke') {
        const card = { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: 'echo' }] };
        await context.sendActivity({
          type: 'invokeResponse',
          value: {
            status: 200,
            body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card }
          }
        });
      } else if (context.activity.type === 'message') {
        await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      }
    });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())))
  };
}
