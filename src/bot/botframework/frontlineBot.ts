// Activities to handler calls. Thin by design: who the user is (TeamsInfo for the e-mail), the
// conversation reference to store, and sending what the handlers return.
import {
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type InvokeResponse
} from 'botbuilder';
import type { BotDeps, BotUser, TurnResult } from '../app/deps';
import { onCardAction, onInstall, onMessage } from '../app/router';
import { cardActivity } from './adapter';
import { normalizeEmail } from '../../core/email';

const CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * Teams member lookups by tenant and user id. The roster call is a round trip to the Bot Connector
 * at every turn (hundreds of ms in Teams) for an answer that does not change within minutes. Only
 * answers are kept, never failures; who may do what is still decided from the lists every turn.
 */
const MEMBER_TTL_MS = 10 * 60 * 1000;
const MEMBER_LIMIT = 5000;
const members = new Map<string, { at: number; email?: string; aadObjectId?: string }>();

async function userOf(context: TurnContext): Promise<BotUser> {
  const from = context.activity.from;
  const user: BotUser = { id: from.id, aadObjectId: from.aadObjectId, name: from.name };
  const key = `${context.activity.conversation?.tenantId ?? ''}|${context.activity.serviceUrl ?? ''}|${from.id}`;
  const known = members.get(key);
  if (known && Date.now() - known.at < MEMBER_TTL_MS) {
    return { ...user, email: known.email, aadObjectId: user.aadObjectId ?? known.aadObjectId };
  }
  try {
    const member = await TeamsInfo.getMember(context, from.id);
    user.email = normalizeEmail(member.email || member.userPrincipalName) || undefined;
    user.aadObjectId = user.aadObjectId ?? member.aadObjectId;
    members.delete(key);
    members.set(key, { at: Date.now(), email: user.email, aadObjectId: member.aadObjectId });
    if (members.size > MEMBER_LIMIT) members.delete(members.keys().next().value as string);
  } catch {
    // No roster (a non-Teams client): the Entra object id alone may still match a councillor.
  }
  return user;
}

async function sendReplies(context: TurnContext, result: TurnResult): Promise<void> {
  for (const card of result.replies) await context.sendActivity(cardActivity(card));
}

export class FrontlineBot extends TeamsActivityHandler {
  public constructor(private readonly deps: BotDeps) {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.install(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      const user = await userOf(context);
      const value = context.activity.value as unknown;
      // A card's Action.Submit fallback arrives as a message with a value; answer with a new card.
      const result =
        value !== undefined && value !== null
          ? await onCardAction(this.deps, user, value, false)
          : await onMessage(this.deps, user, context.activity.text ?? '');
      if (result.card) result.replies.unshift(result.card);
      await sendReplies(context, result);
      await next();
    });
  }

  private async install(context: TurnContext): Promise<void> {
    if (
      context.activity.conversation?.conversationType &&
      context.activity.conversation.conversationType !== 'personal'
    )
      return;
    const reference = JSON.stringify(TurnContext.getConversationReference(context.activity));
    await sendReplies(context, await onInstall(this.deps, await userOf(context), reference));
  }

  /**
   * Invokes. This bot handles one name, `adaptiveCard/action` (Action.Execute on its cards), and
   * answers it as the Universal Actions docs require: "If the Bot did process an incoming
   * adaptiveCard/action Invoke activity ... the HTTP response's status code returned by the Bot must
   * be equal to 200", with the outcome in the body's `statusCode`; a request it cannot take is
   * `{ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code, message } }`
   * (Adaptive Cards docs, authoring-cards/universal-action-model.md, "Response format" and
   * "Supported status codes"; botbuilder's createAdaptiveCardInvokeErrorResponse builds the same
   * value). botbuilder's own checks are not used for it: they answer HTTP 400 and read
   * value.action.type unchecked. Any other name gets botbuilder's default for an invoke no handler
   * claims, 501 NotImplemented, with a JSON message; TeamsActivityHandler is not asked either,
   * because for some names (fileConsent/invoke, composeExtension/submitAction) it dereferences
   * `value` unchecked.
   */
  protected async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') {
      return {
        status: 501,
        body: {
          error: {
            code: 'NotImplemented',
            message: 'This bot answers only adaptiveCard/action invokes (Action.Execute on its cards).'
          }
        }
      };
    }
    const value = context.activity.value as { action?: { type?: unknown } } | undefined;
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof value.action !== 'object' ||
      value.action === null ||
      Array.isArray(value.action)
    ) {
      return invokeError(
        'An adaptiveCard/action invoke must carry value.action: the Action.Execute the card sent, with its verb and data.'
      );
    }
    if (value.action.type !== 'Action.Execute')
      return invokeError('Only Action.Execute actions are handled ("value.action.type" must be "Action.Execute").');
    const result = await onCardAction(this.deps, await userOf(context), value, true);
    // The invoke answer replaces the clicked card; only the other replies are posted, so no card is
    // both shown in place and posted again as a new message.
    const [card, ...rest] = result.card ? [result.card, ...result.replies] : result.replies;
    await sendReplies(context, { ...result, replies: rest });
    if (result.refusal) return invokeError(result.refusal.message);
    // Always a card back: an empty invoke reply makes Teams retry (handlers are safe to repeat anyway).
    const body: AdaptiveCardInvokeResponse = {
      statusCode: 200,
      type: CARD,
      value: card as unknown as Record<string, unknown>
    };
    return { status: 200, body };
  }
}

/** The documented answer to an adaptiveCard/action the bot cannot take (see onInvokeActivity). */
function invokeError(message: string): InvokeResponse {
  const body: AdaptiveCardInvokeResponse = {
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message }
  };
  return { status: 200, body };
}
