// Saving a draft findings form, from the Teams bot or the SharePoint form. Drafts may be partial;
// only the limits apply. A form that has been sent never goes back to a draft.
import { ConflictError, DomainError } from '../errors';
import { normaliseAnswers, validateFindings, type FormTemplate } from '../forms';
import type { Findings, Visit } from '../model';
import type { Stored } from '../ports/repositories';
import { readers } from '../ports/sharing';
import { assertOnVisit, findingsTitle, PRODUCT_TEMPLATES, sameAnswers } from './common';
import { normalizeEmail } from '../email';
import { ValidationError } from './errors';
import type { DraftDeps, DraftInput, DraftOptions, DraftResult } from './findingsTypes';

export class AlreadySubmittedError extends DomainError {
  public constructor(public readonly findings: Stored<Findings>) {
    super(
      'AlreadySubmitted',
      'This form has already been sent, so it cannot be saved as a draft. Ask the officer if something needs correcting.'
    );
    this.name = 'AlreadySubmittedError';
  }
}

/** The template a form follows: its own once it exists (a visit's template may change later). */
export function templateFor(deps: Pick<DraftDeps, 'templates'>, visit: Visit, existing?: Findings): FormTemplate {
  return (deps.templates ?? PRODUCT_TEMPLATES).getTemplate(existing?.templateId ?? visit.formTemplate);
}

export async function formTitle(
  deps: Pick<DraftDeps, 'teams' | 'councillors'>,
  visit: Visit,
  email: string
): Promise<string> {
  const [team, councillor] = await Promise.all([deps.teams.get(visit.teamId), deps.councillors.byEmail(email)]);
  return findingsTitle(visit, team.name, councillor?.name ?? email);
}

/**
 * Who reads a draft: its councillor, read only (they change it through the service, never straight
 * in the list). Idempotent, so it runs at every save: a crash between the write and the share, or a
 * share left to a caller that stopped, is repaired by the next save.
 */
export function shareDraft(deps: Pick<DraftDeps, 'sharing'>, findings: Stored<Findings>): Promise<string[]> {
  return deps.sharing.shareFindings(findings.id, readers(findings.councillorEmail));
}

export async function saveDraft(deps: DraftDeps, input: DraftInput, options: DraftOptions = {}): Promise<DraftResult> {
  const email = normalizeEmail(input.councillorEmail);
  const visit = await deps.visits.get(input.visitId);
  assertOnVisit(visit, email);
  if (visit.status === 'Cancelled') {
    throw new DomainError('VisitCancelled', `The visit '${visit.title}' was cancelled, so it has no findings form.`);
  }
  const existing = await deps.findings.find(visit.id, email);
  if (existing?.status === 'Submitted') throw new AlreadySubmittedError(existing);
  const template = templateFor(deps, visit, existing);
  const answers = normaliseAnswers(input.answers, template);
  const check = validateFindings(template, answers, 'draft');
  if (!check.ok) throw new ValidationError(check.errors, check.warnings, 'draft');

  let findings: Stored<Findings>;
  if (existing) {
    // The councillor's own etag: a save from another device since they loaded it is a conflict.
    const current = input.etag ? { ...existing, etag: input.etag } : existing;
    findings = await deps.findings.update(current, { answers, channel: input.channel });
  } else {
    if (input.etag) throw new ConflictError('The draft you opened no longer exists. Reload the form and try again.');
    const draft: Omit<Findings, 'id'> = {
      visitId: visit.id,
      councillorEmail: email,
      status: 'Draft',
      channel: input.channel,
      templateId: template.id,
      answers
    };
    findings = await deps.findings.create(draft, await formTitle(deps, visit, email));
    // create returns a form someone made meanwhile (the other channel): never turn a sent one back.
    if (findings.status === 'Submitted') throw new AlreadySubmittedError(findings);
    if (!sameAnswers(findings.answers, answers))
      findings = await deps.findings.update(findings, { answers, channel: input.channel });
  }
  const saved = findings;
  const share = (): Promise<string[]> => shareDraft(deps, saved);
  if (!options.shareLater) await share();
  // A councillor's own draft is theirs by its CouncillorEmail; only a save by someone else (an officer
  // entering a form sent by e-mail) needs naming, which keeps a draft save at two list requests.
  const actor = normalizeEmail(input.actorEmail ?? email);
  if (actor !== email) {
    await deps.audit?.record({
      actor,
      action: 'draft-saved',
      list: 'findings',
      targetId: findings.id,
      visitId: visit.id,
      version: findings.etag,
      detail: `Draft of ${email}'s form saved (${input.channel}).`
    });
  }
  return { findings, warnings: check.warnings, ...(options.shareLater ? { share } : {}) };
}
