// The findings form in chat, one section per card. Every step saves the draft (core saveDraft),
// so a restart of the bot or the phone loses nothing; submitting runs the one core submission
// path, then sends the findings to the service manager and head of service.
import { getTemplate, type FormTemplate } from '../../core/forms';
import { ConflictError } from '../../core/errors';
import type { Councillor, FormAnswers, Visit } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import { saveDraft, submitFindings, ValidationError } from '../../core/services';
import { AWAITING_FORMS, latestHeldVisitOf } from '../../core/services/visitChoice';
import {
  buildFindingsReceivedCard,
  buildFindingsSectionCard,
  buildMessageCard,
  type AdaptiveCardJson,
  type SectionPayload
} from '../cards';
import type { BotDeps, TurnResult } from './deps';
import { deliverSubmissionNotices } from './notices';

/** The visit a councillor most likely means by "findings": their latest one held, still awaiting forms. */
export async function findingsVisit(
  deps: Pick<BotDeps, 'repos' | 'now'>,
  email: string
): Promise<Stored<Visit> | undefined> {
  return latestHeldVisitOf(await deps.repos.visits.query({ statuses: AWAITING_FORMS }), email, deps.now());
}

async function sectionCard(
  deps: BotDeps,
  visit: Visit,
  template: FormTemplate,
  sectionId: string,
  answers: FormAnswers,
  etag?: string,
  errors?: ValidationError
): Promise<AdaptiveCardJson> {
  const team = await deps.repos.teams.get(visit.teamId);
  return buildFindingsSectionCard({
    visit,
    team,
    template,
    sectionId,
    answers,
    etag,
    formUrl: deps.links.form(visit.id),
    errors: errors?.errors,
    warnings: errors?.warnings
  });
}

async function receivedCard(
  deps: BotDeps,
  visit: Visit,
  councillor: Councillor,
  submittedAt: string,
  extra: { alreadyReceived?: boolean; ignoredChanges?: boolean; escalated?: boolean }
): Promise<AdaptiveCardJson> {
  const team = await deps.repos.teams.get(visit.teamId);
  const pointOfContact = visit.pointOfContactEmail ? { email: visit.pointOfContactEmail } : deps.contact;
  return buildFindingsReceivedCard({
    visit,
    team,
    councillor: { name: councillor.name, email: councillor.email },
    submittedAt,
    pointOfContact,
    formUrl: deps.links.form(visit.id),
    ...extra
  });
}

/** "findings" typed, or the reminder's button: the first section of the draft (or "already sent"). */
export async function onFindingsStart(
  deps: BotDeps,
  councillor: Stored<Councillor>,
  visitId?: number
): Promise<TurnResult> {
  const email = councillor.email.toLowerCase();
  const visit = visitId ? await deps.repos.visits.get(visitId) : await findingsVisit(deps, email);
  if (!visit || !visit.councillorEmails.some((e) => e.toLowerCase() === email)) {
    return {
      replies: [
        buildMessageCard({
          title: 'No form to fill in',
          text: 'You have no visit waiting for a findings form. Forms open on the day of the visit.'
        })
      ]
    };
  }
  const stored = await deps.repos.findings.find(visit.id, email);
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
  return {
    replies: [await sectionCard(deps, visit, template, template.sections[0].id, stored?.answers ?? {}, stored?.etag)]
  };
}

/** Save, then show the next (or previous) section; on the last, submit. */
export async function onSection(
  deps: BotDeps,
  councillor: Stored<Councillor>,
  payload: SectionPayload,
  step: 'next' | 'back' | 'submit'
): Promise<TurnResult> {
  const email = councillor.email.toLowerCase();
  deps.prefetchForm?.(payload.visitId, email);
  const visit = await deps.repos.visits.get(payload.visitId);
  const stored = await deps.repos.findings.find(visit.id, email);
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
        ignoredChanges: step === 'submit'
      })
    };
  }
  const deps2 = { ...deps.repos, sharing: deps.sharing, audit: deps.audit };
  if (step === 'submit') {
    // submitFindings takes no ETag, so a card older than the stored draft (saved since on another
    // device or in SharePoint) would send its stale answers over the newer ones: refuse it instead.
    if (payload.etag && stored && payload.etag !== stored.etag)
      throw new ConflictError('Your form was changed elsewhere since this card was shown, so it was not sent.');
    try {
      const r = await submitFindings(
        { ...deps2, now: deps.now, config: deps.config },
        { visitId: visit.id, councillorEmail: email, answers, channel: 'Teams' }
      );
      await deliverSubmissionNotices(deps, r.findings, r.request, r.notices);
      return {
        replies: [],
        card: await receivedCard(deps, visit, councillor, r.findings.submittedAt ?? deps.now(), {
          alreadyReceived: r.outcome === 'already-submitted',
          ignoredChanges: r.ignoredChanges,
          escalated: !!r.request
        })
      };
    } catch (e) {
      if (e instanceof ValidationError)
        return {
          replies: [],
          card: await sectionCard(deps, visit, template, payload.sectionId, answers, payload.etag, e)
        };
      throw e;
    }
  }
  try {
    const saved = await saveDraft(deps2, {
      visitId: visit.id,
      councillorEmail: email,
      answers,
      channel: 'Teams',
      etag: payload.etag ?? stored?.etag
    });
    const next =
      template.sections[Math.max(0, Math.min(template.sections.length - 1, index + (step === 'back' ? -1 : 1)))];
    return {
      replies: [],
      card: await sectionCard(deps, visit, template, next.id, saved.findings.answers, saved.findings.etag)
    };
  } catch (e) {
    if (e instanceof ValidationError)
      return {
        replies: [],
        card: await sectionCard(deps, visit, template, payload.sectionId, answers, payload.etag, e)
      };
    throw e;
  }
}
