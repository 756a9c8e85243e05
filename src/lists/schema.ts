// The SharePoint lists, as code: the one definition provisioning, the repositories, the local list
// server's tests and the README read. Titles and internal names follow shared/spec/lists.md and are
// never renamed; fields marked `added` are ours, documented in the README.
import { QA_KINDS, VISIT_STATUSES } from '../core/model';
import { LIST, type ListDef } from './names';
import {
  AUDIT_LIST,
  CONVERSATIONS_LIST,
  CORRECTIONS_LIST,
  HISTORY_LIST,
  PACK_RESPONSES_LIST,
  SEND_LOG_LIST,
  SETTINGS_LIST
} from './addedLists';

export * from './names';
export * from './addedLists';

/**
 * Bumped whenever LISTS changes; provisioning runs the upgrade steps up to it.
 * 2: Bot Conversations and Bot Send Log (Teams messaging state). Provisioning ensures every list
 * and field of LISTS on each run, so an existing site gains them with no data migration step.
 * 3: Findings History (past papers' findings, `npm run import:history`) and Theme Corrections.
 * 4: workflow items read only for the people they are shared with; Frontline Audit.
 * 5: Process Settings (the council's process as data; provisioning writes the 2025 defaults once).
 * 6: Committee Pack Responses (the pack's service response per meeting; officers only); the
 *    committee fields (Councillors.Committees, Visit Rota.Committee) take their choices from
 * the Process Settings on every run (added, never removed) and allow fill-in values.
 * 7: Visit Rota.BriefingAcknowledgements (each councillor's acknowledgement, written by the service)
 *    and Head of Service Responses.CouncillorReply/CouncillorRepliedAt (the councillor's answer to
 *    "ask for more"); the upgrade moves acknowledgements the bot kept in the Bot Send Log onto the visits.
 * 8: Head of Service Responses.MoreInfoQuestion/MoreInfoAskedAt (the head of service's "ask for
 *    more" question, kept on the request). Provisioning adds the fields; questions asked before
 *    were not stored (only their hash, in the audit), so there is nothing to move.
 * 9: Committee Pack Responses.PackDraft and DraftSavedBy: the committee pack as a saved draft per
 *    meeting; the upgrade (from 7 or 8) turns each service response saved before into a draft.
 * 10: Bot Send Log.LeaseExpiresAt, for the `sweep-lease` item (one instance of the service sweeps at
 *    a time). Provisioning adds the field; the first sweep creates the item, so nothing to move.
 */
export const SCHEMA_VERSION = 10;

// One constant per list, so a web part that reads four lists ships four definitions, not eleven.
export const COUNCILLORS_LIST: ListDef = {
  title: LIST.councillors,
  description: "Members of the children's committees who make frontline visits.",
  fields: [
    { name: 'Email', kind: 'Text', indexed: true, unique: true },
    { name: 'AadObjectId', kind: 'Text', indexed: true },
    { name: 'Committees', kind: 'MultiChoice', choicesFrom: 'committees', fillIn: true },
    { name: 'SecondVisitVolunteer', kind: 'Boolean' },
    { name: 'DataProtectionTrainingDate', kind: 'DateTime' },
    { name: 'DbsCheckDate', kind: 'DateTime' },
    { name: 'Active', kind: 'Boolean', indexed: true }
  ]
};

export const TEAMS_LIST: ListDef = {
  title: LIST.teams,
  description: "Children's social care teams that are visited.",
  fields: [
    { name: 'Area', kind: 'Text', indexed: true },
    { name: 'ServiceManagerEmail', kind: 'Text', indexed: true },
    { name: 'HeadOfServiceEmail', kind: 'Text', indexed: true },
    { name: 'Location', kind: 'Text' }
  ]
};

export const VISITS_LIST: ListDef = {
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
    { name: 'Committee', kind: 'Choice', choicesFrom: 'committees', fillIn: true, indexed: true },
    { name: 'CommitteeDate', kind: 'DateTime', indexed: true },
    { name: 'Status', kind: 'Choice', choices: VISIT_STATUSES, indexed: true },
    { name: 'StatusReason', kind: 'Note' },
    { name: 'FindingsDueDate', kind: 'DateTime', indexed: true },
    { name: 'PointOfContactEmail', kind: 'Text' },
    { name: 'FormTemplate', kind: 'Text' },
    {
      name: 'BriefingAcknowledgements',
      kind: 'Note',
      added: true,
      description:
        "JSON of each councillor's e-mail (lower case) to when they acknowledged this booking's briefing. Written only by the service; the first acknowledgement moves the visit to Briefed."
    }
  ]
};

export const FINDINGS_LIST: ListDef = {
  title: LIST.findings,
  description: "One councillor's findings form for one visit. Confidential until reported.",
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
      description:
        '`<VisitId>:<councillor e-mail>`: one form per councillor per visit, so a retried create cannot duplicate.'
    },
    { name: 'TemplateId', kind: 'Text', added: true, description: 'The form template the answers follow.' },
    {
      name: 'SubmissionState',
      kind: 'Choice',
      choices: ['Sending', 'Complete'],
      indexed: true,
      added: true,
      description:
        'Sent forms only. `Sending`: the service recorded the submission and its steps (sharing, the head-of-service request, the visit move) may not all have run; the next retry or sweep completes them. `Complete`: all ran.'
    }
  ]
};

export const RESPONSES_LIST: ListDef = {
  title: LIST.responses,
  description: 'Requests for a head-of-service response to escalated issues, and the answers.',
  versioning: true,
  confidential: true,
  fields: [
    { name: 'FindingsId', kind: 'Number', indexed: true, unique: true },
    { name: 'VisitId', kind: 'Number', indexed: true },
    { name: 'ResponderEmail', kind: 'Text', indexed: true },
    {
      name: 'Status',
      kind: 'Choice',
      choices: ['Requested', 'Responded', 'MoreInfoRequested', 'Delegated'],
      indexed: true
    },
    { name: 'Request', kind: 'Note' },
    { name: 'Response', kind: 'Note' },
    { name: 'RequestedAt', kind: 'DateTime' },
    { name: 'RespondedAt', kind: 'DateTime' },
    {
      name: 'ResponseDueDate',
      kind: 'DateTime',
      indexed: true,
      added: true,
      description:
        "When the head of service's response is due (end of the London day, responsePeriodDays after RequestedAt)."
    },
    {
      name: 'CouncillorReply',
      kind: 'Note',
      added: true,
      description:
        "The councillor's latest reply to the head of service's request for more (Status MoreInfoRequested); the reply moves the request back to the responder. Written only by the service."
    },
    { name: 'CouncillorRepliedAt', kind: 'DateTime', added: true, description: 'When the councillor sent that reply.' },
    {
      name: 'MoreInfoQuestion',
      kind: 'Note',
      added: true,
      description:
        'The head of service\'s latest question to the councillor ("ask for more"); a second question replaces the first. Written only by the service.'
    },
    { name: 'MoreInfoAskedAt', kind: 'DateTime', added: true, description: 'When that question was asked.' }
  ]
};

export const QA_LIST: ListDef = {
  title: LIST.qa,
  description: 'Quality-assurance activity, committee meetings and election periods that visits avoid.',
  fields: [
    { name: 'Kind', kind: 'Choice', choices: QA_KINDS, indexed: true },
    { name: 'Start', kind: 'DateTime', indexed: true },
    { name: 'End', kind: 'DateTime', indexed: true },
    { name: 'Areas', kind: 'Note' }
  ]
};

export const SCHEMA_LIST: ListDef = {
  title: LIST.schema,
  description: 'The installed schema version of Frontline Visits (one item).',
  hidden: true,
  // Holds the service's identity, which decides what counts as changed outside the service: officers read it, only the service writes it.
  confidential: true,
  fields: [
    { name: 'SchemaVersion', kind: 'Number', added: true, description: 'Version of the lists installed on this site.' },
    {
      name: 'ServiceUserId',
      kind: 'Number',
      added: true,
      description:
        "The site user id of the service's own identity (whoever provisions: the app-only principal). Workflow items last changed by anyone else were changed outside the service."
    }
  ]
};

export const LISTS: readonly ListDef[] = [
  COUNCILLORS_LIST,
  TEAMS_LIST,
  VISITS_LIST,
  FINDINGS_LIST,
  RESPONSES_LIST,
  QA_LIST,
  SCHEMA_LIST,
  CONVERSATIONS_LIST,
  SEND_LOG_LIST,
  HISTORY_LIST,
  CORRECTIONS_LIST,
  AUDIT_LIST,
  SETTINGS_LIST,
  PACK_RESPONSES_LIST
];

export function listDef(title: string): ListDef {
  const found = LISTS.find((l) => l.title === title);
  if (!found) throw new Error(`No list called '${title}' in the schema.`);
  return found;
}

/** `Title` plus the list's own fields: what a repository may $select. */
export function selectableFields(title: string): string[] {
  return selectFields(listDef(title));
}

/** The same from the list's definition, less `except`: mappers name the list itself, so a web part ships only the lists it reads. */
export function selectFields(def: ListDef, except: string[] = []): string[] {
  return ['Id', 'Title', ...def.fields.map((f) => f.name).filter((name) => except.indexOf(name) < 0)];
}
