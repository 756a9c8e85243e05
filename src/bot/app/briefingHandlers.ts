// The pre-visit briefing in chat: the card (on demand, or sent by the sweep), "Acknowledge", which
// moves the visit to Briefed, and "Ask a question", forwarded to the visit's point of contact.
import { effectiveDueDate } from '../../core/deadlines';
import { getTemplate } from '../../core/forms';
import type { Councillor, Team, Visit } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import { acknowledgeBriefing, acknowledgedAt } from '../../core/services/briefing';
import { assertOnVisit } from '../../core/services/common';
import { nextVisitOf } from '../../core/services/visitChoice';
import { UPCOMING } from '../../core/visitStatus';
import {
  buildBriefingCard,
  buildMessageCard,
  buildQuestionCard,
  type AdaptiveCardJson,
  type BriefingCardInput
} from '../cards';
import type { BotDeps, TurnResult } from './deps';
import { deliver } from './delivery';
import { textKey } from '../../core/textKey';
import { normalizeEmail } from '../../core/email';

/** The councillor's next booked visit from today, if any (core's choice, over the upcoming rota). */
export async function nextVisit(
  deps: Pick<BotDeps, 'repos' | 'now'>,
  email: string
): Promise<Stored<Visit> | undefined> {
  return nextVisitOf(await deps.repos.visits.query({ statuses: UPCOMING }), email, deps.now());
}

export async function briefingCard(
  deps: Pick<BotDeps, 'repos' | 'config' | 'links' | 'contact'>,
  councillor: Councillor,
  visit: Visit,
  acknowledgedAt?: string,
  question?: BriefingCardInput['question'],
  known?: Stored<Team>
): Promise<AdaptiveCardJson> {
  const team = known ?? (await deps.repos.teams.get(visit.teamId));
  return buildBriefingCard({
    visit,
    team,
    councillor,
    agenda: deps.config.agenda,
    template: getTemplate(visit.formTemplate),
    pointOfContact: visit.pointOfContactEmail ? { email: visit.pointOfContactEmail } : deps.contact,
    visitUrl: deps.links.form(visit.id),
    acknowledgedAt,
    dueAt: effectiveDueDate(visit, deps.config),
    question
  });
}

/** "briefing" typed by a councillor. */
export async function onBriefingRequest(deps: BotDeps, councillor: Stored<Councillor>): Promise<TurnResult> {
  const visit = await nextVisit(deps, normalizeEmail(councillor.email));
  if (!visit) {
    return {
      replies: [
        buildMessageCard({
          title: 'No visit booked',
          text: `You have no booked visit coming up. The officer team (${deps.contact.email}) books visits and will be in touch.`,
          tone: 'default'
        })
      ]
    };
  }
  // Briefed by another councillor on the visit: the button stays until this councillor presses it
  // (core keeps each councillor's acknowledgement on the visit).
  // The team from the teams list the turn already read (router's prefetch), else on its own.
  const team = (await deps.repos.teams.all()).find((t) => t.id === visit.teamId);
  const at = acknowledgedAt(visit, councillor.email);
  return { replies: [await briefingCard(deps, councillor, visit, at, undefined, team)] };
}

export async function onAcknowledge(
  deps: BotDeps,
  councillor: Stored<Councillor>,
  visitId: number
): Promise<TurnResult> {
  const { visit, acknowledgedAt: at } = await acknowledgeBriefing(
    { ...deps.repos, audit: deps.audit, now: deps.now },
    { visitId, councillorEmail: councillor.email }
  );
  return { replies: [], card: await briefingCard(deps, councillor, visit, at) };
}

export async function onAsk(
  deps: BotDeps,
  councillor: Stored<Councillor>,
  visitId: number,
  question: string
): Promise<TurnResult> {
  const visit = await deps.repos.visits.get(visitId);
  assertOnVisit(visit, normalizeEmail(councillor.email));
  const team = await deps.repos.teams.get(visit.teamId);
  const contact = visit.pointOfContactEmail ? { email: normalizeEmail(visit.pointOfContactEmail) } : deps.contact;
  const askedAt = deps.now();
  const input = {
    visit,
    team,
    councillor: { name: councillor.name, email: councillor.email },
    pointOfContact: contact,
    question,
    askedAt,
    visitUrl: deps.links.form(visit.id)
  };
  // Keyed by the question's text: a retried invoke forwards it once; a new question is a new key.
  const outcome = await deliver(
    deps,
    {
      key: textKey(`question:${visit.id}:${normalizeEmail(councillor.email)}`, question),
      recipientEmail: contact.email,
      kind: 'question',
      visitId: visit.id
    },
    () => buildQuestionCard({ ...input, variant: 'forwarded' })
  );
  // The answer replaces the briefing card the question was asked on: the briefing stays, with a
  // note saying the question was sent, or, only when it truly was not, that it was not delivered.
  const delivered = outcome !== 'unreachable' && outcome !== 'failed';
  const at = acknowledgedAt(visit, councillor.email);
  const card = visit.visitStart
    ? await briefingCard(deps, councillor, visit, at, { text: question, askedAt, delivered })
    : delivered
      ? buildQuestionCard({ ...input, variant: 'sent' })
      : buildMessageCard({
          title: 'Question not delivered',
          text: `We could not reach ${contact.email} in Teams. Please e-mail your question to them instead: nothing was lost, it is in the message below.\n\n${question}`,
          tone: 'warning'
        });
  return { replies: [], card };
}
