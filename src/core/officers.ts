// Who is an officer: the one definition. An officer is a member of the officers' site group
// (OFFICERS_GROUP, created by provisioning with Edit on the site and Read on the confidential lists),
// matched by e-mail. The group is the source of truth: adding someone to it in SharePoint is all it
// takes. Everything asks through core's OfficerDirectory port (ports/directory.ts) or, in the form
// web part, whether the signed-in user's groups include it (adapters/sp/officers.ts implements both
// with this file's rules).
//
// The rota web part gates scheduling on SharePoint's Manage Lists permission instead, read from the
// page without a request. That is the same people: the group's Edit role carries Manage Lists, so
// every officer passes it; site owners pass it too, and may edit the lists anyway, but they are not
// officers to the service, the bot or the form unless they are in the group.
import { normalizeEmail } from './email';
import { SetupError } from './errors';

/** The officers' site group's name, as provisioning creates it. */
export const OFFICERS_GROUP = 'Frontline Visits Officers';

/** Whether `email` is an officer, given the officers group's members' e-mails (any case). */
export function isOfficerAmong(members: Iterable<string | undefined>, email: string | undefined): boolean {
  const wanted = normalizeEmail(email);
  if (!wanted) return false;
  for (const m of members) if (normalizeEmail(m) === wanted) return true;
  return false;
}

/** Whether the signed-in user is an officer, given the titles of the site groups they are in. */
export function officerByGroups(groupTitles: readonly string[], group: string = OFFICERS_GROUP): boolean {
  return groupTitles.some((title) => title === group);
}

/** Officers cannot be told apart without their group: never read as "nobody is an officer". */
export function missingGroup(name: string): SetupError {
  return new SetupError(
    `The site group '${name}' is not on the Frontline site, so officers cannot be told apart: run the set-up again (npm run provision) to create it.`
  );
}
