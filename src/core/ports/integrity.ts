// Workflow items (findings forms, head-of-service requests) are written by the service alone. An
// item whose last change was made by anyone else (a site owner editing the list, say) was changed
// outside the service: it is shown to officers and never trusted as a workflow step.
import type { IsoDateTime } from '../model';

export type WorkflowList = 'findings' | 'responses';

export interface OutsideChange {
  list: WorkflowList;
  id: number;
  /** Who made the last change, as the site names them (an e-mail where known). */
  by: string;
  at: IsoDateTime;
  /** The fields that person changed, from the item's version history, where it could be read. */
  fields: string[];
}

export interface IntegrityCheck {
  /** Of the given items, those last changed by someone other than the service. */
  outsideChanges(list: WorkflowList, ids: number[]): Promise<OutsideChange[]>;
}

/** One line an officer can act on. */
export function describeOutsideChange(c: OutsideChange): string {
  const what = c.list === 'findings' ? `Findings form ${c.id}` : `Head-of-service request ${c.id}`;
  const fields = c.fields.length ? ` (${c.fields.join(', ')})` : '';
  return `${what} was changed outside the Frontline service by ${c.by} at ${c.at}${fields}. It is not trusted until an officer checks it.`;
}
