// Who may read a confidential item. Findings forms and head-of-service requests are hidden from
// everyone but officers until shared; the services decide who, an adapter applies it (SharePoint
// item-level permissions). Needs an identity that may manage permissions (the bot, an officer).

export type ShareRole = 'read' | 'contribute';

export interface ShareGrant {
  /** Lower case. */
  email: string;
  role: ShareRole;
}

export interface FindingsSharing {
  /**
   * After the call each named person holds exactly `role` on the findings form (a councillor's
   * contribute on a draft becomes read once the form is sent); people not named are left alone.
   * Idempotent: a retry changes nothing. Returns a line per change made.
   */
  shareFindings(findingsId: number, grants: ShareGrant[]): Promise<string[]>;
  /** The same, for a head-of-service request (Head of Service Responses item). */
  shareRequest(requestId: number, grants: ShareGrant[]): Promise<string[]>;
}

/** One grant per person; contribute wins over read, so merging never takes away the right to answer. */
export function mergeGrants(grants: ShareGrant[]): ShareGrant[] {
  const byEmail = new Map<string, ShareGrant>();
  for (const g of grants) {
    const email = g.email.trim().toLowerCase();
    if (!email) continue;
    const had = byEmail.get(email);
    if (!had || (had.role === 'read' && g.role === 'contribute')) byEmail.set(email, { email, role: g.role });
  }
  return Array.from(byEmail.values());
}
