// THE code path for a councillor sending their findings, used by the SharePoint form web part and
// the Teams bot alike: check, record the intent (Submitted, 'Sending'), then complete it: share with
// the team's managers, ask the head of service to respond to escalated issues, move the visit on,
// mark it 'Complete' (completeSubmission.ts). Every step after the write is idempotent and runs on a
// retry too, so a call repeated after a crash, or the next sweep, completes what was left.
import { DomainError } from '../errors';
import { normaliseAnswers, validateFindings, type FieldMessage } from '../forms';
import type { IsoDateTime, Visit } from '../model';
import { londonDate, formatLondon } from '../time/london';
import { acceptsFindings } from '../visitStatus';
import { assertOnVisit, sameAnswers } from './common';
import { normalizeEmail } from '../email';
import { templateFor } from './draft';
import { ValidationError } from './errors';
import type { SubmitDeps, SubmitInput, SubmitNotice, SubmitResult } from './findingsTypes';
import { completeSubmission } from './completeSubmission';
import { writeSubmitted } from './submitSteps';

export { saveDraft, AlreadySubmittedError } from './draft';
export type {
  DraftDeps,
  DraftInput,
  DraftResult,
  SubmitDeps,
  SubmitInput,
  SubmitNotice,
  SubmitResult
} from './findingsTypes';

/** Findings can be sent once the visit has taken place: booked (or later) and its day has come. */
function assertCanSubmit(visit: Visit, now: IsoDateTime): void {
  if (!acceptsFindings(visit) || !visit.visitStart) {
    throw new DomainError(
      'VisitNotHeld',
      `The visit '${visit.title}' is ${visit.status.toLowerCase()}, not a visit that has taken place, so findings cannot be sent for it.`
    );
  }
  if (londonDate(now) < londonDate(visit.visitStart)) {
    throw new DomainError(
      'VisitNotHeld',
      `The visit '${visit.title}' is on ${formatLondon(visit.visitStart, 'EEEE d MMMM yyyy')}. Findings can be sent from that day.`
    );
  }
}

export async function submitFindings(deps: SubmitDeps, input: SubmitInput): Promise<SubmitResult> {
  const email = normalizeEmail(input.councillorEmail);
  const visit = await deps.visits.get(input.visitId);
  assertOnVisit(visit, email);
  const existing = await deps.findings.find(visit.id, email);
  let template = templateFor(deps, visit, existing);
  const answers = normaliseAnswers(input.answers, template);

  let written = existing?.status === 'Submitted' ? { findings: existing, already: true } : undefined;
  let warnings: FieldMessage[] = [];
  if (!written) {
    const now = deps.now();
    assertCanSubmit(visit, now);
    const check = validateFindings(template, answers, 'submit');
    if (!check.ok) throw new ValidationError(check.errors, check.warnings);
    warnings = check.warnings;
    written = await writeSubmitted(deps, visit, email, existing, answers, input.channel, template, now);
  }
  const findings = written.findings;
  // A form sent before follows its own template and answers, not the ones given now.
  if (written.already) template = templateFor(deps, visit, findings);

  // Once per form: a retry or a second submit records nothing new. Alongside the completion, as
  // neither reads what the other writes (the sweep completes a form whose call stopped, unaudited as before).
  const audited = deps.audit?.record({
    actor: normalizeEmail(input.actorEmail ?? email),
    action: 'findings-submitted',
    list: 'findings',
    targetId: findings.id,
    visitId: visit.id,
    version: 'once',
    at: findings.submittedAt,
    detail: `${email}'s findings sent (${findings.channel}).`
  });
  const [done] = await Promise.all([completeSubmission(deps, visit, findings, template), audited]);

  return {
    outcome: written.already ? 'already-submitted' : 'submitted',
    findings: done.findings,
    request: done.request,
    visit: { id: visit.id, status: done.visit.status, from: visit.status, allSubmitted: done.visit.allSubmitted },
    sharedWith: done.sharedWith,
    requestSharedWith: done.requestSharedWith,
    sharingChanges: done.sharingChanges,
    notices: submissionNotices(email, findings.visitId, findings.id, done.sharedWith, done.request),
    warnings,
    ignoredChanges: written.already && !sameAnswers(answers, findings.answers),
    problems: done.problems
  };
}

/** Stable keys, so a caller that records what it sent sends each message once across retries. */
export function submissionNotices(
  email: string,
  visitId: number,
  findingsId: number,
  readers: { email: string }[],
  request?: { id: number; responderEmail: string }
): SubmitNotice[] {
  const out: SubmitNotice[] = [
    { key: `findings-received:${findingsId}`, kind: 'findings-received', recipientEmail: email, visitId, findingsId }
  ];
  for (const r of readers) {
    if (r.email !== email)
      out.push({
        key: `findings-shared:${findingsId}:${r.email}`,
        kind: 'findings-shared',
        recipientEmail: r.email,
        visitId,
        findingsId
      });
  }
  if (request) {
    out.push({
      key: `response-requested:${request.id}`,
      kind: 'response-requested',
      recipientEmail: request.responderEmail,
      visitId,
      findingsId,
      requestId: request.id
    });
  }
  return out;
}
