// The bot's turns as plain functions: install, a typed message, a card action. Each finds who is
// speaking from the lists, routes on the verb (never trusting card data for who may act), and turns
// every failure into a card the person can act on. Nothing here throws to the Bot Framework.
import { AccessDeniedError, ConflictError, DomainError } from '../../core/errors';
import { ValidationError } from '../../core/services';
import { readMemo } from '../../core/ports/turnReads';
import {
  buildActionErrorCard,
  buildMessageCard,
  buildUnknownUserCard,
  parseAction,
  VERBS,
  type ActionError,
  type AdaptiveCardJson
} from '../cards';
import { onAcknowledge, onAsk, onBriefingRequest } from './briefingHandlers';
import type { BotDeps, BotUser, TurnResult } from './deps';
import { onFindingsStart, onSection } from './findingsHandlers';
import { onAskCouncillor, onDelegate, onRefresh, onRespond } from './hosHandlers';
import { onCouncillorReply } from './replyHandlers';
import { whoIs, type Person } from './people';
import { prefetchFindingsStart, prefetchFormStep, prefetchMessage, prefetchRequestStep } from './turnPrefetch';

const HELP =
  'Type "briefing" for your next visit\'s briefing, or "findings" to fill in the findings form after a visit.';

const help = (): AdaptiveCardJson => buildMessageCard({ title: 'Frontline Visits', text: HELP });

export function errorCard(e: unknown, log?: (m: string, e: unknown) => void): AdaptiveCardJson {
  if (e instanceof ValidationError)
    return buildMessageCard({
      title: 'Please check your answers',
      text: e.errors.map((m) => m.message).join('\n'),
      tone: 'warning'
    });
  if (e instanceof AccessDeniedError)
    return buildMessageCard({ title: 'Not allowed', text: e.message, tone: 'attention' });
  if (e instanceof ConflictError)
    return buildMessageCard({
      title: 'Changed since this card was shown',
      // The lists' own wording names internal ids ("findings form 5"): never shown to people.
      text: `${/^Someone else changed/.test(e.message) ? 'This was changed after this card was shown, so nothing was saved.' : e.message} Type "findings" or "briefing" to see the latest version.`,
      tone: 'warning'
    });
  if (e instanceof DomainError)
    return buildMessageCard({ title: 'That could not be done', text: e.message, tone: 'warning' });
  log?.('bot turn failed', e);
  return buildMessageCard({
    title: 'Something went wrong',
    text: 'Nothing you typed was lost. Please try again in a moment.',
    tone: 'attention'
  });
}

/** One turn's view of the lists: the handler and core's services share its reads (see turnReads). */
function forTurn(deps: BotDeps): BotDeps {
  const memo = readMemo(deps.repos, deps.formReads);
  return { ...deps, repos: memo.repos, prefetchForm: memo.prefetchForm, prefetch: memo.prefetch };
}

async function guarded(deps: BotDeps, work: () => Promise<TurnResult>, inPlace: boolean): Promise<TurnResult> {
  try {
    return await work();
  } catch (e) {
    const card = errorCard(e, (m, err) => console.error(`[bot] ${m}:`, err));
    return inPlace ? { replies: [], card } : { replies: [card] };
  }
}

/** Installed in a user's personal scope: store where to reach them, and say hello. */
export function onInstall(shared: BotDeps, user: BotUser, reference: string): Promise<TurnResult> {
  const deps = forTurn(shared);
  return guarded(
    deps,
    async () => {
      const person = await whoIs(deps, user);
      if (person.kind === 'unknown') return { replies: [buildUnknownUserCard({ contact: deps.contact })] };
      await deps.conversations.save({
        userEmail: person.email,
        aadObjectId: user.aadObjectId,
        reference,
        status: 'Active',
        updatedAt: deps.now()
      });
      return {
        replies: [
          buildMessageCard({
            title: `Welcome, ${person.name}`,
            text:
              person.kind === 'councillor'
                ? HELP
                : 'You will get findings and requests for a response here when councillors send them.',
            tone: 'good'
          })
        ]
      };
    },
    false
  );
}

export function onMessage(shared: BotDeps, user: BotUser, text: string): Promise<TurnResult> {
  const deps = forTurn(shared);
  return guarded(
    deps,
    async () => {
      // Typed as string, but the wire may carry anything: a non-string text is just not a command.
      const word = (typeof text === 'string' ? text : '')
        .replace(/<[^>]*>/g, '')
        .trim()
        .toLowerCase();
      prefetchMessage(deps, user, word);
      const person = await whoIs(deps, user);
      if (person.kind === 'unknown') return { replies: [buildUnknownUserCard({ contact: deps.contact })] };
      if (person.kind === 'councillor' && word === 'briefing') return onBriefingRequest(deps, person.councillor);
      if (person.kind === 'councillor' && word === 'findings') return onFindingsStart(deps, person.councillor);
      return { replies: [help()] };
    },
    false
  );
}

function councillorOnly(person: Person): Extract<Person, { kind: 'councillor' }> {
  if (person.kind !== 'councillor') throw new AccessDeniedError('Only a councillor on the visit can do that.');
  return person;
}

function knownEmail(person: Person): string {
  if (person.kind === 'unknown')
    throw new AccessDeniedError('We could not match your Teams account to anyone in Frontline Visits.');
  return person.email;
}

/**
 * A card action parseAction refused. Data a person could put right (a blank or too long field) gets
 * a card saying so; an Action.Execute with no verb, an unknown one or data for another verb is not
 * a request this bot takes, and gets the documented invoke error instead (see FrontlineBot), which
 * leaves the card as it was. The Action.Submit fallback has no invoke answer: it always gets a card.
 */
function refused(error: ActionError, inPlace: boolean): TurnResult {
  if (!inPlace || error.code === 'InvalidField') return { replies: [], card: buildActionErrorCard(error) };
  const known = `The card may be out of date: type "help" in the chat to see what you can do. Frontline Visits cards send: ${Object.values(VERBS).join(', ')}.`;
  return { replies: [], refusal: { code: error.code, message: `${error.message} ${known}` } };
}

/** Action.Execute (in place) or the Action.Submit fallback (a new message). */
export function onCardAction(shared: BotDeps, user: BotUser, value: unknown, inPlace: boolean): Promise<TurnResult> {
  const deps = forTurn(shared);
  return guarded(
    deps,
    async () => {
      const parsed = parseAction(value);
      if (!parsed.ok) return refused(parsed.error, inPlace);
      const { verb, data } = parsed.action;
      if (verb === VERBS.findingsStart && 'visitId' in data) prefetchFindingsStart(deps, user, data.visitId);
      prefetchFormStep(deps, user, parsed.action);
      prefetchRequestStep(deps, user, parsed.action);
      const person = await whoIs(deps, user);
      if (person.kind === 'unknown') return { replies: [], card: buildUnknownUserCard({ contact: deps.contact }) };
      const a = parsed.action;
      switch (a.verb) {
        case 'briefing.acknowledge':
          return onAcknowledge(deps, councillorOnly(person).councillor, a.data.visitId);
        case 'briefing.ask':
          return onAsk(deps, councillorOnly(person).councillor, a.data.visitId, a.data.question);
        case 'findings.start': {
          const who = councillorOnly(person).councillor;
          const started = await onFindingsStart(deps, who, a.data.visitId, a.data.sectionId);
          return { replies: [], card: started.replies[0] };
        }
        case 'findings.saveSection':
          return onSection(deps, councillorOnly(person).councillor, a.data, 'next');
        case 'findings.back':
          return onSection(deps, councillorOnly(person).councillor, a.data, 'back');
        case 'findings.review':
          return onSection(deps, councillorOnly(person).councillor, a.data, 'review');
        case 'findings.submit':
          return onSection(deps, councillorOnly(person).councillor, a.data, 'submit');
        case 'hos.respond':
          return onRespond(deps, knownEmail(person), a.data.requestId, a.data.response);
        case 'hos.delegate':
          return onDelegate(deps, knownEmail(person), a.data.requestId, a.data.delegateEmail);
        case 'hos.askCouncillor':
          return onAskCouncillor(deps, knownEmail(person), a.data.requestId, a.data.question);
        case 'hos.refresh':
          return onRefresh(deps, knownEmail(person), a.data.requestId);
        case 'request.reply':
          return onCouncillorReply(deps, councillorOnly(person).councillor.email, a.data.requestId, a.data.reply);
        case 'help':
          return { replies: [], card: help() };
      }
    },
    inPlace
  );
}
