// The retention sweep's store over the lists: reads only ids, ETags, dates, keys and e-mails (never
// form text), and deletes with the ETag the rule judged. Run with the service's own identity, the
// one that may delete workflow items (people hold Read only; see shared/spec/permissions.md).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import type { RetentionFact, RetentionList, VisitDates } from '../../core/retention/policy';
import type { RemoveOutcome, RetentionSnapshot, RetentionStore } from '../../core/retention/store';
import type { ProcessConfig } from '../../core/config';
import { effectiveDueDate } from '../../core/deadlines';
import { normalizeEmail } from '../../core/email';
import { LIST } from '../../lists/schema';
import { mapSpError, statusOf } from './errors';
import { etagOf, type Item } from './mappers';
import { PAGE_SIZE } from './listStore';
import { DEFAULT_PERMISSION_PLAN } from './provision/permissions';
import { fromSpDate, lowerEmail, num, str } from './values';

const TITLES: Record<RetentionList, string> = {
  findings: LIST.findings,
  responses: LIST.responses,
  sendLog: LIST.sendLog,
  conversations: LIST.conversations,
  audit: LIST.audit
};

const SELECT: Record<RetentionList, string[]> = {
  findings: ['Id', 'Title', 'VisitId', 'Status', 'SubmittedAt', 'Modified'],
  responses: ['Id', 'Title', 'VisitId', 'FindingsId', 'RequestedAt'],
  sendLog: ['Id', 'Title', 'SendKey', 'SentAt', 'ClaimedAt', 'Created'],
  conversations: ['Id', 'Title', 'UserEmail', 'UpdatedAt', 'Modified'],
  audit: ['Id', 'Title', 'At', 'Created']
};

export function factOf(list: RetentionList, i: Item): RetentionFact {
  const base = { id: num(i.Id) ?? 0, etag: etagOf(i), title: str(i.Title) };
  switch (list) {
    case 'findings':
      return {
        list,
        ...base,
        visitId: num(i.VisitId) ?? 0,
        status: i.Status === 'Submitted' ? 'Submitted' : 'Draft',
        submittedAt: fromSpDate(i.SubmittedAt),
        modified: fromSpDate(i.Modified)
      };
    case 'responses':
      return {
        list,
        ...base,
        visitId: num(i.VisitId) ?? 0,
        findingsId: num(i.FindingsId) ?? 0,
        requestedAt: fromSpDate(i.RequestedAt)
      };
    case 'sendLog':
      return { list, ...base, key: str(i.SendKey), at: fromSpDate(i.SentAt ?? i.ClaimedAt ?? i.Created) };
    case 'conversations':
      return { list, ...base, email: lowerEmail(i.UserEmail), updatedAt: fromSpDate(i.UpdatedAt ?? i.Modified) };
    case 'audit':
      return { list, ...base, at: fromSpDate(i.At ?? i.Created) };
  }
}

export class SpRetentionStore implements RetentionStore {
  public constructor(
    private readonly sp: SPFI,
    /** The point of contact in the settings, and any other address always "current". */
    private readonly alwaysCurrent: string[],
    /** The process's return period: a draft's due date is core's effectiveDueDate, as everywhere. */
    private readonly process: Pick<ProcessConfig, 'returnPeriodDays'>,
    private readonly officersGroup: string = DEFAULT_PERMISSION_PLAN.officersGroup
  ) {}

  private async all(title: string, select: string[]): Promise<Item[]> {
    try {
      const out: Item[] = [];
      const q = this.sp.web.lists
        .getByTitle(title)
        .items.select(...select)
        .top(PAGE_SIZE);
      for await (const page of q) out.push(...(page as Item[]));
      return out;
    } catch (e) {
      return mapSpError(e, `the ${title} list`);
    }
  }

  private async officers(): Promise<string[]> {
    try {
      const users = (await this.sp.web.siteGroups.getByName(this.officersGroup).users.select('Email')()) as Item[];
      return users.map((u) => lowerEmail(u.Email)).filter(Boolean);
    } catch (e) {
      if (statusOf(e) === 404) return [];
      return mapSpError(e, `the ${this.officersGroup} group`);
    }
  }

  public async snapshot(): Promise<RetentionSnapshot> {
    const lists = Object.keys(TITLES) as RetentionList[];
    const [visits, councillors, teams, officers, ...items] = await Promise.all([
      this.all(LIST.visits, ['Id', 'CommitteeDate', 'FindingsDueDate', 'VisitStart']),
      this.all(LIST.councillors, ['Id', 'Email', 'Active']),
      this.all(LIST.teams, ['Id', 'ServiceManagerEmail', 'HeadOfServiceEmail']),
      this.officers(),
      ...lists.map((l) => this.all(TITLES[l], SELECT[l]))
    ]);
    const facts = lists.flatMap((l, n) => items[n].map((i) => factOf(l, i)));
    const current = new Set<string>([...officers, ...this.alwaysCurrent.map(normalizeEmail)]);
    for (const t of teams)
      for (const e of [t.ServiceManagerEmail, t.HeadOfServiceEmail]) if (e) current.add(lowerEmail(e));
    const left = new Set<string>();
    for (const c of councillors) (c.Active === false ? left : current).add(lowerEmail(c.Email));
    for (const e of current) left.delete(e);
    const visitDates = new Map<number, VisitDates>(
      visits.map((v) => [
        num(v.Id) ?? 0,
        {
          committeeDate: fromSpDate(v.CommitteeDate),
          dueDate: effectiveDueDate(
            { visitStart: fromSpDate(v.VisitStart), findingsDueDate: fromSpDate(v.FindingsDueDate) },
            this.process
          ),
          visitStart: fromSpDate(v.VisitStart)
        }
      ])
    );
    const findings = new Map(facts.flatMap((f) => (f.list === 'findings' ? [[f.id, f] as const] : [])));
    return { facts, context: { visits: visitDates, findings, current, left } };
  }

  public async reread(list: RetentionList, id: number): Promise<RetentionFact | undefined> {
    try {
      const item = (await this.sp.web.lists
        .getByTitle(TITLES[list])
        .items.getById(id)
        .select(...SELECT[list])()) as Item;
      return factOf(list, item);
    } catch (e) {
      if (statusOf(e) === 404) return undefined;
      return mapSpError(e, `${TITLES[list]} item ${id}`);
    }
  }

  public async remove(list: RetentionList, id: number, etag: string): Promise<RemoveOutcome> {
    try {
      await this.sp.web.lists.getByTitle(TITLES[list]).items.getById(id).delete(etag);
      return 'deleted';
    } catch (e) {
      const status = statusOf(e);
      if (status === 404) return 'gone';
      if (status === 412) return 'changed';
      return mapSpError(e, `${TITLES[list]} item ${id}`);
    }
  }
}
