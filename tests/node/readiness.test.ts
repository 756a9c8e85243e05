/**
 * @jest-environment node
 */
// /readyz's checks against a provisioned site on the local list server, through @pnp/sp: the lists,
// the officers' group and what an absent group does to a request that needs it (503 naming the fix,
// never "not an officer" and never a 500).
import { SpOfficerDirectory } from '../../src/adapters/sp/officers';
import { SetupError } from '../../src/core/errors';
import { listsReachable, officersGroupPresent } from '../../src/node/readiness';
import { toHttpError } from '../../src/service/httpErrors';
import { LIST } from '../../src/lists/schema';
import { siteForFile } from '../adapters/sp/harness';

jest.setTimeout(60000);
const site = siteForFile();

describe('readiness checks', () => {
  it('finds a provisioned site ready: every list and the officers group', async () => {
    const sp = site().sp();
    expect(await listsReachable(sp)()).toEqual([]);
    expect(await officersGroupPresent(new SpOfficerDirectory(sp))()).toEqual([]);
  });

  it('names a missing list and a missing group, with what to run', async () => {
    const sp = site().sp();
    expect(await listsReachable(sp, [LIST.visits, 'Frontline Gone'])()).toEqual([
      'lists: missing Frontline Gone (run npm run provision)'
    ]);
    const problems = await officersGroupPresent(new SpOfficerDirectory(sp, 'Gone Officers'))();
    expect(problems).toEqual([
      "officers: The site group 'Gone Officers' is not on the Frontline site, so officers cannot be told apart: run the set-up again (npm run provision) to create it."
    ]);
  });

  it('answers a request that needs the missing group with 503 and the same words', async () => {
    const refused = await new SpOfficerDirectory(site().sp(), 'Gone Officers')
      .isOfficer('officer@example.gov.uk')
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SetupError);
    expect(toHttpError(refused)).toEqual({
      status: 503,
      body: { error: { code: 'SiteNotSetUp', message: (refused as Error).message } }
    });
  });
});
