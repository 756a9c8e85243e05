// A turn's memo answers a narrow read from a broader one it already holds, exactly as the list
// would (src/core/ports/turnReads.ts DERIVED): a team from all the teams, a councillor's form for a
// visit from all their forms. What the broad read cannot tell, or a broad read that failed, goes to
// the list; a write empties the memo, so nothing derived outlives it.
import { readMemo } from '../../src/core/ports/turnReads';
import type { Repositories } from '../../src/core/ports/repositories';

const TEAMS = [
  { id: 1, name: 'Court Team', etag: '"1"' },
  { id: 2, name: 'Fostering Team', etag: '"1"' }
];
const FORMS = [
  { id: 7, visitId: 3, councillorEmail: 'cllr.anna@example.gov.uk', etag: '"2"' },
  { id: 8, visitId: 4, councillorEmail: 'cllr.anna@example.gov.uk', etag: '"1"' }
];

function world(fail = false) {
  const calls: string[] = [];
  const log = <T>(name: string, value: T) => {
    calls.push(name);
    return fail && name.endsWith('all') ? Promise.reject(new Error('lists unreachable')) : Promise.resolve(value);
  };
  const repos = {
    teams: {
      all: () => log('teams.all', TEAMS),
      get: (id: number) => log(`teams.get(${id})`, { id, name: 'Read on its own', etag: '"9"' })
    },
    findings: {
      forCouncillor: () => log('findings.forCouncillor', FORMS),
      find: (visitId: number) => log(`findings.find(${visitId})`, undefined),
      update: () => log('findings.update', FORMS[0])
    }
  } as unknown as Repositories;
  return { calls, memo: readMemo(repos) };
}

test('a team is answered from all the teams the turn already read, else read on its own', async () => {
  const { calls, memo } = world();
  await memo.repos.teams.all();
  expect((await memo.repos.teams.get(2)).name).toBe('Fostering Team');
  expect((await memo.repos.teams.get(5)).name).toBe('Read on its own');
  expect(calls).toEqual(['teams.all', 'teams.get(5)']);
});

test("a councillor's form for a visit comes from all her forms, absent when she has none for it", async () => {
  const { calls, memo } = world();
  await memo.repos.findings.forCouncillor('cllr.anna@example.gov.uk');
  expect((await memo.repos.findings.find(4, 'Cllr.Anna@example.gov.uk'))?.id).toBe(8);
  expect(await memo.repos.findings.find(9, 'cllr.anna@example.gov.uk')).toBeUndefined();
  // Another councillor's form is not in Anna's: that read goes to the list.
  await memo.repos.findings.find(4, 'cllr.ben@example.gov.uk');
  expect(calls).toEqual(['findings.forCouncillor', 'findings.find(4)']);
});

test('without the broad read, or after a write, the narrow read goes to the list', async () => {
  const { calls, memo } = world();
  await memo.repos.teams.get(1);
  await memo.repos.findings.forCouncillor('cllr.anna@example.gov.uk');
  await memo.repos.findings.update(FORMS[0] as never, {});
  await memo.repos.findings.find(3, 'cllr.anna@example.gov.uk');
  expect(calls).toEqual(['teams.get(1)', 'findings.forCouncillor', 'findings.update', 'findings.find(3)']);
});

test('a broad read that failed does not fail the narrow one: it is read on its own', async () => {
  const { calls, memo } = world(true);
  await expect(memo.repos.teams.all()).rejects.toThrow('lists unreachable');
  memo.prime('teams', 'all', [], Promise.reject(new Error('batch failed')));
  expect((await memo.repos.teams.get(1)).name).toBe('Read on its own');
  expect(calls).toEqual(['teams.all', 'teams.get(1)']);
});

test('what the memo answers is a copy: editing it changes nothing the next caller sees', async () => {
  const { memo } = world();
  await memo.repos.teams.all();
  const team = await memo.repos.teams.get(1);
  team.name = 'Edited';
  expect((await memo.repos.teams.get(1)).name).toBe('Court Team');
});

test("a write clears its own list's reads only: another list's reads are still answered", async () => {
  const { calls, memo } = world();
  await memo.repos.teams.all();
  await memo.repos.findings.forCouncillor('cllr.anna@example.gov.uk');
  await memo.repos.findings.update(FORMS[0] as never, {});
  await memo.repos.teams.get(1);
  await memo.repos.findings.forCouncillor('cllr.anna@example.gov.uk');
  expect(calls).toEqual(['teams.all', 'findings.forCouncillor', 'findings.update', 'findings.forCouncillor']);
});
