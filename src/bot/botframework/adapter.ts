// The Bot Framework SDK's side of the bot: the CloudAdapter, proactive sends, and the activity
// handler. This folder is the only one that imports botbuilder, so the move to the Microsoft 365
// Agents SDK (@microsoft/agents-hosting) touches nothing else.
import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory, type ConversationReference, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards';
import { DeliveryError, type Messenger } from '../app/deps';

export interface BotCredentials {
  /** Empty locally: the adapter then accepts unauthenticated local clients (Playground, tests). */
  appId: string;
  appPassword: string;
  tenantId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): BotCredentials {
  return { appId: env.MicrosoftAppId ?? env.BOT_ID ?? '', appPassword: env.MicrosoftAppPassword ?? env.BOT_PASSWORD ?? '', tenantId: env.MicrosoftAppTenantId, appType: (env.MicrosoftAppType as BotCredentials['appType']) ?? undefined };
}

export function createAdapter(credentials: BotCredentials): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: credentials.appId,
    MicrosoftAppPassword: credentials.appPassword,
    MicrosoftAppTenantId: credentials.tenantId,
    MicrosoftAppType: credentials.appType ?? (credentials.tenantId ? 'SingleTenant' : 'MultiTenant')
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Last resort: handlers already turn failures into cards; this only catches SDK-level errors.
    console.error('[bot] turn error:', error);
    try {
      await context.sendActivity('Sorry, something went wrong. Please try again.');
    } catch {
      // The conversation itself may be gone; nothing more to do.
    }
  };
  return adapter;
}

export const cardActivity = (card: AdaptiveCardJson) => MessageFactory.attachment(CardFactory.adaptiveCard(card));

/**
 * Proactive sends, on an adapter of their own: the SDK runs continueConversationAsync's callback
 * as a turn, so a turn-error handler would swallow a 403/404/429 (and post an apology into the
 * chat) and the send would look delivered. Here the error is rethrown and becomes a DeliveryError
 * with its HTTP status, which deliver() records or retries.
 */
export function botMessenger(credentials: BotCredentials): Messenger {
  const adapter = createAdapter(credentials);
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  const appId = credentials.appId;
  return {
    async send(reference, card) {
      let id = '';
      try {
        await adapter.continueConversationAsync(appId, JSON.parse(reference) as Partial<ConversationReference>, async (ctx) => {
          id = (await ctx.sendActivity(cardActivity(card)))?.id ?? '';
        });
      } catch (e) {
        const err = e as { statusCode?: number; response?: { status?: number; headers?: { get?(n: string): string | undefined } }; message?: string };
        const status = err.statusCode ?? err.response?.status ?? 0;
        const retryAfter = Number(err.response?.headers?.get?.('retry-after'));
        throw new DeliveryError(status, err.message ?? 'send failed', Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined);
      }
      return id;
    }
  };
}
