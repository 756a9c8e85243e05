// The findings form in chat, one section per card. Every step saves the draft (core saveDraft),
// so a restart of the bot or the phone loses nothing; the last step shows every answer on a review
// card, and only its Send runs the one core submission path, which then sends the findings to the
// service manager and head of service.
import { getTemplate, validateFindings, type FormTemplate } from '../../core/forms';
import { ConflictError } from '../../core/errors';
import type { Councillor, FormAnswers, Visit } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import {
  completeRecordedSubmission,
  recordSubmission,
  saveDraft,
  submitFindings,
  ValidationError
} from '../../core/services';
import { latestHeldVisitOf } from '../../core/services/visitChoice';
import { AWAITING_FINDINGS, awaitsFindings, HELD, isOnVisit } from '../../core/visitStatus';
import { buildMessageCard, type AdaptiveCardJson, type SectionPayload } from '../cards';
import type { BotDeps, TurnResult } from './deps';
import { receivedCard, reviewCard, sectionCard, staleCardNotice, teamOf, type CardDeps } from './findingsCards';
import { deliverSubmissionNotices } from './notices';
import { afterTheReply, afterTheReplyRuns } from './afterReply';
import { normalizeEmail } from '../../core/email';

/** The visit a councillor most likely means by "findings": their latest one held, still awaiting forms. */
export async function findingsVisit(
  deps: Pick<BotDeps, 'repos' | 'now'>,
  email: string
): Promise<Stored<Visit> | undefined> {
  return latestHeldVisitOf(await deps.repos.visits.query({ statuses: AWAITING_FINDINGS }), email, deps.now());
}

/** Past forms: the councillor's latest visit held that has gone on since findings came back. */
async function latestSentVisit(deps: BotDeps, email: string): Promise<Stored<Visit> | undefined> {
  const visits = await deps.repos.visits.query({ statuses: HELD });
  const now = Date.parse(deps.now());
  return visits
    .filter((v) => v.visitStart && Date.parse(v.visitStart) <= now && isOnVisit(v, email))
    .sort((a, b) => Date.parse(b.visitStart as string) - Date.parse(a.visitStart as string))[0];
}

/** "findings" typed, the reminder's button, or the review card's "Go back and edit": a section of the draft (or "already sent"). */
export async function onFindingsStart(
  deps: BotDeps,
  councillor: Stored<Councillor>,
  visitId?: number,
  sectionId?: string
): Promise<TurnResult> {
  const email = normalizeEmail(councillor.email);
  const visit = visitId
    ? await deps.repos.visits.get(visitId)
    : ((await findingsVisit(deps, email)) ?? (await latestSentVisit(deps, email)));
  const onVisit = !!visit && isOnVisit(visit, email);
  const stored = visit && onVisit ? await deps.repos.findings.find(visit.id, email) : undefined;
  if (!visit || !onVisit || (!visitId && !awaitsFindings(visit.status) && stored?.status !== 'Submitted')) {
    return {
      replies: [
        buildMessageCard({
          title: 'No form to fill in',
          text: 'You have no visit waiting for a findings form. Forms open on the day of the visit.'
        })
      ]
    };
  }
  // Received but interrupted before it was passed on: finish it now rather than wait for the sweep.
  if (stored?.status === 'Submitted' && stored.submission === 'Sending')
    await submitFindings(
      { ...deps.repos, sharing: deps.sharing, now: deps.now, audit: deps.audit, config: deps.config },
      { visitId: visit.id, councillorEmail: email, answers: stored.answers, channel: stored.channel }
    );
  if (stored?.status === 'Submitted')
    return {
      replies: [
        await receivedCard(deps, visit, councillor, stored.submittedAt ?? deps.now(), { alreadyReceived: true })
      ]
    };
  const template = getTemplate(stored?.templateId ?? visit.formTemplate);
  const section = template.sections.find((s) => s.id === sectionId) ?? template.sections[0];
  return {
    replies: [await sectionCard(deps, visit, template, section.id, stored?.answers ?? {}, stored?.etag)]
  };
}

type Step = 'next' | 'back' | 'review' | 'submit';

/** Save, then show the next (or previous) section, or on the last the review card; Send submits. */
export async function onSection(
  deps: CardDeps,
  councillor: Stored<Councillor>,
  payload: SectionPayload,
  step: Step
): Promise<TurnResult> {
  const email = normalizeEmail(councillor.email);
  const visit = await deps.repos.visits.get(payload.visitId);
  const stored = await deps.repos.findings.find(visit.id, email);
  // Read before the save: a write clears the turn's reads, and the next card names the team.
  deps = { ...deps, team: await teamOf(deps, visit) };
  const template = getTemplate(stored?.templateId ?? visit.formTemplate);
  const index = template.sections.findIndex((s) => s.id === payload.sectionId);
  if (index < 0)
    return {
      replies: [],
      card: buildMessageCard({
        title: 'Form changed',
        text: 'This part of the form no longer exists. Type "findings" to open the form again.',
        tone: 'warning'
      })
    };
  // Keys missing from the card (answers too long to edit in chat) keep their stored value.
  const answers: FormAnswers = { ...(stored?.answers ?? {}), ...payload.answers };
  if (stored?.status === 'Submitted') {
    return {
      replies: [],
      card: await receivedCard(deps, visit, councillor, stored.submittedAt ?? deps.now(), {
        alreadyReceived: true,
        ignoredChanges: step === 'submit' && Object.keys(payload.answers).length > 0
      })
    };
  }
  const asSaved = async (notSent: boolean): Promise<TurnResult> => {
    const latest = await deps.repos.findings.find(visit.id, email);
    if (!latest) throw new ConflictError('The draft you opened no longer exists. Type "findings" to start again.');
    const notice = staleCardNotice(latest, notSent);
    const card = await sectionCard(deps, visit, template, payload.sectionId, latest.answers, latest.etag, { notice });
    return { replies: [], card };
  };
  const invalid = async (e: ValidationError): Promise<TurnResult> => ({
    replies: [],
    card: await sectionCard(deps, visit, template, payload.sectionId, answers, payload.etag, e)
  });
  if (step === 'submit') {
    // submitFindings takes no ETag, so a card older than the stored draft (saved since on another
    // device or in SharePoint) would send its stale answers over the newer ones: refuse it instead.
    if (payload.etag && stored && payload.etag !== stored.etag) return asSaved(true);
    try {
      return { replies: [], card: await submit(deps, visit, councillor, answers) };
    } catch (e) {
      if (e instanceof ValidationError) return invalid(e);
      throw e;
    }
  }
  try {
    // The draft's sharing with the councillor after the reply (issue 18): the bot reads it for them
    // meanwhile, and every save shares again, answered from the adapter's memory once done.
    const saved = await saveDraft(
      { ...deps.repos, sharing: deps.sharing, audit: deps.audit },
      { visitId: visit.id, councillorEmail: email, answers, channel: 'Teams', etag: payload.etag ?? stored?.etag },
      { shareLater: true }
    );
    const f = saved.findings;
    const card =
      step === 'review'
        ? await reviewOrErrors(deps, visit, template, payload, f)
        : await sectionCard(deps, visit, template, nextSection(template, index, step).id, f.answers, f.etag);
    if (saved.share) await afterTheReply(deps, 'findings.share', saved.share);
    return { replies: [], card };
  } catch (e) {
    if (e instanceof ValidationError) return invalid(e);
    if (e instanceof ConflictError && stored) return asSaved(false);
    throw e;
  }
}

/** The section after (or before) the one at `index`, within the form. */
function nextSection(template: FormTemplate, index: number, step: Step): FormTemplate['sections'][number] {
  return template.sections[Math.max(0, Math.min(template.sections.length - 1, index + (step === 'back' ? -1 : 1)))];
}

/** The review card, or the step with what would stop the form being sent (a required answer missing). */
async function reviewOrErrors(
  deps: CardDeps,
  visit: Visit,
  template: FormTemplate,
  payload: SectionPayload,
  saved: { answers: FormAnswers; etag: string }
): Promise<AdaptiveCardJson> {
  const check = validateFindings(template, saved.answers, 'submit');
  if (!check.ok)
    return sectionCard(deps, visit, template, payload.sectionId, saved.answers, saved.etag, {
      errors: check.errors,
      warnings: check.warnings
    });
  return reviewCard(deps, visit, template, saved.answers, saved.etag);
}

/**
 * Send: the check and the intent (the form Submitted, 'Sending') before the reply, from the turn's
 * prefetched reads and one write; the completion (sharing, the head of service's request, the visit,
 * 'Complete') and the notices after it. Every later step is idempotent, and the sweep resumes a form
 * left 'Sending' and sends its notices by their keys, so a process that stops in between loses nothing.
 */
async function submit(
  deps: CardDeps,
  visit: Visit,
  councillor: Stored<Councillor>,
  answers: FormAnswers
): Promise<AdaptiveCardJson> {
  const submitDeps = { ...deps.repos, sharing: deps.sharing, audit: deps.audit, now: deps.now, config: deps.config };
  const r = await recordSubmission(submitDeps, {
    visitId: visit.id,
    councillorEmail: normalizeEmail(councillor.email),
    answers,
    channel: 'Teams'
  });
  const card = await receivedCard(deps, visit, councillor, r.findings.submittedAt ?? deps.now(), {
    alreadyReceived: r.already,
    ignoredChanges: r.ignoredChanges,
    escalated: r.escalated,
    passingOn: afterTheReplyRuns(deps)
  });
  await afterTheReply(deps, 'findings.submit', async () => {
    const c = await completeRecordedSubmission(submitDeps, r);
    await deliverSubmissionNotices(deps, c.findings, c.request, c.notices);
  });
  return card;
}
