// The one rule for a visit's committee: it is one of the committees of the process (the site's
// Process Settings, `committees`). The planner, saving a plan and booking all ask here, so the
// message naming the allowed committees is the same wherever a committee is chosen or typed.
import type { ProcessConfig } from './config';
import { DomainError } from './errors';

export type CommitteeConfig = Pick<ProcessConfig, 'committees'>;

/** The committees as a person reads them: `'A' or 'B'`, `'A', 'B' or 'C'`. */
export function committeeList(config: CommitteeConfig): string {
  const quoted = config.committees.map((c) => `'${c}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Whether `committee` is one of the process's committees (exactly, as the list's choices hold it). */
export function isCommittee(committee: unknown, config: CommitteeConfig): committee is string {
  return typeof committee === 'string' && config.committees.indexOf(committee) >= 0;
}

/** Why `committee` cannot be a visit's committee (undefined when it can), naming the allowed ones. */
export function committeeProblem(committee: unknown, config: CommitteeConfig): string | undefined {
  if (isCommittee(committee, config)) return undefined;
  const shown = typeof committee === 'string' && committee.trim() ? `'${committee}'` : '(none)';
  return `committee ${shown} is not one of ${committeeList(config)} (the committees in the Process Settings)`;
}

/** A visit's committee is not one of the process's committees. Nothing was written. */
export class UnknownCommitteeError extends DomainError {
  public constructor(
    public readonly committee: string,
    public readonly allowed: readonly string[],
    what: string
  ) {
    super(
      'UnknownCommittee',
      `${what}: its ${committeeProblem(committee, { committees: [...allowed] }) ?? 'committee is not allowed'}. Choose one of them, or add the committee to the Process Settings first.`
    );
    this.name = 'UnknownCommitteeError';
  }
}

/** Refuses a committee that is not one of the process's committees; `what` names the visit or row. */
export function assertCommittee(committee: unknown, config: CommitteeConfig, what: string): string {
  if (isCommittee(committee, config)) return committee;
  throw new UnknownCommitteeError(typeof committee === 'string' ? committee : '', config.committees, what);
}
