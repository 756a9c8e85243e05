// Builds the dashboard rows. Pure: the caller loads the lists and passes "now". A visit whose day has
// passed counts as visited even while its status still says Booked (the status moves on submission).
import type { ProcessConfig } from '../config';
import { daysOverdue, effectiveDueDate } from '../deadlines';
import type { Councillor, Findings, HeadOfServiceRequest, IsoDateTime, Team, Visit } from '../model';
import { AWAITING_RESPONSE, requestDueDate } from '../reminders';
import { awaitsFindings, councillorsOf } from '../visitStatus';
import { normalizeEmail } from '../email';
import { briefingAcknowledgements } from '../services/briefing';
import { londonDate } from '../time/london';
import {
  DISPLAY_LABELS,
  type CouncillorProgress,
  type DashboardRow,
  type DisplayStatus,
  type RequestProgress
} from './types';

const FIXED: Partial<Record<Visit['status'], DisplayStatus>> = {
  Planned: 'planned',
  Rearranged: 'rearranged',
  Cancelled: 'cancelled',
  Reported: 'reported',
  Responded: 'responded'
};

type RowsConfig = Pick<ProcessConfig, 'returnPeriodDays' | 'responsePeriodDays'>;

function requestProgress(r: HeadOfServiceRequest, config: RowsConfig, now: IsoDateTime): RequestProgress {
  const dueDate = requestDueDate(r, config);
  return {
    id: r.id as number,
    status: r.status,
    responderEmail: r.responderEmail,
    requestedAt: r.requestedAt,
    respondedAt: r.respondedAt,
    dueDate,
    daysLate: AWAITING_RESPONSE.indexOf(r.status) >= 0 ? daysOverdue(dueDate, now) : 0
  };
}

/** After every form is in: waiting on the head of service, answered, or nothing was escalated. */
function afterReturn(people: CouncillorProgress[]): DisplayStatus {
  const requests = people.map((p) => p.request).filter((r): r is RequestProgress => !!r);
  if (requests.some((r) => r.status !== 'Responded')) return 'awaiting-head-of-service';
  return requests.length ? 'responded' : 'findings-returned';
}

function displayStatus(visit: Visit, people: CouncillorProgress[], now: IsoDateTime): DisplayStatus {
  const fixed = FIXED[visit.status];
  if (fixed) return fixed;
  const allIn = people.length > 0 && people.every((p) => p.findings === 'submitted');
  if (visit.status === 'FindingsReturned' || allIn) return afterReturn(people);
  const happened = !!visit.visitStart && Date.parse(now) >= Date.parse(visit.visitStart);
  if (visit.status !== 'Visited' && !happened) return visit.status === 'Briefed' ? 'briefed' : 'booked';
  return people.some((p) => p.daysLate > 0) ? 'findings-overdue' : 'awaiting-findings';
}

/** Days late the row shows: of the awaited forms, or, awaiting the head of service, of the awaited responses. */
function rowDaysLate(status: DisplayStatus, people: CouncillorProgress[]): number {
  if (status === 'findings-overdue') return people.reduce((max, p) => Math.max(max, p.daysLate), 0);
  if (status === 'awaiting-head-of-service')
    return people.reduce((max, p) => Math.max(max, p.request?.daysLate ?? 0), 0);
  return 0;
}

function labelOf(status: DisplayStatus, daysLate: number): string {
  const base = DISPLAY_LABELS[status];
  return daysLate > 0 ? `${base} (${daysLate} day${daysLate === 1 ? '' : 's'} late)` : base;
}

export function dashboardRows(
  visits: readonly Visit[],
  findings: readonly Findings[],
  requests: readonly HeadOfServiceRequest[],
  teams: readonly Team[],
  councillors: readonly Councillor[],
  now: IsoDateTime,
  config: RowsConfig
): DashboardRow[] {
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const nameOf = new Map(councillors.map((c) => [normalizeEmail(c.email), c.name]));
  const formOf = new Map(findings.map((f) => [`${f.visitId}|${normalizeEmail(f.councillorEmail)}`, f]));
  const requestOf = new Map(requests.map((r) => [r.findingsId, r]));

  const rows = visits.map((visit): DashboardRow => {
    const due = effectiveDueDate(visit, config);
    const happened = !!visit.visitStart && Date.parse(now) >= Date.parse(visit.visitStart);
    const awaiting = happened && awaitsFindings(visit.status);
    const acks = briefingAcknowledgements(visit);
    const people = councillorsOf(visit).map((email): CouncillorProgress => {
      const form = formOf.get(`${visit.id}|${email}`);
      const submitted = form?.status === 'Submitted';
      const request = form?.id !== undefined && submitted ? requestOf.get(form.id) : undefined;
      return {
        email,
        name: nameOf.get(email) ?? email,
        findings: submitted ? 'submitted' : form ? 'draft' : 'none',
        submittedAt: submitted ? form?.submittedAt : undefined,
        daysLate: awaiting && !submitted && due ? daysOverdue(due, now) : 0,
        request: request ? requestProgress(request, config, now) : undefined,
        acknowledgedAt: acks[email]
      };
    });
    const status = displayStatus(visit, people, now);
    const daysLate = rowDaysLate(status, people);
    return {
      visitId: visit.id,
      title: visit.title,
      teamId: visit.teamId,
      teamName: teamById.get(visit.teamId)?.name ?? `Team ${visit.teamId}`,
      area: visit.area,
      visitMonth: visit.visitMonth,
      visitStart: visit.visitStart,
      visitDay: visit.visitStart ? londonDate(visit.visitStart) : undefined,
      committee: visit.committee,
      committeeDate: visit.committeeDate,
      committeeDay: visit.committeeDate ? londonDate(visit.committeeDate) : undefined,
      visitStatus: visit.status,
      status,
      label: labelOf(status, daysLate),
      reason: visit.statusReason,
      dueDate: due,
      daysLate,
      councillors: people,
      multiCouncillor: people.length > 1,
      submittedCount: people.filter((p) => p.findings === 'submitted').length,
      briefingLine: status === 'briefed' ? briefingLine(people) : undefined
    };
  });
  // In date order (planned visits by month), so the officer reads the year top to bottom.
  const when = (r: DashboardRow): string => r.visitStart ?? `${r.visitMonth}-99`;
  return rows.sort((a, b) => when(a).localeCompare(when(b)) || a.title.localeCompare(b.title) || a.visitId - b.visitId);
}

/** "Acknowledged by Anna Able; not yet by Ben Bold" (or "by everyone" / who alone has not). */
export function briefingLine(people: readonly Pick<CouncillorProgress, 'name' | 'acknowledgedAt'>[]): string {
  const names = (ps: readonly Pick<CouncillorProgress, 'name'>[]): string => ps.map((p) => p.name).join(', ');
  const done = people.filter((p) => !!p.acknowledgedAt);
  const notYet = people.filter((p) => !p.acknowledgedAt);
  if (!done.length) return `Briefing not yet acknowledged by ${names(notYet)}`;
  return notYet.length
    ? `Acknowledged by ${names(done)}; not yet by ${names(notYet)}`
    : `Acknowledged by ${names(done)}`;
}

/**
 * Who is on the visit, and, while the forms of a visit made by more than one councillor are being
 * awaited, whose form is in and whose is still outstanding: "Anna Able (sent), Ben Bold (outstanding)".
 */
export function councillorsLabel(row: Pick<DashboardRow, 'councillors' | 'multiCouncillor' | 'status'>): string {
  if (!row.councillors.length) return 'None yet';
  const awaiting = row.multiCouncillor && (row.status === 'awaiting-findings' || row.status === 'findings-overdue');
  return row.councillors
    .map((c) => (awaiting ? `${c.name} (${c.findings === 'submitted' ? 'sent' : 'outstanding'})` : c.name))
    .join(', ');
}
