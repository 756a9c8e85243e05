// THE code path for a councillor sending their findings, used by the SharePoint form web part and
// the Teams bot alike: check, record the intent (Submitted, 'Sending': recordSubmission), then
// complete it (completeRecordedSubmission; the bot replies in between): share with
// the team's managers, ask the head of service to respond to escalated issues, move the visit on,
// mark it 'Complete' (completeSubmission.ts). Every step after the write is idempotent and runs on a
// retry too, so a call repeated after a crash, or the next sweep, completes what was left.
import { DomainError } from '../errors';
import { normaliseAnswers, validateFindings, type FieldMessage, type FormTemplate } from '../forms';
import type { Findings, IsoDateTime, Team, Visit } from '../model';
import type { Stored } from '../ports/repositories';
import { londonDate, formatLondon } from '../time/london';
import { acceptsFindings } from '../visitStatus';
import { assertOnVisit, sameAnswers } from './common';
import { normalizeEmail } from '../email';
import { templateFor } from './draft';
import { ValidationError } from './errors';
import type { SubmitDeps, SubmitInput, SubmitNotice, SubmitResult } from './findingsTypes';
import { completeSubmission } from './completeSubmission';
import { escalationRequest, writeSubmitted } from './submitSteps';

export { saveDraft, shareDraft, AlreadySubmittedError } from './draft';
export type {
  DraftDeps,
  DraftInput,
  DraftOptions,
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

/** What recordSubmission wrote (or found sent before): what completeRecordedSubmission finishes. */
export interface RecordedSubmission {
  input: SubmitInput;
  email: string;
  visit: Stored<Visit>;
  team: Team;
  /** The form as Submitted ('Sending' until completed). */
  findings: Stored<Findings>;
  template: FormTemplate;
  /** Sent before (a retry, the other channel): its own answers stand. */
  already: boolean;
  warnings: FieldMessage[];
  ignoredChanges: boolean;
  /** The head of service will be asked to respond: ensureRequest's rule (escalationRequest), nothing written. */
  escalated: boolean;
}

/**
 * The check and the intent: the form written as Submitted, 'Sending'. Once this returns the
 * submission is durable; completeRecordedSubmission (or, if this process stops, the sweep's
 * resumeSubmissions) does the rest.
 */
export async function recordSubmission(deps: SubmitDeps, input: SubmitInput): Promise<RecordedSubmission> {
  const email = normalizeEmail(input.councillorEmail);
  const visit = await deps.visits.get(input.visitId);
  assertOnVisit(visit, email);
  const [existing, team] = await Promise.all([deps.findings.find(visit.id, email), deps.teams.get(visit.teamId)]);
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
  const asked = escalationRequest(template, findings.answers, team);
  return {
    input,
    email,
    visit,
    team,
    findings,
    template,
    already: written.already,
    warnings,
    ignoredChanges: written.already && !sameAnswers(answers, findings.answers),
    escalated: !!asked && !('problem' in asked)
  };
}

/** Every step after the intent, the audit included (completeSubmission): idempotent, so safe to run again. */
export async function completeRecordedSubmission(deps: SubmitDeps, r: RecordedSubmission): Promise<SubmitResult> {
  const { email, visit, findings } = r;
  const done = await completeSubmission(deps, visit, findings, r.template, r.team, r.input.actorEmail);

  return {
    outcome: r.already ? 'already-submitted' : 'submitted',
    findings: done.findings,
    request: done.request,
    visit: { id: visit.id, status: done.visit.status, from: visit.status, allSubmitted: done.visit.allSubmitted },
    sharedWith: done.sharedWith,
    requestSharedWith: done.requestSharedWith,
    sharingChanges: done.sharingChanges,
    notices: submissionNotices(email, findings.visitId, findings.id, done.sharedWith, done.request),
    warnings: r.warnings,
    ignoredChanges: r.ignoredChanges,
    problems: done.problems
  };
}

/** Both: the whole submission in one call (the findings API, and callers that want it all). */
export async function submitFindings(deps: SubmitDeps, input: SubmitInput): Promise<SubmitResult> {
  return completeRecordedSubmission(deps, await recordSubmission(deps, input));
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
