// The repository contract against both implementations: @pnp/sp on the local list server, and the
// in-memory store (tests/kits/memory) the service specs use.
import { repositoryContract } from './repositories.contract';
import { siteForFile } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import type { Repositories } from '../../../src/core/ports/repositories';
import { MemoryStore } from '../../kits/memory';

const site = siteForFile();
const memory = new MemoryStore();

describe.each<[string, () => Repositories]>([
  ['@pnp/sp against the local list server', () => spRepositories(site().sp())],
  ['in memory', () => memory.repos()]
])('%s', (name, repos) => repositoryContract(name, repos));
