// The IntegrityCheck port over SharePoint's own record of who last changed an item (EditorId, which
// SharePoint sets and a REST caller cannot): a workflow item last changed by anyone but the
// service's identity was changed outside the service. Which fields changed, and who, comes from the
// version history (the audit trail).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users';
import type { IntegrityCheck, OutsideChange, WorkflowList } from '../../core/ports/integrity';
import { LIST } from '../../lists/schema';
import { SpAuditTrail } from './audit';
import { mapSpError, statusOf } from './errors';
import { fromSpDate } from './values';

const TITLES: Record<WorkflowList, string> = { findings: LIST.findings, responses: LIST.responses };
/** Past this many flagged items in one call, the rest are named without reading their history. */
const DETAIL_LIMIT = 25;

/** The service identity's site user id, as provisioning recorded it; undefined on a site provisioned before version 4. */
export async function recordedServiceUserId(sp: SPFI): Promise<number | undefined> {
  let items: { ServiceUserId?: number | null }[];
  try {
    items = (await sp.web.lists.getByTitle(LIST.schema).items.select('Id', 'ServiceUserId').top(1)()) as typeof items;
  } catch (e) {
    // Only officers (and the service) can see the schema list; for anyone else nothing is judged.
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
  const id = items[0]?.ServiceUserId;
  return typeof id === 'number' ? id : undefined;
}

/** Provisioning runs as the service's identity: records its site user id. Returns a line when it changed. */
export async function recordServiceUser(sp: SPFI): Promise<string[]> {
  const me = (await sp.web.currentUser.select('Id', 'Email')()) as { Id: number; Email?: string };
  const items = sp.web.lists.getByTitle(LIST.schema).items;
  const [first] = (await items.select('Id', 'ServiceUserId').top(1)()) as {
    Id: number;
    ServiceUserId?: number | null;
  }[];
  if (!first || first.ServiceUserId === me.Id) return [];
  await items.getById(first.Id).update({ ServiceUserId: me.Id });
  return [`the service's identity is site user ${me.Id}${me.Email ? ` (${me.Email})` : ''}`];
}

export class SpIntegrityCheck implements IntegrityCheck {
  private serviceId?: Promise<number | undefined>;
  public constructor(private readonly sp: SPFI) {}

  public async outsideChanges(list: WorkflowList, ids: number[]): Promise<OutsideChange[]> {
    if (!ids.length) return [];
    const serviceId = await this.service();
    // Not recorded (a site not yet provisioned at version 4): nothing can be judged, so nothing is flagged.
    if (serviceId === undefined) return [];
    const wanted = new Set(ids);
    const title = TITLES[list];
    let rows: { Id: number; EditorId?: number; Modified?: string }[] = [];
    try {
      const q = this.sp.web.lists
        .getByTitle(title)
        .items.select('Id', 'EditorId', 'Modified')
        .filter(`ID ge ${Math.min(...ids)} and ID le ${Math.max(...ids)}`)
        .top(5000);
      for await (const page of q) rows.push(...(page as typeof rows));
    } catch (e) {
      return mapSpError(e, `the ${title} list`);
    }
    rows = rows.filter((r) => wanted.has(r.Id) && r.EditorId !== serviceId);
    const trail = new SpAuditTrail(this.sp);
    const out: OutsideChange[] = [];
    for (const [i, r] of rows.entries()) {
      const change: OutsideChange = {
        list,
        id: r.Id,
        by: `site user ${r.EditorId ?? '?'}`,
        at: fromSpDate(r.Modified) ?? '',
        fields: []
      };
      if (i < DETAIL_LIMIT) {
        const last = (await trail.history(list, r.Id)).pop();
        if (last)
          Object.assign(change, {
            by: last.by || change.by,
            at: last.at || change.at,
            fields: last.changes.map((c) => c.field)
          });
      }
      out.push(change);
    }
    return out;
  }

  private service(): Promise<number | undefined> {
    if (!this.serviceId) {
      this.serviceId = recordedServiceUserId(this.sp);
      this.serviceId.catch(() => (this.serviceId = undefined));
    }
    return this.serviceId;
  }
}
