// Where a person can be named in the lists: derived from the list definitions (src/lists/schema.ts,
// passed in, since core imports nothing outside itself). Every text field can hold a name or an
// e-mail, so every text field is scanned; the table below only says what it means when one does.
import { isEmailAddress, normalizeEmail } from '../email';

/** The parts of a list definition privacy needs: its title and its fields' names and kinds. */
export interface ListShape {
  title: string;
  fields: readonly { name: string; kind: string }[];
  versioning?: boolean;
}

/** What a field naming someone says about them, by list title and internal field name. */
export const PERSON_FIELD_ROLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Councillors: { Title: 'the councillor (name)', Email: 'the councillor', AadObjectId: 'the councillor (Entra id)' },
  Teams: { ServiceManagerEmail: 'service manager of the team', HeadOfServiceEmail: 'head of service of the team' },
  'Visit Rota': {
    CouncillorEmails: 'a councillor on the visit',
    PointOfContactEmail: 'point of contact of the visit',
    BriefingAcknowledgements: 'acknowledged the briefing'
  },
  'Visit Findings': {
    Title: 'wrote the findings (name in title)',
    CouncillorEmail: 'wrote the findings',
    FindingsKey: 'wrote the findings'
  },
  'Head of Service Responses': {
    ResponderEmail: 'answers the request (head of service or delegate)',
    CouncillorReply: 'named in the councillor reply'
  },
  'Bot Conversations': {
    UserEmail: 'Teams conversation reference',
    ConversationReference: 'Teams conversation reference'
  },
  'Bot Send Log': {
    RecipientEmail: 'Teams message sent to them',
    SendKey: 'Teams message about them',
    FullKey: 'Teams message about them'
  },
  'Frontline Audit': {
    Actor: 'the service acted for them',
    Title: 'the service acted for them',
    Detail: 'named in the audit detail'
  },
  'Process Settings': {
    Settings: 'named in the process settings (e.g. the contact)',
    ChangedBy: 'changed the process settings'
  },
  'Theme Corrections': { CorrectedBy: 'corrected a theme' },
  'Committee Pack Responses': { DraftSavedBy: 'saved the pack draft', PackDraft: 'named in the pack draft' }
};

const TEXT_KINDS = ['Text', 'Note', 'Choice', 'MultiChoice'];

/** `Title` and every text field of a list: the fields that can hold a person's e-mail or name. */
export function textFields(list: ListShape): string[] {
  return ['Title', ...list.fields.filter((f) => TEXT_KINDS.includes(f.kind)).map((f) => f.name)];
}

/** What a match in `field` of `list` means for the person. */
export function roleOf(list: string, field: string): string {
  return PERSON_FIELD_ROLES[list]?.[field] ?? `named in ${field}`;
}

/** A person as privacy looks for them: the e-mail normalised as everywhere else, and any names known for them. */
export interface PersonRef {
  email: string;
  names: string[];
}

export function personRef(email: string, names: readonly string[] = []): PersonRef {
  const clean = names.map((n) => n.trim()).filter((n) => n.length >= 3 && n.toLowerCase() !== normalizeEmail(email));
  return { email: normalizeEmail(email), names: Array.from(new Set(clean)) };
}

/** Bad input for `--email` and the page's field: what is allowed. */
export function emailProblem(email: string): string | undefined {
  const value = normalizeEmail(email);
  if (!isEmailAddress(value)) return `must be an e-mail address such as name@council.gov.uk (got '${email}')`;
  return undefined;
}
