// One reminder sweep: read the lists once, ask core what is due, send what was not sent before, and
// report. Run by `npm run reminders` and by the bot's timer; any number may run at once, because
// every send claims its key in the send log first (deliver), so each message goes out once. Sends
// go to several conversations at once, each conversation's in planned order (sweepSend.ts), all
// through one rate limiter.
import type { IsoDateTime } from '../../core/model';
import { SUBMISSION_LOOKBACK_DAYS } from '../../core/notices/visitChanges';
import { dueNotifications, dueResponseNotifications } from '../../core/reminders';
import { resumeSubmissions } from '../../core/services/completeSubmission';
import type { AdaptiveCardJson } from '../cards';
import type { BotDeps, Messenger } from './deps';
import type { RateLimiter } from './rateLimiter';
import { answerMessages } from './sweepAnswers';
import { goLiveBaseline } from './sweepBaseline';
import { changeMessages } from './sweepChanges';
import { loadSweepData, snapshotRepos, type SweepData } from './sweepData';
import { describeOutsideChange } from '../../core/ports/integrity';
import { reminderMessage, submissionMessages, sweepContext, type PlannedMessage } from './sweepPlan';
import { emptyReport, record, type SweepReport } from './sweepReport';
import { responseMessage } from './sweepResponses';
import { sendPerConversation } from './sweepSend';
import { normalizeEmail } from '../../core/email';

export interface SweepOptions {
  /** Submission notices only for forms submitted within this many days, so the first sweep after deployment does not send history. */
  submissionLookbackDays?: number;
  /**
   * Escalations for visits with no point of contact go to the default point of contact (deps.contact);
   * only without one here; neither: reported as a problem, not sent.
   */
  officerEmail?: string;
  /** How many conversations the sweep sends to at once (default 16); the rate limiter still caps the requests. */
  sendConcurrency?: number;
}

/**
 * Enough sends under way to keep the limiter's overall budget (20 a second) in use when each message
 * also costs list requests (claim, conversation, mark sent: some 100 ms each against SharePoint).
 */
export const DEFAULT_SEND_CONCURRENCY = 16;

export type SweepDeps = BotDeps & {
  limiter: RateLimiter;
  reminderOptions?: SweepOptions;
  /** False once this instance lost the sweep lease (sweepLease.ts): the sweep sends nothing more. */
  leaseHeld?: () => boolean;
};

/** The conversation a stored reference points at: the unit Teams rate-limits (7 a second). */
export function conversationKey(reference: string): string {
  try {
    const id = (JSON.parse(reference) as { conversation?: { id?: unknown } }).conversation?.id;
    return typeof id === 'string' && id ? id : reference;
  } catch {
    return reference;
  }
}

/**
 * Every attempt, retries included, waits for the limiter: a retry is a request to the same
 * conversation too (the messenger makes one HTTP request a send; see botMessenger). Keyed by the
 * conversation rather than the person, which is what Teams counts. The grant is released when the
 * request has finished, so the limiter knows it has arrived wherever it was counted. `priority`:
 * see RateLimiter.acquire.
 */
export function rateLimitedMessenger(inner: Messenger, limiter: RateLimiter, priority?: number): Messenger {
  return {
    async send(reference: string, card: AdaptiveCardJson): Promise<string> {
      const release = await limiter.acquire(conversationKey(reference), priority);
      try {
        return await inner.send(reference, card);
      } finally {
        release();
      }
    }
  };
}

/**
 * Never throws for one message (it is recorded as failed, with the reason in `problems`); throws
 * only when the lists cannot be read at all, which the caller reports as a failed sweep.
 */
export async function runSweep(deps: SweepDeps, now: IsoDateTime): Promise<SweepReport> {
  const started = Date.now();
  if (Number.isNaN(Date.parse(now))) throw new RangeError(`The sweep's time '${now}' is not a date and time.`);
  const options = deps.reminderOptions ?? {};
  const report = emptyReport(now, deps.instanceId);
  // Submissions cut short (a crash, faults beyond the retries) are completed first, so their visits
  // have moved on and their cards go out below with everything else.
  const resumed = await resumeSubmissions({
    ...deps.repos,
    sharing: deps.sharing,
    audit: deps.audit,
    now: deps.now,
    integrity: deps.integrity,
    config: deps.config
  });
  report.resumed.push(...resumed.completed);
  report.problems.push(...resumed.problems);
  const loaded = await loadSweepData(deps.repos, now, options.submissionLookbackDays ?? SUBMISSION_LOOKBACK_DAYS);
  const data = await withoutOutsideChanges(deps, loaded, report.problems);
  const ctx = sweepContext(data, now);
  const input = {
    visits: data.visits,
    submitted: data.findings,
    config: deps.config,
    now,
    // Escalations go to the visit's point of contact, else the settings' default (deps.contact, as
    // questions from the briefing do), else the configured officer.
    officerEmail: deps.contact.email.trim() || options.officerEmail || undefined
  };

  // Core wants the keys already sent. Rather than claiming every candidate (a write and a read each,
  // every sweep, for escalations that stay due for weeks), ask core with nothing sent and look its
  // keys up in one read per 100. Core's answer with `sent` is by contract its answer without, less
  // those keys (same order), so it is filtered here rather than computed twice. Claims are only made
  // for messages really to be sent; the claim in deliver still decides races with a concurrent sweep.
  // The site's first sweep records the visits' current state without announcing it (sweepBaseline.ts).
  const live = await goLiveBaseline(deps, changeMessages(ctx));
  const changes = live.send;
  if (live.recorded) report.baseline = live.recorded;
  const submissions = submissionMessages(ctx);
  const answers = answerMessages(ctx);
  const candidates = [
    ...dueNotifications({ ...input, sent: new Set() }),
    ...dueResponseNotifications({ ...input, requests: data.openRequests, sent: new Set() })
  ];
  const lookup = [
    ...candidates.map((n) => n.key),
    ...changes.flatMap((m) => [m.key, ...(m.unless ?? [])]),
    ...submissions.map((m) => m.key),
    ...answers.map((m) => m.key)
  ];
  const sent = await deps.sendLog.sentAmong(unique(lookup));
  const due = candidates.filter((n) => !sent.has(n.key));

  for (const n of candidates)
    if (sent.has(n.key))
      record(report, {
        key: n.key,
        kind: n.kind,
        recipientEmail: n.recipientEmail,
        visitId: n.visitId,
        outcome: 'already-sent'
      });
  const reminders = due
    .map((n) => ('requestId' in n ? responseMessage(ctx, n) : reminderMessage(ctx, n)))
    .filter((m): m is PlannedMessage => !!m);
  const dueKeys = new Set(due.map((n) => n.key));
  // Change notices first: a visit moved into its briefing window gets "rearranged", then the briefing.
  // Answers and delegations last: those taken on the form page (or whose send failed) get their cards here.
  const messages = [...changes, ...reminders, ...submissions, ...answers];

  const sendDeps: BotDeps = { ...deps, repos: snapshotRepos(deps.repos, data) };
  // Already sent, or not to be sent (`unless`): decided here from the send log read above, in order.
  const toSend = messages.filter((m) => !sent.has(m.key) && !m.unless?.some((k) => sent.has(k) || dueKeys.has(k)));
  const { outcomes, stopped } = await sendPerConversation(
    toSend,
    (m) => normalizeEmail(m.recipientEmail),
    // A conversation with more left to send goes first for the overall budget (rateLimiter.ts).
    (m, remaining) => m.send({ ...sendDeps, messenger: rateLimitedMessenger(deps.messenger, deps.limiter, remaining) }),
    { concurrency: options.sendConcurrency ?? DEFAULT_SEND_CONCURRENCY, mayStart: deps.leaseHeld }
  );
  // Recorded in the planned order, whatever order the sends finished in.
  const outcomeOf = new Map(toSend.map((m, i) => [m, outcomes[i]]));
  for (const m of messages) {
    const result = { key: m.key, kind: m.kind, recipientEmail: m.recipientEmail, visitId: m.visitId };
    if (sent.has(m.key)) record(report, { ...result, outcome: 'already-sent' });
    const outcome = outcomeOf.get(m);
    if (!outcome) continue;
    if (outcome.ok) record(report, { ...result, outcome: outcome.value });
    else {
      // A list write that failed mid-send, or a bug: recorded; the other sends went on.
      const e = outcome.error;
      report.problems.push(`${m.key}: ${e instanceof Error ? e.message : String(e)}`);
      record(report, { ...result, outcome: 'failed' });
    }
  }
  if (stopped)
    report.problems.push(
      'The sweep lease was lost (another instance sweeps now): the rest is left for the next sweep.'
    );
  report.problems.unshift(...ctx.problems);
  report.durationMs = Date.now() - started;
  return report;
}

/**
 * A sent form last changed by someone other than the service (a site owner's hand edit, a form typed
 * into the list) is never passed on to the service manager and head of service: it is reported.
 */
async function withoutOutsideChanges(deps: SweepDeps, data: SweepData, problems: string[]): Promise<SweepData> {
  if (!deps.integrity || !data.recentSubmissions.length) return data;
  const outside = await deps.integrity.outsideChanges(
    'findings',
    data.recentSubmissions.map((f) => f.id)
  );
  if (!outside.length) return data;
  for (const c of outside) {
    const line = `${describeOutsideChange(c)} Its findings were not sent on.`;
    if (!problems.some((p) => p.startsWith(describeOutsideChange(c)))) problems.push(line);
  }
  const flagged = new Set(outside.map((c) => c.id));
  return { ...data, recentSubmissions: data.recentSubmissions.filter((f) => !flagged.has(f.id)) };
}

function unique(keys: string[]): string[] {
  return Array.from(new Set(keys));
}
