// A multi-year site for the retention tests, written through @pnp/sp as the service would: visits
// 2018-2025 each reported to a January committee, a sent form (with its head of service's answer)
// and a draft never sent per visit, send log entries 2018-2026 and the sweep baseline, conversations
// of current people, a councillor who has left and strangers, and audit entries 2016-2020. Titles
// say what each item is, so tests name what goes.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LIST } from '../../src/lists/schema';

export const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** Text of every sent form: must never reach the audit trail or the CLI's output. */
export const FORM_TEXT = 'The team spoke warmly of their manager';
const A = 'cllr.active@example.gov.uk';
const GONE = 'cllr.gone@example.gov.uk';

async function add(sp: SPFI, title: string, items: Record<string, unknown>[]): Promise<void> {
  const list = sp.web.lists.getByTitle(title);
  for (const item of items) await list.items.add(item);
}

export async function seedRetentionSite(sp: SPFI): Promise<void> {
  await add(sp, LIST.teams, [
    {
      Title: 'Court Team',
      Area: 'Care leavers',
      ServiceManagerEmail: 'sm@example.gov.uk',
      HeadOfServiceEmail: 'hos@example.gov.uk'
    }
  ]);
  await add(sp, LIST.councillors, [
    { Title: 'Active', Email: A, Active: true },
    { Title: 'Gone', Email: GONE, Active: false }
  ]);
  await add(
    sp,
    LIST.visits,
    YEARS.map((y) => ({
      Title: `visit ${y}`,
      TeamId: 1,
      VisitMonth: `${y}-07`,
      VisitStart: `${y}-07-10T09:00:00Z`,
      FindingsDueDate: `${y}-07-17T22:59:59Z`,
      CommitteeDate: `${y + 1}-01-15T18:00:00Z`,
      Status: 'Reported',
      CouncillorEmails: `${A}\n${GONE}`
    }))
  );
  // Visit ids 1..8 in YEARS order; forms then drafts, so form ids are 1..8 and draft ids 9..16.
  await add(
    sp,
    LIST.findings,
    YEARS.map((y, i) => ({
      Title: `form ${y}`,
      VisitId: i + 1,
      FindingsKey: `${i + 1}:${A}`,
      CouncillorEmail: A,
      Status: 'Submitted',
      SubmittedAt: `${y}-07-15T10:00:00Z`,
      QualityStrengths: FORM_TEXT,
      EscalationIssues: `${FORM_TEXT} (escalated)`
    }))
  );
  await add(
    sp,
    LIST.findings,
    YEARS.map((y, i) => ({
      Title: `draft ${y}`,
      VisitId: i + 1,
      FindingsKey: `${i + 1}:${GONE}`,
      CouncillorEmail: GONE,
      Status: 'Draft',
      QualityStrengths: FORM_TEXT
    }))
  );
  await add(
    sp,
    LIST.responses,
    YEARS.map((y, i) => ({
      Title: `answer ${y}`,
      VisitId: i + 1,
      FindingsId: i + 1,
      ResponderEmail: 'hos@example.gov.uk',
      Status: 'Responded',
      Request: FORM_TEXT,
      Response: 'Noted with thanks',
      RequestedAt: `${y}-07-16T10:00:00Z`
    }))
  );
  await add(sp, LIST.sendLog, [
    { Title: 'sweep-baseline', SendKey: 'sweep-baseline', SendState: 'Sent', SentAt: '2018-01-01T00:00:00Z' },
    ...[...YEARS, 2026].map((y) => ({
      Title: `send ${y}`,
      SendKey: `briefing:${y}:${A}`,
      RecipientEmail: A,
      Kind: 'briefing',
      SendState: 'Sent',
      ClaimedAt: `${y}-03-01T08:59:00Z`,
      SentAt: `${y}-03-01T09:00:00Z`
    }))
  ]);
  await add(sp, LIST.conversations, [
    { Title: 'conversation active', UserEmail: A, ConversationStatus: 'Active', UpdatedAt: '2018-01-01T00:00:00Z' },
    {
      Title: 'conversation hos',
      UserEmail: 'hos@example.gov.uk',
      ConversationStatus: 'Active',
      UpdatedAt: '2018-01-01T00:00:00Z'
    },
    { Title: 'conversation gone', UserEmail: GONE, ConversationStatus: 'Active', UpdatedAt: '2024-05-01T00:00:00Z' },
    {
      Title: 'conversation stranger 2023',
      UserEmail: 'old.delegate@example.gov.uk',
      ConversationStatus: 'Active',
      UpdatedAt: '2023-01-01T00:00:00Z'
    },
    {
      Title: 'conversation stranger 2025',
      UserEmail: 'new.delegate@example.gov.uk',
      ConversationStatus: 'Active',
      UpdatedAt: '2025-01-01T00:00:00Z'
    }
  ]);
  await add(
    sp,
    LIST.audit,
    [2016, 2017, 2018, 2019, 2020].map((y) => ({
      Title: `audit ${y}`,
      AuditKey: `draft-saved:findings:${y}:1`,
      Actor: A,
      Action: 'draft-saved',
      TargetList: 'findings',
      TargetId: y,
      VisitId: 1,
      At: `${y}-02-01T12:00:00Z`,
      Detail: 'Saved the draft.'
    }))
  );
}

/** The titles in each retention list (the audit trail's own retention entries left out), sorted. */
export async function titles(sp: SPFI): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [key, title] of Object.entries({
    findings: LIST.findings,
    responses: LIST.responses,
    sendLog: LIST.sendLog,
    conversations: LIST.conversations,
    audit: LIST.audit
  })) {
    const select = key === 'audit' ? ['Title', 'Action'] : ['Title'];
    const items = (await sp.web.lists
      .getByTitle(title)
      .items.select(...select)
      .top(5000)()) as { Title: string; Action?: string }[];
    out[key] = items
      .filter((i) => !String(i.Action ?? '').startsWith('retention-'))
      .map((i) => i.Title)
      .sort();
  }
  return out;
}

export interface AuditRow {
  AuditKey: string;
  Actor: string;
  Action: string;
  TargetList: string;
  TargetId: number;
  Detail: string;
}

/** The retention sweep's audit entries, sorted by key. */
export async function retentionAudit(sp: SPFI): Promise<AuditRow[]> {
  const items = (await sp.web.lists
    .getByTitle(LIST.audit)
    .items.select('AuditKey', 'Actor', 'Action', 'TargetList', 'TargetId', 'Detail')
    .top(5000)()) as AuditRow[];
  return items
    .filter((i) => i.Action.startsWith('retention-'))
    .map((i) => ({
      AuditKey: i.AuditKey,
      Actor: i.Actor,
      Action: i.Action,
      TargetList: i.TargetList,
      TargetId: i.TargetId,
      Detail: i.Detail
    }))
    .sort((a, b) => a.AuditKey.localeCompare(b.AuditKey));
}
