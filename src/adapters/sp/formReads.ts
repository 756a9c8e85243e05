// FormReads over @pnp/sp: the same repository code on a batched SPFI, so mapping and error
// translation are the repositories' own, sent as one $batch.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import type { FormReads } from '../../core/ports/formReads';
import { mapSpError } from './errors';
import { spRepositories } from './repositories';

type AnyRead = (...args: unknown[]) => Promise<unknown>;

export function spFormReads(sp: SPFI): FormReads {
  return {
    together(reads) {
      const [batched, execute] = sp.batched();
      const repos = spRepositories(batched) as unknown as Record<string, Record<string, AnyRead>>;
      const answers = reads.map((r) => repos[r.repo][r.method](...r.args));
      const failed = execute().then(
        () => new Promise<never>(() => undefined),
        (e: unknown) => mapSpError(e, 'the lists')
      );
      failed.catch(() => undefined);
      return answers.map((a) => Promise.race([a, failed]));
    },
    visitAndForm(visitId, councillorEmail) {
      const [batched, execute] = sp.batched();
      const repos = spRepositories(batched);
      // ListStore issues each request synchronously, so both are in the batch before it is sent.
      const reads = { visit: repos.visits.get(visitId), form: repos.findings.find(visitId, councillorEmail) };
      // When the batch itself fails (SharePoint unreachable), PnPjs rejects only execute() and the
      // reads in it never settle: fail them with the batch's error instead of hanging the save.
      const failed = execute().then(
        () => new Promise<never>(() => undefined),
        (e: unknown) => mapSpError(e, 'the visit and its findings form')
      );
      failed.catch(() => undefined);
      return { visit: Promise.race([reads.visit, failed]), form: Promise.race([reads.form, failed]) };
    }
  };
}
