// The rota reader contract (core/ports/rotaReader.ts): a year's visits by planned month, every team
// and councillor, and the QA activity overlapping the year in London time; SpRotaReader over the
// lists and the in-memory store's reader alike. Stores may be shared, so the years are far off.
import type { Repositories } from '../../../src/core/ports/repositories';
import type { RotaReader } from '../../../src/core/ports/rotaReader';
import type { Visit } from '../../../src/core/model';

export interface RotaFixture {
  repos: Repositories;
  reader: RotaReader;
}

const visit = (teamId: number, visitMonth: string): Omit<Visit, 'id'> => ({
  title: `Rota ${visitMonth}`,
  teamId,
  area: 'Front Door',
  visitMonth,
  durationMinutes: 150,
  councillorEmails: ['cllr.rota@example.gov.uk'],
  committee: 'Children and Families Committee',
  status: 'Planned',
  formTemplate: 'frontline-2025'
});

export function rotaReaderContract(name: string, factory: () => RotaFixture): void {
  describe(`rota reader contract: ${name}`, () => {
    it("reads a year's visits, teams, councillors and the QA activity overlapping it in London time", async () => {
      const { repos, reader } = factory();
      const team = await repos.teams.add({
        name: 'Rota Team',
        area: 'Front Door',
        serviceManagerEmail: 'sm@example.gov.uk',
        headOfServiceEmail: 'hos@example.gov.uk',
        location: 'Town Hall'
      });
      await repos.councillors.add({
        name: 'Cllr Rota',
        email: 'Cllr.Rota@example.gov.uk',
        committees: ['Children and Families Committee'],
        secondVisitVolunteer: false,
        active: true
      });
      for (const month of ['2031-05', '2031-09', '2032-03', '2032-04']) await repos.visits.add(visit(team.id, month));
      const qa = (title: string, start: string, end: string) =>
        repos.qa.add({ title, kind: 'Audit', start, end, areas: [] });
      await qa('before', '2031-03-01T00:00:00.000Z', '2031-04-30T22:00:00.000Z');
      await qa('spans the start', '2031-04-30T00:00:00.000Z', '2031-05-02T00:00:00.000Z');
      await qa('last evening', '2032-03-31T22:30:00.000Z', '2032-03-31T23:00:00.000Z');
      await qa('after, in London', '2032-03-31T23:30:00.000Z', '2032-04-02T00:00:00.000Z');
      const year = await reader.readYear('2031-05', '2032-03');
      expect(
        year.visits
          .filter((v) => v.title.startsWith('Rota '))
          .map((v) => v.visitMonth)
          .sort()
      ).toEqual(['2031-05', '2031-09', '2032-03']);
      expect(year.teams.map((t) => t.name)).toContain('Rota Team');
      expect(year.councillors.map((c) => c.email)).toContain('cllr.rota@example.gov.uk');
      expect(year.qa.map((q) => q.title).sort()).toEqual(['last evening', 'spans the start']);
      expect(await reader.plannedMonths()).toEqual(
        expect.arrayContaining(['2031-05', '2031-09', '2032-03', '2032-04'])
      );
      const months = await reader.plannedMonths();
      expect(months).toEqual([...new Set(months)].sort());
    });
  });
}
