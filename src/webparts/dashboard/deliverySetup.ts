// Loaded after the status table (chunk 'delivery-stores'): the Teams delivery stores the dashboard's
// "Teams messages not delivered" section reads, over the page's SharePoint session.
import type { SPFI } from '@pnp/sp';
import { webSha256 } from '../../adapters/crypto/webSha256';
import { SpConversationStore, SpSendLog } from '../../adapters/sp/messagingStores';
import type { DeliveryStores } from './lazyServices';

export function spDeliveryStores(sp: SPFI): DeliveryStores {
  return { conversations: new SpConversationStore(sp), sendLog: new SpSendLog(sp, webSha256) };
}
