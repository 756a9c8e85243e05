// Issue 18: the first section save in Teams shares the new form with its councillor after the reply.
// When that share never happens (it fails, or the process stops first), the form reads as the Visit
// Findings list does (officers and owners only) and the councillor still sees it in Teams, where the
// bot reads it for her; her next save from Teams shares it, after its reply, adding no request
// before it, and a share already made is found so and never repeated.
import { spFindingsSharing } from '../../src/adapters/sp/findingsSharing';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import type { FindingsSharing } from '../../src/core/ports/sharing';
import {
  act,
  afterTheReply,
  ANNA,
  annasAccess,
  closeCardActionWorld,
  etagNow,
  listLatency,
  section,
  startCardActionWorld,
  type CardActionWorld
} from './cardActionWorld';

let w: CardActionWorld;
beforeAll(async () => {
  w = await startCardActionWorld();
}, 60000);
afterAll(() => closeCardActionWorld(w));

/** The sharing a new bot process starts with: nothing remembered. */
const restarted = (): FindingsSharing =>
  spFindingsSharing(nodeSp(w.proxy.siteUrl, { kind: 'local', user: LOCAL_ADMIN }));

const writes = (lines: string[]): string[] => lines.filter((l) => /breakroleinheritance|addroleassignment/i.test(l));

test('a share lost after the first save is made by the next save from Teams, after its reply, once', async () => {
  const real = w.deps.sharing;
  w.deps.sharing = {
    shareFindings: () => Promise.reject(new Error('the process stopped')),
    shareRequest: (id, grants) => real.shareRequest(id, grants)
  };
  await listLatency(w, 40);
  const first = await act(w, ANNA, 'findings.saveSection', section(w, 'quality', { qualityStrengths: 'Settled.' }));
  expect(first.steps).toBe(2);
  expect(first.card).toContain('Court Team');
  await afterTheReply(w);
  expect(w.failures).toEqual(['findings.share: Error: the process stopped']);
  // Unshared, the form inherits the list's permissions: officers and owners, not Anna (nor anyone named).
  expect(await annasAccess(w)).toEqual({ unique: false, roles: [] });

  // A new process: its next save replies after the same two requests as any later save ...
  w.deps.sharing = restarted();
  const next = await act(
    w,
    ANNA,
    'findings.saveSection',
    section(w, 'quality', { qualityStrengths: 'Settled, warm.' }, await etagNow(w))
  );
  expect(next.requests).toBe(2);
  expect(next.steps).toBe(2);
  expect((await w.repos.findings.find(w.visit.id, ANNA.email as string))?.answers.qualityStrengths).toBe(
    'Settled, warm.'
  );
  // ... and shares the form after it.
  const shared = await afterTheReply(w);
  expect(writes(shared.lines)).toHaveLength(2);
  expect(await annasAccess(w)).toEqual({ unique: true, roles: ['Read'] });

  // The share is remembered: the save after asks nothing more after its reply.
  await act(w, ANNA, 'findings.saveSection', section(w, 'quality', { qualityStrengths: 'Settled.' }, await etagNow(w)));
  expect((await afterTheReply(w)).requests).toBe(0);

  // Another new process finds the share made: it reads, and writes nothing.
  w.deps.sharing = restarted();
  await act(w, ANNA, 'findings.saveSection', section(w, 'quality', { qualityStrengths: 'Warm.' }, await etagNow(w)));
  const checked = await afterTheReply(w);
  expect(checked.requests).toBeGreaterThan(0);
  expect(writes(checked.lines)).toEqual([]);
  expect(await annasAccess(w)).toEqual({ unique: true, roles: ['Read'] });
  expect(await w.repos.findings.forVisit(w.visit.id)).toHaveLength(1);
  expect(w.failures).toHaveLength(1);
  await listLatency(w, 0);
});
