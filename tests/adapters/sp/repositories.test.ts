// The repository contract through the real @pnp/sp against the local list server.
import { repositoryContract } from './repositories.contract';
import { startSite, type Site } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import type { Repositories } from '../../../src/core/ports/repositories';

let site: Site;
let repos: Repositories;

beforeAll(async () => {
  site = await startSite();
  repos = spRepositories(site.sp());
});
afterAll(() => site?.close());

repositoryContract('@pnp/sp against the local list server', () => repos);
