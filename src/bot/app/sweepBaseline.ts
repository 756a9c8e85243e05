// Going live without announcing history. Visit-change notices are keyed by the visit's state, so
// the first sweep on a site would tell everyone about every upcoming visit booked before the sweep
// was switched on. The first sweep instead records those keys in the Bot Send Log as Sent without
// sending them (a baseline), then marks the log with BASELINE_KEY; a sweep that finds the marker
// (after a restart, or in another process) sends changes as usual. The marker is claimed like any
// message, so two first sweeps at once take one baseline, and a sweep that dies mid-baseline leaves
// a claim that a later sweep takes over once its lease is over.
import type { SendLog } from '../../core/ports/messaging';
import type { BotDeps } from './deps';
import { CLAIM_LEASE_MS } from '../../core/notices/visitChanges';
import type { PlannedMessage } from './sweepPlan';

/** The send-log item that says the sweep has gone live on this site. */
export const BASELINE_KEY = 'sweep-baseline';
export const BASELINE_KIND = 'sweep-baseline';
/** Writes at once while the baseline is recorded (two each: the claim and Sent). */
const PARALLEL = 8;

export interface BaselineOutcome {
  /** The change notices to send in this sweep: all of them once live, none during the baseline. */
  send: PlannedMessage[];
  /** How many notices this sweep recorded without sending (0 once live). */
  recorded: number;
}

type BaselineDeps = Pick<BotDeps, 'sendLog' | 'instanceId' | 'now' | 'claimLeaseMs'>;

/** Records one key as Sent without sending it; a key claimed or sent by another is left alone. */
async function recordSilently(log: SendLog, deps: BaselineDeps, m: PlannedMessage, lease: number): Promise<boolean> {
  const entry = { key: m.key, recipientEmail: m.recipientEmail, kind: m.kind, visitId: m.visitId };
  const claim = await log.claim(entry, `${deps.instanceId} (baseline)`, deps.now(), lease);
  if (!claim.claimed) return false;
  await log.markSent(claim.record, deps.now());
  return true;
}

/**
 * The change notices this sweep may send. Before the site's first baseline, none: their keys are
 * recorded as sent (the baseline) and the marker written last, so a baseline cut short is taken again.
 */
export async function goLiveBaseline(deps: BaselineDeps, changes: PlannedMessage[]): Promise<BaselineOutcome> {
  const marker = await deps.sendLog.get(BASELINE_KEY);
  if (marker?.state === 'Sent') return { send: changes, recorded: 0 };
  const lease = deps.claimLeaseMs ?? CLAIM_LEASE_MS;
  const claim = await deps.sendLog.claim(
    { key: BASELINE_KEY, recipientEmail: '', kind: BASELINE_KIND },
    deps.instanceId,
    deps.now(),
    lease
  );
  if (!claim.claimed) return { send: claim.reason === 'sent' ? changes : [], recorded: 0 };
  const keys = new Set<string>();
  const pending = changes.filter((m) => (keys.has(m.key) ? false : (keys.add(m.key), true)));
  let recorded = 0;
  for (let i = 0; i < pending.length; i += PARALLEL) {
    const done = await Promise.all(
      pending.slice(i, i + PARALLEL).map((m) => recordSilently(deps.sendLog, deps, m, lease))
    );
    recorded += done.filter(Boolean).length;
  }
  await deps.sendLog.markSent(claim.record, deps.now());
  return { send: [], recorded };
}
