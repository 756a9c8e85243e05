// The themes' own lists (schema version 3): Findings History, imported from published committee
// papers, and the officers' Theme Corrections. Split from addedLists.ts, which re-exports them.
import { FINDING_AREAS, FINDING_KINDS } from '../core/history/model';
import { LIST, type ListDef } from './names';

export const HISTORY_LIST: ListDef = {
  // From published committee papers: not confidential. Versioned, so a reworded import keeps the old text.
  title: LIST.history,
  description:
    'Findings from past committee papers, one statement per item, with the paper and paragraph it came from.',
  versioning: true,
  fields: [
    {
      name: 'HistoryKey',
      kind: 'Text',
      indexed: true,
      unique: true,
      added: true,
      description:
        'e.g. `seed-000:para-23:1` (paper, its grouping, position): one item per statement, so a repeated import adds nothing.'
    },
    {
      name: 'Period',
      kind: 'Text',
      indexed: true,
      added: true,
      description: 'Municipal year of the visits, e.g. `2017-18`.'
    },
    { name: 'TeamName', kind: 'Text', added: true, description: 'The team as the paper names it.' },
    { name: 'ServiceArea', kind: 'Text', added: true, description: 'The 2025/26 rota area now covering the team.' },
    {
      name: 'FindingArea',
      kind: 'Choice',
      choices: FINDING_AREAS,
      added: true,
      description: 'Quality of practice, experience of working there, or not said.'
    },
    { name: 'FindingKind', kind: 'Choice', choices: FINDING_KINDS, added: true },
    { name: 'Statement', kind: 'Note', added: true, description: 'The finding as the paper words it.' },
    {
      name: 'ResponseText',
      kind: 'Note',
      added: true,
      description: 'The head of service or service response to it, where the paper gives one.'
    },
    {
      name: 'SourcePaper',
      kind: 'Text',
      indexed: true,
      added: true,
      description: '`seed-000`, `seed-001` or `seed-004`.'
    },
    { name: 'SourceRef', kind: 'Text', added: true, description: 'The paragraph or section of the paper.' },
    { name: 'VisitDate', kind: 'DateTime', added: true },
    { name: 'CommitteeDate', kind: 'DateTime', added: true, description: 'The meeting the paper went to.' },
    {
      name: 'SummarisesForms',
      kind: 'Boolean',
      added: true,
      description: "An officer's summary of forms already in Visit Findings: not counted beside them."
    }
  ]
};

export const CORRECTIONS_LIST: ListDef = {
  // Officers correct themes (Edit on the site); nothing personal: not confidential.
  title: LIST.corrections,
  description: "Officers' corrections of the themes found in a statement: they win over the rules.",
  versioning: true,
  fields: [
    {
      name: 'StatementKey',
      kind: 'Text',
      indexed: true,
      added: true,
      description: 'e.g. `history:seed-000:para-23:1`.'
    },
    { name: 'ThemeId', kind: 'Text', indexed: true, added: true },
    { name: 'CorrectionAction', kind: 'Choice', choices: ['add', 'remove'], added: true },
    { name: 'CorrectedBy', kind: 'Text', added: true },
    { name: 'CorrectedAt', kind: 'DateTime', added: true },
    { name: 'Note', kind: 'Note', added: true }
  ]
};
