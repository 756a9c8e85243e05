// The repository contract: every implementation of the core ports must pass it (botbuilder's
// storageBaseTests pattern). Run by *.test.ts files that supply an implementation.
import { ConflictError, NotFoundError } from '../../../src/core/errors';
import type { Councillor, Visit } from '../../../src/core/model';
import type { Repositories } from '../../../src/core/ports/repositories';

const councillor = (n: number, extra: Partial<Councillor> = {}): Councillor => ({
  name: `Councillor ${n}`,
  email: `cllr.${n}@example.gov.uk`,
  aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
  committees: ['Children and Families Committee'],
  secondVisitVolunteer: false,
  dataProtectionTrainingDate: '2025-05-20T09:00:00.000Z',
  active: true,
  ...extra
});

const visit = (teamId: number, extra: Partial<Visit> = {}): Omit<Visit, 'id'> => ({
  title: `Team ${teamId} - July 2025`,
  teamId,
  area: 'Front Door',
  visitMonth: '2025-07',
  durationMinutes: 150,
  councillorEmails: ['cllr.1@example.gov.uk'],
  committee: 'Children and Families Committee',
  committeeDate: '2025-09-15T13:00:00.000Z',
  status: 'Planned',
  pointOfContactEmail: 'officer@example.gov.uk',
  formTemplate: 'frontline-2025',
  ...extra
});

export function repositoryContract(name: string, repos: () => Repositories): void {
  describe(`repository contract: ${name}`, () => {
    it('adds, reads and lists teams', async () => {
      const r = repos();
      const added = await r.teams.add({
        name: 'Court Team',
        area: 'Cared for',
        serviceManagerEmail: 'SM@Example.gov.uk',
        headOfServiceEmail: 'hos@example.gov.uk',
        location: 'Delamere House'
      });
      expect(added.id).toBeGreaterThan(0);
      expect(added.etag).toBeTruthy();
      expect(await r.teams.get(added.id)).toMatchObject({
        name: 'Court Team',
        serviceManagerEmail: 'sm@example.gov.uk'
      });
      expect((await r.teams.all()).map((t) => t.name)).toContain('Court Team');
      await expect(r.teams.get(99999)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('finds councillors by e-mail in any case and by Entra object id', async () => {
      const r = repos();
      const c = await r.councillors.add(
        councillor(1, {
          committees: ['Children and Families Committee', 'Cared For Children and Care Leavers Committee']
        })
      );
      await r.councillors.add(councillor(2, { active: false }));
      expect(await r.councillors.byEmail('CLLR.1@example.gov.uk')).toMatchObject({
        id: c.id,
        committees: ['Children and Families Committee', 'Cared For Children and Care Leavers Committee']
      });
      expect((await r.councillors.byAadObjectId(c.aadObjectId as string))?.email).toBe('cllr.1@example.gov.uk');
      expect(await r.councillors.byEmail('nobody@example.gov.uk')).toBeUndefined();
      const active = await r.councillors.all({ activeOnly: true });
      expect(active.map((x) => x.email)).toContain('cllr.1@example.gov.uk');
      expect(active.map((x) => x.email)).not.toContain('cllr.2@example.gov.uk');
    });

    it('round-trips every visit field, including dates in UTC and e-mails per line', async () => {
      const r = repos();
      const added = await r.visits.add(
        visit(1, {
          visitStart: '2025-07-24T09:00:00.000Z',
          councillorEmails: ['A@example.gov.uk', 'b@example.gov.uk'],
          status: 'Booked',
          findingsDueDate: '2025-07-31T22:59:59.000Z'
        })
      );
      const read = await r.visits.get(added.id);
      expect(read).toMatchObject({
        title: 'Team 1 - July 2025',
        visitStart: '2025-07-24T09:00:00.000Z',
        councillorEmails: ['a@example.gov.uk', 'b@example.gov.uk'],
        committeeDate: '2025-09-15T13:00:00.000Z',
        status: 'Booked',
        durationMinutes: 150,
        formTemplate: 'frontline-2025'
      });
    });

    it('queries visits by status, month range and team', async () => {
      const r = repos();
      await r.visits.add(visit(11, { visitMonth: '2025-09', status: 'Booked' }));
      await r.visits.add(visit(11, { visitMonth: '2025-11', status: 'Planned' }));
      await r.visits.add(visit(12, { visitMonth: '2026-02', status: 'Cancelled', statusReason: 'Ofsted visit' }));
      const team11 = await r.visits.query({ teamId: 11 });
      expect(team11.map((v) => v.visitMonth)).toEqual(['2025-09', '2025-11']);
      const autumn = await r.visits.query({
        monthFrom: '2025-09',
        monthTo: '2025-11',
        teamId: 11,
        statuses: ['Booked']
      });
      expect(autumn).toHaveLength(1);
      expect((await r.visits.query({ teamId: 12, statuses: ['Cancelled'] }))[0].statusReason).toBe('Ofsted visit');
    });

    it('refuses a stale update with ConflictError and keeps the newer change', async () => {
      const r = repos();
      const original = await r.visits.add(visit(21));
      const first = await r.visits.update(original, { status: 'Booked', visitStart: '2025-07-14T09:00:00.000Z' });
      expect(first.etag).not.toBe(original.etag);
      await expect(r.visits.update(original, { status: 'Cancelled', statusReason: 'stale' })).rejects.toBeInstanceOf(
        ConflictError
      );
      expect(await r.visits.get(original.id)).toMatchObject({
        status: 'Booked',
        visitStart: '2025-07-14T09:00:00.000Z'
      });
      const again = await r.visits.update(first, { status: 'Briefed' });
      expect((await r.visits.get(original.id)).status).toBe('Briefed');
      expect(again.etag).not.toBe(first.etag);
    });

    it('lets exactly one of two concurrent edits of the same version win', async () => {
      const r = repos();
      const v = await r.visits.add(visit(22));
      const results = await Promise.allSettled([
        r.visits.update(v, { statusReason: 'one' }),
        r.visits.update(v, { statusReason: 'two' })
      ]);
      expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((x) => x.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(ConflictError);
    });

    it('returns QA activity overlapping a window', async () => {
      const r = repos();
      await r.qa.add({
        title: 'Ofsted monitoring visit',
        kind: 'Ofsted',
        start: '2026-02-09T00:00:00.000Z',
        end: '2026-02-13T23:59:59.000Z',
        areas: ['Front Door', 'Family Help']
      });
      await r.qa.add({
        title: 'Audit',
        kind: 'Audit',
        start: '2026-05-01T00:00:00.000Z',
        end: '2026-05-02T00:00:00.000Z',
        areas: []
      });
      const feb = await r.qa.between('2026-02-12T00:00:00.000Z', '2026-02-28T00:00:00.000Z');
      expect(feb.map((q) => q.title)).toEqual(['Ofsted monitoring visit']);
      expect(feb[0].areas).toEqual(['Front Door', 'Family Help']);
    });

    it('creates one findings form per councillor per visit, even when the create is retried', async () => {
      const r = repos();
      const draft = {
        visitId: 501,
        councillorEmail: 'Cllr.1@example.gov.uk',
        status: 'Draft' as const,
        channel: 'Teams' as const,
        templateId: 'frontline-2025',
        answers: { qualityStrengths: 'Strong supervision.' }
      };
      const first = await r.findings.create(draft);
      const retry = await r.findings.create(draft);
      expect(retry.id).toBe(first.id);
      expect(await r.findings.forVisit(501)).toHaveLength(1);
      await r.findings.create({ ...draft, visitId: 503, councillorEmail: 'cllr.3@example.gov.uk' });
      await r.findings.create({ ...draft, visitId: 507, councillorEmail: 'cllr.3@example.gov.uk' });
      expect((await r.findings.forVisits([501, 507])).map((f) => f.visitId).sort()).toEqual([501, 507]);
      expect(await r.findings.forVisits([])).toEqual([]);
      expect((await r.findings.find(501, 'cllr.1@example.gov.uk'))?.id).toBe(first.id);
      const submitted = await r.findings.update(first, {
        status: 'Submitted',
        submittedAt: '2025-07-30T16:00:00.000Z',
        answers: { qualityStrengths: 'Strong supervision.', escalationIssues: 'How is travel time paid?' }
      });
      expect(submitted.status).toBe('Submitted');
      expect(await r.findings.get(first.id)).toMatchObject({
        status: 'Submitted',
        answers: { escalationIssues: 'How is travel time paid?' }
      });
      await expect(r.findings.update(first, { status: 'Draft' })).rejects.toBeInstanceOf(ConflictError);
    });

    it('keeps a Signs of Safety grid and its scaling intact', async () => {
      const r = repos();
      const answers = {
        'staffing.worried': 'Two vacancies',
        'performance.workingWell': 'Timely decisions',
        scaling: 7
      };
      const f = await r.findings.create({
        visitId: 502,
        councillorEmail: 'cllr.2@example.gov.uk',
        status: 'Draft',
        channel: 'SharePoint',
        templateId: 'signs-of-safety-2018',
        answers
      });
      expect((await r.findings.get(f.id)).answers).toEqual(answers);
      expect((await r.findings.forCouncillor('CLLR.2@example.gov.uk')).map((x) => x.id)).toEqual([f.id]);
    });

    it('makes one head-of-service request per form and finds them by responder and status', async () => {
      const r = repos();
      const req = {
        findingsId: 601,
        visitId: 501,
        responderEmail: 'HoS@example.gov.uk',
        status: 'Requested' as const,
        request: 'How is travel time paid?',
        requestedAt: '2025-07-30T16:00:00.000Z'
      };
      const a = await r.requests.create(req);
      const b = await r.requests.create(req);
      expect(b.id).toBe(a.id);
      expect(await r.requests.forResponder('hos@example.gov.uk', ['Requested'])).toHaveLength(1);
      const answered = await r.requests.update(a, {
        status: 'Responded',
        response: 'Mileage is paid; travel time is recorded.',
        respondedAt: '2025-08-04T10:00:00.000Z'
      });
      expect(answered.status).toBe('Responded');
      expect(await r.requests.forResponder('hos@example.gov.uk', ['Requested'])).toHaveLength(0);
      expect((await r.requests.forVisit(501))[0]).toMatchObject({
        response: 'Mileage is paid; travel time is recorded.'
      });
      expect((await r.requests.forVisits([499, 501])).map((x) => x.id)).toEqual([a.id]);
    });
  });
}
