// The retention store contract against both implementations: SpRetentionStore through @pnp/sp on
// the local list server, and the in-memory store's lists.
import { ALWAYS_CURRENT, retentionStoreContract, type RetentionFixture } from './retentionStore.contract';
import { siteForFile } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { SpConversationStore, SpSendLog } from '../../../src/adapters/sp/messagingStores';
import { SpAuditLog } from '../../../src/adapters/sp/auditLog';
import { SpRetentionStore } from '../../../src/adapters/sp/retentionStore';
import { nodeSha256 } from '../../../src/node/sha256';
import { FRONTLINE_2025 } from '../../../src/core/config';
import { OFFICERS_GROUP } from '../../../src/core/officers';
import { MemoryStore } from '../../kits/memory';

const site = siteForFile();
const memory = new MemoryStore();

function spFixture(): RetentionFixture {
  const sp = site().sp();
  return {
    repos: spRepositories(sp),
    sendLog: new SpSendLog(sp, nodeSha256),
    conversations: new SpConversationStore(sp),
    audit: new SpAuditLog(sp),
    addOfficer: async (email) => {
      const user = (await sp.web.ensureUser(email)) as unknown as { LoginName: string };
      await sp.web.siteGroups.getByName(OFFICERS_GROUP).users.add(user.LoginName);
    },
    store: new SpRetentionStore(sp, [ALWAYS_CURRENT], FRONTLINE_2025)
  };
}

describe.each<[string, () => RetentionFixture]>([
  ['@pnp/sp against the local list server', spFixture],
  [
    'in memory',
    () => ({
      repos: memory.repos(),
      sendLog: memory.sendLog,
      conversations: memory.conversations,
      audit: memory.audit(),
      addOfficer: async (email) => void memory.groups.get(OFFICERS_GROUP)?.push(email),
      store: memory.retentionStore([ALWAYS_CURRENT], FRONTLINE_2025)
    })
  ]
])('%s', (name, make) => retentionStoreContract(name, make));
