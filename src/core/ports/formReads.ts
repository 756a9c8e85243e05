// The two reads every form save starts with (the visit, for core's rules, and the form, for its
// ETag), in one round trip where the store can: SharePoint's $batch. Each read keeps its own
// outcome, so a missing visit is still a "not found" and the form's absence is still undefined.
import type { Findings, Visit } from '../model';
import type { Stored } from './repositories';

export interface FormReads {
  visitAndForm(
    visitId: number,
    councillorEmail: string
  ): { visit: Promise<Stored<Visit>>; form: Promise<Stored<Findings> | undefined> };
}
