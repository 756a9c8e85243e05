// The SharePoint lists, as code: the one definition provisioning, the repositories, the local list
// server's tests and the README read. Titles and internal names follow shared/spec/lists.md and are
// never renamed; fields marked `added` are ours, documented in the README.
import { QA_KINDS, VISIT_STATUSES } from '../core/model';
import { COMMITTEES_2025 } from '../core/config';
import type { ConversationStatus, SendState } from '../core/ports/messaging';
import { FINDING_AREAS, FINDING_KINDS } from '../core/history/model';

export type FieldKind = 'Text' | 'Note' | 'Number' | 'Boolean' | 'DateTime' | 'Choice' | 'MultiChoice';

export interface FieldDef {
  /** Internal name (and the title it is created with, so the two agree). */
  name: string;
  kind: FieldKind;
  /** Indexed, because a repository filters or sorts on it (lists pass 5,000 items). */
  indexed?: boolean;
  /** EnforceUniqueValues; SharePoint requires the field to be indexed too. */
  unique?: boolean;
  choices?: readonly string[];
  /** Not in shared/spec/lists.md: added by this product. */
  added?: boolean;
  description?: string;
}

export interface ListDef {
  title: string;
  description: string;
  fields: FieldDef[];
  /** Version history on: SharePoint's own audit trail of who changed what, and when. */
  versioning?: boolean;
  /** Confidential: the list stops inheriting, and items are shared per person (see permissions). */
  confidential?: boolean;
  hidden?: boolean;
}

/**
 * Bumped whenever LISTS changes; provisioning runs the upgrade steps up to it.
 * 2: Bot Conversations and Bot Send Log (Teams messaging state). Provisioning ensures every list
 * and field of LISTS on each run, so an existing site gains them with no data migration step.
 * 3: Findings History (past papers' findings, `npm run import:history`) and Theme Corrections.
 */
export const SCHEMA_VERSION = 3;

export const LIST = {
  councillors: 'Councillors',
  teams: 'Teams',
  visits: 'Visit Rota',
  findings: 'Visit Findings',
  responses: 'Head of Service Responses',
  qa: 'QA Calendar',
  schema: 'Frontline Schema',
  conversations: 'Bot Conversations',
  sendLog: 'Bot Send Log',
  history: 'Findings History',
  corrections: 'Theme Corrections'
} as const;

export const CONVERSATION_STATUSES: readonly ConversationStatus[] = ['Active', 'Unreachable', 'Uninstalled'];
export const SEND_STATES: readonly SendState[] = ['Claimed', 'Sent', 'Failed', 'Unreachable'];

export const LISTS: readonly ListDef[] = [
  {
    title: LIST.councillors,
    description: 'Members of the children\'s committees who make frontline visits.',
    fields: [
      { name: 'Email', kind: 'Text', indexed: true, unique: true },
      { name: 'AadObjectId', kind: 'Text', indexed: true },
      { name: 'Committees', kind: 'MultiChoice', choices: COMMITTEES_2025 },
      { name: 'SecondVisitVolunteer', kind: 'Boolean' },
      { name: 'DataProtectionTrainingDate', kind: 'DateTime' },
      { name: 'DbsCheckDate', kind: 'DateTime' },
      { name: 'Active', kind: 'Boolean', indexed: true }
    ]
  },
  {
    title: LIST.teams,
    description: 'Children\'s social care teams that are visited.',
    fields: [
      { name: 'Area', kind: 'Text', indexed: true },
      { name: 'ServiceManagerEmail', kind: 'Text', indexed: true },
      { name: 'HeadOfServiceEmail', kind: 'Text', indexed: true },
      { name: 'Location', kind: 'Text' }
    ]
  },
  {
    title: LIST.visits,
    description: 'The yearly rota: one item is one visit to one team.',
    versioning: true,
    fields: [
      { name: 'TeamId', kind: 'Number', indexed: true },
      { name: 'Area', kind: 'Text', indexed: true },
      { name: 'VisitMonth', kind: 'Text', indexed: true },
      { name: 'VisitStart', kind: 'DateTime', indexed: true },
      { name: 'DurationMinutes', kind: 'Number' },
      { name: 'CouncillorEmails', kind: 'Note' },
      { name: 'Committee', kind: 'Choice', choices: COMMITTEES_2025, indexed: true },
      { name: 'CommitteeDate', kind: 'DateTime', indexed: true },
      { name: 'Status', kind: 'Choice', choices: VISIT_STATUSES, indexed: true },
      { name: 'StatusReason', kind: 'Note' },
      { name: 'FindingsDueDate', kind: 'DateTime', indexed: true },
      { name: 'PointOfContactEmail', kind: 'Text' },
      { name: 'FormTemplate', kind: 'Text' }
    ]
  },
  {
    title: LIST.findings,
    description: 'One councillor\'s findings form for one visit. Confidential until reported.',
    versioning: true,
    confidential: true,
    fields: [
      { name: 'VisitId', kind: 'Number', indexed: true },
      { name: 'CouncillorEmail', kind: 'Text', indexed: true },
      { name: 'Status', kind: 'Choice', choices: ['Draft', 'Submitted'], indexed: true },
      { name: 'SubmittedAt', kind: 'DateTime' },
      { name: 'Channel', kind: 'Choice', choices: ['Teams', 'SharePoint'] },
      { name: 'QualityStrengths', kind: 'Note' },
      { name: 'QualityDevelopment', kind: 'Note' },
      { name: 'ExperienceStrengths', kind: 'Note' },
      { name: 'ExperienceDevelopment', kind: 'Note' },
      { name: 'EscalationIssues', kind: 'Note' },
      { name: 'Answers', kind: 'Note' },
      { name: 'Scaling', kind: 'Number' },
      {
        name: 'FindingsKey',
        kind: 'Text',
        indexed: true,
        unique: true,
        added: true,
        description: '`<VisitId>:<councillor e-mail>`: one form per councillor per visit, so a retried create cannot duplicate.'
      },
      { name: 'TemplateId', kind: 'Text', added: true, description: 'The form template the answers follow.' }
    ]
  },
  {
    title: LIST.responses,
    description: 'Requests for a head-of-service response to escalated issues, and the answers.',
    versioning: true,
    confidential: true,
    fields: [
      { name: 'FindingsId', kind: 'Number', indexed: true, unique: true },
      { name: 'VisitId', kind: 'Number', indexed: true },
      { name: 'ResponderEmail', kind: 'Text', indexed: true },
      { name: 'Status', kind: 'Choice', choices: ['Requested', 'Responded', 'MoreInfoRequested', 'Delegated'], indexed: true },
      { name: 'Request', kind: 'Note' },
      { name: 'Response', kind: 'Note' },
      { name: 'RequestedAt', kind: 'DateTime' },
      { name: 'RespondedAt', kind: 'DateTime' }
    ]
  },
  {
    title: LIST.qa,
    description: 'Quality-assurance activity, committee meetings and election periods that visits avoid.',
    fields: [
      { name: 'Kind', kind: 'Choice', choices: QA_KINDS, indexed: true },
      { name: 'Start', kind: 'DateTime', indexed: true },
      { name: 'End', kind: 'DateTime', indexed: true },
      { name: 'Areas', kind: 'Note' }
    ]
  },
  {
    title: LIST.schema,
    description: 'The installed schema version of Frontline Visits (one item).',
    hidden: true,
    fields: [{ name: 'SchemaVersion', kind: 'Number', added: true, description: 'Version of the lists installed on this site.' }]
  },
  {
    // Conversation ids let anyone holding them message the person as the bot: confidential.
    title: LIST.conversations,
    description: 'Where the Teams bot can reach each person (one item per e-mail). Kept by the bot.',
    hidden: true,
    confidential: true,
    fields: [
      { name: 'UserEmail', kind: 'Text', indexed: true, unique: true, added: true, description: 'Lower case; one record per person.' },
      { name: 'AadObjectId', kind: 'Text', indexed: true, added: true, description: 'Entra object id from Teams.' },
      { name: 'ConversationReference', kind: 'Note', added: true, description: 'Bot Framework conversation reference (JSON).' },
      { name: 'ConversationStatus', kind: 'Choice', choices: CONVERSATION_STATUSES, indexed: true, added: true },
      { name: 'UpdatedAt', kind: 'DateTime', added: true },
      { name: 'LastError', kind: 'Note', added: true, description: 'Why the last send failed (403 not in roster, 404 stale conversation).' }
    ]
  },
  {
    title: LIST.sendLog,
    description: 'One item per Teams message: claimed before it is sent, so no message goes twice.',
    confidential: true,
    fields: [
      {
        name: 'SendKey',
        kind: 'Text',
        indexed: true,
        unique: true,
        added: true,
        description: 'The message key; `sha256:<hex>` of it when the key cannot be stored as is (over 255 characters, upper case).'
      },
      { name: 'FullKey', kind: 'Note', added: true, description: 'The whole key, filled only when SendKey holds its hash.' },
      { name: 'RecipientEmail', kind: 'Text', indexed: true, added: true },
      { name: 'Kind', kind: 'Text', added: true, description: 'e.g. briefing, return-reminder, findings-shared.' },
      { name: 'VisitId', kind: 'Number', indexed: true, added: true },
      { name: 'SendState', kind: 'Choice', choices: SEND_STATES, indexed: true, added: true },
      { name: 'ClaimedBy', kind: 'Text', added: true, description: 'The sweep or bot instance holding the claim.' },
      { name: 'ClaimedAt', kind: 'DateTime', added: true },
      { name: 'Attempts', kind: 'Number', added: true },
      { name: 'SentAt', kind: 'DateTime', added: true },
      { name: 'LastError', kind: 'Note', added: true }
    ]
  },
  {
    // From published committee papers: not confidential. Versioned, so a reworded import keeps the old text.
    title: LIST.history,
    description: 'Findings from past committee papers, one statement per item, with the paper and paragraph it came from.',
    versioning: true,
    fields: [
      {
        name: 'HistoryKey',
        kind: 'Text',
        indexed: true,
        unique: true,
        added: true,
        description: 'e.g. `seed-000:para-23:1` (paper, its grouping, position): one item per statement, so a repeated import adds nothing.'
      },
      { name: 'Period', kind: 'Text', indexed: true, added: true, description: 'Municipal year of the visits, e.g. `2017-18`.' },
      { name: 'TeamName', kind: 'Text', added: true, description: 'The team as the paper names it.' },
      { name: 'ServiceArea', kind: 'Text', added: true, description: 'The 2025/26 rota area now covering the team.' },
      { name: 'FindingArea', kind: 'Choice', choices: FINDING_AREAS, added: true, description: 'Quality of practice, experience of working there, or not said.' },
      { name: 'FindingKind', kind: 'Choice', choices: FINDING_KINDS, added: true },
      { name: 'Statement', kind: 'Note', added: true, description: 'The finding as the paper words it.' },
      { name: 'ResponseText', kind: 'Note', added: true, description: 'The head of service or service response to it, where the paper gives one.' },
      { name: 'SourcePaper', kind: 'Text', indexed: true, added: true, description: '`seed-000`, `seed-001` or `seed-004`.' },
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
  },
  {
    // Officers correct themes (Edit on the site); nothing personal: not confidential.
    title: LIST.corrections,
    description: "Officers' corrections of the themes found in a statement: they win over the rules.",
    versioning: true,
    fields: [
      { name: 'StatementKey', kind: 'Text', indexed: true, added: true, description: 'e.g. `history:seed-000:para-23:1`.' },
      { name: 'ThemeId', kind: 'Text', indexed: true, added: true },
      { name: 'CorrectionAction', kind: 'Choice', choices: ['add', 'remove'], added: true },
      { name: 'CorrectedBy', kind: 'Text', added: true },
      { name: 'CorrectedAt', kind: 'DateTime', added: true },
      { name: 'Note', kind: 'Note', added: true }
    ]
  }
];

export function listDef(title: string): ListDef {
  const found = LISTS.find((l) => l.title === title);
  if (!found) throw new Error(`No list called '${title}' in the schema.`);
  return found;
}

/** `Title` plus the list's own fields: what a repository may $select. */
export function selectableFields(title: string): string[] {
  return ['Id', 'Title', ...listDef(title).fields.map((f) => f.name)];
}
