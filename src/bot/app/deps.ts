// What the bot's handlers need, as ports. Handlers are plain functions over these; the Bot
// Framework glue (src/bot/botframework) builds them once and turns activities into calls.
import type { ProcessConfig } from '../../core/config';
import type { IsoDateTime } from '../../core/model';
import type { OfficerDirectory } from '../../core/ports/directory';
import type { ConversationStore, SendLog } from '../../core/ports/messaging';
import type { Repositories } from '../../core/ports/repositories';
import type { FormReads, RepoRead } from '../../core/ports/formReads';
import type { FindingsSharing } from '../../core/ports/sharing';
import type { IntegrityCheck } from '../../core/ports/integrity';
import type { AuditLog } from '../../core/ports/audit';
import type { AdaptiveCardJson, Person } from '../cards';
import type { AfterReply } from './afterReply';

/** The person behind a turn, as Teams tells it (email comes from TeamsInfo, not the activity). */
export interface BotUser {
  /** Teams user id (29:...), for refresh.userIds. */
  id: string;
  aadObjectId?: string;
  name?: string;
  email?: string;
}

/** A failed proactive send: 403 (not in roster) and 404 (stale conversation) mean unreachable. */
export class DeliveryError extends Error {
  public constructor(
    public readonly status: number,
    message: string,
    public readonly retryAfterMs?: number
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Proactive messages into a stored 1:1 conversation. */
export interface Messenger {
  /** Resolves to the new activity's id; throws DeliveryError. */
  send(reference: string, card: AdaptiveCardJson): Promise<string>;
}

export interface BotLinks {
  /** The SharePoint page with the visit form web part, opened on a visit. */
  form(visitId: number): string;
  /** The officers' dashboard page. */
  dashboard: string;
}

export interface BotDeps {
  repos: Repositories;
  sharing: FindingsSharing;
  officers: OfficerDirectory;
  conversations: ConversationStore;
  sendLog: SendLog;
  messenger: Messenger;
  config: ProcessConfig;
  links: BotLinks;
  /** The default point of contact (the settings' pointOfContactEmail, else the service's): for visits that name none. */
  contact: Person;
  /** Who the bot acted for, beside the lists' version history (which names the service). */
  audit?: AuditLog;
  /** Flags workflow items changed outside the service, so the sweep never completes a forged submission. */
  integrity?: IntegrityCheck;
  /** The council's own e-mail domains: a head of service may delegate to anyone there, or to people on the site. */
  councilDomains?: readonly string[];
  now: () => IsoDateTime;
  /** Names this process in send-log claims. */
  instanceId: string;
  /** Pause between retries (tests pass a no-op). */
  sleep?: (ms: number) => Promise<void>;
  /** How long a send-log claim holds before another sweep may take it over (default CLAIM_LEASE_MS). */
  claimLeaseMs?: number;
  /** A form step's visit and draft in one round trip (SharePoint $batch); optional. */
  formReads?: FormReads;
  /** Set per turn (router): starts those two reads so the turn's own reads of them are answered. */
  prefetchForm?: (visitId: number, councillorEmail: string) => void;
  /** Starts a turn's independent reads in one round trip (turnReads' prefetch), when the store can. */
  prefetch?: (reads: RepoRead[]) => void;
  /**
   * Runs a turn's idempotent steps after its reply (afterReply.ts), owned by the composition root,
   * whose shutdown waits for them. Without it they run before the reply, as they always did.
   */
  afterReply?: AfterReply;
}

/** What a turn answers: cards to post, and for a card action the card that replaces the clicked one. */
export interface TurnResult {
  replies: AdaptiveCardJson[];
  /** Action.Execute: the updated card (Teams shows it in place of the old one). */
  card?: AdaptiveCardJson;
  /** Action.Execute the bot cannot take at all (no verb, an unknown one): answered as an invoke error, the card left as it is. */
  refusal?: { code: string; message: string };
}
