// Who is talking to the bot, from the lists: a councillor (by Entra object id, then e-mail), a
// team's service manager or head of service, a delegate with a request to answer, an officer, or
// no one the product knows, who gets a polite card and no data.
import type { Councillor, Team } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import type { BotDeps, BotUser } from './deps';
import { normalizeEmail } from '../../core/email';

export type Person =
  | { kind: 'councillor'; email: string; name: string; councillor: Stored<Councillor> }
  | { kind: 'contact'; email: string; name: string; teams: Stored<Team>[]; delegate: boolean }
  | { kind: 'officer'; email: string; name: string }
  | { kind: 'unknown'; name: string };

export async function whoIs(deps: Pick<BotDeps, 'repos' | 'officers'>, user: BotUser): Promise<Person> {
  const { councillors, teams, requests } = deps.repos;
  const byAad = user.aadObjectId ? await councillors.byAadObjectId(user.aadObjectId) : undefined;
  const email = normalizeEmail(byAad?.email ?? user.email);
  const councillor = byAad ?? (email ? await councillors.byEmail(email) : undefined);
  if (councillor && councillor.active !== false)
    return { kind: 'councillor', email: normalizeEmail(councillor.email), name: councillor.name, councillor };
  if (!email) return { kind: 'unknown', name: user.name ?? 'there' };
  const theirs = (await teams.all()).filter((t) =>
    [t.serviceManagerEmail, t.headOfServiceEmail].some((e) => normalizeEmail(e) === email)
  );
  if (theirs.length) return { kind: 'contact', email, name: user.name ?? email, teams: theirs, delegate: false };
  if ((await requests.forResponder(email)).length)
    return { kind: 'contact', email, name: user.name ?? email, teams: [], delegate: true };
  if (await deps.officers.isOfficer(email)) return { kind: 'officer', email, name: user.name ?? email };
  return { kind: 'unknown', name: user.name ?? 'there' };
}
