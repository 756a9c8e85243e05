// The TARGET permission model (shared/spec/permissions.md) as a table: what SharePoint answers each
// role for each list (and item) over plain REST when the product grants exactly what the spec says.
// Encodes the target, not today's product: cells may fail until the product and server meet it.
import { LIST } from '../../src/lists/schema';
import { LOCAL_ADMIN } from '../../src/node/connection';

export const ROLES = [
  'cllr',
  'cllr2',
  'sm',
  'hos',
  'delegate',
  'hos2',
  'officer',
  'stranger',
  'anon',
  'admin'
] as const;
export type Role = (typeof ROLES)[number];

/** Each a distinct address; `anon` sends no X-Frontline-User header at all. */
export const EMAIL: Record<Role, string> = {
  cllr: 'cllr.able@example.gov.uk',
  cllr2: 'cllr.other@example.gov.uk',
  sm: 'sm.court@example.gov.uk',
  hos: 'hos.court@example.gov.uk',
  delegate: 'deputy.court@example.gov.uk',
  hos2: 'hos.fostering@example.gov.uk',
  officer: 'officer@example.gov.uk',
  stranger: 'someone.else@example.gov.uk',
  anon: '',
  admin: LOCAL_ADMIN
};
/** The other team's service manager: a reader, not a column (hos2 stands for the other team). */
export const SM2 = 'sm.fostering@example.gov.uk';

export const LEGEND: Record<Role, string> = {
  cllr: 'councillor: sent the form (visit 1, escalated) and holds a draft (visit 2)',
  cllr2: "another councillor: sent their own form for the other team's visit (so they reach both confidential lists)",
  sm: "the visited team's service manager",
  hos: "the visited team's head of service, who delegated the request",
  delegate: 'the delegate of that request: a council address, not in the Visitors group nor the lists',
  hos2: "another team's head of service, asked about cllr2's form",
  officer: 'officer (officers group)',
  stranger: 'a council address with no permission on the site',
  anon: 'no identity at all',
  admin: 'the site admin, standing in for the service/app-only identity (sanity column)'
};

export const OPS = ['read', 'list', 'create', 'update', 'delete', 'perms'] as const;
export type Op = (typeof OPS)[number];
/** 'allowed', or the HTTP status of the refusal. */
export type Outcome = 'allowed' | 401 | 403 | 404;

/*
 * Access levels, and what each means per operation (SharePoint's rules, as the local server
 * emulates them):
 *  F full control (site admin);
 *  E edit: items read, created, changed, deleted; permission changes refused (Edit lacks ManagePermissions);
 *  R read: everything else 403 (no AddListItems / EditListItems / DeleteListItems / ManagePermissions);
 *  H hidden: the caller reaches the list (something in it is shared with them) but not this item.
 *    SharePoint's security trimming: items(id) is 404 "Item does not exist" for reads and writes
 *    alike, and the item is missing from GET items (written 404 under `list`: a 200 without its id);
 *    creating needs AddListItems on the list, so 403;
 *    (The delegate reaches the lists that inherit the site's permissions this way too: the item
 *    shared with them gives them Limited Access on the site, which those lists inherit.)
 *  G gone: the caller may use the site but cannot see this list at all (nothing in it is theirs):
 *    SharePoint trims the list away, so every call on it is 404 "List ... does not exist";
 *  N nothing: no permission on the site at all (the stranger): 403 "Access denied." for
 *    everything, as SharePoint answers callers without access to the site;
 *  X anonymous: 401 everywhere.
 */
export const LEVELS: Record<string, Record<Op, Outcome>> = {
  F: { read: 'allowed', list: 'allowed', create: 'allowed', update: 'allowed', delete: 'allowed', perms: 'allowed' },
  E: { read: 'allowed', list: 'allowed', create: 'allowed', update: 'allowed', delete: 'allowed', perms: 403 },
  R: { read: 'allowed', list: 'allowed', create: 403, update: 403, delete: 403, perms: 403 },
  H: { read: 404, list: 404, create: 403, update: 404, delete: 404, perms: 404 },
  G: { read: 404, list: 404, create: 404, update: 404, delete: 404, perms: 404 },
  N: { read: 403, list: 403, create: 403, update: 403, delete: 403, perms: 403 },
  X: { read: 401, list: 401, create: 401, update: 401, delete: 401, perms: 401 }
};

export interface Row {
  list: string;
  /** The item the row is about, where a list has more than one kind (Visit Findings). */
  subject: 'item' | 'draft' | 'sent' | 'request';
  levels: string;
}

// prettier-ignore
export const TABLE: Row[] = [
  //                                                  cllr cllr2 sm hos delegate hos2 officer stranger anon admin
  { list: LIST.councillors,   subject: 'item',    levels: 'R    R     R  R   H        R    E       N        X    F' },
  { list: LIST.teams,         subject: 'item',    levels: 'R    R     R  R   H        R    E       N        X    F' },
  { list: LIST.visits,        subject: 'item',    levels: 'R    R     R  R   H        R    E       N        X    F' },
  { list: LIST.qa,            subject: 'item',    levels: 'R    R     R  R   H        R    E       N        X    F' },
  { list: LIST.schema,        subject: 'item',    levels: 'G    G     G  G   G        G    R       N        X    F' },
  { list: LIST.history,       subject: 'item',    levels: 'R    R     R  R   H        R    E       N        X    F' },
  { list: LIST.corrections,   subject: 'item',    levels: 'R    R     R  R   H        R    E       N        X    F' },
  { list: LIST.settings,      subject: 'item',    levels: 'R    R     R  R   H        R    E       N        X    F' },
  { list: LIST.findings,      subject: 'draft',   levels: 'R    H     H  H   H        H    R       N        X    F' },
  { list: LIST.findings,      subject: 'sent',    levels: 'R    H     R  R   R        H    R       N        X    F' },
  { list: LIST.responses,     subject: 'request', levels: 'R    H     R  R   R        H    R       N        X    F' },
  { list: LIST.conversations, subject: 'item',    levels: 'G    G     G  G   G        G    R       N        X    F' },
  { list: LIST.sendLog,       subject: 'item',    levels: 'G    G     G  G   G        G    R       N        X    F' },
  { list: LIST.audit,         subject: 'item',    levels: 'G    G     G  G   G        G    R       N        X    F' },
  { list: LIST.packResponses, subject: 'item',    levels: 'G    G     G  G   G        G    E       N        X    F' }
];

/**
 * The site itself: a caller with any access reads the web, its users and groups (a delegate holds
 * SharePoint's Limited Access, which includes BrowseUserInfo); the stranger 403, anonymous 401.
 */
export const SITE_PATHS = ['web', 'web/siteusers', 'web/sitegroups'];
// prettier-ignore
export const SITE_LEVELS = 'R R R R R R R N X F';

export const levelOf = (row: Row | string, role: Role): string =>
  (typeof row === 'string' ? row : row.levels).trim().split(/\s+/)[ROLES.indexOf(role)];

/**
 * What a hostile caller writes: Title (a marker, so a write is seen) and fields core owns. No
 * unique field is written, so two writes that succeed never collide on a unique value.
 */
export function hostileFields(list: string, attacker: string): Record<string, unknown> {
  const who = attacker || 'nobody@example.org';
  switch (list) {
    case LIST.councillors:
      return { Active: false, DbsCheckDate: null };
    case LIST.teams:
      return { HeadOfServiceEmail: who, ServiceManagerEmail: who };
    case LIST.visits:
      return {
        Status: 'Reported',
        CouncillorEmails: who,
        BriefingAcknowledgements: `{"${who}":"2025-07-01T09:00:00Z"}`
      };
    case LIST.findings:
      return { Status: 'Submitted', CouncillorEmail: who, QualityStrengths: 'tampered' };
    case LIST.responses:
      return {
        Status: 'Responded',
        ResponderEmail: who,
        Request: 'tampered',
        Response: 'tampered',
        CouncillorReply: 'tampered',
        CouncillorRepliedAt: '2025-07-01T09:00:00Z',
        MoreInfoQuestion: 'tampered',
        MoreInfoAskedAt: '2025-07-01T09:00:00Z'
      };
    case LIST.qa:
      return { Kind: 'Other', Areas: 'tampered' };
    case LIST.schema:
      return { SchemaVersion: 99 };
    case LIST.conversations:
      return { ConversationStatus: 'Uninstalled', ConversationReference: '{"tampered":true}' };
    case LIST.sendLog:
      return { SendState: 'Sent', RecipientEmail: who };
    case LIST.audit:
      return { Actor: who, Detail: 'tampered' };
    case LIST.history:
      return { Statement: 'tampered', SummarisesForms: true };
    case LIST.corrections:
      return { CorrectionAction: 'remove', CorrectedBy: who };
    case LIST.settings:
      return { Settings: '{"tampered":true}', ChangedBy: who };
    case LIST.packResponses:
      return { ServiceResponse: 'tampered', Committee: 'tampered' };
    default:
      return {};
  }
}
