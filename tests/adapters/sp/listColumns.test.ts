// Officers sometimes type an e-mailed form straight into the Visit Findings list. The repository
// reads those columns, and the schema is the one place field names come from.
import { startSite, type Site } from './harness';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import {
  councillorMapper,
  findingsMapper,
  qaMapper,
  requestMapper,
  teamMapper,
  visitMapper
} from '../../../src/adapters/sp/mappers';
import { LIST, LISTS } from '../../../src/lists/schema';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

it('reads a form typed into the list columns, with no Answers JSON', async () => {
  const added = (await site.sp().web.lists.getByTitle(LIST.findings).items.add({
    Title: 'Court Team - 24/07/2025 - Ben Wye',
    VisitId: 3,
    CouncillorEmail: 'cllr.wye@example.gov.uk',
    Status: 'Submitted',
    QualityStrengths: 'Dedicated court work',
    EscalationIssues: 'Feedback welcome',
    Scaling: 8
  })) as { Id: number };
  const form = await spRepositories(site.sp()).findings.get(added.Id);
  expect(form.answers).toEqual({
    qualityStrengths: 'Dedicated court work',
    escalationIssues: 'Feedback welcome',
    scaling: 8
  });
});

it('selects exactly the schema fields of each list (FindingsKey is write-only)', () => {
  const selected: Record<string, string[]> = {
    [LIST.councillors]: councillorMapper.select,
    [LIST.teams]: teamMapper.select,
    [LIST.visits]: visitMapper.select,
    [LIST.qa]: qaMapper.select,
    [LIST.findings]: [...findingsMapper.select, 'FindingsKey'],
    [LIST.responses]: requestMapper.select
  };
  for (const def of LISTS.filter((l) => selected[l.title])) {
    expect(selected[def.title].sort()).toEqual(['Id', 'Title', ...def.fields.map((f) => f.name)].sort());
  }
});
