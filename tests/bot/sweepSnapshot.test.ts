// The sweep reads the lists once and serves its sends from that snapshot (sweepData.ts
// snapshotRepos). A write, or a write refused with a 412 because someone changed the item since,
// makes the snapshot's copy stale: the next read of that item goes to the list, so a step that
// re-reads after a conflict (an answer's visit moved on meanwhile) sees the change and can finish.
import { ConflictError } from '../../src/core/errors';
import { snapshotRepos, type SweepData } from '../../src/bot/app/sweepData';
import { MemoryStore } from '../kits/memory';

async function world() {
  const store = new MemoryStore();
  const repos = store.repos();
  const team = await repos.teams.add({
    name: 'Court Team',
    area: 'Court',
    serviceManagerEmail: 'sm@example.gov.uk',
    headOfServiceEmail: 'hos@example.gov.uk',
    location: 'Town Hall'
  });
  const visit = await repos.visits.add({
    title: 'Court Team - July 2025',
    teamId: team.id,
    area: team.area,
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails: ['cllr.anna@example.gov.uk'],
    committee: 'Children and Families Committee',
    status: 'FindingsReturned',
    visitStart: '2025-07-24T09:00:00.000Z',
    formTemplate: 'frontline-2025'
  });
  const form = await repos.findings.create(
    {
      visitId: visit.id,
      councillorEmail: 'cllr.anna@example.gov.uk',
      status: 'Draft',
      answers: {},
      channel: 'Teams',
      templateId: 'frontline-2025'
    },
    'Form'
  );
  const data: SweepData = {
    visits: [visit],
    councillors: [],
    teams: [team],
    findings: [form],
    recentSubmissions: [],
    requests: [],
    recentAnswers: [],
    recentDelegations: [],
    openRequests: []
  };
  return { repos, snapshot: snapshotRepos(repos, data), visit, form };
}

describe('the sweep snapshot', () => {
  it('serves reads from the snapshot until a write to the item, then from the list', async () => {
    const { repos, snapshot, visit } = await world();
    const moved = await repos.visits.update(visit, { statusReason: 'changed by an officer meanwhile' });
    expect((await snapshot.visits.get(visit.id)).etag).toBe(visit.etag);
    await expect(snapshot.visits.update(visit, { status: 'Responded' })).rejects.toBeInstanceOf(ConflictError);
    const reread = await snapshot.visits.get(visit.id);
    expect(reread.etag).toBe(moved.etag);
    expect((await snapshot.visits.update(reread, { status: 'Responded' })).status).toBe('Responded');
    expect((await repos.visits.get(visit.id)).status).toBe('Responded');
  });

  it('does the same for a form', async () => {
    const { repos, snapshot, form } = await world();
    const saved = await repos.findings.update(form, { answers: { q: 'newer' } });
    await expect(snapshot.findings.update(form, { submission: 'Complete' })).rejects.toBeInstanceOf(ConflictError);
    expect((await snapshot.findings.get(form.id)).etag).toBe(saved.etag);
  });
});
