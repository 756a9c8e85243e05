// The form reads contract against both implementations: spFormReads ($batch) on the local list
// server, and the in-memory store's reads over its repositories.
import { formReadsContract, type FormReadsFixture } from './formReads.contract';
import { siteForFile } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { spFormReads } from '../../../src/adapters/sp/formReads';
import { MemoryStore } from '../../kits/memory';

const site = siteForFile();
const memory = new MemoryStore();

describe.each<[string, () => FormReadsFixture]>([
  [
    '@pnp/sp against the local list server',
    () => ({ repos: spRepositories(site().sp()), reads: spFormReads(site().sp()) })
  ],
  ['in memory', () => ({ repos: memory.repos(), reads: memory.formReads() })]
])('%s', (name, make) => formReadsContract(name, make));
