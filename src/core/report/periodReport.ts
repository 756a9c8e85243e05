// The period report (2025: yearly; 2018: six-monthly), built the same way across all meetings of
// a period: the visits on the rota against those made (cancellations and rearrangements named),
// the findings forms returned on time, late or still outstanding (the pack's own rule,
// pack/outstanding.ts, over the due-date rule in deadlines.ts), the head of service's response
// times (the response-due rule, reminders/responses.ts) and the themes by meeting (periodThemes.ts).
import type { ProcessConfig } from '../config';
import { daysOverdue } from '../deadlines';
import type { Councillor, Findings, HeadOfServiceRequest, IsoDateTime, LocalDate, Team, Visit } from '../model';
import { outstandingForms } from '../pack/outstanding';
import type { PackOutstanding } from '../pack/types';
import { normalizeEmail } from '../email';
import { requestDueDate } from '../reminders';
import { councillorsOf, HOLDS_TIME } from '../visitStatus';
import type { TaggedStatement, Taxonomy } from '../themes/types';
import { daysBetween, londonDate } from '../time/london';
import { inPeriod, type ReportPeriod } from './period';
import { periodThemes, type PeriodThemes } from './periodThemes';

export interface PeriodReportInput {
  period: ReportPeriod;
  visits: readonly Visit[];
  findings: readonly Findings[];
  requests: readonly HeadOfServiceRequest[];
  teams: readonly Team[];
  councillors: readonly Councillor[];
  config: Pick<ProcessConfig, 'returnPeriodDays' | 'responsePeriodDays'>;
  /** When the figures are taken: visits after it are still to come, forms due before it and not sent are outstanding. */
  asOf: IsoDateTime;
  /** Tagged statements (forms and history), for the themes by meeting; absent: no themes. */
  themes?: { tagged: readonly TaggedStatement[]; taxonomy: Taxonomy };
}

export type VisitState = 'made' | 'to come' | 'cancelled';

export interface PeriodVisit {
  visitId: number;
  teamName: string;
  area: string;
  /** The rota's month, `YYYY-MM`. */
  plannedMonth: string;
  /** London day of the visit, when booked. */
  day?: LocalDate;
  councillorNames: string[];
  state: VisitState;
  /** Why it was rearranged (it may have been made since) or cancelled. */
  rearranged?: string;
  cancelled?: string;
}

export interface PeriodResponse {
  visitId: number;
  teamName: string;
  councillorName: string;
  requestedDay: LocalDate;
  dueDay: LocalDate;
  respondedDay?: LocalDate;
  /** London days from request to answer. */
  days?: number;
  state: 'answered in time' | 'answered late' | 'awaiting' | 'overdue';
}

export interface PeriodReport {
  period: ReportPeriod;
  asOf: IsoDateTime;
  visits: PeriodVisit[];
  forms: {
    /** One per councillor on each visit made. */
    expected: number;
    onTime: number;
    late: PackOutstanding[];
    /** Not sent and past the due day. */
    overdue: PackOutstanding[];
    /** Not sent, not yet due. */
    notYetDue: PackOutstanding[];
    returnPeriodDays: number;
  };
  responses: {
    rows: PeriodResponse[];
    answered: number;
    withinTime: number;
    /** London days, over the answered requests (undefined: none answered). */
    medianDays?: number;
    longestDays?: number;
    awaiting: number;
    overdue: number;
    responsePeriodDays: number;
  };
  themes?: PeriodThemes;
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function visitState(v: Visit, asOf: IsoDateTime): VisitState {
  if (v.status === 'Cancelled') return 'cancelled';
  const held = HOLDS_TIME.indexOf(v.status) >= 0 && !!v.visitStart && v.visitStart <= asOf;
  return held ? 'made' : 'to come';
}

export function buildPeriodReport(input: PeriodReportInput): PeriodReport {
  const { period, asOf, config } = input;
  const teamName = (id: number): string => input.teams.find((t) => t.id === id)?.name ?? `Team ${id}`;
  const nameOf = (email: string): string =>
    input.councillors.find((c) => normalizeEmail(c.email) === normalizeEmail(email))?.name ?? email;
  const inScope = input.visits
    .filter((v) => inPeriod(v.visitMonth, period))
    .sort(
      (a, b) =>
        a.visitMonth.localeCompare(b.visitMonth) ||
        (a.visitStart ?? '').localeCompare(b.visitStart ?? '') ||
        a.id - b.id
    );
  const visits: PeriodVisit[] = inScope.map((v) => {
    const state = visitState(v, asOf);
    const reason = v.statusReason?.trim();
    return {
      visitId: v.id,
      teamName: teamName(v.teamId),
      area: v.area,
      plannedMonth: v.visitMonth,
      day: v.visitStart ? londonDate(v.visitStart) : undefined,
      councillorNames: councillorsOf(v).map(nameOf),
      state,
      ...(reason && state === 'cancelled' ? { cancelled: reason } : {}),
      ...(reason && state !== 'cancelled' ? { rearranged: reason } : {})
    };
  });
  const made = inScope.filter((v) => visitState(v, asOf) === 'made');
  const pending = outstandingForms(
    {
      committeeDay: londonDate(asOf),
      findings: input.findings,
      teams: input.teams,
      councillors: input.councillors,
      returnPeriodDays: config.returnPeriodDays,
      asOf
    },
    made
  );
  const expected = made.reduce((n, v) => n + councillorsOf(v).length, 0);
  const late = pending.filter((o) => o.state === 'late');
  const overdue = pending.filter((o) => o.state === 'outstanding' && o.daysLate > 0);
  const notYetDue = pending.filter((o) => o.state === 'outstanding' && o.daysLate === 0);
  return {
    period,
    asOf,
    visits,
    forms: {
      expected,
      onTime: expected - pending.length,
      late,
      overdue,
      notYetDue,
      returnPeriodDays: config.returnPeriodDays
    },
    responses: responsesOf(input, inScope, teamName, nameOf),
    themes: input.themes && periodThemes({ ...input.themes, visits: inScope, findings: input.findings })
  };
}

function responsesOf(
  input: PeriodReportInput,
  inScope: readonly Visit[],
  teamName: (id: number) => string,
  nameOf: (email: string) => string
): PeriodReport['responses'] {
  const byId = new Map(inScope.map((v) => [v.id, v]));
  const rows: PeriodResponse[] = input.requests
    .filter((r) => byId.has(r.visitId))
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt))
    .map((r) => {
      const visit = byId.get(r.visitId) as Visit;
      const form = input.findings.find((f) => f.id === r.findingsId);
      const due = requestDueDate(r, input.config);
      const base = {
        visitId: r.visitId,
        teamName: teamName(visit.teamId),
        councillorName: form ? nameOf(form.councillorEmail) : '',
        requestedDay: londonDate(r.requestedAt),
        dueDay: londonDate(due)
      };
      if (r.status === 'Responded' && r.respondedAt) {
        const respondedDay = londonDate(r.respondedAt);
        const inTime = daysOverdue(due, r.respondedAt) === 0;
        const days = daysBetween(base.requestedDay, respondedDay);
        return { ...base, respondedDay, days, state: inTime ? 'answered in time' : 'answered late' };
      }
      return { ...base, state: daysOverdue(due, input.asOf) > 0 ? 'overdue' : 'awaiting' };
    });
  const days = rows.map((r) => r.days).filter((d): d is number => d !== undefined);
  return {
    rows,
    answered: days.length,
    withinTime: rows.filter((r) => r.state === 'answered in time').length,
    medianDays: median(days),
    longestDays: days.length ? Math.max(...days) : undefined,
    awaiting: rows.filter((r) => r.state === 'awaiting' || r.state === 'overdue').length,
    overdue: rows.filter((r) => r.state === 'overdue').length,
    responsePeriodDays: input.config.responsePeriodDays
  };
}
