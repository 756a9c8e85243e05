// The audit trail is SharePoint's own version history: provisioning turns versioning on for the
// rota, findings and responses, so every create and update is kept with its editor and time. This
// reads the versions and reports, per version, which mapped fields changed.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { AuditEntry, AuditTrail, AuditedList } from '../../core/ports/repositories';
import { LIST } from '../../lists/schema';
import { mapSpError } from './errors';
import { findingsMapper, requestMapper, visitMapper } from './mappers';
import { fromSpDate, str } from './values';
import { normalizeEmail } from '../../core/email';

const SOURCES: Record<AuditedList, { title: string; fields: string[] }> = {
  visits: { title: LIST.visits, fields: visitMapper.select },
  findings: { title: LIST.findings, fields: findingsMapper.select },
  responses: { title: LIST.responses, fields: requestMapper.select }
};

interface VersionItem {
  VersionId: number;
  VersionLabel: string;
  Created: string;
  Editor?: { Email?: string | null; LookupValue?: string | null } | null;
  [field: string]: unknown;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export class SpAuditTrail implements AuditTrail {
  public constructor(private readonly sp: SPFI) {}

  public async history(list: AuditedList, id: number): Promise<AuditEntry[]> {
    const source = SOURCES[list];
    let versions: VersionItem[];
    try {
      versions = (await this.sp.web.lists.getByTitle(source.title).items.getById(id).versions()) as VersionItem[];
    } catch (e) {
      return mapSpError(e, `the history of ${list} item ${id}`);
    }
    const fields = source.fields.filter((f) => f !== 'Id');
    const ordered = [...versions].sort((a, b) => a.VersionId - b.VersionId);
    return ordered.map((v, i) => {
      const before = i > 0 ? ordered[i - 1] : undefined;
      const changes = fields
        .filter((f) => !same(before?.[f], v[f]))
        .filter((f) => before !== undefined || (v[f] !== null && v[f] !== undefined && v[f] !== ''))
        .map((f) => ({ field: f, from: before?.[f] ?? null, to: v[f] ?? null }));
      return {
        version: v.VersionLabel,
        at: fromSpDate(v.Created) ?? '',
        by: normalizeEmail(str(v.Editor?.Email ?? v.Editor?.LookupValue)),
        changes
      };
    });
  }
}
