// Schema version 8: the head of service's "ask for more" question is kept on the request
// (MoreInfoQuestion, MoreInfoAskedAt), written by core's askCouncillorForMore through the @pnp/sp
// repository with the ETag. A site at version 7 gains the fields and keeps its requests; the
// question round-trips through the real client; a retry changes nothing, a second question replaces
// the first; the councillor reads it with their own session but cannot write the list over REST.
import '@pnp/sp/fields';
import { siteAtVersion, type Site } from './harness';
import { LIST, SCHEMA_VERSION } from '../../../src/lists/schema';
import { provision } from '../../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../../src/adapters/sp/provision/permissions';
import { spRepositories, SpHeadOfServiceRequestRepository } from '../../../src/adapters/sp/repositories';
import { askCouncillorForMore, type HosDeps } from '../../../src/core/services';
import { addCourtTeam, ANNA, escalated, HOS, hosDeps } from './courtTeam';

const FIELDS = ['MoreInfoQuestion', 'MoreInfoAskedAt'];
let site: Site;
let now = '2025-08-01T09:00:00.000Z';
let keptId: number;

const deps = (): HosDeps => hosDeps(site.sp(), () => now);
const responses = () => site.sp().web.lists.getByTitle(LIST.responses);

beforeAll(async () => {
  // A site as schema 7 left it: the two fields absent, a request already there.
  site = await siteAtVersion(7, []);
  await addCourtTeam(site.sp(), [['Anna Able', ANNA]]);
  for (const name of FIELDS) await responses().fields.getByInternalNameOrTitle(name).delete();
  keptId = (await escalated(site.sp())).requestId;
}, 60000);
afterAll(() => site?.close());

it('upgrades a schema 7 site: the two fields are added, plain text and date-time, and requests are kept', async () => {
  expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(8);
  const report = await provision(site.sp(), { ...DEFAULT_PERMISSION_PLAN });
  expect(report).toMatchObject({ fromVersion: 7, toVersion: SCHEMA_VERSION });
  expect(report.changes).toEqual(
    expect.arrayContaining([
      `${LIST.responses}: added field MoreInfoQuestion (Note)`,
      `${LIST.responses}: added field MoreInfoAskedAt (DateTime)`,
      `schema version 7 -> ${SCHEMA_VERSION}`
    ])
  );
  const fields = (await responses()
    .fields.filter(FIELDS.map((f) => `InternalName eq '${f}'`).join(' or '))
    .select('InternalName', 'FieldTypeKind', 'RichText')()) as {
    InternalName: string;
    FieldTypeKind: number;
    RichText?: boolean;
  }[];
  expect(fields.map((f) => [f.InternalName, f.FieldTypeKind]).sort()).toEqual([
    ['MoreInfoAskedAt', 4],
    ['MoreInfoQuestion', 3]
  ]);
  expect(fields.find((f) => f.InternalName === 'MoreInfoQuestion')?.RichText).toBe(false);
  expect(await spRepositories(site.sp()).requests.get(keptId)).toMatchObject({ status: 'Requested' });
  expect((await provision(site.sp(), { ...DEFAULT_PERMISSION_PLAN })).changes).toEqual([]);
});

it('stores the question with the ETag; a retry changes nothing; a second question replaces the first', async () => {
  const first = await askCouncillorForMore(deps(), {
    requestId: keptId,
    actorEmail: HOS,
    question: ' Which placements?\r\n'
  });
  expect(first.outcome).toBe('done');
  const stored = await spRepositories(site.sp()).requests.get(keptId);
  expect(stored).toMatchObject({
    status: 'MoreInfoRequested',
    moreInfoQuestion: 'Which placements?',
    moreInfoAskedAt: '2025-08-01T09:00:00.000Z'
  });
  // As SharePoint stores it: plain text and a UTC date-time.
  const raw = (await responses()
    .items.getById(keptId)
    .select(...FIELDS)()) as Record<string, string>;
  expect(raw).toMatchObject({ MoreInfoQuestion: 'Which placements?', MoreInfoAskedAt: '2025-08-01T09:00:00Z' });

  now = '2025-08-02T09:00:00.000Z';
  const retry = await askCouncillorForMore(deps(), {
    requestId: keptId,
    actorEmail: HOS,
    question: 'Which placements?'
  });
  expect(retry.outcome).toBe('already');
  const after = await spRepositories(site.sp()).requests.get(keptId);
  expect(after.etag).toBe(stored.etag);
  expect(after.moreInfoAskedAt).toBe('2025-08-01T09:00:00.000Z');

  const second = await askCouncillorForMore(deps(), {
    requestId: keptId,
    actorEmail: HOS,
    question: 'And which of them are out of area?'
  });
  expect(second.outcome).toBe('done');
  expect(await spRepositories(site.sp()).requests.get(keptId)).toMatchObject({
    status: 'MoreInfoRequested',
    moreInfoQuestion: 'And which of them are out of area?',
    moreInfoAskedAt: '2025-08-02T09:00:00.000Z'
  });
});

it('the councillor reads the question with their own session, and a direct REST write to the list is refused', async () => {
  const mine = new SpHeadOfServiceRequestRepository(site.sp(ANNA));
  const read = await mine.get(keptId);
  expect(read.moreInfoQuestion).toBe('And which of them are out of area?');
  const write = site
    .sp(ANNA)
    .web.lists.getByTitle(LIST.responses)
    .items.getById(keptId)
    .update({ MoreInfoQuestion: 'Nothing to ask', CouncillorReply: 'Forged', Status: 'Requested' });
  await expect(write).rejects.toMatchObject({ status: 403, message: expect.stringContaining('Access denied') });
  expect(await spRepositories(site.sp()).requests.get(keptId)).toMatchObject({
    status: 'MoreInfoRequested',
    moreInfoQuestion: 'And which of them are out of area?',
    councillorReply: undefined
  });
});
