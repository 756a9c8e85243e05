// The repository contract through the real @pnp/sp against the local list server.
import { repositoryContract, type RepositorySet } from './repositories.contract';
import { startSite, type Site } from './harness';
import {
  SpCouncillorRepository,
  SpFindingsRepository,
  SpHeadOfServiceRequestRepository,
  SpQaCalendarRepository,
  SpTeamRepository,
  SpVisitRepository
} from '../../../src/adapters/sp/repositories';

let site: Site;
let repos: RepositorySet;

beforeAll(async () => {
  site = await startSite();
  const sp = site.sp();
  repos = {
    teams: new SpTeamRepository(sp),
    councillors: new SpCouncillorRepository(sp),
    visits: new SpVisitRepository(sp),
    qa: new SpQaCalendarRepository(sp),
    findings: new SpFindingsRepository(sp),
    requests: new SpHeadOfServiceRequestRepository(sp)
  };
});
afterAll(() => site?.close());

repositoryContract('@pnp/sp against the local list server', () => repos);
