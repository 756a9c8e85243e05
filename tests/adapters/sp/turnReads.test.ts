// Fewer list requests per bot turn, over the real @pnp/sp repositories and the local list server:
// one turn's repeated reads are served once (and a write starts afresh), and a draft's sharing,
// re-asked at every save, goes to SharePoint only when this process has not settled it already.
import type { SPFI } from '@pnp/sp';
import { startSite, type Site } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../../src/adapters/sp/findingsSharing';
import { readMemo } from '../../../src/core/ports/turnReads';
import { spFormReads } from '../../../src/adapters/sp/formReads';
import { nodeSp } from '../../../src/node/sp';
import { NotFoundError } from '../../../src/core/errors';
import type { Visit } from '../../../src/core/model';
import type { Stored } from '../../../src/core/ports/repositories';
import { LIST } from '../../../src/lists/schema';
import { ROLE, roleDefId } from '../../../src/adapters/sp/provision/permissions';

const ANNA = 'cllr.anna@example.gov.uk';
let site: Site;
let sent: string[];

/** The site as the admin, recording every request PnPjs sends. */
function countedSp(): SPFI {
  return site.sp().using((instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      sent.push(`${init.method ?? 'GET'} ${decodeURIComponent(url).replace(site.url, '')}`);
      return [url, init, result];
    });
    return instance;
  });
}

async function aVisit(): Promise<Stored<Visit>> {
  const repos = spRepositories(site.sp());
  const team =
    (await repos.teams.all())[0] ??
    (await repos.teams.add({
      name: 'Court Team',
      area: 'Cared for Children',
      serviceManagerEmail: 'sm@example.gov.uk',
      headOfServiceEmail: 'hos@example.gov.uk',
      location: 'Town Hall'
    }));
  return repos.visits.add({
    title: 'Court Team - July 2025',
    teamId: team.id,
    area: team.area,
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails: [ANNA],
    committee: 'Children and Families Committee',
    status: 'Visited',
    visitStart: '2025-07-24T09:00:00.000Z',
    formTemplate: 'frontline-2025'
  });
}

beforeAll(async () => {
  site = await startSite();
}, 60000);
afterAll(() => site.close());
beforeEach(() => {
  sent = [];
});

describe("one turn's reads", () => {
  it('reads each item once, and hands every caller its own copy', async () => {
    const visit = await aVisit();
    const repos = readMemo(spRepositories(countedSp())).repos;
    const first = await repos.visits.get(visit.id);
    first.councillorEmails.push('someone.else@example.gov.uk');
    const second = await repos.visits.get(visit.id);
    expect(second.councillorEmails).toEqual([ANNA]);
    expect(await repos.findings.find(visit.id, ANNA)).toBeUndefined();
    expect(await repos.findings.find(visit.id, ANNA)).toBeUndefined();
    expect(sent.filter((s) => s.startsWith('GET'))).toHaveLength(2);
  });

  it('goes back to the list after any write, so a read after a write is never stale', async () => {
    const visit = await aVisit();
    const repos = readMemo(spRepositories(countedSp())).repos;
    const created = await repos.findings.create({
      visitId: visit.id,
      councillorEmail: ANNA,
      status: 'Draft',
      channel: 'Teams',
      templateId: 'frontline-2025',
      answers: {}
    });
    const read = await repos.findings.find(visit.id, ANNA);
    const updated = await repos.findings.update(read!, { answers: { qualityStrengths: 'Settled team' } });
    const again = await repos.findings.find(visit.id, ANNA);
    expect(again?.etag).toBe(updated.etag);
    expect(again?.etag).not.toBe(created.etag);
    expect(again?.answers.qualityStrengths).toBe('Settled team');
  });

  it('does not remember a failed read', async () => {
    const repos = readMemo(spRepositories(countedSp())).repos;
    await expect(repos.visits.get(987654)).rejects.toBeInstanceOf(NotFoundError);
    await expect(repos.visits.get(987654)).rejects.toBeInstanceOf(NotFoundError);
    expect(sent.filter((s) => s.includes('items(987654)'))).toHaveLength(2);
  });
});

describe('sharing a draft at every save', () => {
  it('checks SharePoint the first time only, and again after a restart of the service', async () => {
    const visit = await aVisit();
    const draft = await spRepositories(site.sp()).findings.create({
      visitId: visit.id,
      councillorEmail: ANNA,
      status: 'Draft',
      channel: 'Teams',
      templateId: 'frontline-2025',
      answers: {}
    });
    const sharing = spFindingsSharing(countedSp());
    expect(await sharing.shareFindings(draft.id, [{ email: ANNA, role: 'read' }])).toEqual(
      expect.arrayContaining(['stopped inheriting', `read for ${ANNA}`])
    );
    const firstTime = sent.length;
    expect(firstTime).toBeGreaterThan(3);
    expect(await sharing.shareFindings(draft.id, [{ email: ANNA, role: 'read' }])).toEqual([]);
    expect(sent).toHaveLength(firstTime);
    // A write role left on the item (an earlier release's Contribute) is taken away by a restarted
    // service, which remembers nothing and so checks; Anna keeps Read.
    const item = site.sp().web.lists.getByTitle(LIST.findings).items.getById(draft.id);
    const anna = (await site.sp().web.ensureUser(ANNA)) as unknown as { Id: number };
    await item.roleAssignments.add(anna.Id, await roleDefId(site.sp(), ROLE.contribute));
    sent = [];
    expect(await spFindingsSharing(countedSp()).shareFindings(draft.id, [{ email: ANNA, role: 'read' }])).toEqual([
      `read only (a write role removed) for ${ANNA}`
    ]);
    expect(sent.length).toBeGreaterThan(0);
    expect(await spFindingsSharing(countedSp()).shareFindings(draft.id, [{ email: ANNA, role: 'read' }])).toEqual([]);
    expect(sent.length).toBeGreaterThan(0);
  });
});

describe("a form save's first two reads", () => {
  it("go to the list as one $batch, and core's own reads are then answered from it", async () => {
    const visit = await aVisit();
    const memo = readMemo(spRepositories(countedSp()));
    const { visit: v, form } = spFormReads(countedSp()).visitAndForm(visit.id, ANNA);
    memo.prime('visits', 'get', [visit.id], v);
    memo.prime('findings', 'find', [visit.id, ANNA], form);
    await Promise.all([v, form]);
    // PnPjs's pre-send hooks see each batched read, then the one request that goes: the $batch.
    expect(sent.filter((r) => !r.startsWith('GET '))).toEqual([expect.stringMatching(/^POST .*\$batch$/)]);
    const before = sent.length;
    expect((await memo.repos.visits.get(visit.id)).title).toBe('Court Team - July 2025');
    expect(await memo.repos.findings.find(visit.id, ANNA)).toBeUndefined();
    expect(sent).toHaveLength(before);
  });

  it('keep their own outcomes: a missing visit is not found, and an unreachable site fails both', async () => {
    const missing = spFormReads(site.sp()).visitAndForm(987654, ANNA);
    await expect(missing.visit).rejects.toBeInstanceOf(NotFoundError);
    expect(await missing.form).toBeUndefined();
    const down = spFormReads(
      nodeSp('http://127.0.0.1:9/sites/frontline', { kind: 'local', user: ANNA }, { retries: 0 })
    ).visitAndForm(1, ANNA);
    await expect(down.visit).rejects.toThrow();
    await expect(down.form).rejects.toThrow();
  });
});
