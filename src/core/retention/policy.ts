// The retention rule: for each item the product holds about people, keep or delete, why, and the
// date it becomes due. Pure: the facts come in (dates, ids, who is still here), never form text.
//
// Nothing is anonymised. A SharePoint item's version history keeps every earlier value of every
// field, so blanking fields in place would leave the text in the versions; a record past its
// period is deleted whole (with its versions). What stays as the committee record is the
// published committee paper (democratic services' record, and Findings History) and the Visit
// Rota item (team, month, committee, status: no form text), which this rule does not touch.
import { normalizeEmail } from '../email';
import type { IsoDateTime } from '../model';
import { type RetentionSettings } from './settings';
import { addLondonDays, addLondonYears, londonDate } from '../time/london';

export type RetentionList = 'findings' | 'responses' | 'sendLog' | 'conversations' | 'audit';

/** The order the sweep works in: answers before their forms, so an interrupted sweep re-judges alike. */
export const RETENTION_LISTS: readonly RetentionList[] = ['responses', 'findings', 'sendLog', 'conversations', 'audit'];

/** The send log's marker that the site's first reminder sweep has run: kept for as long as the site. */
export const SWEEP_BASELINE_KEY = 'sweep-baseline';

export interface VisitDates {
  committeeDate?: IsoDateTime;
  /** The forms' due date as core's effectiveDueDate gives it (core/deadlines.ts), worked out by the store. */
  dueDate?: IsoDateTime;
  visitStart?: IsoDateTime;
}

interface Stamped {
  id: number;
  etag: string;
  /** The item's Title, for officers' preview only (never written to the audit). */
  title?: string;
}

export interface FindingsFact extends Stamped {
  visitId: number;
  status: 'Draft' | 'Submitted';
  submittedAt?: IsoDateTime;
  modified?: IsoDateTime;
}
export interface ResponseFact extends Stamped {
  visitId: number;
  findingsId: number;
  requestedAt?: IsoDateTime;
}
export interface SendLogFact extends Stamped {
  key: string;
  /** SentAt, else ClaimedAt, else when the item was created. */
  at?: IsoDateTime;
}
export interface ConversationFact extends Stamped {
  email: string;
  updatedAt?: IsoDateTime;
}
export interface AuditFact extends Stamped {
  at?: IsoDateTime;
}

export type RetentionFact =
  | ({ list: 'findings' } & FindingsFact)
  | ({ list: 'responses' } & ResponseFact)
  | ({ list: 'sendLog' } & SendLogFact)
  | ({ list: 'conversations' } & ConversationFact)
  | ({ list: 'audit' } & AuditFact);

export interface RetentionContext {
  visits: ReadonlyMap<number, VisitDates>;
  /** Sent or draft forms by id (a head of service's answer is kept as long as its form). */
  findings: ReadonlyMap<number, FindingsFact>;
  /** Lower-case e-mails of people the product still works with: active councillors, team contacts, officers, the point of contact. */
  current: ReadonlySet<string>;
  /** Lower-case e-mails of councillors marked inactive: they have left. */
  left: ReadonlySet<string>;
}

export interface RetentionDecision {
  list: RetentionList;
  id: number;
  etag: string;
  visitId: number;
  title?: string;
  action: 'keep' | 'delete';
  /** Why, in words, without form text. */
  reason: string;
  /** When the item becomes due for deletion (absent: kept while a condition holds). */
  dueAt?: IsoDateTime;
}

/** Dates are told, and due dates counted, on the London calendar (time/london.ts). */
const day = (iso: string): string => londonDate(iso);

function dated(fact: RetentionFact, anchor: string | undefined, due: (a: string) => string, what: string, now: string) {
  const visitId = 'visitId' in fact ? fact.visitId : 0;
  const base = { list: fact.list, id: fact.id, etag: fact.etag, visitId, title: fact.title };
  if (!anchor || Number.isNaN(Date.parse(anchor)))
    return { ...base, action: 'keep' as const, reason: `${what}: no date to count from; kept` };
  const dueAt = due(anchor);
  const past = Date.parse(dueAt) <= Date.parse(now);
  return {
    ...base,
    action: past ? ('delete' as const) : ('keep' as const),
    dueAt,
    reason: `${what} (due ${day(dueAt)})`
  };
}

function submittedAnchor(f: { visitId: number; submittedAt?: string; modified?: string }, ctx: RetentionContext) {
  const meeting = ctx.visits.get(f.visitId)?.committeeDate;
  if (meeting) return { anchor: meeting, from: `the committee meeting of ${day(meeting)}` };
  const sent = f.submittedAt ?? f.modified;
  return { anchor: sent, from: `sending (${sent ? day(sent) : 'no date'}; the visit names no meeting)` };
}

/** One item's decision at `now`. */
export function judge(
  r: RetentionSettings,
  now: IsoDateTime,
  fact: RetentionFact,
  ctx: RetentionContext
): RetentionDecision {
  switch (fact.list) {
    case 'findings': {
      if (fact.status === 'Submitted') {
        const { anchor, from } = submittedAnchor(fact, ctx);
        return dated(
          fact,
          anchor,
          (a) => addLondonYears(a, r.formsYears),
          `submitted form: ${r.formsYears} years after ${from}`,
          now
        );
      }
      const v = ctx.visits.get(fact.visitId);
      const anchor = v?.dueDate ?? v?.visitStart ?? fact.modified;
      const from = v?.dueDate ? 'its due date' : v?.visitStart ? 'the visit' : 'its last change';
      return dated(
        fact,
        anchor,
        (a) => addLondonDays(a, r.draftDays),
        `draft never sent: ${r.draftDays} days after ${from}`,
        now
      );
    }
    case 'responses': {
      const form = ctx.findings.get(fact.findingsId);
      const { anchor, from } = submittedAnchor(
        { visitId: fact.visitId, submittedAt: form?.submittedAt ?? fact.requestedAt },
        ctx
      );
      const what = `head of service's answer, kept as its form: ${r.formsYears} years after ${from}`;
      return dated(fact, anchor, (a) => addLondonYears(a, r.formsYears), what, now);
    }
    case 'sendLog':
      if (fact.key === SWEEP_BASELINE_KEY)
        return {
          list: 'sendLog',
          id: fact.id,
          etag: fact.etag,
          visitId: 0,
          title: fact.title,
          action: 'keep',
          reason: "the reminder sweep's baseline: kept for as long as the site"
        };
      return dated(fact, fact.at, (a) => addLondonDays(a, r.botDays), `Teams message record: ${r.botDays} days`, now);
    case 'conversations': {
      const email = normalizeEmail(fact.email);
      const base = { list: 'conversations' as const, id: fact.id, etag: fact.etag, visitId: 0, title: fact.title };
      if (ctx.current.has(email))
        return {
          ...base,
          action: 'keep',
          reason: 'conversation of someone the product still works with: kept while they do'
        };
      if (ctx.left.has(email))
        return {
          ...base,
          action: 'delete',
          dueAt: now,
          reason: 'conversation of a councillor who has left (inactive)'
        };
      const what = `conversation of someone no longer in the lists: ${r.botDays} days after its last use`;
      return dated(fact, fact.updatedAt, (a) => addLondonDays(a, r.botDays), what, now);
    }
    case 'audit':
      return dated(fact, fact.at, (a) => addLondonYears(a, r.auditYears), `audit entry: ${r.auditYears} years`, now);
  }
}

/** Every item's decision, in the sweep's order (RETENTION_LISTS, then id). */
export function judgeAll(
  r: RetentionSettings,
  now: IsoDateTime,
  facts: RetentionFact[],
  ctx: RetentionContext
): RetentionDecision[] {
  const order = (l: RetentionList): number => RETENTION_LISTS.indexOf(l);
  return [...facts].sort((a, b) => order(a.list) - order(b.list) || a.id - b.id).map((f) => judge(r, now, f, ctx));
}
