// The bot's card actions over the real repositories and the local list server, counted at a proxy in
// front of it as the bench counts (bench/countingProxy.ts): a team, one councillor (Anna) on a visit
// held, her head of service, their conversations, and a runner for the work after each reply.
// Used by cardActionRequests.test.ts and firstSaveShare.test.ts.
import '@pnp/sp/security';
import { startSite, type Site } from '../adapters/sp/harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { botMount, pageLinks } from '../../src/node/bot';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { onCardAction } from '../../src/bot/app/router';
import { answerInputId } from '../../src/bot/cards';
import { FRONTLINE_2025 } from '../../src/core/config';
import type { BotDeps, BotUser } from '../../src/bot/app/deps';
import type { Visit } from '../../src/core/model';
import type { Repositories, Stored } from '../../src/core/ports/repositories';
import { LIST } from '../../src/lists/schema';
import { ROLE, roleDefId } from '../../src/adapters/sp/provision/permissions';
import { sequentialSteps, startCountingProxy, type CountingProxy } from '../kits/countingProxy';
import { afterReplyRunner } from '../../src/bot/app/afterReply';

export const ANNA: BotUser = {
  id: '29:anna',
  aadObjectId: '00000000-0000-4000-8000-0000000000a1',
  email: 'cllr.anna@example.gov.uk'
};
export const HOS: BotUser = {
  id: '29:hos',
  aadObjectId: '00000000-0000-4000-8000-0000000000c3',
  email: 'hos@example.gov.uk'
};

export interface CardActionWorld {
  site: Site;
  proxy: CountingProxy;
  repos: Repositories;
  visit: Stored<Visit>;
  deps: BotDeps;
  /** The runner's failures, by task name. */
  failures: string[];
  /** What reached Teams, by user id. */
  delivered: string[];
}

/** Starts the world; the caller closes it (closeCardActionWorld). */
export async function startCardActionWorld(): Promise<CardActionWorld> {
  const failures: string[] = [];
  const delivered: string[] = [];
  const site = await startSite();
  const proxy = await startCountingProxy(site.url);
  const repos = spRepositories(site.sp());
  const team = await repos.teams.add({
    name: 'Court Team',
    area: 'Cared for Children',
    serviceManagerEmail: 'sm@example.gov.uk',
    headOfServiceEmail: HOS.email as string,
    location: 'Town Hall'
  });
  await repos.councillors.add({
    name: 'Cllr Anna',
    email: ANNA.email as string,
    aadObjectId: ANNA.aadObjectId,
    committees: ['Children and Families Committee'],
    secondVisitVolunteer: false,
    active: true
  });
  const visit = await repos.visits.add({
    title: 'Court Team - July 2025',
    teamId: team.id,
    area: team.area,
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails: [ANNA.email as string],
    committee: 'Children and Families Committee',
    status: 'Visited',
    visitStart: '2025-07-24T09:00:00.000Z',
    formTemplate: 'frontline-2025'
  });
  const deps = botMount(nodeSp(proxy.siteUrl, { kind: 'local', user: LOCAL_ADMIN }), {
    credentials: { appId: '', appPassword: '' },
    links: pageLinks('http://127.0.0.1:4321/form', 'http://127.0.0.1:4321/dashboard'),
    now: () => '2025-07-29T09:00:00.000Z',
    config: FRONTLINE_2025,
    afterReply: afterReplyRunner((task, e) => failures.push(`${task}: ${String(e)}`))
  }).deps;
  // Teams stood in for: the service manager, head of service and councillor have the app.
  deps.messenger = {
    send: async (reference) => {
      delivered.push((JSON.parse(reference) as { user: { id: string } }).user.id);
      return `activity-${delivered.length}`;
    }
  };
  for (const [email, id] of [
    ['sm@example.gov.uk', '29:sm'],
    [HOS.email, HOS.id],
    [ANNA.email, ANNA.id]
  ])
    await deps.conversations.save({
      userEmail: email as string,
      reference: JSON.stringify({ user: { id }, conversation: { id: `a:${id}` } }),
      status: 'Active',
      updatedAt: '2025-07-29T08:00:00.000Z'
    });
  // The request digest PnPjs fetches once per process, before the first write: not a turn's.
  await onCardAction(deps, HOS, { type: 'Action.Execute', verb: 'findings.start', data: { visitId: visit.id } }, true);
  return { site, proxy, repos, visit, deps, failures, delivered };
}

export async function closeCardActionWorld(w: CardActionWorld | undefined): Promise<void> {
  await w?.proxy.close();
  await w?.site.close();
}

/** One card action, and what the list server was asked for it before the reply. */
export async function act(w: CardActionWorld, user: BotUser, verb: string, data: Record<string, unknown>) {
  w.proxy.take();
  const turn = await onCardAction(w.deps, user, { type: 'Action.Execute', verb, data }, true);
  const t = w.proxy.take();
  return { card: JSON.stringify(turn.card), requests: t.requests, steps: sequentialSteps(t.spans), lines: t.lines };
}

/** The bot's work after the reply, awaited (no sleeps): what the list server was asked for it. */
export async function afterTheReply(w: CardActionWorld) {
  await w.deps.afterReply?.idle();
  const t = w.proxy.take();
  return { requests: t.requests, steps: sequentialSteps(t.spans), lines: t.lines };
}

/**
 * The list server's added latency (its fault injection, as the bench's tenant figure uses): with
 * every request held 40 ms, requests the bot starts together are in flight together at the proxy
 * however busy the machine, so the sequential count is the turn's structure, not its scheduling.
 */
export async function listLatency(w: CardActionWorld, ms: number): Promise<void> {
  const r = await fetch(new URL('/_local/faults', w.site.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Frontline-User': LOCAL_ADMIN },
    body: JSON.stringify({ latencyMs: ms })
  });
  if (r.status >= 300) throw new Error(`the list server refused the latency (${r.status})`);
}

export const etagNow = async (w: CardActionWorld): Promise<string> =>
  (await w.repos.findings.find(w.visit.id, ANNA.email as string))!.etag;

/** A section card's data, its inputs named as the cards name them (answer:<question id>). */
export const section = (w: CardActionWorld, sectionId: string, answers: Record<string, string>, etag?: string) => ({
  visitId: w.visit.id,
  sectionId,
  ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [answerInputId(k), v])),
  ...(etag ? { etag } : {})
});

/** Whether Anna's form stopped inheriting, and the roles she holds on it directly ('Read', or a role id). */
export async function annasAccess(w: CardActionWorld): Promise<{ unique: boolean; roles: (number | 'Read')[] }> {
  const sp = w.site.sp();
  const form = (await w.repos.findings.find(w.visit.id, ANNA.email as string))!;
  const item = sp.web.lists.getByTitle(LIST.findings).items.getById(form.id);
  const anna = ((await sp.web.ensureUser(ANNA.email as string)) as unknown as { Id: number }).Id;
  const [info, found] = await Promise.all([
    item.select('HasUniqueRoleAssignments')() as Promise<{ HasUniqueRoleAssignments: boolean }>,
    item.roleAssignments
      .filter(`PrincipalId eq ${anna}`)
      .expand('RoleDefinitionBindings')
      .select('PrincipalId', 'RoleDefinitionBindings/Id')() as Promise<{ RoleDefinitionBindings?: { Id: number }[] }[]>
  ]);
  const read = await roleDefId(sp, ROLE.read);
  const roles = found.flatMap((a) => (a.RoleDefinitionBindings ?? []).map((b) => b.Id)).sort();
  return { unique: info.HasUniqueRoleAssignments, roles: roles.map((id) => (id === read ? 'Read' : id)) };
}
