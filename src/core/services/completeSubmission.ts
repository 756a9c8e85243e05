// The steps of a submission after its intent is recorded (the form written as Submitted, 'Sending'):
// share the form with the team's managers, ask the head of service to respond to escalated issues,
// move the visit on, and mark the form 'Complete'. Every step is idempotent, so whichever step
// failed or crashed, the next retry of the submission or the next sweep (resumeSubmissions) runs
// them all again and finishes, with nothing duplicated. The audit entry is written here too, once
// per form, so a form the sweep finishes is audited as well.
import { ConflictError } from '../errors';
import type { FormTemplate } from '../forms';
import type { Findings, HeadOfServiceRequest, Team, Visit } from '../model';
import { describeOutsideChange, type IntegrityCheck } from '../ports/integrity';
import type { FindingsRepository, Stored } from '../ports/repositories';
import type { ShareGrant } from '../ports/sharing';
import { normalizeEmail } from '../email';
import { templateFor } from './draft';
import type { SubmitDeps } from './findingsTypes';
import { advanceVisit, ensureRequest, findingsGrants, requestGrants } from './submitSteps';

export interface Completion {
  findings: Stored<Findings>;
  request?: Stored<HeadOfServiceRequest>;
  visit: { status: Visit['status']; allSubmitted: boolean };
  sharedWith: ShareGrant[];
  requestSharedWith: ShareGrant[];
  sharingChanges: string[];
  /** Things an officer must put right; while there are any the form stays 'Sending' and the sweep tries again. */
  problems: string[];
}

export async function completeSubmission(
  deps: SubmitDeps,
  visit: Stored<Visit>,
  findings: Stored<Findings>,
  template: FormTemplate,
  /** The visit's team, when the caller has read it already. */
  known?: Team,
  /** Who sent it (an officer on a councillor's behalf through the API); the councillor by default. */
  actorEmail?: string
): Promise<Completion> {
  const email = normalizeEmail(findings.councillorEmail);
  const problems: string[] = [];
  // Once per form (its key is the form): a retry, or the sweep finishing a form whose call stopped,
  // records nothing new; alongside the rest, as nothing else reads it.
  const audited = deps.audit?.record({
    actor: normalizeEmail(actorEmail ?? email),
    action: 'findings-submitted',
    list: 'findings',
    targetId: findings.id,
    visitId: visit.id,
    version: 'once',
    at: findings.submittedAt,
    detail: `${email}'s findings sent (${findings.channel}).`
  });
  const team = known ?? (await deps.teams.get(visit.teamId));
  const sharedWith = findingsGrants(email, team);
  const requestSharedWith = requestGrants(email, team);
  // The three steps touch different items and none reads what another writes, so they run
  // together (a third of the round trips); 'Complete' is written only after all three succeed.
  const [formChanges, asked, moved] = await Promise.all([
    deps.sharing.shareFindings(findings.id, sharedWith),
    ensureRequest(deps, findings, template, team, problems).then(async (request) => ({
      request,
      changes: request ? await deps.sharing.shareRequest(request.id, requestSharedWith) : []
    })),
    advanceVisit(deps, visit, problems),
    audited
  ]);
  const { request } = asked;
  const sharingChanges = [...formChanges, ...asked.changes];
  const done = problems.length ? findings : await markComplete(deps, findings);
  return {
    findings: done,
    request,
    visit: { status: moved.visit.status, allSubmitted: moved.allSubmitted },
    sharedWith,
    requestSharedWith: request ? requestSharedWith : [],
    sharingChanges,
    problems
  };
}

async function markComplete(deps: SubmitDeps, findings: Stored<Findings>): Promise<Stored<Findings>> {
  let current = findings;
  for (let attempt = 1; current.submission !== 'Complete'; attempt++) {
    try {
      return await deps.findings.update(current, { submission: 'Complete' });
    } catch (e) {
      // Another completion of the same form got there first, or sharing moved the ETag: re-read.
      if (!(e instanceof ConflictError) || attempt >= 4) throw e;
      current = await deps.findings.get(current.id);
    }
  }
  return current;
}

export interface ResumeDeps extends SubmitDeps {
  findings: SubmitDeps['findings'] & Pick<FindingsRepository, 'pendingSubmissions'>;
  /** Without it every pending form is trusted (in-memory stores, where nobody else writes). */
  integrity?: IntegrityCheck;
}

export interface ResumeReport {
  completed: number[];
  /** Forms left 'Sending': changed outside the service, or a step that failed again. */
  problems: string[];
}

/** Completes every submission left 'Sending' (a crash, faults beyond the retries). Never throws for one form. */
export async function resumeSubmissions(deps: ResumeDeps): Promise<ResumeReport> {
  const report: ResumeReport = { completed: [], problems: [] };
  const pending = (await deps.findings.pendingSubmissions()).filter((f) => f.status === 'Submitted');
  if (!pending.length) return report;
  const outside = deps.integrity
    ? await deps.integrity.outsideChanges(
        'findings',
        pending.map((f) => f.id)
      )
    : [];
  for (const findings of pending) {
    const changed = outside.find((c) => c.id === findings.id);
    if (changed) {
      report.problems.push(`${describeOutsideChange(changed)} Its submission was not completed.`);
      continue;
    }
    try {
      const visit = await deps.visits.get(findings.visitId);
      const done = await completeSubmission(deps, visit, findings, templateFor(deps, visit, findings));
      if (done.problems.length) report.problems.push(...done.problems.map((p) => `Findings ${findings.id}: ${p}`));
      else report.completed.push(findings.id);
    } catch (e) {
      report.problems.push(
        `Findings ${findings.id}: its submission could not be completed yet (${e instanceof Error ? e.message : String(e)}); the next sweep tries again.`
      );
    }
  }
  return report;
}
