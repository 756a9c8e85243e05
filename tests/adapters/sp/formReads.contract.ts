// The form reads contract (core/ports/formReads.ts): a save's visit and form read together, each
// with its own outcome (a missing visit is NotFoundError, a missing form undefined), and `together`
// answering, in order, exactly what each repository read alone answers; an unknown read refused.
// spFormReads ($batch on the local list server) and the in-memory store's reads alike. Stores may
// be shared between tests, so each test adds its own visit.
import { NotFoundError } from '../../../src/core/errors';
import type { FormReads } from '../../../src/core/ports/formReads';
import type { Repositories } from '../../../src/core/ports/repositories';

export interface FormReadsFixture {
  repos: Repositories;
  reads: FormReads;
}

const ANNA = 'cllr.anna@example.gov.uk';
const MISSING = 987654;

async function aVisit(repos: Repositories) {
  const team = await repos.teams.add({
    name: 'Reads Team',
    area: 'Front Door',
    serviceManagerEmail: 'sm@example.gov.uk',
    headOfServiceEmail: 'hos@example.gov.uk',
    location: 'Town Hall'
  });
  const visit = await repos.visits.add({
    title: 'Reads Team - July 2025',
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
  return { team, visit };
}

const draft = (visitId: number) => ({
  visitId,
  councillorEmail: ANNA,
  status: 'Draft' as const,
  channel: 'Teams' as const,
  templateId: 'frontline-2025',
  answers: { qualityStrengths: 'Settled team' }
});

export function formReadsContract(name: string, factory: () => FormReadsFixture): void {
  describe(`form reads contract: ${name}`, () => {
    it('reads the visit and the councillor’s form (any case), as the repositories read them', async () => {
      const { repos, reads } = factory();
      const { visit } = await aVisit(repos);
      const before = reads.visitAndForm(visit.id, ANNA);
      expect(await before.visit).toEqual(await repos.visits.get(visit.id));
      expect(await before.form).toBeUndefined();
      const form = await repos.findings.create(draft(visit.id));
      const after = reads.visitAndForm(visit.id, ANNA.toUpperCase());
      expect(await after.form).toEqual(form);
      expect((await after.visit).etag).toBe(visit.etag);
    });

    it('keeps each outcome its own: a missing visit is NotFoundError and its form undefined', async () => {
      const { reads } = factory();
      for (const id of [MISSING, -1]) {
        const missing = reads.visitAndForm(id, ANNA);
        await expect(missing.visit).rejects.toBeInstanceOf(NotFoundError);
        expect(await missing.form).toBeUndefined();
      }
    });

    it('answers reads together, in order, each as that read alone answers it', async () => {
      const { repos, reads } = factory();
      const { team, visit } = await aVisit(repos);
      await repos.findings.create(draft(visit.id));
      expect(reads.together).toBeDefined();
      const answers = await Promise.allSettled(
        reads.together!([
          { repo: 'teams', method: 'get', args: [team.id] },
          { repo: 'visits', method: 'get', args: [MISSING] },
          { repo: 'findings', method: 'forVisit', args: [visit.id] },
          { repo: 'councillors', method: 'byEmail', args: ['nobody@example.gov.uk'] },
          { repo: 'findings', method: 'find', args: [visit.id, ANNA] }
        ])
      );
      expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
      const value = (i: number): unknown => (answers[i] as PromiseFulfilledResult<unknown>).value;
      expect(value(0)).toEqual(await repos.teams.get(team.id));
      expect((answers[1] as PromiseRejectedResult).reason).toBeInstanceOf(NotFoundError);
      expect(value(2)).toEqual(await repos.findings.forVisit(visit.id));
      expect(value(3)).toBeUndefined();
      expect(value(4)).toEqual(await repos.findings.find(visit.id, ANNA));
      expect(await Promise.all(reads.together!([]))).toEqual([]);
    });

    it('refuses a read no repository has, rather than answering it', async () => {
      const { reads } = factory();
      const attempt = async (repo: string, method: string) =>
        Promise.all(reads.together!([{ repo: repo as 'teams', method, args: [] }]));
      await expect(attempt('teams', 'noSuchRead')).rejects.toThrow(TypeError);
      await expect(attempt('noSuchList', 'all')).rejects.toThrow(TypeError);
    });
  });
}
