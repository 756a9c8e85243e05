// List titles and the shapes of list definitions: apart from schema.ts so the definitions can live
// in more than one file without an import cycle. Titles follow shared/spec/lists.md; never renamed.

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
  /**
   * Choices that are the council's configuration: provisioning adds the site's Process Settings
   * `committees` (or, before the site has settings, the defaults it writes) to `choices`.
   */
  choicesFrom?: 'committees';
  /** FillInChoice: SharePoint stores a value that is not (yet) a choice, e.g. a committee added to the settings since provisioning. */
  fillIn?: boolean;
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
  /** Officers only: the list stops inheriting, the site's members and visitors lose it, officers keep Edit. */
  officersOnly?: boolean;
  hidden?: boolean;
}

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
  corrections: 'Theme Corrections',
  audit: 'Frontline Audit',
  settings: 'Process Settings',
  packResponses: 'Committee Pack Responses'
} as const;
