// The planner's public contract: what an officer's rota, people and calendar look like going in,
// and the draft visits plus the reasons a full plan was not possible coming out.
import type { ProcessConfig } from '../config';
import { DomainError } from '../errors';
import type { Councillor, IsoDateTime, LocalDate, QaActivity, Team, Visit, YearMonth } from '../model';

/** One row of the yearly rota. Structurally compatible with samples' RotaSlot. */
export interface PlannerSlot {
  area: string;
  /** Team ids; may be combined with teamNames. */
  teamIds?: number[];
  /** Team names, resolved against `teams` (exact match first, then ignoring case). */
  teamNames?: string[];
  /** Planned month, `YYYY-MM`. */
  month: YearMonth;
  /** Committee the findings are reported to; must be one of config.committees. */
  committee: string;
  /** London day of that committee meeting. */
  committeeDay?: LocalDate;
  /** The same as an instant; wins over committeeDay when both are given. */
  committeeDate?: IsoDateTime;
}

/** Inclusive range of London days a councillor cannot visit. */
export interface UnavailableRange {
  from: LocalDate;
  to: LocalDate;
}

export type Unavailability = LocalDate | UnavailableRange;

export interface PlannerInput {
  slots: PlannerSlot[];
  teams: Team[];
  /** Everyone on record; only active members of a config committee must visit. */
  councillors: Councillor[];
  qaCalendar: QaActivity[];
  /** Unavailable days per councillor e-mail (any case). */
  availability?: Record<string, Unavailability[]>;
  /** Closed days besides weekends (calendar/visitDays.ts; Christmas Day is closed even if not listed). */
  bankHolidays?: LocalDate[];
  config: ProcessConfig;
}

/** A draft Visit Rota item: no list id yet, but a day and start are always chosen. */
export interface PlannedVisit extends Omit<Visit, 'id' | 'visitStart'> {
  visitStart: IsoDateTime;
  /** London day of the visit. */
  visitDay: LocalDate;
}

export type PlanIssueKind = 'uncovered-team' | 'unassigned-councillor' | 'no-clash-free-day' | 'missing-volunteer';

/** Which rule stopped the plan, so a UI can group and an officer knows what to change. */
export type PlanConstraint =
  /** Fewer councillor-visits than first visits to teams. */
  | 'capacity'
  /** Enough councillors overall, but those free that month are needed for other visits. */
  | 'competing-demand'
  /** Councillors' unavailable days. */
  | 'availability'
  /** QA activity, committee meetings, elections, bank holidays and weekends. */
  | 'clash-free-days'
  /** A day could not be found that suits the councillor, their other visit and the team's other visits. */
  | 'scheduling'
  /** Every visit in the months the councillor is free already has its councillors. */
  | 'no-open-visit'
  /** Visits need several councillors and no partner is free on a common day. */
  | 'pairing'
  /** Too few second-visit volunteers. */
  | 'volunteers';

export interface BlockedDay {
  day: LocalDate;
  /** e.g. `Bank holiday`, `Practice week (example) (Practice week)`. */
  reasons: string[];
}

export interface CouncillorClash {
  councillorEmail: string;
  /** For messages: people are named, never shown as e-mail addresses. */
  councillorName: string;
  reason: string;
}

export interface PlanIssue {
  kind: PlanIssueKind;
  constraint: PlanConstraint;
  /** One sentence an officer can act on. */
  message: string;
  councillorEmail?: string;
  teamId?: number;
  teamName?: string;
  area?: string;
  month?: YearMonth;
  /** Councillor-visits available vs needed, where numbers explain the problem. */
  capacity?: { available: number; needed: number };
  /** no-clash-free-day: every weekday of the month and what blocked it. */
  blockedDays?: BlockedDay[];
  /** uncovered-team: why each councillor could not take the visit. */
  clashes?: CouncillorClash[];
}

export type PlanWarningKind = 'no-data-protection-training' | 'unknown-availability-councillor';

/** Flags for the officer; they never block a plan. */
export interface PlanWarning {
  kind: PlanWarningKind;
  message: string;
  councillorEmail: string;
}

export interface PlanSummary {
  /** Active councillors on a configured committee. */
  members: number;
  /** Councillor-visits on offer: one per member plus volunteers' second visits. */
  councillorVisits: number;
  /** Team slots in the rota (a team in two rows counts twice). */
  teamSlots: number;
  teamSlotsCovered: number;
  visitsPlanned: number;
}

export interface RotaPlan {
  visits: PlannedVisit[];
  issues: PlanIssue[];
  warnings: PlanWarning[];
  /** True when there are no issues: every member has their visits and every team is covered. */
  complete: boolean;
  summary: PlanSummary;
}

/** The planner's input breaks the data contract; `problems` lists every fault found. */
export class PlannerInputError extends DomainError {
  public readonly problems: string[];

  public constructor(problems: string[]) {
    super('InvalidPlannerInput', `The rota cannot be planned: ${problems.join('; ')}.`);
    this.name = 'PlannerInputError';
    this.problems = problems;
  }
}
