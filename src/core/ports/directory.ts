// Who the officers are. SharePoint keeps them in a site group (see provision/permissions.ts); the
// services ask through this port so the rule "officers may act on behalf" never needs SharePoint.
export interface OfficerDirectory {
  isOfficer(email: string): Promise<boolean>;
}
