// Who the officers are (the definition is core/officers.ts: members of the officers' site group).
// The services ask through this port so the rule "officers may act on behalf" never needs SharePoint.
export interface OfficerDirectory {
  isOfficer(email: string): Promise<boolean>;
}
