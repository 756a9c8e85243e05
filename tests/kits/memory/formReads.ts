// FormReads (core/ports/formReads.ts) over the in-memory repositories: the same repository calls
// the SharePoint adapter batches, so `together` answers exactly what the repositories would, each
// read with its own outcome. Memory has no round trips to save, so nothing is batched.
import type { FormReads, RepoRead } from '../../../src/core/ports/formReads';
import type { Repositories } from '../../../src/core/ports/repositories';

type AnyRead = (...args: unknown[]) => Promise<unknown>;

export function memoryFormReads(repos: () => Repositories): FormReads {
  return {
    visitAndForm(visitId, councillorEmail) {
      const r = repos();
      return { visit: r.visits.get(visitId), form: r.findings.find(visitId, councillorEmail) };
    },
    together(reads: RepoRead[]) {
      const r = repos() as unknown as Record<string, Record<string, AnyRead>>;
      // As spFormReads: an unknown repository or method is a TypeError, never an answer.
      return reads.map((read) => r[read.repo][read.method](...read.args));
    }
  };
}
