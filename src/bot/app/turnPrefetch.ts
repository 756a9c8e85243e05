// What a turn will read, started up front as one round trip (SharePoint $batch, via turnReads'
// prefetch), so the turn's own reads are answered from it instead of going to the list one after
// another. Only reads, and only the reads the turn makes anyway: who may do what is still decided
// by whoIs and core from these answers, never from the card's data. A read not prefetched (e.g. a
// councillor whose list e-mail differs from their Teams one) simply goes to the list.
import type { RepoRead } from '../../core/ports/formReads';
import { AWAITING_FINDINGS, HELD, UPCOMING } from '../../core/visitStatus';
import { normalizeEmail } from '../../core/email';
import { VERBS, type CardAction } from '../cards';
import type { BotDeps, BotUser } from './deps';

/** Who is asking, as whoIs reads it: by Entra object id, then (if that finds no one) by e-mail. */
function asker(user: BotUser): RepoRead[] {
  const email = normalizeEmail(user.email);
  return [
    ...(user.aadObjectId ? [{ repo: 'councillors' as const, method: 'byAadObjectId', args: [user.aadObjectId] }] : []),
    ...(email ? [{ repo: 'councillors' as const, method: 'byEmail', args: [email] }] : [])
  ];
}

/** The councillor's forms (findings.find is answered from them) and the teams (teams.get likewise). */
function formsAndTeams(user: BotUser): RepoRead[] {
  const email = normalizeEmail(user.email);
  return [
    ...(email ? [{ repo: 'findings' as const, method: 'forCouncillor', args: [email] }] : []),
    { repo: 'teams', method: 'all', args: [] }
  ];
}

/** A typed message: "briefing" (the upcoming rota), "findings" (the visits awaiting forms, then those held). */
export function prefetchMessage(deps: BotDeps, user: BotUser, word: string): void {
  const reads = asker(user);
  if (word === 'briefing')
    reads.push(
      { repo: 'visits', method: 'query', args: [{ statuses: UPCOMING }] },
      { repo: 'teams', method: 'all', args: [] }
    );
  if (word === 'findings')
    reads.push(
      { repo: 'visits', method: 'query', args: [{ statuses: AWAITING_FINDINGS }] },
      { repo: 'visits', method: 'query', args: [{ statuses: HELD }] },
      ...formsAndTeams(user)
    );
  if (reads.length) deps.prefetch?.(reads);
}

/** The findings form opened from a card (the reminder's button, "Go back and edit"): that visit. */
export function prefetchFindingsStart(deps: BotDeps, user: BotUser, visitId: number): void {
  deps.prefetch?.([...asker(user), { repo: 'visits', method: 'get', args: [visitId] }, ...formsAndTeams(user)]);
}

const FORM_STEPS = new Set<string>([
  VERBS.findingsSaveSection,
  VERBS.findingsBack,
  VERBS.findingsReview,
  VERBS.findingsSubmit
]);

/**
 * A findings step (save, back, review, submit): who is asking, the visit, her draft (keyed by the
 * e-mail Teams gave; a councillor listed under another address reads hers on her own) and the
 * teams. Then the step's one write: two round trips a save.
 */
export function prefetchFormStep(deps: BotDeps, user: BotUser, action: CardAction): void {
  if (!FORM_STEPS.has(action.verb) || !('visitId' in action.data)) return;
  const { visitId } = action.data;
  const email = normalizeEmail(user.email);
  deps.prefetch?.([
    ...asker(user),
    { repo: 'visits', method: 'get', args: [visitId] },
    ...(email ? [{ repo: 'findings' as const, method: 'find', args: [visitId, email] }] : []),
    { repo: 'teams', method: 'all', args: [] }
  ]);
}

const REQUEST_STEPS = new Set<string>([VERBS.hosRespond, VERBS.hosDelegate, VERBS.hosAskCouncillor, VERBS.hosRefresh]);

/**
 * A request card action: who is asking (a head of service is no councillor, so both look-ups and
 * the teams list, as whoIs reads them), the request, and for an answer its visit and form.
 */
export function prefetchRequestStep(deps: BotDeps, user: BotUser, action: CardAction): void {
  if (!REQUEST_STEPS.has(action.verb) || !('requestId' in action.data)) return;
  // The answer's card names the request's visit and form (hints only: core reads the request and
  // uses its own ids, so a wrong hint is a read the turn does not use, and the right one goes to the list).
  const hints: { visitId?: number; findingsId?: number } = action.verb === VERBS.hosRespond ? action.data : {};
  deps.prefetch?.([
    ...asker(user),
    { repo: 'teams', method: 'all', args: [] },
    { repo: 'requests', method: 'get', args: [action.data.requestId] },
    ...(hints.visitId ? [{ repo: 'visits' as const, method: 'get', args: [hints.visitId] }] : []),
    ...(hints.findingsId ? [{ repo: 'findings' as const, method: 'get', args: [hints.findingsId] }] : [])
  ]);
}
