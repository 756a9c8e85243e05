// Stand-ins that load what they wrap on first use, so the dashboard's first download holds only
// what the status table needs: the themes (taxonomy, tagger, history) load with the Themes tab or a
// committee pack, and the Teams delivery stores with the section that lists undelivered messages.
import type { ConversationStore, SendLog } from '../../core/ports/messaging';
import type { IntegrityCheck } from '../../core/ports/integrity';
import type { ThemesService } from './themesService';
import { loadOnce } from '../shared/loadOnce';

export function lazyThemesService(load: () => Promise<ThemesService>): ThemesService {
  const get = loadOnce(load);
  return {
    load: async () => (await get()).load(),
    correct: async (statementKey, themeId, action) => (await get()).correct(statementKey, themeId, action)
  };
}

export interface DeliveryStores {
  conversations: Pick<ConversationStore, 'unreachable'>;
  sendLog: Pick<SendLog, 'undelivered'>;
}

export function lazyDeliveryStores(load: () => Promise<DeliveryStores>): DeliveryStores {
  const get = loadOnce(load);
  return {
    conversations: { unreachable: async () => (await get()).conversations.unreachable() },
    sendLog: { undelivered: async () => (await get()).sendLog.undelivered() }
  };
}

/** The check of workflow items changed outside the service (its version-history reader loads with it). */
export function lazyIntegrity(load: () => Promise<IntegrityCheck>): IntegrityCheck {
  const get = loadOnce(load);
  return { outsideChanges: async (list, ids) => (await get()).outsideChanges(list, ids) };
}
