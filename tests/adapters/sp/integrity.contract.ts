// The integrity check contract (core/ports/integrity.ts): of the items asked about, those whose
// last change was made by someone other than the service, naming who, when and which list columns
// changed; what the service wrote last is trusted. SpIntegrityCheck (SharePoint's Editor and
// version history on the local list server, a site owner editing by hand) and the in-memory store
// (which records who wrote: its repositories are the service, `touch`/`addAs` someone else) alike.
// Stores may be shared between tests, so each test adds its own visit.
import type { Findings, HeadOfServiceRequest } from '../../../src/core/model';
import type { IntegrityCheck, WorkflowList } from '../../../src/core/ports/integrity';
import type { Repositories, Stored } from '../../../src/core/ports/repositories';

export const OUTSIDER = 'site.owner@example.gov.uk';

export interface IntegrityFixture {
  /** The service's own repositories. */
  repos: Repositories;
  check: IntegrityCheck;
  /** OUTSIDER changes the item by hand. */
  editAs(list: WorkflowList, id: number, changes: Partial<Findings> & Partial<HeadOfServiceRequest>): Promise<void>;
  /** OUTSIDER creates a findings form by hand. */
  createAs(form: Omit<Findings, 'id'>): Promise<Stored<Findings>>;
}

let n = 0;

async function seed(repos: Repositories) {
  const k = ++n;
  const team =
    (await repos.teams.all())[0] ??
    (await repos.teams.add({
      name: 'Integrity Team',
      area: 'Front Door',
      serviceManagerEmail: 'sm@example.gov.uk',
      headOfServiceEmail: 'hos@example.gov.uk',
      location: 'Town Hall'
    }));
  const visit = await repos.visits.add({
    title: `Integrity visit ${k}`,
    teamId: team.id,
    area: team.area,
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails: [],
    committee: 'Children and Families Committee',
    status: 'FindingsReturned',
    visitStart: '2025-07-24T09:00:00.000Z',
    formTemplate: 'frontline-2025'
  });
  const form = (who: string): Omit<Findings, 'id'> => ({
    visitId: visit.id,
    councillorEmail: `${who}.${k}@example.gov.uk`,
    status: 'Submitted',
    submission: 'Complete',
    submittedAt: '2025-07-30T16:00:00.000Z',
    channel: 'Teams',
    templateId: 'frontline-2025',
    answers: { qualityStrengths: 'Supervision is regular.' }
  });
  const anna = await repos.findings.create(form('anna'));
  const ben = await repos.findings.create(form('ben'));
  const request = await repos.requests.create({
    findingsId: anna.id,
    visitId: visit.id,
    responderEmail: 'hos@example.gov.uk',
    status: 'Requested',
    request: 'Please respond.',
    requestedAt: '2025-07-31T09:00:00.000Z'
  });
  return { visit, anna, ben, request, form };
}

const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

export function integrityContract(name: string, factory: () => IntegrityFixture): void {
  describe(`integrity check contract: ${name}`, () => {
    it('trusts what the service wrote, created and updated', async () => {
      const { repos, check } = factory();
      const s = await seed(repos);
      await repos.findings.update(s.anna, { answers: { qualityStrengths: 'Updated by the service.' } });
      expect(await check.outsideChanges('findings', [s.anna.id, s.ben.id])).toEqual([]);
      expect(await check.outsideChanges('responses', [s.request.id])).toEqual([]);
    });

    it('names who changed which columns, and when, for the items asked about only', async () => {
      const { repos, check, editAs } = factory();
      const s = await seed(repos);
      await editAs('findings', s.anna.id, { answers: { qualityStrengths: 'Everything is perfect.' } });
      await editAs('responses', s.request.id, { response: 'Written by hand.' });
      const [change, ...more] = await check.outsideChanges('findings', [s.ben.id, s.anna.id, s.anna.id]);
      expect(more).toEqual([]);
      expect(change).toEqual({ list: 'findings', id: s.anna.id, by: OUTSIDER, at: iso, fields: expect.any(Array) });
      expect(change.fields).toEqual(expect.arrayContaining(['QualityStrengths', 'Answers']));
      expect(change.fields).not.toContain('Status');
      const [response] = await check.outsideChanges('responses', [s.request.id]);
      expect(response).toMatchObject({ list: 'responses', id: s.request.id, by: OUTSIDER });
      expect(response.fields).toContain('Response');
      expect(await check.outsideChanges('findings', [s.ben.id])).toEqual([]);
      expect(await check.outsideChanges('findings', [])).toEqual([]);
      expect(await check.outsideChanges('findings', [987654])).toEqual([]);
    });

    it('flags a form created by hand', async () => {
      const { repos, check, createAs } = factory();
      const s = await seed(repos);
      const forged = await createAs({ ...s.form('forger'), submission: 'Sending' });
      const [change] = await check.outsideChanges('findings', [s.anna.id, forged.id]);
      expect(change).toMatchObject({ list: 'findings', id: forged.id, by: OUTSIDER });
      expect(change.fields).toEqual(expect.arrayContaining(['SubmissionState', 'Answers']));
    });

    it('judges the last change: a service write after the outside one is the service’s again', async () => {
      const { repos, check, editAs } = factory();
      const s = await seed(repos);
      await editAs('findings', s.ben.id, { answers: { qualityStrengths: 'By hand.' } });
      expect(await check.outsideChanges('findings', [s.ben.id])).toHaveLength(1);
      await repos.findings.update(await repos.findings.get(s.ben.id), { submission: 'Complete' });
      expect(await check.outsideChanges('findings', [s.ben.id])).toEqual([]);
    });
  });
}
