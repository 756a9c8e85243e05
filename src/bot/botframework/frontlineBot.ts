// Activities to handler calls. Thin by design: who the user is (TeamsInfo for the e-mail), the
// conversation reference to store, and sending what the handlers return.
import { TeamsActivityHandler, TeamsInfo, TurnContext, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse } from 'botbuilder';
import type { BotDeps, BotUser, TurnResult } from '../app/deps';
import { onCardAction, onInstall, onMessage } from '../app/router';
import { cardActivity } from './adapter';

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
    user.email = (member.email || member.userPrincipalName || '').toLowerCase() || undefined;
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
      const result = value !== undefined && value !== null ? await onCardAction(this.deps, user, value, false) : await onMessage(this.deps, user, context.activity.text ?? '');
      if (result.card) result.replies.unshift(result.card);
      await sendReplies(context, result);
      await next();
    });
  }

  private async install(context: TurnContext): Promise<void> {
    if (context.activity.conversation?.conversationType && context.activity.conversation.conversationType !== 'personal') return;
    const reference = JSON.stringify(TurnContext.getConversationReference(context.activity));
    await sendReplies(context, await onInstall(this.deps, await userOf(context), reference));
  }

  /** The SDK throws on an adaptiveCard/action with no action object; answer a clear 400 instead. */
  protected async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const value = context.activity.value as { action?: unknown } | undefined;
    if (context.activity.name === 'adaptiveCard/action' && (typeof value?.action !== 'object' || value.action === null)) {
      return { status: 400, body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'The card action carried no action.' } } };
    }
    return super.onInvokeActivity(context);
  }

  protected async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const result = await onCardAction(this.deps, await userOf(context), invokeValue, true);
    await sendReplies(context, result);
    // Always a card back: an empty invoke reply makes Teams retry (handlers are safe to repeat anyway).
    const card = result.card ?? result.replies[0];
    return { statusCode: 200, type: CARD, value: card as unknown as Record<string, unknown> };
  }
}
