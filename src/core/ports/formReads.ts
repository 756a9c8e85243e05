// The two reads every form save starts with (the visit, for core's rules, and the form, for its
// ETag), in one round trip where the store can: SharePoint's $batch. Each read keeps its own
// outcome, so a missing visit is still a "not found" and the form's absence is still undefined.
import type { Findings, Visit } from '../model';
import type { Repositories, Stored } from './repositories';

/** One repository read by name and arguments, e.g. `{ repo: 'teams', method: 'all', args: [] }`. */
export interface RepoRead {
  repo: keyof Repositories;
  method: string;
  args: unknown[];
}

export interface FormReads {
  visitAndForm(
    visitId: number,
    councillorEmail: string
  ): { visit: Promise<Stored<Visit>>; form: Promise<Stored<Findings> | undefined> };
  /**
   * Independent reads a turn will make, sent together in one round trip: one answer per read, in
   * order, each settling as that read alone would (its own not-found, its own mapping).
   */
  together?(reads: RepoRead[]): Promise<unknown>[];
}
