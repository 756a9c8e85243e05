// The bot's dependencies from a SharePoint connection (the service's own identity) and a Bot
// Framework adapter; mounted on the Frontline service's express app beside the findings API.
import type { Express } from 'express';
import type { SPFI } from '@pnp/sp';
import { FRONTLINE_2025, type ProcessConfig } from '../core/config';
import { spRepositories } from '../adapters/sp/repositories';
import { spFindingsSharing } from '../adapters/sp/findingsSharing';
import { SpOfficerDirectory } from '../adapters/sp/officers';
import { SpConversationStore, SpSendLog } from '../adapters/sp/messagingStores';
import { POINT_OF_CONTACT } from '../core/samples/visits2025';
import type { BotDeps, BotLinks } from '../bot/app/deps';
import { botMessenger, createAdapter, type BotCredentials } from '../bot/botframework/adapter';
import { mountBot } from '../bot/botframework/mount';

export interface BotOptions {
  credentials: BotCredentials;
  links: BotLinks;
  /** The officers' shared mailbox, named on cards when a visit has no point of contact. */
  contactEmail?: string;
  config?: ProcessConfig;
  now?: () => string;
}

/** Links to the web parts: the local workbench, or the SharePoint pages named by FRONTLINE_FORM_PAGE_URL / FRONTLINE_DASHBOARD_URL. */
export function pageLinks(formPageUrl: string, dashboardUrl: string): BotLinks {
  return {
    form: (visitId) => {
      const url = new URL(formPageUrl);
      url.searchParams.set('visit', String(visitId));
      return url.toString();
    },
    dashboard: dashboardUrl
  };
}

/** Returns a function that mounts /api/messages on the service app (ServiceOptions.extend). */
export function botMount(sp: SPFI, options: BotOptions): { deps: BotDeps; mount: (app: Express) => void } {
  const adapter = createAdapter(options.credentials);
  const deps: BotDeps = {
    repos: spRepositories(sp),
    sharing: spFindingsSharing(sp),
    officers: new SpOfficerDirectory(sp),
    conversations: new SpConversationStore(sp),
    sendLog: new SpSendLog(sp),
    messenger: botMessenger(adapter, options.credentials.appId),
    config: options.config ?? FRONTLINE_2025,
    links: options.links,
    contact: { email: options.contactEmail ?? POINT_OF_CONTACT, name: 'Frontline visits officer team' },
    now: options.now ?? (() => new Date().toISOString()),
    instanceId: `bot-${process.pid}-${Date.now().toString(36)}`
  };
  return { deps, mount: (app) => mountBot(app, adapter, deps) };
}
