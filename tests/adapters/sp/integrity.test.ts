// Changes made outside the service are detected, audited and shown, never trusted: a site owner
// (the one person who can still edit a workflow item by hand) rewrites a sent form and forges a
// "sending" one; the officers' dashboard names both, the pack names the rewritten one, and the sweep's
// resume refuses to complete the forgery.
import { addSiteOwner, startSite, type Site, OFFICER } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import { SpIntegrityCheck } from '../../../src/adapters/sp/integrity';
import { spFindingsSharing } from '../../../src/adapters/sp/findingsSharing';
import { resumeSubmissions } from '../../../src/core/services';
import { dashboardService } from '../../../src/webparts/dashboard/dashboardService';
import { FRONTLINE_2025 } from '../../../src/core/config';
import { LIST } from '../../../src/lists/schema';
import type { Stored } from '../../../src/core/ports/repositories';
import type { Findings, Visit } from '../../../src/core/model';

const ANNA = 'cllr.anna@example.gov.uk';
const OWNER = 'site.owner@example.gov.uk';

let site: Site;
let visit: Stored<Visit>;
let form: Stored<Findings>;

beforeAll(async () => {
  site = await startSite();
  await addSiteOwner(site, OWNER);
  const repos = spRepositories(site.sp());
  const team = await repos.teams.add({
    name: 'Court Team',
    area: 'Cared for Children',
    serviceManagerEmail: 'sm@example.gov.uk',
    headOfServiceEmail: 'hos@example.gov.uk',
    location: 'Crewe'
  });
  const common = {
    teamId: team.id,
    area: team.area,
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails: [ANNA],
    committee: 'Children and Families Committee',
    formTemplate: 'frontline-2025'
  };
  visit = await repos.visits.add({
    ...common,
    title: 'Court Team - July 2025',
    status: 'FindingsReturned',
    visitStart: '2025-07-24T09:00:00.000Z',
    committeeDate: '2025-09-15T17:00:00.000Z'
  });
  form = await repos.findings.create({
    visitId: visit.id,
    councillorEmail: ANNA,
    status: 'Submitted',
    submission: 'Complete',
    submittedAt: '2025-07-30T16:00:00.000Z',
    channel: 'Teams',
    templateId: 'frontline-2025',
    answers: { qualityStrengths: 'Supervision is regular.' }
  });
}, 60000);
afterAll(() => site.close());

it('trusts what the service wrote, and names who changed what when someone else changed it', async () => {
  const integrity = new SpIntegrityCheck(site.sp(OFFICER, 1));
  expect(await integrity.outsideChanges('findings', [form.id])).toEqual([]);

  const asOwner = spRepositories(site.sp(OWNER, 1));
  await asOwner.findings.update(await asOwner.findings.get(form.id), {
    answers: { qualityStrengths: 'Everything is perfect.' }
  });

  const [change] = await new SpIntegrityCheck(site.sp(OFFICER, 1)).outsideChanges('findings', [form.id]);
  expect(change).toMatchObject({ list: 'findings', id: form.id, by: OWNER });
  expect(change.fields).toEqual(expect.arrayContaining(['QualityStrengths', 'Answers']));
});

it('shows the officer the change on the dashboard and at the top of the committee pack', async () => {
  const service = dashboardService(
    spRepositories(site.sp(OFFICER, 1)),
    async () => FRONTLINE_2025,
    () => '2025-09-01T09:00:00.000Z',
    undefined,
    new SpIntegrityCheck(site.sp(OFFICER, 1))
  );
  const data = await service.load();
  expect(data.outsideChanges.map((c) => [c.list, c.id, c.by])).toEqual([['findings', form.id, OWNER]]);
  const pack = await service.pack(data, 'Children and Families Committee', '2025-09-15', '');
  expect(pack.integrityWarnings).toHaveLength(1);
  expect(pack.integrityWarnings[0]).toContain(`changed outside the Frontline service by ${OWNER}`);
});

it('never completes a submission forged by hand, and says why', async () => {
  const asOwner = spRepositories(site.sp(OWNER, 1));
  const forged = await asOwner.findings.create({
    visitId: visit.id,
    councillorEmail: 'cllr.ben@example.gov.uk',
    status: 'Submitted',
    submission: 'Sending',
    submittedAt: '2025-07-31T09:00:00.000Z',
    channel: 'Teams',
    templateId: 'frontline-2025',
    answers: { escalationIssues: 'Forged.' }
  });
  const sp = site.sp();
  const report = await resumeSubmissions({
    ...spRepositories(sp),
    sharing: spFindingsSharing(sp),
    now: () => '2025-08-01T09:00:00.000Z',
    config: FRONTLINE_2025,
    integrity: new SpIntegrityCheck(sp)
  });
  expect(report.completed).toEqual([]);
  expect(report.problems).toEqual([
    expect.stringContaining(`Findings form ${forged.id} was changed outside the Frontline service by ${OWNER}`)
  ]);
  expect((await spRepositories(sp).findings.get(forged.id)).submission).toBe('Sending');
  expect(await spRepositories(sp).requests.forVisit(visit.id)).toEqual([]);
  // Nobody was given access to it: it stays with the officers and owners.
  const item = sp.web.lists.getByTitle(LIST.findings).items.getById(forged.id);
  expect(
    ((await item.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean })
      .HasUniqueRoleAssignments
  ).toBe(false);
});
