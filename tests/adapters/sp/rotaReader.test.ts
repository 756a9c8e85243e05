// The rota reader contract against both implementations: SpRotaReader ($batch) on the local list
// server, and the in-memory store's reader.
import { rotaReaderContract, type RotaFixture } from './rotaReader.contract';
import { siteForFile } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { SpRotaReader } from '../../../src/adapters/sp/rotaReader';
import { MemoryStore } from '../../kits/memory';

const site = siteForFile();
const memory = new MemoryStore();

describe.each<[string, () => RotaFixture]>([
  [
    '@pnp/sp against the local list server',
    () => ({ repos: spRepositories(site().sp()), reader: new SpRotaReader(site().sp()) })
  ],
  ['in memory', () => ({ repos: memory.repos(), reader: memory.rotaReader() })]
])('%s', (name, make) => rotaReaderContract(name, make));
