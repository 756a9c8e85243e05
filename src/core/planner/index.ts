// The rota planner: planRota turns a yearly rota, the members and the QA calendar into draft visits.
export { planRota } from './planner';
export { PlannerInputError } from './types';
export type {
  BlockedDay,
  CouncillorClash,
  PlanConstraint,
  PlanIssue,
  PlanIssueKind,
  PlannedVisit,
  PlannerInput,
  PlannerSlot,
  PlanSummary,
  PlanWarning,
  PlanWarningKind,
  RotaPlan,
  Unavailability,
  UnavailableRange
} from './types';
