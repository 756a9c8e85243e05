// The authorisation matrix's world (authorisation.test.ts, authorisationForged.test.ts): the people
// and roles, one seeded bot with a week-ahead visit, today's visit, yesterday's visit, a request for
// the head of service and one delegated over the bot; a snapshot of the lists and one performed cell.
import type { HeadOfServiceRequest, Team, Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import {
  bookVisit,
  cardsOf,
  cardText,
  chatOf,
  escalate,
  playground,
  startBot,
  teamNamed,
  teamsUser
} from './protocolHarness';
import type { Bot, Who } from './protocolHarness';

export const A = playground('cllr.bennett.wake@example.gov.uk');
export const B = playground('cllr.wye@example.gov.uk');
export const H2 = teamsUser(
  'hos-cared-for',
  'Head of service, Cared for Children',
  'hos.cared.for.children.and.care.leavers@example.gov.uk',
  6
);
export const O = playground('officer@example.gov.uk');
export const SM = teamsUser('sm-fostering', 'Service manager, Fostering', 'sm.fostering.team@example.gov.uk', 1);
export const H = teamsUser('hos-placements', 'Head of service, Placements', 'hos.placements@example.gov.uk', 2);
export const D = teamsUser('deputy-placements', 'Dee Puty', 'deputy.placements@example.gov.uk', 3);
export const D2 = teamsUser('second-deputy', 'Second Deputy', 'second.deputy@example.gov.uk', 4);
export const U = teamsUser('stranger', 'Stranger', 'stranger@example.org', 5);

export const ROLES = ['A', 'B', 'SM', 'H', 'H2', 'D', 'D*', 'O', 'U', 'F'] as const;
export type Role = (typeof ROLES)[number];
export const LEGEND: Record<Role, string> = {
  A: 'councillor on the visit (Sarah Bennett-Wake)',
  B: 'another councillor (Ben Wye)',
  SM: "the visited team's service manager",
  H: "the visited team's head of service",
  H2: "another area's head of service",
  D: 'delegate, on the request delegated to them',
  'D*': 'the same delegate, on a request not delegated to them',
  O: 'officer (officers group)',
  U: 'unknown Teams user (in no list)',
  F: "B with a forged card: A's visit / H's request ids, plus councillorEmail, actorEmail etc. claiming A and H"
};
export const ACTOR: Record<Role, Who> = { A, B, SM, H, H2, D, 'D*': D, O, U, F: B };
export const FORGED = {
  councillorEmail: A.email,
  actorEmail: H.email,
  responderEmail: B.email,
  userEmail: A.email,
  email: A.email,
  aadObjectId: A.aadObjectId,
  from: A.email
};

export interface World {
  bot: Bot;
  T: Stored<Team>;
  /** A's booked visit, a week ahead (briefing). */
  V: Stored<Visit>;
  /** B's booked visit, today. */
  W: Stored<Visit>;
  /** A's visit yesterday, awaiting findings. */
  F: Stored<Visit>;
  /** A's escalated issues, for H. */
  R: Stored<HeadOfServiceRequest>;
  /** Another request, delegated by H to D over the bot. */
  RD: Stored<HeadOfServiceRequest>;
}
/** Filled by startWorld (in each test file's beforeAll). */
export const world = {} as World;
export const PAST = (day: number): string => `2025-09-${String(day).padStart(2, '0')}T09:00:00.000Z`;

export async function startWorld(): Promise<World> {
  const bot = await startBot('2025-10-01T09:00:00.000Z', [A, B, H2, O, SM, H, D, D2, U]);
  world.bot = bot;
  const T = await teamNamed(bot, 'Fostering Team');
  const seeded = await bot.repos.visits.query({ statuses: ['Planned'] });
  const planned = (title: string): Stored<Visit> => seeded.find((v) => v.title.startsWith(title)) as Stored<Visit>;
  const book = { status: 'Booked' as const, pointOfContactEmail: O.email };
  const V = await bot.repos.visits.update(planned('Fostering Team'), {
    ...book,
    councillorEmails: [A.email],
    visitStart: '2025-10-08T09:00:00.000Z'
  });
  const W = await bot.repos.visits.update(planned('North Family Help Teams'), {
    ...book,
    councillorEmails: [B.email],
    visitStart: '2025-10-01T13:00:00.000Z'
  });
  const F = await bookVisit(bot, T, [A.email], PAST(30));
  const R = await escalate(
    bot,
    await bookVisit(bot, T, [A.email], PAST(24)),
    A.email,
    'Is travel time to placements paid?'
  );
  const forD = await escalate(bot, await bookVisit(bot, T, [A.email], PAST(25)), A.email, 'Are agency staff inducted?');
  for (const who of [A, B, H2, O, SM, H, U]) expect((await bot.install(who)).status).toBe(200);
  expect(
    JSON.stringify((await bot.act(H, 'hos.delegate', { requestId: forD.id, delegateEmail: D.email })).json.value)
  ).toContain(D.email);
  const RD = await bot.repos.requests.get(forD.id);
  expect(RD).toMatchObject({ status: 'Delegated', responderEmail: D.email });
  await bot.install(D); // D is known now (a request names them), so their chat is stored
  expect(cardText(cardsOf(bot.capture.sent.filter((a) => a.conversationId === chatOf(D))))).toContain('Welcome');
  return Object.assign(world, { bot, T, V, W, F, R, RD });
}

/** What the people, visits and requests are, for the unknown user's no-data check. */
export const secrets = (): string[] => {
  const { T, V, W } = world;
  return [T.name, T.area, V.title, W.title, A.name, B.name, A.email, B.email, H.email, 'travel time'];
};

export async function snapshot(): Promise<Map<string, string>> {
  const { bot, V, W, F, R, RD } = world;
  const ids = [V, W, F].map((v) => v.id).concat(R.visitId, RD.visitId);
  const [visits, findings, requests] = await Promise.all([
    bot.repos.visits.query(),
    bot.repos.findings.forVisits(ids),
    bot.repos.requests.forVisits(ids)
  ]);
  const out = new Map<string, string>();
  for (const v of visits.filter((x) => ids.includes(x.id)))
    out.set(`visit ${v.id}`, JSON.stringify([v.status, v.councillorEmails, v.etag]));
  for (const f of findings)
    out.set(`findings ${f.visitId}/${f.councillorEmail}`, JSON.stringify([f.status, f.answers, f.etag]));
  for (const r of requests)
    out.set(`request ${r.id}`, JSON.stringify([r.status, r.response, r.responderEmail, r.councillorReply, r.etag]));
  return out;
}

export interface Observed {
  status: number;
  text: string;
  json: string;
  /** Sent to any other conversation than the actor's own during the turn. */
  others: { conversationId: string; text: string }[];
}

export async function perform(action: string, role: Role, data: Record<string, unknown>): Promise<Observed> {
  const { bot } = world;
  const who = ACTOR[role];
  const mark = bot.capture.sent.length;
  const word = /^text "(\w+)"$/.exec(action)?.[1];
  const forgedText = {
    from: { id: B.id, name: A.name, aadObjectId: B.aadObjectId },
    channelData: { tenant: { id: 'tenant' }, ...FORGED }
  };
  const r = word
    ? await bot.say(who, word, role === 'F' ? forgedText : {})
    : await bot.act(who, action, role === 'F' ? { ...data, ...FORGED } : data);
  const since = bot.capture.sent.slice(mark);
  const cards = [...(word ? [] : [r.json?.value]), ...cardsOf(since.filter((a) => a.conversationId === chatOf(who)))];
  const others = since
    .filter((a) => a.conversationId !== chatOf(who))
    .map((a) => ({ conversationId: a.conversationId, text: cardText(cardsOf([a])) }));
  return {
    status: word ? r.status : r.json?.statusCode,
    text: cards.map(cardText).join('\n'),
    json: JSON.stringify(cards),
    others
  };
}

export const sentTo = (o: Observed, who: Who, text: string): boolean =>
  o.others.some((x) => x.conversationId === chatOf(who) && x.text.includes(text));
