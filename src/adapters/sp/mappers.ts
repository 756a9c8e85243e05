// One mapper per list: domain object <-> list item. `select` names exactly the fields mapped, so
// every query $selects only what it reads.
import type { Councillor, Findings, HeadOfServiceRequest, QaActivity, Team, Visit } from '../../core/model';
import type { Stored } from '../../core/ports/repositories';
import {
  COUNCILLORS_LIST,
  FINDINGS_LIST,
  QA_LIST,
  RESPONSES_LIST,
  TEAMS_LIST,
  VISITS_LIST,
  selectFields
} from '../../lists/schema';
import {
  fromAcknowledgements,
  fromLines,
  fromMulti,
  fromSpDate,
  lowerEmail,
  num,
  optStr,
  str,
  toAcknowledgements,
  toLines,
  toSpDate
} from './values';
import { normalizeEmail } from '../../core/email';

export type Item = Record<string, unknown>;

export interface Mapper<T> {
  select: string[];
  fromItem(item: Item): Stored<T>;
  /** Partial changes map to partial items, so an update writes only what changed. */
  toItem(value: Partial<T>): Item;
}

export const etagOf = (item: Item): string =>
  str(item['odata.etag'] ?? (item.__metadata as { etag?: string } | undefined)?.etag ?? '*');

/** Copies only the keys present in `value`, renamed and converted. */
export function pick<T>(value: Partial<T>, fields: { [K in keyof T]?: [string, (v: T[K]) => unknown] }): Item {
  const item: Item = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    if (!(key in value)) continue;
    const [name, convert] = fields[key] as [string, (v: unknown) => unknown];
    item[name] = convert(value[key]);
  }
  return item;
}
export const same = <V>(v: V): V => (v === undefined ? (null as unknown as V) : v);

export const councillorMapper: Mapper<Councillor> = {
  select: selectFields(COUNCILLORS_LIST),
  fromItem: (i) => ({
    id: Number(i.Id),
    etag: etagOf(i),
    name: str(i.Title),
    email: lowerEmail(i.Email),
    aadObjectId: optStr(i.AadObjectId),
    committees: fromMulti(i.Committees),
    secondVisitVolunteer: i.SecondVisitVolunteer === true,
    dataProtectionTrainingDate: fromSpDate(i.DataProtectionTrainingDate),
    dbsCheckDate: fromSpDate(i.DbsCheckDate),
    active: i.Active !== false
  }),
  toItem: (c) =>
    pick<Councillor>(c, {
      name: ['Title', same],
      email: ['Email', (v) => lowerEmail(v)],
      aadObjectId: ['AadObjectId', same],
      committees: ['Committees', (v) => v ?? []],
      secondVisitVolunteer: ['SecondVisitVolunteer', (v) => v === true],
      dataProtectionTrainingDate: ['DataProtectionTrainingDate', toSpDate],
      dbsCheckDate: ['DbsCheckDate', toSpDate],
      active: ['Active', (v) => v !== false]
    })
};

export const teamMapper: Mapper<Team> = {
  select: selectFields(TEAMS_LIST),
  fromItem: (i) => ({
    id: Number(i.Id),
    etag: etagOf(i),
    name: str(i.Title),
    area: str(i.Area),
    serviceManagerEmail: lowerEmail(i.ServiceManagerEmail),
    headOfServiceEmail: lowerEmail(i.HeadOfServiceEmail),
    location: str(i.Location)
  }),
  toItem: (t) =>
    pick<Team>(t, {
      name: ['Title', same],
      area: ['Area', same],
      serviceManagerEmail: ['ServiceManagerEmail', (v) => lowerEmail(v)],
      headOfServiceEmail: ['HeadOfServiceEmail', (v) => lowerEmail(v)],
      location: ['Location', same]
    })
};

export const visitMapper: Mapper<Visit> = {
  select: selectFields(VISITS_LIST),
  fromItem: (i) => ({
    id: Number(i.Id),
    etag: etagOf(i),
    title: str(i.Title),
    teamId: Number(i.TeamId),
    area: str(i.Area),
    visitMonth: str(i.VisitMonth),
    visitStart: fromSpDate(i.VisitStart),
    durationMinutes: num(i.DurationMinutes) ?? 150,
    councillorEmails: fromLines(i.CouncillorEmails).map((e) => e.toLowerCase()),
    committee: str(i.Committee),
    committeeDate: fromSpDate(i.CommitteeDate),
    status: (optStr(i.Status) ?? 'Planned') as Visit['status'],
    statusReason: optStr(i.StatusReason),
    findingsDueDate: fromSpDate(i.FindingsDueDate),
    pointOfContactEmail: optStr(i.PointOfContactEmail)?.toLowerCase(),
    formTemplate: optStr(i.FormTemplate) ?? 'frontline-2025',
    briefingAcknowledgements: fromAcknowledgements(i.BriefingAcknowledgements)
  }),
  toItem: (v) =>
    pick<Visit>(v, {
      title: ['Title', same],
      teamId: ['TeamId', same],
      area: ['Area', same],
      visitMonth: ['VisitMonth', same],
      visitStart: ['VisitStart', toSpDate],
      durationMinutes: ['DurationMinutes', same],
      councillorEmails: ['CouncillorEmails', (e) => toLines(e?.map((x) => x.toLowerCase()))],
      committee: ['Committee', same],
      committeeDate: ['CommitteeDate', toSpDate],
      status: ['Status', same],
      statusReason: ['StatusReason', same],
      findingsDueDate: ['FindingsDueDate', toSpDate],
      pointOfContactEmail: ['PointOfContactEmail', (e) => (e ? e.toLowerCase() : null)],
      formTemplate: ['FormTemplate', same],
      briefingAcknowledgements: ['BriefingAcknowledgements', toAcknowledgements]
    })
};

export const qaMapper: Mapper<QaActivity> = {
  select: selectFields(QA_LIST),
  fromItem: (i) => ({
    id: Number(i.Id),
    etag: etagOf(i),
    title: str(i.Title),
    kind: (optStr(i.Kind) ?? 'Other') as QaActivity['kind'],
    start: fromSpDate(i.Start) ?? '',
    end: fromSpDate(i.End) ?? '',
    areas: fromLines(i.Areas)
  }),
  toItem: (q) =>
    pick<QaActivity>(q, {
      title: ['Title', same],
      kind: ['Kind', same],
      start: ['Start', toSpDate],
      end: ['End', toSpDate],
      areas: ['Areas', toLines]
    })
};

/** The 2025 template's answers also fill their own columns, so list views and exports can read them. */
const FINDINGS_COLUMNS: Record<string, string> = {
  qualityStrengths: 'QualityStrengths',
  qualityDevelopment: 'QualityDevelopment',
  experienceStrengths: 'ExperienceStrengths',
  experienceDevelopment: 'ExperienceDevelopment',
  escalationIssues: 'EscalationIssues'
};

export const findingsKey = (visitId: number, email: string): string => `${visitId}:${normalizeEmail(email)}`;

export const findingsMapper: Mapper<Findings> = {
  // FindingsKey is written, never read: it exists only so SharePoint refuses a second form.
  select: selectFields(FINDINGS_LIST, ['FindingsKey']),
  fromItem: (i) => {
    let answers: Findings['answers'] = {};
    try {
      answers = i.Answers ? (JSON.parse(String(i.Answers)) as Findings['answers']) : {};
    } catch {
      answers = {};
    }
    // A form typed straight into the list (an officer copying an e-mailed form) fills only the columns.
    for (const [id, column] of Object.entries(FINDINGS_COLUMNS)) {
      if (answers[id] === undefined && typeof i[column] === 'string' && i[column] !== '')
        answers[id] = String(i[column]);
    }
    if (answers.scaling === undefined && typeof i.Scaling === 'number') answers.scaling = i.Scaling;
    return {
      id: Number(i.Id),
      etag: etagOf(i),
      visitId: Number(i.VisitId),
      councillorEmail: lowerEmail(i.CouncillorEmail),
      status: (optStr(i.Status) ?? 'Draft') as Findings['status'],
      submittedAt: fromSpDate(i.SubmittedAt),
      channel: (optStr(i.Channel) ?? 'SharePoint') as Findings['channel'],
      templateId: optStr(i.TemplateId) ?? 'frontline-2025',
      answers,
      submission: optStr(i.SubmissionState) as Findings['submission']
    };
  },
  toItem: (f) => {
    const item = pick<Findings>(f, {
      visitId: ['VisitId', same],
      councillorEmail: ['CouncillorEmail', (v) => lowerEmail(v)],
      status: ['Status', same],
      submittedAt: ['SubmittedAt', toSpDate],
      channel: ['Channel', same],
      templateId: ['TemplateId', same],
      submission: ['SubmissionState', same]
    });
    if (f.answers) {
      item.Answers = JSON.stringify(f.answers);
      for (const [id, column] of Object.entries(FINDINGS_COLUMNS))
        item[column] = f.answers[id] === undefined ? null : String(f.answers[id]);
      item.Scaling = typeof f.answers.scaling === 'number' ? f.answers.scaling : null;
    }
    if (f.visitId !== undefined && f.councillorEmail !== undefined)
      item.FindingsKey = findingsKey(f.visitId, f.councillorEmail);
    return item;
  }
};

export const requestMapper: Mapper<HeadOfServiceRequest> = {
  select: selectFields(RESPONSES_LIST),
  fromItem: (i) => ({
    id: Number(i.Id),
    etag: etagOf(i),
    findingsId: Number(i.FindingsId),
    visitId: Number(i.VisitId),
    responderEmail: lowerEmail(i.ResponderEmail),
    status: (optStr(i.Status) ?? 'Requested') as HeadOfServiceRequest['status'],
    request: str(i.Request),
    response: optStr(i.Response),
    requestedAt: fromSpDate(i.RequestedAt) ?? '',
    respondedAt: fromSpDate(i.RespondedAt),
    responseDueDate: fromSpDate(i.ResponseDueDate),
    moreInfoQuestion: optStr(i.MoreInfoQuestion),
    moreInfoAskedAt: fromSpDate(i.MoreInfoAskedAt),
    councillorReply: optStr(i.CouncillorReply),
    councillorRepliedAt: fromSpDate(i.CouncillorRepliedAt)
  }),
  toItem: (r) =>
    pick<HeadOfServiceRequest>(r, {
      findingsId: ['FindingsId', same],
      visitId: ['VisitId', same],
      responderEmail: ['ResponderEmail', (v) => lowerEmail(v)],
      status: ['Status', same],
      request: ['Request', same],
      response: ['Response', same],
      requestedAt: ['RequestedAt', toSpDate],
      respondedAt: ['RespondedAt', toSpDate],
      responseDueDate: ['ResponseDueDate', toSpDate],
      moreInfoQuestion: ['MoreInfoQuestion', same],
      moreInfoAskedAt: ['MoreInfoAskedAt', toSpDate],
      councillorReply: ['CouncillorReply', same],
      councillorRepliedAt: ['CouncillorRepliedAt', toSpDate]
    })
};
