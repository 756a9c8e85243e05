// The Bot Framework SDK's side of the bot: the CloudAdapter, proactive sends, and the activity
// handler. This folder is the only one that imports botbuilder, so the move to the Microsoft 365
// Agents SDK (@microsoft/agents-hosting) touches nothing else.
import {
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  type ConversationReference,
  type TurnContext
} from 'botbuilder';
import type { AdaptiveCardJson } from '../cards';
import { errorFields, log } from '../../service/logger';
import { DeliveryError, type Messenger } from '../app/deps';

export interface BotCredentials {
  /** Empty locally: the adapter then accepts unauthenticated local clients (Playground, tests). */
  appId: string;
  appPassword: string;
  tenantId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): BotCredentials {
  return {
    appId: env.MicrosoftAppId ?? env.BOT_ID ?? '',
    appPassword: env.MicrosoftAppPassword ?? env.BOT_PASSWORD ?? '',
    tenantId: env.MicrosoftAppTenantId,
    appType: (env.MicrosoftAppType as BotCredentials['appType']) ?? undefined
  };
}

export interface AdapterOptions {
  /** false: the SDK's HTTP pipeline sends each request once, and the caller retries (see botMessenger). */
  sdkRetries?: boolean;
}

export function createAdapter(credentials: BotCredentials, options: AdapterOptions = {}): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: credentials.appId,
    MicrosoftAppPassword: credentials.appPassword,
    MicrosoftAppTenantId: credentials.tenantId,
    MicrosoftAppType: credentials.appType ?? (credentials.tenantId ? 'SingleTenant' : 'MultiTenant')
  });
  if (options.sdkRetries === false) {
    const factoryFor = auth.createConnectorFactory.bind(auth);
    auth.createConnectorFactory = (identity) => {
      const factory = factoryFor(identity);
      return {
        create: async (serviceUrl: string, audience?: string) =>
          withoutSdkRetries(await factory.create(serviceUrl, audience))
      };
    };
  }
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Last resort: handlers already turn failures into cards; this only catches SDK-level errors.
    log.error('bot turn failed', errorFields(error));
    try {
      await context.sendActivity('Sorry, something went wrong. Please try again.');
    } catch {
      // The conversation itself may be gone; nothing more to do.
    }
  };
  return adapter;
}

export const cardActivity = (card: AdaptiveCardJson) => MessageFactory.attachment(CardFactory.adaptiveCard(card));

let warnedRetries = false;

/**
 * Each ConnectorClient is built on @azure/core-client, whose pipeline retries 429 (after its
 * Retry-After), 5xx and dropped connections up to 3 times by itself. Those resends never pass our
 * rate limiter (they overshot Teams' 7 a second per chat in the sweep benchmark) and multiply
 * deliver()'s own tries by four. botframework-connector has no option to turn them off (it ignores
 * noRetryPolicy), so the Retry phase is taken out of the client's pipeline; tests/bot/adapterRetries
 * fails if an SDK upgrade moves it.
 */
function withoutSdkRetries<T extends object>(connector: T): T {
  type Pipeline = { removePolicy(options: { phase: 'Retry' }): unknown[] };
  const pipeline = (connector as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
  const removed = typeof pipeline?.removePolicy === 'function' ? pipeline.removePolicy({ phase: 'Retry' }) : [];
  if (!removed.length && !warnedRetries) {
    warnedRetries = true;
    log.warn(
      'could not turn off the Bot Framework SDK retries: throttled sends may be retried outside the rate limiter.'
    );
  }
  return connector;
}

/**
 * Proactive sends, on an adapter of their own: the SDK runs continueConversationAsync's callback
 * as a turn, so a turn-error handler would swallow a 403/404/429 (and post an apology into the
 * chat) and the send would look delivered. Here the error is rethrown and becomes a DeliveryError
 * with its HTTP status, which deliver() records or retries. One send is one HTTP request (no SDK
 * retries), so every attempt goes through the caller's rate limiter.
 */
export function botMessenger(credentials: BotCredentials): Messenger {
  const adapter = createAdapter(credentials, { sdkRetries: false });
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  const appId = credentials.appId;
  return {
    async send(reference, card) {
      let id = '';
      try {
        await adapter.continueConversationAsync(
          appId,
          JSON.parse(reference) as Partial<ConversationReference>,
          async (ctx) => {
            id = (await ctx.sendActivity(cardActivity(card)))?.id ?? '';
          }
        );
      } catch (e) {
        const err = e as {
          statusCode?: number;
          response?: { status?: number; headers?: { get?(n: string): string | undefined } };
          message?: string;
        };
        const status = err.statusCode ?? err.response?.status ?? 0;
        const retryAfter = Number(err.response?.headers?.get?.('retry-after'));
        throw new DeliveryError(
          status,
          err.message ?? 'send failed',
          Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined
        );
      }
      return id;
    }
  };
}
