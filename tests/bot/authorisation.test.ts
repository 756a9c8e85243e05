/**
 * @jest-environment node
 */
// The authorisation matrix over the Bot Framework protocol: every card verb and both typed
// commands, by every kind of person, against the seeded lists. Who may act is decided from the
// lists, never from card data: a refused cell must say so, change nothing in the lists and send
// nothing to anyone; an allowed cell must have its effect (fresh fixtures where it is one-shot).
import type { HeadOfServiceRequest, Team, Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { LOCAL_COUNCIL_DOMAINS } from '../../src/node/local';
import { askCouncillorForMore, delegateRequest } from '../../src/core/services';
import {
  bookVisit,
  cardsOf,
  cardText,
  chatOf,
  escalate,
  playground,
  startBot,
  teamNamed,
  teamsUser,
  type Bot,
  type Who
} from './protocolHarness';

jest.setTimeout(300000);

const A = playground('cllr.bennett.wake@example.gov.uk');
const B = playground('cllr.wye@example.gov.uk');
const H2 = teamsUser(
  'hos-cared-for',
  'Head of service, Cared for Children',
  'hos.cared.for.children.and.care.leavers@example.gov.uk',
  6
);
const O = playground('officer@example.gov.uk');
const SM = teamsUser('sm-fostering', 'Service manager, Fostering', 'sm.fostering.team@example.gov.uk', 1);
const H = teamsUser('hos-placements', 'Head of service, Placements', 'hos.placements@example.gov.uk', 2);
const D = teamsUser('deputy-placements', 'Dee Puty', 'deputy.placements@example.gov.uk', 3);
const D2 = teamsUser('second-deputy', 'Second Deputy', 'second.deputy@example.gov.uk', 4);
const U = teamsUser('stranger', 'Stranger', 'stranger@example.org', 5);

const ROLES = ['A', 'B', 'SM', 'H', 'H2', 'D', 'D*', 'O', 'U', 'F'] as const;
type Role = (typeof ROLES)[number];
const LEGEND: Record<Role, string> = {
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
const ACTOR: Record<Role, Who> = { A, B, SM, H, H2, D, 'D*': D, O, U, F: B };
const FORGED = {
  councillorEmail: A.email,
  actorEmail: H.email,
  responderEmail: B.email,
  userEmail: A.email,
  email: A.email,
  aadObjectId: A.aadObjectId,
  from: A.email
};

// y = allowed, . = refused                 A  B  SM H  H2 D  D* O  U  F
const EXPECTED: Record<string, string> = {
  'briefing.acknowledge': /*            */ 'y  .  .  .  .  .  .  .  .  .',
  'briefing.ask': /*                    */ 'y  .  .  .  .  .  .  .  .  .',
  'findings.start': /*                  */ 'y  .  .  .  .  .  .  .  .  .',
  'findings.saveSection': /*            */ 'y  .  .  .  .  .  .  .  .  .',
  'findings.back': /*                   */ 'y  .  .  .  .  .  .  .  .  .',
  'findings.submit': /*                 */ 'y  .  .  .  .  .  .  .  .  .',
  'hos.respond': /*                     */ '.  .  .  y  .  y  .  .  .  .',
  'hos.delegate': /*                    */ '.  .  .  y  .  y  .  .  .  .',
  'hos.askCouncillor': /*               */ '.  .  .  y  .  y  .  .  .  .',
  'hos.refresh': /*                     */ '.  .  .  y  .  y  .  .  .  .',
  'request.reply': /*                   */ 'y  .  .  .  .  .  .  .  .  .',
  help: /*                              */ 'y  y  y  y  y  y  y  y  .  y',
  'text "briefing"': /*                 */ 'y  y  .  .  .  .  .  .  .  y',
  'text "findings"': /*                 */ 'y  y  .  .  .  .  .  .  .  y'
};
type Outcome = 'allowed' | 'refused';
const CELLS = Object.entries(EXPECTED).flatMap(([action, row]) =>
  row
    .split(/\s+/)
    .map((mark, i) => ({ action, role: ROLES[i], expected: (mark === 'y' ? 'allowed' : 'refused') as Outcome }))
);
const results = new Map<string, string>();

let bot: Bot;
let T: Stored<Team>;
let V: Stored<Visit>; // A's booked visit, a week ahead (briefing)
let W: Stored<Visit>; // B's booked visit, today
let F: Stored<Visit>; // A's visit yesterday, awaiting findings
let R: Stored<HeadOfServiceRequest>; // A's escalated issues, for H
let RD: Stored<HeadOfServiceRequest>; // another request, delegated by H to D over the bot
const PAST = (day: number): string => `2025-09-${String(day).padStart(2, '0')}T09:00:00.000Z`;

beforeAll(async () => {
  bot = await startBot('2025-10-01T09:00:00.000Z', [A, B, H2, O, SM, H, D, D2, U]);
  T = await teamNamed(bot, 'Fostering Team');
  const seeded = await bot.repos.visits.query({ statuses: ['Planned'] });
  const planned = (title: string): Stored<Visit> => seeded.find((v) => v.title.startsWith(title)) as Stored<Visit>;
  const book = { status: 'Booked' as const, pointOfContactEmail: O.email };
  V = await bot.repos.visits.update(planned('Fostering Team'), {
    ...book,
    councillorEmails: [A.email],
    visitStart: '2025-10-08T09:00:00.000Z'
  });
  W = await bot.repos.visits.update(planned('North Family Help Teams'), {
    ...book,
    councillorEmails: [B.email],
    visitStart: '2025-10-01T13:00:00.000Z'
  });
  F = await bookVisit(bot, T, [A.email], PAST(30));
  R = await escalate(bot, await bookVisit(bot, T, [A.email], PAST(24)), A.email, 'Is travel time to placements paid?');
  const forD = await escalate(bot, await bookVisit(bot, T, [A.email], PAST(25)), A.email, 'Are agency staff inducted?');
  for (const who of [A, B, H2, O, SM, H, U]) expect((await bot.install(who)).status).toBe(200);
  expect(
    JSON.stringify((await bot.act(H, 'hos.delegate', { requestId: forD.id, delegateEmail: D.email })).json.value)
  ).toContain(D.email);
  RD = await bot.repos.requests.get(forD.id);
  expect(RD).toMatchObject({ status: 'Delegated', responderEmail: D.email });
  await bot.install(D); // D is known now (a request names them), so their chat is stored
  expect(cardText(cardsOf(bot.capture.sent.filter((a) => a.conversationId === chatOf(D))))).toContain('Welcome');
});

afterAll(async () => {
  const pad = (s: string, n: number): string => s.padEnd(n);
  const lines = [pad('action \\ role', 22) + ROLES.map((r) => pad(r, 9)).join('')];
  for (const action of Object.keys(EXPECTED))
    lines.push(pad(action, 22) + ROLES.map((r) => pad(results.get(`${action}|${r}`) ?? 'not run', 9)).join(''));
  lines.push(
    '',
    ...ROLES.map((r) => `${pad(r, 4)} ${LEGEND[r]}`),
    '("!" = the cell did not behave as expected; see its test)'
  );
  console.log(`Authorisation matrix (observed over the Bot Framework protocol)\n${lines.join('\n')}`);
  await bot?.close();
});

/** What the people, visits and requests are, for the unknown user's no-data check. */
const secrets = (): string[] => [
  T.name,
  T.area,
  V.title,
  W.title,
  A.name,
  B.name,
  A.email,
  B.email,
  H.email,
  'travel time'
];

async function snapshot(): Promise<Map<string, string>> {
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

interface Observed {
  status: number;
  text: string;
  json: string;
  /** Sent to any other conversation than the actor's own during the turn. */
  others: { conversationId: string; text: string }[];
}

async function perform(action: string, role: Role, data: Record<string, unknown>): Promise<Observed> {
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

/** A fresh target for an allowed one-shot cell, so the matrix does not depend on its order. */
async function freshTarget(action: string, role: Role): Promise<{ visitId?: number; requestId?: number }> {
  if (action === 'briefing.acknowledge')
    return { visitId: (await bookVisit(bot, T, [A.email], '2025-10-20T09:00:00.000Z')).id };
  if (action === 'findings.submit') return { visitId: (await bookVisit(bot, T, [A.email], PAST(22))).id };
  if (action === 'request.reply') {
    // A request the head of service has asked A about: A may reply to it, once.
    const request = await escalate(
      bot,
      await bookVisit(bot, T, [A.email], PAST(21)),
      A.email,
      `Fresh issue for ${role}`
    );
    const deps = { ...bot.repos, sharing: bot.sharing, now: bot.now, councilDomains: LOCAL_COUNCIL_DOMAINS };
    await askCouncillorForMore(deps, { requestId: request.id, actorEmail: H.email, question: 'Which placements?' });
    return { requestId: request.id };
  }
  if (['hos.respond', 'hos.delegate', 'hos.askCouncillor'].includes(action)) {
    const request = await escalate(
      bot,
      await bookVisit(bot, T, [A.email], PAST(23)),
      A.email,
      `Fresh issue for ${role} ${action}`
    );
    if (role !== 'D') return { requestId: request.id };
    const deps = { ...bot.repos, sharing: bot.sharing, now: bot.now, councilDomains: LOCAL_COUNCIL_DOMAINS };
    return {
      requestId: (await delegateRequest(deps, { requestId: request.id, actorEmail: H.email, delegateEmail: D.email }))
        .request.id
    };
  }
  return {};
}

function dataFor(
  action: string,
  role: Role,
  t: { visitId: number; requestId: number },
  label: string
): Record<string, unknown> {
  const who = ACTOR[role];
  switch (action) {
    case 'briefing.ask':
      return { visitId: t.visitId, question: `Is there parking? (${label})` };
    case 'findings.saveSection':
      return { visitId: t.visitId, sectionId: 'quality', 'answer:qualityStrengths': `Saved by ${label}` };
    case 'findings.back':
      return { visitId: t.visitId, sectionId: 'experience', 'answer:experienceStrengths': `Back by ${label}` };
    case 'findings.submit':
      return {
        visitId: t.visitId,
        sectionId: 'escalation',
        'answer:qualityStrengths': `Sent by ${label}`,
        'answer:escalationIssues': `Escalated by ${label}`
      };
    case 'hos.respond':
      return { requestId: t.requestId, response: `Answered by ${label}` };
    case 'hos.delegate':
      // H hands it to D, D passes it on to D2; everyone else tries to take it for themselves.
      return { requestId: t.requestId, delegateEmail: role === 'H' ? D.email : role === 'D' ? D2.email : who.email };
    case 'hos.askCouncillor':
      return { requestId: t.requestId, question: `Please say more (${label})` };
    case 'hos.refresh':
      return { requestId: t.requestId };
    case 'request.reply':
      return { requestId: t.requestId, reply: `Replied by ${label}` };
    case 'help':
      return {};
    default:
      return { visitId: t.visitId };
  }
}

const sentTo = (o: Observed, who: Who, text: string): boolean =>
  o.others.some((x) => x.conversationId === chatOf(who) && x.text.includes(text));

async function allowedFailures(
  action: string,
  role: Role,
  t: { visitId: number; requestId: number },
  data: Record<string, unknown>,
  o: Observed
): Promise<string[]> {
  const who = ACTOR[role];
  const fail: string[] = [];
  const check = (ok: boolean, what: string): void => void (ok || fail.push(what));
  check(o.status === 200, `status ${o.status}`);
  check(!/Not allowed|don't know you/.test(o.text), `refused: ${o.text.slice(0, 200)}`);
  const request = t.requestId ? await bot.repos.requests.get(t.requestId) : undefined;
  const mine = t.visitId ? await bot.repos.findings.find(t.visitId, A.email) : undefined;
  switch (action) {
    case 'briefing.acknowledge':
      check((await bot.repos.visits.get(t.visitId)).status === 'Briefed', 'visit not Briefed');
      break;
    case 'briefing.ask':
      check(sentTo(o, O, data.question as string), 'question not forwarded to the point of contact');
      check(o.text.includes('Your question has been sent'), 'no confirmation');
      break;
    case 'findings.start':
      check(
        o.json.includes('"verb":"findings.saveSection"') && o.json.includes(`"visitId":${t.visitId}`),
        'no form for the visit'
      );
      break;
    case 'findings.saveSection':
    case 'findings.back': {
      const [key, step] =
        action === 'findings.back' ? ['experienceStrengths', 'Step 1 of 3'] : ['qualityStrengths', 'Step 2 of 3'];
      check(
        mine?.status === 'Draft' && mine.answers[key] === data[`answer:${key}`],
        `draft not saved: ${JSON.stringify(mine?.answers)}`
      );
      check(o.text.includes(step), `not moved to ${step}`);
      break;
    }
    case 'findings.submit':
      check(mine?.status === 'Submitted' && mine.channel === 'Teams', `not submitted: ${mine?.status}`);
      check((await bot.repos.requests.forVisit(t.visitId)).length === 1, 'no request for the head of service');
      check(
        sentTo(o, H, 'Escalated by') && o.others.some((x) => x.conversationId === chatOf(SM)),
        'findings not sent to H and SM'
      );
      break;
    case 'hos.respond':
      check(
        request?.status === 'Responded' && request.response === data.response && request.responderEmail === who.email,
        `not responded: ${JSON.stringify(request)}`
      );
      check(sentTo(o, A, data.response as string), 'answer not sent to the councillor');
      break;
    case 'hos.delegate':
      check(
        request?.status === 'Delegated' && request.responderEmail === data.delegateEmail,
        `not delegated: ${JSON.stringify(request)}`
      );
      if (role === 'H')
        check(sentTo(o, D, 'hos.respond') || sentTo(o, D, 'Response requested'), 'delegate not sent the card');
      break;
    case 'hos.askCouncillor':
      check(request?.status === 'MoreInfoRequested', `status ${request?.status}`);
      check(sentTo(o, A, data.question as string), 'question not sent to the councillor');
      break;
    case 'request.reply':
      check(
        request?.status === 'Requested' && request.councillorReply === data.reply,
        `reply not stored: ${JSON.stringify(request)}`
      );
      check(sentTo(o, H, data.reply as string), 'reply not sent to the head of service');
      break;
    case 'hos.refresh':
      check(
        o.json.includes('"verb":"hos.respond"') && o.text.includes(request?.request ?? '?'),
        'no actionable request card'
      );
      break;
    case 'help':
      check(o.text.includes('Type "briefing"'), 'no help card');
      break;
    default: {
      // Typed commands: the person's own visit, never another's.
      const own = role === 'A' ? (action === 'text "briefing"' ? V : F) : W;
      const verb = action === 'text "briefing"' ? 'briefing.acknowledge' : 'findings.saveSection';
      check(
        o.json.includes(`"verb":"${verb}"`) && o.json.includes(`"visitId":${own.id}`),
        `not their own ${verb} card`
      );
      if (role !== 'A')
        check(
          !o.json.includes(`"visitId":${V.id}`) && !o.json.includes(`"visitId":${F.id}`) && !o.text.includes(T.name),
          "shows A's visit"
        );
    }
  }
  return fail;
}

function refusalFailures(
  action: string,
  role: Role,
  o: Observed,
  before: Map<string, string>,
  after: Map<string, string>
): string[] {
  const fail: string[] = [];
  const check = (ok: boolean, what: string): void => void (ok || fail.push(what));
  check(o.status === 200, `status ${o.status}`);
  if (role === 'U') {
    check(o.text.includes("Sorry, we don't know you yet"), `not the unknown-user card: ${o.text.slice(0, 200)}`);
    for (const s of secrets()) check(!o.text.includes(s) && !o.json.includes(s), `shows an unknown user "${s}"`);
  } else if (action.startsWith('text')) {
    check(o.text.includes('Type "briefing"'), `not the help card: ${o.text.slice(0, 200)}`);
    check(!o.text.includes(V.title) && !o.text.includes(T.name), 'shows visit data');
  } else if (action === 'findings.start' && ACTOR[role] === B) {
    check(
      o.text.includes('No form to fill in') && !o.json.includes('findings.saveSection'),
      `not refused: ${o.text.slice(0, 200)}`
    );
  } else {
    check(o.text.includes('Not allowed'), `no "Not allowed": ${o.text.slice(0, 200)}`);
  }
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
  check(
    changed.length === 0,
    `lists changed: ${changed.map((k) => `${k} ${before.get(k)} -> ${after.get(k)}`).join('; ')}`
  );
  check(o.others.length === 0, `sent to others: ${o.others.map((x) => x.conversationId).join(', ')}`);
  return fail;
}

describe('authorisation matrix: every action by every role', () => {
  it.each(CELLS)('$action by $role: $expected', async ({ action, role, expected }) => {
    const label = `${action} by ${role}`;
    const fresh = expected === 'allowed' ? await freshTarget(action, role) : {};
    const t = {
      visitId: F.id,
      requestId: role === 'D' ? RD.id : R.id,
      ...(action.startsWith('briefing') ? { visitId: V.id } : {}),
      ...fresh
    };
    const data = dataFor(action, role, t, label);
    const before = await snapshot();
    const o = await perform(action, role, data);
    const failures =
      expected === 'allowed'
        ? await allowedFailures(action, role, t, data, o)
        : refusalFailures(action, role, o, before, await snapshot());
    results.set(
      `${action}|${role}`,
      failures.length ? `!${expected === 'allowed' ? 'y' : 'n'}` : expected === 'allowed' ? 'allowed' : 'refused'
    );
    expect(failures).toEqual([]);
  });
});

describe('forged Action.Submit fallbacks (a message whose value names the verb)', () => {
  it.each([
    ['hos.respond', () => ({ verb: 'hos.respond', requestId: R.id, response: 'Forged answer', ...FORGED })],
    [
      'findings.submit',
      () => ({
        verb: 'findings.submit',
        visitId: F.id,
        sectionId: 'escalation',
        'answer:qualityStrengths': 'Forged',
        ...FORGED
      })
    ],
    ['briefing.acknowledge', () => ({ verb: 'briefing.acknowledge', visitId: V.id, ...FORGED })],
    ['request.reply', () => ({ verb: 'request.reply', requestId: R.id, reply: 'Forged reply', ...FORGED })]
  ])('%s by B with A / H claimed in the data is refused and changes nothing', async (_verb, value) => {
    const before = await snapshot();
    const mark = bot.capture.sent.length;
    expect((await bot.submit(B, value())).status).toBe(200);
    const since = bot.capture.sent.slice(mark);
    expect(cardText(cardsOf(since.filter((a) => a.conversationId === chatOf(B))))).toContain('Not allowed');
    expect(since.filter((a) => a.conversationId !== chatOf(B))).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});
