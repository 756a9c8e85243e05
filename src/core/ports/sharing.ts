import { normalizeEmail } from '../email';
// Who may read a confidential item. Findings forms and head-of-service requests are hidden from
// everyone but officers until shared; the services decide who, an adapter applies it (SharePoint
// item-level permissions). Needs an identity that may manage permissions (the service, the bot).
//
// People read; the service writes. A person who can write an item can change every field of it over
// plain REST, bypassing every rule, so the only role this port ever grants is Read: councillors,
// service managers, heads of service and delegates change these items through the service alone.

export type ShareRole = 'read';

export interface ShareGrant {
  /** Lower case. */
  email: string;
  role: ShareRole;
}

export interface FindingsSharing {
  /**
   * After the call each named person can read the findings form and holds no right to change it
   * (a write role left by an earlier release is taken away); people not named are left alone.
   * Idempotent: a retry changes nothing. Returns a line per change made.
   */
  shareFindings(findingsId: number, grants: ShareGrant[]): Promise<string[]>;
  /** The same, for a head-of-service request (Head of Service Responses item). */
  shareRequest(requestId: number, grants: ShareGrant[]): Promise<string[]>;
}

/** A read grant for each address. */
export const readers = (...emails: (string | undefined)[]): ShareGrant[] =>
  mergeGrants(emails.map((email) => ({ email: email ?? '', role: 'read' as const })));

/** One grant per person, lower case, blanks dropped. */
export function mergeGrants(grants: ShareGrant[]): ShareGrant[] {
  const byEmail = new Map<string, ShareGrant>();
  for (const g of grants) {
    const email = normalizeEmail(g.email);
    if (email && !byEmail.has(email)) byEmail.set(email, { email, role: 'read' });
  }
  return Array.from(byEmail.values());
}
