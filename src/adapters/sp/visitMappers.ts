// The mappers of a visit and what comes back from it: Visit Rota, Visit Findings and Head of
// Service Responses.
import type { Findings, HeadOfServiceRequest, Visit } from '../../core/model';
import { FINDINGS_LIST, RESPONSES_LIST, VISITS_LIST, selectFields } from '../../lists/schema';
import { normalizeEmail } from '../../core/email';
import { etagOf, pick, same, type Mapper } from './mapperCore';
import {
  fromAcknowledgements,
  fromLines,
  fromSpDate,
  lowerEmail,
  num,
  optStr,
  str,
  toAcknowledgements,
  toLines,
  toSpDate
} from './values';

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
    councillorEmails: fromLines(i.CouncillorEmails).map(normalizeEmail),
    committee: str(i.Committee),
    committeeDate: fromSpDate(i.CommitteeDate),
    status: (optStr(i.Status) ?? 'Planned') as Visit['status'],
    statusReason: optStr(i.StatusReason),
    findingsDueDate: fromSpDate(i.FindingsDueDate),
    pointOfContactEmail: normalizeEmail(optStr(i.PointOfContactEmail)) || undefined,
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
      councillorEmails: ['CouncillorEmails', (e) => toLines(e?.map(normalizeEmail))],
      committee: ['Committee', same],
      committeeDate: ['CommitteeDate', toSpDate],
      status: ['Status', same],
      statusReason: ['StatusReason', same],
      findingsDueDate: ['FindingsDueDate', toSpDate],
      pointOfContactEmail: ['PointOfContactEmail', (e) => normalizeEmail(e) || null],
      formTemplate: ['FormTemplate', same],
      briefingAcknowledgements: ['BriefingAcknowledgements', toAcknowledgements]
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
