// The lists this product adds beyond shared/spec/lists.md: the bot's Teams messaging state (schema
// version 2) and the themes' history and corrections (version 3). See schema.ts for the rest.
import type { ConversationStatus, SendState } from '../core/ports/messaging';
import { LIST, type ListDef } from './names';

export { CORRECTIONS_LIST, HISTORY_LIST } from './themesLists';

export const CONVERSATION_STATUSES: readonly ConversationStatus[] = ['Active', 'Unreachable', 'Uninstalled'];
export const SEND_STATES: readonly SendState[] = ['Claimed', 'Sent', 'Failed', 'Unreachable'];

export const CONVERSATIONS_LIST: ListDef = {
  // Conversation ids let anyone holding them message the person as the bot: confidential.
  title: LIST.conversations,
  description: 'Where the Teams bot can reach each person (one item per e-mail). Kept by the bot.',
  hidden: true,
  confidential: true,
  fields: [
    {
      name: 'UserEmail',
      kind: 'Text',
      indexed: true,
      unique: true,
      added: true,
      description: 'Lower case; one record per person.'
    },
    { name: 'AadObjectId', kind: 'Text', indexed: true, added: true, description: 'Entra object id from Teams.' },
    {
      name: 'ConversationReference',
      kind: 'Note',
      added: true,
      description: 'Bot Framework conversation reference (JSON).'
    },
    { name: 'ConversationStatus', kind: 'Choice', choices: CONVERSATION_STATUSES, indexed: true, added: true },
    { name: 'UpdatedAt', kind: 'DateTime', added: true },
    {
      name: 'LastError',
      kind: 'Note',
      added: true,
      description: 'Why the last send failed (403 not in roster, 404 stale conversation).'
    }
  ]
};

export const SEND_LOG_LIST: ListDef = {
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
      description:
        'The message key; `sha256:<hex>` of it when the key cannot be stored as is (over 255 characters, upper case).'
    },
    {
      name: 'FullKey',
      kind: 'Note',
      added: true,
      description: 'The whole key, filled only when SendKey holds its hash.'
    },
    { name: 'RecipientEmail', kind: 'Text', indexed: true, added: true },
    { name: 'Kind', kind: 'Text', added: true, description: 'e.g. briefing, return-reminder, findings-shared.' },
    { name: 'VisitId', kind: 'Number', indexed: true, added: true },
    { name: 'SendState', kind: 'Choice', choices: SEND_STATES, indexed: true, added: true },
    { name: 'ClaimedBy', kind: 'Text', added: true, description: 'The sweep or bot instance holding the claim.' },
    { name: 'ClaimedAt', kind: 'DateTime', added: true },
    { name: 'Attempts', kind: 'Number', added: true },
    { name: 'SentAt', kind: 'DateTime', added: true },
    { name: 'LastError', kind: 'Note', added: true },
    {
      name: 'LeaseExpiresAt',
      kind: 'DateTime',
      added: true,
      description: 'Only on the sweep-lease item: when its holder (ClaimedBy, since ClaimedAt) loses it unless renewed.'
    }
  ]
};

export const AUDIT_LIST: ListDef = {
  // Who did what through the service. The service writes every workflow item with its own identity, so
  // SharePoint's version history names the service; this names the person it acted for (schema 4).
  title: LIST.audit,
  description:
    'Who changed what through the Frontline service (the person behind each change the service made). Kept by the service; officers read it.',
  hidden: true,
  confidential: true,
  fields: [
    {
      name: 'AuditKey',
      kind: 'Text',
      indexed: true,
      unique: true,
      added: true,
      description: '`<action>:<list>:<item>:<version>`: one entry per change, so a retried call adds none.'
    },
    {
      name: 'Actor',
      kind: 'Text',
      indexed: true,
      added: true,
      description: 'The signed-in person (lower-case e-mail) the service acted for.'
    },
    {
      name: 'Action',
      kind: 'Text',
      added: true,
      description: 'e.g. draft-saved, findings-submitted, response-given, request-delegated.'
    },
    { name: 'TargetList', kind: 'Text', added: true },
    { name: 'TargetId', kind: 'Number', indexed: true, added: true },
    { name: 'VisitId', kind: 'Number', indexed: true, added: true },
    { name: 'At', kind: 'DateTime', added: true },
    { name: 'Detail', kind: 'Note', added: true, description: "What changed, in words (never the form's answers)." }
  ]
};

export const SETTINGS_LIST: ListDef = {
  // The council's process as data officers own (schema 5): everyone on the site reads it, officers edit it.
  title: LIST.settings,
  description:
    "The council's process settings (one item): periods, agenda, committees, reminders, form template, council name and e-mail domains.",
  versioning: true,
  fields: [
    {
      name: 'Settings',
      kind: 'Note',
      added: true,
      description:
        'The settings as JSON; checked on every save and load (a bad value keeps the last good settings running).'
    },
    {
      name: 'SettingsVersion',
      kind: 'Number',
      added: true,
      description: 'Counts saves through the product (1: the defaults provisioning wrote).'
    },
    {
      name: 'ChangedBy',
      kind: 'Text',
      added: true,
      description: 'Who saved the settings through the product (e-mail).'
    }
  ]
};

export const PACK_RESPONSES_LIST: ListDef = {
  // The officers' own words for a committee pack (schema 6): officers edit, no one else sees it.
  title: LIST.packResponses,
  description:
    "The officers' service response of each committee pack (one item per meeting), written on the dashboard.",
  versioning: true,
  officersOnly: true,
  fields: [
    {
      name: 'PackKey',
      kind: 'Text',
      indexed: true,
      unique: true,
      added: true,
      description: '`<meeting day>|<committee>`: one item per meeting, so two first saves cannot both create one.'
    },
    { name: 'Committee', kind: 'Text', added: true },
    { name: 'CommitteeDate', kind: 'DateTime', added: true, description: 'The meeting (London day, stored at noon).' },
    { name: 'ServiceResponse', kind: 'Note', added: true, description: 'Plain text, as it goes into the pack.' },
    {
      name: 'PackDraft',
      kind: 'Note',
      added: true,
      description:
        'The saved pack draft as JSON (schema 9): report metadata, the written-up bullets with their source statements, the service response, implications and appendices.'
    },
    { name: 'DraftSavedBy', kind: 'Text', added: true, description: 'Who last saved the draft (e-mail).' }
  ]
};
