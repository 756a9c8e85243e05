// Builds the committee briefing pack from the lists: the visits reported to one committee meeting,
// their sent forms summarised statement by statement (each kept with its visit and councillor so
// an officer can check it), the head-of-service requests and answers, and the forms as appendices.
import { describeOutsideChange, type OutsideChange } from '../ports/integrity';
import type { TemplateRegistry } from '../forms';
import type { AgendaPart } from '../config';
import type { Councillor, Findings, HeadOfServiceRequest, IsoDateTime, LocalDate, Team, Visit } from '../model';
import { outstandingForms, visitFormatOf } from './outstanding';
import { councillorsOf } from '../visitStatus';
import { normalizeEmail } from '../email';
import { londonDate, londonInstant } from '../time/london';
import { SUMMARY_BUCKETS, SUMMARY_PARTS, type SummaryBuckets } from './buckets';
import { splitStatements, statementKey, type StatementUnit } from './statements';
import type {
  CommitteePack,
  PackAppendix,
  PackHosResponse,
  PackStatement,
  PackSummary,
  PackThemes,
  PackVisit
} from './types';
import { backgroundOf, longDay, PACK_TITLE, purposeOf } from './wording';
import { packScopedThemes } from './scopedThemes';
import type { TaggedStatement, Taxonomy } from '../themes/types';

export interface PackInput {
  committee: string;
  /** London day of the meeting, `YYYY-MM-DD`. */
  committeeDay: LocalDate;
  visits: readonly Visit[];
  findings: readonly Findings[];
  requests: readonly HeadOfServiceRequest[];
  teams: readonly Team[];
  councillors: readonly Councillor[];
  serviceResponse?: string;
  templates: Pick<TemplateRegistry, 'getTemplate'>;
  /** Statements per bullet or paragraph (default: keeps a councillor's point whole) or per sentence. */
  statementUnit?: StatementUnit;
  /** Summary mapping for a council's own templates; the two built-in ones are known. */
  summaryBuckets?: Record<string, SummaryBuckets>;
  /** Tagged statements of all periods (forms and history), for the themes section (scopedThemes.ts). */
  themes?: { tagged: TaggedStatement[]; taxonomy: Taxonomy };
  /** Workflow items changed outside the service: named in the pack, so nobody reports them unchecked. */
  outsideChanges?: readonly OutsideChange[];
  /** The process settings' agenda, for "During each visit ..." (background 2.1). */
  agenda?: readonly Pick<AgendaPart, 'title'>[];
  /** For outstanding and late forms (default 7 days). */
  returnPeriodDays?: number;
  /** When the pack is made: forms due before then and not sent are outstanding (default: the meeting day). */
  asOf?: IsoDateTime;
}

interface Source {
  visit: Visit;
  form: Findings;
  packVisit: PackVisit;
  councillorName: string;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The visits reported at this meeting (not cancelled), in visit order. */
function chosenVisits(input: PackInput): Visit[] {
  return input.visits
    .filter(
      (v) =>
        v.status !== 'Cancelled' &&
        same(v.committee, input.committee) &&
        !!v.committeeDate &&
        londonDate(v.committeeDate) === input.committeeDay
    )
    .sort((a, b) => (a.visitStart ?? a.visitMonth).localeCompare(b.visitStart ?? b.visitMonth) || a.id - b.id);
}

/** The visits reported at this meeting that have sent forms, in visit order, each with its sent forms. */
function sources(input: PackInput): { visits: PackVisit[]; forms: Source[] } {
  const teamName = (id: number): string => input.teams.find((t) => t.id === id)?.name ?? `Team ${id}`;
  const nameOf = (email: string): string =>
    input.councillors.find((c) => normalizeEmail(c.email) === normalizeEmail(email))?.name ?? email;
  const chosen = chosenVisits(input);
  const visits: PackVisit[] = [];
  const forms: Source[] = [];
  for (const visit of chosen) {
    const order = councillorsOf(visit);
    // The visit's councillors in rota order; a form from anyone else (a substitute) comes last.
    const rank = (f: Findings): number => {
      const i = order.indexOf(normalizeEmail(f.councillorEmail));
      return i < 0 ? order.length : i;
    };
    const sent = input.findings
      .filter((f) => f.visitId === visit.id && f.status === 'Submitted')
      .sort((a, b) => rank(a) - rank(b));
    if (!sent.length) continue;
    const packVisit: PackVisit = {
      visitId: visit.id,
      teamName: teamName(visit.teamId),
      area: visit.area,
      // A visit typed in without a start falls back to when its first form was sent.
      day: londonDate(visit.visitStart ?? sent[0].submittedAt ?? londonInstant(`${visit.visitMonth}-01`)),
      councillorNames: sent.map((f) => nameOf(f.councillorEmail))
    };
    visits.push(packVisit);
    sent.forEach((form, i) => forms.push({ visit, form, packVisit, councillorName: packVisit.councillorNames[i] }));
  }
  return { visits, forms };
}

function summaryOf(input: PackInput, forms: Source[]): PackSummary {
  const summary: PackSummary = {
    qualityStrengths: [],
    qualityDevelopment: [],
    experienceStrengths: [],
    experienceDevelopment: []
  };
  const seen = new Set<string>();
  for (const { form, visit, councillorName } of forms) {
    const buckets = input.summaryBuckets?.[form.templateId] ?? SUMMARY_BUCKETS[form.templateId];
    if (!buckets) continue;
    for (const part of SUMMARY_PARTS) {
      for (const questionId of buckets[part]) {
        const answer = form.answers[questionId];
        if (typeof answer !== 'string') continue;
        splitStatements(answer, input.statementUnit).forEach((text, n) => {
          const key = `${part}|${statementKey(text)}`;
          if (seen.has(key)) return;
          seen.add(key);
          const id = `form:${form.id ?? `draft-${visit.id}`}:${questionId}:${n}`;
          const statement: PackStatement = { id, findingsId: form.id, text, visitId: visit.id, councillorName };
          summary[part].push(statement);
        });
      }
    }
  }
  return summary;
}

function hosResponsesOf(input: PackInput, forms: Source[]): PackHosResponse[] {
  const out: PackHosResponse[] = [];
  for (const { form, packVisit, councillorName } of forms) {
    const request = input.requests.find((r) => r.findingsId === form.id);
    if (!request) continue;
    const answered = request.status === 'Responded' && !!request.response?.trim();
    out.push({
      visitId: packVisit.visitId,
      teamName: packVisit.teamName,
      councillorName,
      request: request.request,
      response: answered ? request.response : undefined,
      responderEmail: request.responderEmail,
      respondedAt: answered ? request.respondedAt : undefined
    });
  }
  return out;
}

/** Every section of the form as its template labels it; only answered questions are listed. */
function appendixOf(input: PackInput, { form, packVisit, councillorName }: Source): PackAppendix {
  const template = input.templates.getTemplate(form.templateId);
  return {
    findingsId: form.id,
    title: `${template.title}: ${councillorName}, ${packVisit.teamName}, ${longDay(packVisit.day)}`,
    councillorName,
    day: packVisit.day,
    teamName: packVisit.teamName,
    templateId: template.id,
    sections: template.sections.map((section) => ({
      heading: section.title,
      answers: section.questions
        .filter((q) => form.answers[q.id] !== undefined && String(form.answers[q.id]).trim() !== '')
        .map((q) => ({ label: q.label, text: String(form.answers[q.id]) }))
    }))
  };
}

/** The scoped themes: each form's visit day as the themes view dates its statements (visit, else sent). */
function themesOf(input: PackInput, themes: NonNullable<PackInput['themes']>, forms: Source[]): PackThemes | undefined {
  const visitById = new Map(input.visits.map((v) => [v.id, v]));
  const formDays = new Map<number, LocalDate>();
  for (const f of input.findings) {
    const when = visitById.get(f.visitId)?.visitStart ?? f.submittedAt;
    if (when && f.id !== undefined) formDays.set(f.id, londonDate(when));
  }
  const packFindingsIds = forms.map((s) => s.form.id).filter((id): id is number => id !== undefined);
  return packScopedThemes({ tagged: themes.tagged, taxonomy: themes.taxonomy, packFindingsIds, formDays });
}

export function buildCommitteePack(input: PackInput): CommitteePack {
  const { visits, forms } = sources(input);
  return {
    committee: input.committee,
    committeeDay: input.committeeDay,
    title: PACK_TITLE,
    purpose: purposeOf(visits),
    background: visits.map(backgroundOf),
    summary: summaryOf(input, forms),
    serviceResponse: input.serviceResponse ?? '',
    hosResponses: hosResponsesOf(input, forms),
    themes: input.themes && themesOf(input, input.themes, forms),
    appendices: forms.map((source) => appendixOf(input, source)),
    visits,
    visitFormat: visitFormatOf(input.agenda ?? []),
    outstanding: outstandingForms(input, chosenVisits(input)),
    integrityWarnings: integrityWarningsOf(input, forms)
  };
}

/** The pack's forms and requests that were changed outside the service. */
function integrityWarningsOf(input: PackInput, forms: Source[]): string[] {
  const formIds = new Set(forms.map((f) => f.form.id));
  const requestIds = new Set(input.requests.filter((r) => formIds.has(r.findingsId)).map((r) => r.id));
  return (input.outsideChanges ?? [])
    .filter((c) => (c.list === 'findings' ? formIds : requestIds).has(c.id))
    .map(describeOutsideChange);
}

/** The visits a pack covers, for a page that lists them beside the pack. */
export function packVisits(input: PackInput): PackVisit[] {
  return sources(input).visits;
}
