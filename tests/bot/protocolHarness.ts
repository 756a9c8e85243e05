// Shared by the bot's protocol tests (authorisation, bad input): one seeded local product, the
// capture Bot Connector and the Frontline service, driven as Teams drives the bot: activities
// POSTed to /api/messages whose serviceUrl is the capture connector, which sees every reply and
// proactive message. Same style as e2e.test.ts; not a test file itself.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct, startLocalService, type LocalProduct } from '../../src/node/local';
import { startCaptureConnector, type CaptureConnector } from '../kits/captureConnector';
import type { ServiceHandle } from '../../src/service/app';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../src/adapters/sp/findingsSharing';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { PLAYGROUND_USERS } from '../../src/core/samples/teamsUsers';
import type { Repositories, Stored } from '../../src/core/ports/repositories';
import type { FindingsSharing } from '../../src/core/ports/sharing';
import type { HeadOfServiceRequest, Team, Visit } from '../../src/core/model';
import { LOCAL_COUNCIL_DOMAINS } from '../../src/node/local';
import { delegateRequest, submitFindings } from '../../src/core/services';
import { FRONTLINE_2025 } from '../../src/core/config';
// The card readers live in cardReaders.ts; re-exported so the protocol tests import one module.
export { cardsOf, cardText, markdownTexts, textRuns } from './cardReaders';

export interface Who {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
}

/** A seeded Agents Playground user (councillors carry these Entra ids in the seeded list). */
export function playground(email: string): Who {
  const u = PLAYGROUND_USERS.find((p) => p.email === email);
  if (!u) throw new Error(`${email} is not a Playground user`);
  return { id: u.id, name: u.name, aadObjectId: u.aadObjectId, email: u.email };
}

/** Someone only the capture connector's roster knows (a team contact, a delegate, a stranger). */
export function teamsUser(slug: string, name: string, email: string, n: number): Who {
  return {
    id: `29:${slug}`,
    name,
    email,
    aadObjectId: `0000${n.toString(16).padStart(4, '0')}-0000-4000-8000-00000000000${n % 10}`
  };
}

export interface Reply {
  status: number;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the invoke response, as sent
}

export interface Bot {
  local: LocalProduct;
  capture: CaptureConnector;
  service: ServiceHandle;
  repos: Repositories;
  sharing: FindingsSharing;
  now(): string;
  setNow(iso: string): void;
  activity(who: Who, extra: Record<string, unknown>): Record<string, unknown>;
  post(body: unknown): Promise<Reply>;
  postRaw(body: string | Buffer, contentType?: string): Promise<Reply>;
  install(who: Who): Promise<Reply>;
  say(who: Who, text: string, extra?: Record<string, unknown>): Promise<Reply>;
  /** Action.Execute: the invoke answer's value is the card that replaces the clicked one. */
  act(who: Who, verb: string, data: unknown): Promise<Reply>;
  /** Action.Submit fallback: a message whose value is the card's data with `verb` inside. */
  submit(who: Who, value: unknown): Promise<Reply>;
  close(): Promise<void>;
}

export const chatOf = (who: Who): string => `a:chat-${who.id}`;

/** `via`: the list URL the bot is given, from the list server's (e.g. a counting proxy in front of it). */
export async function startBot(
  startAt: string,
  people: Who[],
  via?: (siteUrl: string) => Promise<string>
): Promise<Bot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bot-'));
  const local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  const capture = await startCaptureConnector();
  for (const u of people)
    capture.addMember({
      id: u.id,
      name: u.name,
      aadObjectId: u.aadObjectId,
      email: u.email,
      userPrincipalName: u.email
    });
  let now = startAt;
  const listUrl = via ? await via(local.server.url) : local.server.url;
  const service = await startLocalService({ server: { url: listUrl } }, { port: 0, now: () => now });
  const sp = nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN });
  const activity = (who: Who, extra: Record<string, unknown>): Record<string, unknown> => ({
    channelId: 'msteams',
    serviceUrl: capture.url,
    id: `act-${Math.random().toString(36).slice(2)}`,
    from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
    recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
    conversation: { id: chatOf(who), conversationType: 'personal', tenantId: 'tenant' },
    channelData: { tenant: { id: 'tenant' } },
    ...extra
  });
  const postRaw = async (body: string | Buffer, contentType = 'application/json'): Promise<Reply> => {
    const r = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body
    });
    const text = await r.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return { status: r.status, json };
  };
  const post = (body: unknown): Promise<Reply> => postRaw(JSON.stringify(body));
  return {
    local,
    capture,
    service,
    repos: spRepositories(sp),
    sharing: spFindingsSharing(sp),
    now: () => now,
    setNow: (iso) => (now = iso),
    activity,
    post,
    postRaw,
    install: (who) => post(activity(who, { type: 'installationUpdate', action: 'add' })),
    say: (who, text, extra = {}) => post(activity(who, { type: 'message', text, ...extra })),
    act: (who, verb, data) =>
      post(
        activity(who, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }
        })
      ),
    submit: (who, value) => post(activity(who, { type: 'message', value })),
    async close() {
      await service.close();
      await capture.close();
      await local.server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

export async function teamNamed(bot: Bot, name: string): Promise<Stored<Team>> {
  const team = (await bot.repos.teams.all()).find((t) => t.name === name);
  if (!team) throw new Error(`No team ${name}`);
  return team;
}

let fixtures = 0;

/** A new Booked visit to `team` (the admin identity writes it, as an officer booking would). */
export async function bookVisit(
  bot: Bot,
  team: Team,
  councillorEmails: string[],
  visitStart: string,
  extra: Partial<Visit> = {}
): Promise<Stored<Visit>> {
  return bot.repos.visits.add({
    title: `${team.name} - fixture ${++fixtures}`,
    teamId: team.id,
    area: team.area,
    visitMonth: visitStart.slice(0, 7),
    visitStart,
    durationMinutes: 180,
    councillorEmails,
    committee: 'Children and Families Committee',
    status: 'Booked',
    pointOfContactEmail: 'officer@example.gov.uk',
    formTemplate: 'frontline-2025',
    ...extra
  });
}

/**
 * Findings sent through the one core path (as the web part's service does) with an escalated
 * issue, so the team's head of service has a request; optionally delegated by them to someone.
 */
export async function escalate(
  bot: Bot,
  visit: Visit,
  councillorEmail: string,
  issue: string,
  delegate?: { from: string; to: string }
): Promise<Stored<HeadOfServiceRequest>> {
  const deps = {
    ...bot.repos,
    sharing: bot.sharing,
    now: bot.now,
    councilDomains: LOCAL_COUNCIL_DOMAINS,
    config: FRONTLINE_2025
  };
  const r = await submitFindings(deps, {
    visitId: visit.id,
    councillorEmail,
    answers: { qualityStrengths: 'Supervision is regular and reflective.', escalationIssues: issue },
    channel: 'SharePoint'
  });
  if (!r.request) throw new Error('the findings raised no request');
  if (!delegate) return r.request;
  return (
    await delegateRequest(deps, { requestId: r.request.id, actorEmail: delegate.from, delegateEmail: delegate.to })
  ).request;
}
