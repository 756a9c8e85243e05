// The audit log contract against both implementations: @pnp/sp on the local list server, and the
// in-memory store.
import { auditLogContract, type AuditFixture } from './auditLog.contract';
import { siteForFile } from './harness';
import { SpAuditLog } from '../../../src/adapters/sp/auditLog';
import { LIST } from '../../../src/lists/schema';
import { MemoryStore } from '../../kits/memory';

const site = siteForFile();
const memory = new MemoryStore();

const spKeys = async (): Promise<string[]> => {
  const items = (await site().sp().web.lists.getByTitle(LIST.audit).items.select('AuditKey').top(5000)()) as {
    AuditKey: string;
  }[];
  return items.map((i) => i.AuditKey);
};

describe.each<[string, () => AuditFixture]>([
  ['@pnp/sp against the local list server', () => ({ log: new SpAuditLog(site().sp()), keys: spKeys })],
  ['in memory', () => ({ log: memory.audit(), keys: async () => [...memory.auditLog.keys()] })]
])('%s', (name, make) => auditLogContract(name, make));
