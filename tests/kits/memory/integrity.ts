// The audit trail (AuditTrail, core/ports/repositories.ts) and the IntegrityCheck port
// (core/ports/integrity.ts) over the in-memory lists, which keep every version of an item with
// who made it, as SharePoint's version history does: the repositories write as the service's
// identity (SERVICE_IDENTITY), `touch`/`addAs` as someone else (a site owner by hand). Changes are
// named as SharePoint names them, the list columns, through the adapters' own mappers; an item
// whose last version is not the service's was changed outside it. Not modelled: SharePoint's cap
// on how many flagged items have their history read in one call.
import type { Findings, HeadOfServiceRequest, Visit } from '../../../src/core/model';
import type { IntegrityCheck, OutsideChange } from '../../../src/core/ports/integrity';
import type { AuditEntry, AuditTrail } from '../../../src/core/ports/repositories';
import type { Mapper } from '../../../src/adapters/sp/mapperCore';
import { findingsMapper, requestMapper, visitMapper } from '../../../src/adapters/sp/mappers';
import { SERVICE_IDENTITY, type MemoryList } from './list';
import type { RepositoryLists } from './repositories';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const empty = (v: unknown): boolean => v === null || v === undefined || v === '';

function historyOf<T extends object>(rows: MemoryList<T>, mapper: Mapper<T>, id: number): AuditEntry[] {
  rows.get(id); // NotFoundError for an item that is not there, as reading its versions is.
  const fields = mapper.select.filter((f) => f !== 'Id');
  let before: Record<string, unknown> | undefined;
  return rows.versions(id).map((v) => {
    const item = mapper.toItem(v.value);
    const changes = fields
      .filter((f) => (before ? !same(before[f], item[f]) : !empty(item[f])))
      .map((f) => ({ field: f, from: before?.[f] ?? null, to: item[f] ?? null }));
    before = item;
    return { version: v.label, at: v.at, by: v.by, changes };
  });
}

export function memoryAuditTrail(t: RepositoryLists): AuditTrail {
  return {
    async history(list, id) {
      if (list === 'visits') return historyOf<Visit>(t.visits, visitMapper, id);
      if (list === 'findings') return historyOf<Findings>(t.findings, findingsMapper, id);
      return historyOf<HeadOfServiceRequest>(t.requests, requestMapper, id);
    }
  };
}

export function memoryIntegrityCheck(t: RepositoryLists): IntegrityCheck {
  const trail = memoryAuditTrail(t);
  const rows = { findings: t.findings, responses: t.requests };
  return {
    async outsideChanges(list, ids) {
      const out: OutsideChange[] = [];
      for (const id of Array.from(new Set(ids)).sort((a, b) => a - b)) {
        if (!rows[list].find(id)) continue;
        const last = (await trail.history(list, id)).pop();
        if (last && last.by !== SERVICE_IDENTITY)
          out.push({ list, id, by: last.by, at: last.at, fields: last.changes.map((c) => c.field) });
      }
      return out;
    }
  };
}
