// The steps of submitFindings after validation. Each is idempotent (a keyed create, a share that
// leaves present grants alone, a status move that is a no-op once made), so re-running the whole
// submission after a crash at any step converges instead of duplicating.
import { responseDueDate } from '../deadlines';
import { ConflictError } from '../errors';
import { escalationText, type FormTemplate } from '../forms';
import type {
  Channel,
  Findings,
  FormAnswers,
  HeadOfServiceRequest,
  IsoDateTime,
  Team,
  Visit,
  VisitStatus
} from '../model';
import type { Stored } from '../ports/repositories';
import { readers, type ShareGrant } from '../ports/sharing';
import { transitionVisit } from '../visitLifecycle';
import { sameAnswers } from './common';
import { councillorsOf } from '../visitStatus';
import { normalizeEmail } from '../email';
import { formTitle, shareDraft } from './draft';
import type { SubmitDeps } from './findingsTypes';

const DEFAULT_ATTEMPTS = 4;

export const attemptsOf = (deps: SubmitDeps): number => Math.max(1, deps.maxAttempts ?? DEFAULT_ATTEMPTS);

/** Writes the form as Submitted. `already` is true when it turns out to have been sent before. */
export async function writeSubmitted(
  deps: SubmitDeps,
  visit: Visit,
  email: string,
  existing: Stored<Findings> | undefined,
  answers: FormAnswers,
  channel: Channel,
  template: FormTemplate,
  submittedAt: IsoDateTime
): Promise<{ findings: Stored<Findings>; already: boolean }> {
  // The intent, recorded first: 'Sending' until every later step has run (completeSubmission).
  const changes = {
    status: 'Submitted' as const,
    submission: 'Sending' as const,
    submittedAt,
    answers,
    channel,
    templateId: template.id
  };
  let current = existing;
  for (let attempt = 1; attempt <= attemptsOf(deps); attempt++) {
    if (!current) {
      // Created as a draft and shared with its author before the intent is recorded, so whatever
      // happens next the councillor can always see their form: a draft to send again, or 'Sending'.
      const draft = {
        visitId: visit.id,
        councillorEmail: email,
        status: 'Draft' as const,
        answers,
        channel,
        templateId: template.id
      };
      const created = await deps.findings.create(draft, await formTitle(deps, visit, email));
      // A keyed create returns a form that already existed: sent (by a lost earlier try, or the
      // other channel) or a draft saved meanwhile, which is then sent below.
      if (created.status === 'Submitted') return { findings: created, already: !sameAnswers(created.answers, answers) };
      await shareDraft(deps, created);
      current = created;
      continue;
    }
    try {
      return { findings: await deps.findings.update(current, changes), already: false };
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      // A draft saved from the other channel meanwhile: re-read, and never overwrite a sent form.
      current = await deps.findings.find(visit.id, email);
      if (current?.status === 'Submitted') return { findings: current, already: true };
    }
  }
  throw new ConflictError('The form kept changing while it was being sent. Please try again.');
}

/** Readers of a sent form: the councillor, the team's service manager and head of service. */
export function findingsGrants(email: string, team: Team): ShareGrant[] {
  return readers(email, team.serviceManagerEmail, team.headOfServiceEmail);
}

/** Readers of the request and its answer: the same people. The head of service answers through the service. */
export function requestGrants(email: string, team: Team): ShareGrant[] {
  return readers(team.headOfServiceEmail, email, team.serviceManagerEmail);
}

/**
 * Whether (and whom) a sent form asks the head of service: the escalated text and its responder,
 * a problem (the team names no head of service), or undefined when nothing is escalated. Writes
 * nothing: ensureRequest acts on it, and a reply can say beforehand whether the request will be made.
 */
export function escalationRequest(
  template: FormTemplate,
  answers: FormAnswers,
  team: Team
): { text: string; responder: string } | { problem: string } | undefined {
  const text = escalationText(template, answers);
  if (!text) return undefined;
  const responder = normalizeEmail(team.headOfServiceEmail);
  if (!responder)
    return {
      problem: `The team '${team.name}' has no head of service e-mail, so the escalated issues were not sent. Add it to the Teams list, then send the form again.`
    };
  return { text, responder };
}

/** Creates (or finds) the head-of-service request when the form escalates anything. */
export async function ensureRequest(
  deps: SubmitDeps,
  findings: Stored<Findings>,
  template: FormTemplate,
  team: Team,
  problems: string[]
): Promise<Stored<HeadOfServiceRequest> | undefined> {
  const asked = escalationRequest(template, findings.answers, team);
  if (!asked) return undefined;
  if ('problem' in asked) {
    problems.push(asked.problem);
    return undefined;
  }
  // The submission time, so a retried create carries the same values as the first.
  const requestedAt = findings.submittedAt ?? deps.now();
  return deps.requests.create({
    findingsId: findings.id,
    visitId: findings.visitId,
    responderEmail: asked.responder,
    status: 'Requested',
    request: asked.text,
    requestedAt,
    responseDueDate: responseDueDate(requestedAt, deps.config)
  });
}

// How far along a visit is: findings never move it backwards.
const RANK: Partial<Record<VisitStatus, number>> = {
  Booked: 0,
  Briefed: 0,
  Visited: 1,
  FindingsReturned: 2,
  Responded: 3,
  Reported: 4
};

/** The steps from `from` to `to` (Booked -> Visited -> FindingsReturned); [] when there or beyond. */
export function stepsTo(from: VisitStatus, to: 'Visited' | 'FindingsReturned'): VisitStatus[] {
  const at = RANK[from];
  if (at === undefined) return [];
  return (['Visited', 'FindingsReturned'] as const).filter(
    (s) => (RANK[s] as number) > at && (RANK[s] as number) <= (RANK[to] as number)
  );
}

/**
 * Moves the visit to Visited, or to FindingsReturned once every councillor on it has sent a form.
 * On a stale ETag it re-reads and tries again; it never overwrites someone else's change.
 */
export async function advanceVisit(
  deps: SubmitDeps,
  visit: Stored<Visit>,
  problems: string[]
): Promise<{ visit: Stored<Visit>; allSubmitted: boolean }> {
  let current = visit;
  for (let attempt = 1; ; attempt++) {
    const forms = await deps.findings.forVisit(current.id);
    const sent = new Set(forms.filter((f) => f.status === 'Submitted').map((f) => normalizeEmail(f.councillorEmail)));
    const required = councillorsOf(current);
    const allSubmitted = required.length > 0 && required.every((e) => sent.has(e));
    const steps = stepsTo(current.status, allSubmitted ? 'FindingsReturned' : 'Visited');
    if (!steps.length) return { visit: current, allSubmitted };
    const moved = steps.reduce((v, s) => transitionVisit(v, s), current as Visit);
    try {
      return { visit: await deps.visits.update(current, { status: moved.status }), allSubmitted };
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      if (attempt >= attemptsOf(deps)) {
        problems.push(
          `The visit '${current.title}' kept changing, so its status was left at ${current.status}. Send the form again, or an officer can update the visit.`
        );
        return { visit: current, allSubmitted };
      }
      current = await deps.visits.get(current.id);
    }
  }
}
