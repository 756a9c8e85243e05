// The findings form's cards as the handlers build them: each with the visit's team, the form's due
// date (core's effectiveDueDate over the process config the deps carry) and the SharePoint link.
import { effectiveDueDate } from '../../core/deadlines';
import { validateFindings, type FieldMessage, type FormTemplate } from '../../core/forms';
import type { Councillor, Findings, FormAnswers, Team, Visit } from '../../core/model';
import {
  buildFindingsReceivedCard,
  buildFindingsReviewCard,
  buildFindingsSectionCard,
  type AdaptiveCardJson
} from '../cards';
import type { BotDeps } from './deps';

/** A turn's deps, with the visit's team when the turn read it before a write (a write clears the turn's reads). */
export type CardDeps = BotDeps & { team?: Team };

/**
 * The visit's team: the one the turn already holds, else from the teams list (a small list the
 * turn's first $batch may already have read: router prefetch), else by id (its own not-found).
 */
export async function teamOf(deps: CardDeps, visit: Visit): Promise<Team> {
  if (deps.team) return deps.team;
  return (await deps.repos.teams.all()).find((t) => t.id === visit.teamId) ?? deps.repos.teams.get(visit.teamId);
}

/** Child-identifier warnings on the whole form: never blocking, shown on every card until put right. */
export function formWarnings(template: FormTemplate, answers: FormAnswers): FieldMessage[] {
  return validateFindings(template, answers, 'draft').warnings;
}

export async function sectionCard(
  deps: CardDeps,
  visit: Visit,
  template: FormTemplate,
  sectionId: string,
  answers: FormAnswers,
  etag?: string,
  more: { errors?: readonly FieldMessage[]; warnings?: readonly FieldMessage[]; notice?: string } = {}
): Promise<AdaptiveCardJson> {
  const team = await teamOf(deps, visit);
  return buildFindingsSectionCard({
    visit,
    team,
    template,
    sectionId,
    answers,
    etag,
    dueAt: effectiveDueDate(visit, deps.config),
    formUrl: deps.links.form(visit.id),
    errors: more.errors,
    warnings: more.warnings ?? formWarnings(template, answers),
    notice: more.notice
  });
}

export async function reviewCard(
  deps: CardDeps,
  visit: Visit,
  template: FormTemplate,
  answers: FormAnswers,
  etag?: string
): Promise<AdaptiveCardJson> {
  const team = await teamOf(deps, visit);
  return buildFindingsReviewCard({
    visit,
    team,
    template,
    answers,
    warnings: formWarnings(template, answers),
    etag,
    dueAt: effectiveDueDate(visit, deps.config),
    formUrl: deps.links.form(visit.id)
  });
}

export async function receivedCard(
  deps: CardDeps,
  visit: Visit,
  councillor: Councillor,
  submittedAt: string,
  extra: { alreadyReceived?: boolean; ignoredChanges?: boolean; escalated?: boolean; passingOn?: boolean }
): Promise<AdaptiveCardJson> {
  const team = await teamOf(deps, visit);
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

/**
 * Why a card's ETag no longer matches, in plain words and without internal ids. Only the councillor
 * saves their form from Teams (the bot checks who clicks), so a newer Teams save is their own card.
 */
export function staleCardNotice(stored: Pick<Findings, 'channel'>, notSent = false): string {
  const lead =
    stored.channel === 'Teams'
      ? 'This card is older than your last save; here is the form as saved.'
      : 'Your form was saved in SharePoint after this card was shown; here is the form as saved there.';
  return notSent ? `${lead} Nothing was sent: check it, then send it again.` : lead;
}
