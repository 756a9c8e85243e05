// A Frontline service process that sends one councillor's findings and is SIGKILLed by the operating
// system the moment the list server has answered its request number KILL_AFTER: no catch, no finally,
// nothing flushed. Run by submissionKill.test.ts with ts-node.
import { nodeSp } from '../../../src/node/sp';
import { LOCAL_ADMIN } from '../../../src/node/connection';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../../src/adapters/sp/findingsSharing';
import { submitFindings } from '../../../src/core/services';
import { FRONTLINE_2025 } from '../../../src/core/config';

const [siteUrl, visitId, councillorEmail, killAfter, now] = process.argv.slice(2);
// Answers are counted as they arrive (the digest request PnPjs makes once per process is not
// counted: the test's own numbering comes from a process that already holds one). Counted on
// arrival, not by the request's number: independent steps go out together, so the same URL (an
// ensureuser) may be in flight twice and answers need not come back in the order requests left.
let answered = 0;
const sp = nodeSp(siteUrl, { kind: 'local', user: LOCAL_ADMIN }, { retries: 1 }).using((instance) => {
  instance.on.post(async (url: URL, result: unknown) => {
    if (!url.toString().includes('/_api/contextinfo') && ++answered === Number(killAfter))
      process.kill(process.pid, 'SIGKILL');
    return [url, result];
  });
  return instance;
});
submitFindings(
  { ...spRepositories(sp), sharing: spFindingsSharing(sp), now: () => now, config: FRONTLINE_2025 },
  {
    visitId: Number(visitId),
    councillorEmail,
    answers: { qualityStrengths: 'Killed mid-way.', escalationIssues: 'Is the duty rota fair?' },
    channel: 'SharePoint'
  }
).then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  }
);
