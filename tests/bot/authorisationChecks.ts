// The authorisation matrix's checks (authorisation.test.ts): a fresh target for each allowed
// one-shot cell, the card data each action sends, and what an allowed or a refused cell must show.
import { LOCAL_COUNCIL_DOMAINS } from '../../src/node/local';
import { askCouncillorForMore, delegateRequest } from '../../src/core/services';
import { bookVisit, chatOf, escalate } from './protocolHarness';
import {
  A,
  ACTOR,
  B,
  D,
  D2,
  H,
  O,
  PAST,
  SM,
  secrets,
  sentTo,
  world,
  type Observed,
  type Role
} from './authorisationWorld';

/** A fresh target for an allowed one-shot cell, so the matrix does not depend on its order. */
export async function freshTarget(action: string, role: Role): Promise<{ visitId?: number; requestId?: number }> {
  const { bot, T } = world;
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

export function dataFor(
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

export async function allowedFailures(
  action: string,
  role: Role,
  t: { visitId: number; requestId: number },
  data: Record<string, unknown>,
  o: Observed
): Promise<string[]> {
  const { bot, T, V, W, F } = world;
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

export function refusalFailures(
  action: string,
  role: Role,
  o: Observed,
  before: Map<string, string>,
  after: Map<string, string>
): string[] {
  const { T, V } = world;
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
