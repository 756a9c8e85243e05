// The IntegrityCheck port (core/ports/integrity.ts) over the in-memory lists. SharePoint knows who
// last changed an item (its Editor); the memory lists record it the same way: every repository
// write is the service's, and a change made with `touch`/`addAs` (a site owner by hand) is kept as
// that person's until the service writes the item again. The fields are named as SharePoint's
// version history names them: the list columns (through the adapters' own mappers) whose values
// changed. Not modelled: SharePoint's cap on how many flagged items have their history read.
import type { Findings, HeadOfServiceRequest } from '../../../src/core/model';
import type { IntegrityCheck, OutsideChange, WorkflowList } from '../../../src/core/ports/integrity';
import type { Mapper } from '../../../src/adapters/sp/mapperCore';
import { findingsMapper, requestMapper } from '../../../src/adapters/sp/mappers';
import type { MemoryList } from './list';
import type { RepositoryLists } from './repositories';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changesOf<T extends object>(list: WorkflowList, rows: MemoryList<T>, mapper: Mapper<T>, id: number) {
  const edit = rows.outsideEdit(id);
  if (!edit) return [];
  const after = mapper.toItem(edit.changes);
  const before = edit.before ? mapper.toItem(edit.before) : {};
  // In the mapper's column order, as SharePoint's version history is read.
  const fields = mapper.select.filter(
    (f) =>
      f !== 'Id' &&
      f in after &&
      !same(before[f], after[f]) &&
      (edit.before !== undefined || (after[f] !== null && after[f] !== undefined && after[f] !== ''))
  );
  const change: OutsideChange = { list, id, by: edit.by, at: edit.at, fields };
  return [change];
}

export function memoryIntegrityCheck(t: RepositoryLists): IntegrityCheck {
  return {
    async outsideChanges(list, ids) {
      const wanted = Array.from(new Set(ids)).sort((a, b) => a - b);
      return list === 'findings'
        ? wanted.flatMap((id) => changesOf<Findings>(list, t.findings, findingsMapper, id))
        : wanted.flatMap((id) => changesOf<HeadOfServiceRequest>(list, t.requests, requestMapper, id));
    }
  };
}
