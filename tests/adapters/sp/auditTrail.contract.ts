// The audit trail contract (AuditTrail, core/ports/repositories.ts): every version of a visit,
// form or request, oldest first, with who made it, when, and which list columns changed from what
// to what. SpAuditTrail (SharePoint's version history on the local list server, a site owner editing
// by hand) and the in-memory lists' versions alike. Compared: labels, people, column names, text
// values; not compared: how other column types are written (SharePoint's own formats).
import { NotFoundError } from '../../../src/core/errors';
import type { Findings } from '../../../src/core/model';
import type { AuditTrail, Repositories } from '../../../src/core/ports/repositories';

export interface AuditTrailFixture {
  repos: Repositories;
  trail: AuditTrail;
  /** Whom the service's own writes are by. */
  service: string;
  /** Who edits by hand (a site owner). */
  outsider: string;
  editAs(id: number, changes: Partial<Findings>): Promise<void>;
}

let n = 0;

async function aForm(repos: Repositories) {
  const k = ++n;
  const team = await repos.teams.add({
    name: 'Trail Team',
    area: 'Front Door',
    serviceManagerEmail: 'sm@example.gov.uk',
    headOfServiceEmail: 'hos@example.gov.uk',
    location: 'Town Hall'
  });
  const visit = await repos.visits.add({
    title: `Trail visit ${k}`,
    teamId: team.id,
    area: team.area,
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails: [],
    committee: 'Children and Families Committee',
    status: 'Visited',
    formTemplate: 'frontline-2025'
  });
  const form = await repos.findings.create({
    visitId: visit.id,
    councillorEmail: `cllr.${k}@example.gov.uk`,
    status: 'Draft',
    channel: 'Teams',
    templateId: 'frontline-2025',
    answers: { qualityStrengths: 'Supervision is regular.' }
  });
  return { visit, form };
}

export function auditTrailContract(name: string, factory: () => AuditTrailFixture): void {
  describe(`audit trail contract: ${name}`, () => {
    it('names the service as the creator of what it wrote, with the columns it set', async () => {
      const { repos, trail, service } = factory();
      const { form } = await aForm(repos);
      const [first, ...rest] = await trail.history('findings', form.id);
      expect(rest).toEqual([]);
      expect(first).toMatchObject({ version: '1.0', by: service });
      expect(first.changes.map((c) => c.field)).toEqual(
        expect.arrayContaining(['VisitId', 'CouncillorEmail', 'Status', 'QualityStrengths', 'Answers'])
      );
      expect(first.changes.every((c) => c.from === null && c.to !== null && c.to !== '')).toBe(true);
      expect(first.changes.map((c) => c.field)).not.toContain('SubmittedAt');
    });

    it('adds a version per change, naming who changed exactly which columns, from what to what', async () => {
      const { repos, trail, service, outsider, editAs } = factory();
      const { form } = await aForm(repos);
      const saved = await repos.findings.update(form, {
        answers: { ...form.answers, staffVoice: 'Staff feel heard.' }
      });
      await editAs(form.id, { answers: { ...saved.answers, escalationIssues: 'How is travel time paid?' } });
      const history = await trail.history('findings', form.id);
      expect(history.map((h) => [h.version, h.by])).toEqual([
        ['1.0', service],
        ['2.0', service],
        ['3.0', outsider]
      ]);
      expect(history[2].changes.map((c) => c.field)).toEqual(['EscalationIssues', 'Answers']);
      expect(history[2].changes[0]).toEqual({ field: 'EscalationIssues', from: null, to: 'How is travel time paid?' });
      // staffVoice has no column of its own: only the Answers column changed.
      expect(history[1].changes.map((c) => c.field)).toEqual(['Answers']);
      const times = history.map((h) => Date.parse(h.at));
      expect(times.every((t, i) => !Number.isNaN(t) && (i === 0 || t >= times[i - 1] - 1000))).toBe(true);
    });

    it("keeps a visit's versions too", async () => {
      const { repos, trail } = factory();
      const { visit } = await aForm(repos);
      await repos.visits.update(visit, { status: 'FindingsReturned' });
      const history = await trail.history('visits', visit.id);
      expect(history).toHaveLength(2);
      expect(history[1].changes).toEqual([{ field: 'Status', from: 'Visited', to: 'FindingsReturned' }]);
    });

    it('answers an item that is not there with NotFoundError', async () => {
      const { trail } = factory();
      await expect(trail.history('findings', 987654)).rejects.toBeInstanceOf(NotFoundError);
      await expect(trail.history('responses', 987654)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}
