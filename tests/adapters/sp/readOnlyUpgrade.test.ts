// Schema version 4: people read, the service writes. A site provisioned by an earlier release holds
// write roles the product no longer grants (a councillor's Contribute on their draft, a head of
// service's on their request, officers' Edit on the confidential lists and on every shared item).
// The upgrade leaves each of them Read, marks forms sent before it 'Sending' so the next sweep checks
// every step ran, records the service's identity, and a second run changes nothing.
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import { siteAtVersion, type Site, OFFICER } from './harness';
import { LIST, SCHEMA_VERSION } from '../../../src/lists/schema';
import { provision } from '../../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN, ROLE, groupId, roleDefId } from '../../../src/adapters/sp/provision/permissions';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { shareItem } from '../../../src/adapters/sp/sharing';
import { recordedServiceUserId } from '../../../src/adapters/sp/integrity';

const ANNA = 'cllr.anna@example.gov.uk';
const HOS = 'hos@example.gov.uk';
const plan = { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] };
let site: Site;

/** Role definition ids `principal` holds directly on a list or item. */
async function rolesOf(
  target: { roleAssignments: ReturnType<Site['sp']>['web']['roleAssignments'] },
  principal: number
): Promise<number[]> {
  const found = (await target.roleAssignments
    .filter(`PrincipalId eq ${principal}`)
    .expand('RoleDefinitionBindings')
    .select('PrincipalId', 'RoleDefinitionBindings/Id')()) as { RoleDefinitionBindings?: { Id: number }[] }[];
  return (found[0]?.RoleDefinitionBindings ?? []).map((b) => b.Id).sort();
}

beforeAll(async () => {
  site = await siteAtVersion(3, []);
  const sp = site.sp();
  const [read, contribute, edit] = await Promise.all([
    roleDefId(sp, ROLE.read),
    roleDefId(sp, ROLE.contribute),
    roleDefId(sp, ROLE.edit)
  ]);
  const officers = (await groupId(sp, plan.officersGroup)) as number;
  // What version 3 left: officers Edit on the confidential lists, and Contribute for the people who could answer or edit.
  for (const title of [LIST.findings, LIST.responses]) {
    const list = sp.web.lists.getByTitle(title);
    await list.roleAssignments.remove(officers, read);
    await list.roleAssignments.add(officers, edit);
  }
  const repos = spRepositories(sp);
  const sent = await repos.findings.create({
    visitId: 1,
    councillorEmail: ANNA,
    status: 'Submitted',
    submittedAt: '2025-07-30T16:00:00.000Z',
    channel: 'Teams',
    templateId: 'frontline-2025',
    answers: { qualityStrengths: 'Good.' }
  });
  const draft = await repos.findings.create({
    visitId: 2,
    councillorEmail: ANNA,
    status: 'Draft',
    channel: 'Teams',
    templateId: 'frontline-2025',
    answers: {}
  });
  const request = await repos.requests.create({
    findingsId: sent.id,
    visitId: 1,
    responderEmail: HOS,
    status: 'Requested',
    request: 'Travel time?',
    requestedAt: '2025-07-30T16:00:00.000Z'
  });
  await shareItem(sp, LIST.findings, sent.id, [{ email: ANNA, role: 'read' }]);
  await shareItem(sp, LIST.findings, draft.id, [{ email: ANNA, role: 'read' }]);
  await shareItem(sp, LIST.responses, request.id, [{ email: HOS, role: 'read' }]);
  const person = async (email: string): Promise<number> =>
    ((await sp.web.ensureUser(email)) as unknown as { Id: number }).Id;
  await sp.web.lists
    .getByTitle(LIST.findings)
    .items.getById(draft.id)
    .roleAssignments.add(await person(ANNA), contribute);
  await sp.web.lists
    .getByTitle(LIST.responses)
    .items.getById(request.id)
    .roleAssignments.add(await person(HOS), contribute);
  for (const [title, id] of [
    [LIST.findings, sent.id],
    [LIST.findings, draft.id],
    [LIST.responses, request.id]
  ] as const) {
    await sp.web.lists.getByTitle(title).items.getById(id).roleAssignments.add(officers, edit);
  }
}, 60000);
afterAll(() => site?.close());

it('leaves every person and the officers Read on the workflow items, and marks sent forms for the sweep to check', async () => {
  const report = await provision(site.sp(), plan);
  expect(report).toMatchObject({ fromVersion: 3, toVersion: SCHEMA_VERSION });
  expect(report.changes).toEqual(
    expect.arrayContaining([expect.stringMatching(/^upgrade 4: /), `schema version 3 -> ${SCHEMA_VERSION}`])
  );
  const sp = site.sp();
  const read = await roleDefId(sp, ROLE.read);
  const officers = (await groupId(sp, plan.officersGroup)) as number;
  for (const title of [LIST.findings, LIST.responses, LIST.conversations, LIST.sendLog, LIST.schema, LIST.audit]) {
    expect({ title, roles: await rolesOf(sp.web.lists.getByTitle(title), officers) }).toEqual({ title, roles: [read] });
  }
  const anna = ((await sp.web.ensureUser(ANNA)) as unknown as { Id: number }).Id;
  const hos = ((await sp.web.ensureUser(HOS)) as unknown as { Id: number }).Id;
  const findings = sp.web.lists.getByTitle(LIST.findings).items;
  const forms = (await findings.select('Id', 'Status', 'SubmissionState')()) as {
    Id: number;
    Status: string;
    SubmissionState?: string | null;
  }[];
  for (const form of forms) {
    expect(await rolesOf(findings.getById(form.Id), anna)).toEqual([read]);
    expect(await rolesOf(findings.getById(form.Id), officers)).toEqual([read]);
    expect(form.SubmissionState ?? null).toBe(form.Status === 'Submitted' ? 'Sending' : null);
  }
  const [request] = (await sp.web.lists.getByTitle(LIST.responses).items.select('Id')()) as { Id: number }[];
  expect(await rolesOf(sp.web.lists.getByTitle(LIST.responses).items.getById(request.Id), hos)).toEqual([read]);
  // The identity that provisioned is the service's, so its writes are the trusted ones.
  const me = (await sp.web.currentUser.select('Id')()) as { Id: number };
  expect(await recordedServiceUserId(sp)).toBe(me.Id);
});

it('changes nothing when run again', async () => {
  expect(await provision(site.sp(), plan)).toEqual({
    fromVersion: SCHEMA_VERSION,
    toVersion: SCHEMA_VERSION,
    changes: []
  });
});
