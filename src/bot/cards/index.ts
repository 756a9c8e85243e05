// The bot's Adaptive Cards: typed builders over `*.template.json` templates, the action verbs and
// their validation, and the size rules. Plain JSON only; the Bot Framework glue lives elsewhere.
export * from './types';
export * from './limits';
export * from './verbs';
export { expandCard, addSubmitFallbacks, executeActions } from './expand';
export { buildBriefingCard, briefingCardData, type BriefingCardInput, type BriefingCardData } from './briefing';
export {
  buildFindingsSectionCard,
  findingsSectionCardData,
  type FindingsSectionCardInput,
  type FindingsSectionCardData
} from './findingsSection';
export {
  buildFindingsReceivedCard,
  findingsReceivedCardData,
  type FindingsReceivedCardInput
} from './findingsReceived';
export { buildFindingsReviewCard, findingsReviewCardData, type FindingsReviewCardInput } from './findingsReview';
export { buildFindingsSummaryCard, findingsSummaryCardData, type FindingsSummaryCardInput } from './findingsSummary';
export {
  buildHosRequestCard,
  hosRequestCardData,
  MAX_REFRESH_USERS,
  type HosOutcome,
  type HosRequestCardInput
} from './hosRequest';
export { buildHosQuestionCard, hosQuestionCardData, type HosQuestionCardInput } from './hosQuestion';
export { buildHosResponseCard, hosResponseCardData, type HosResponseCardInput } from './hosResponse';
export { buildReminderCard, reminderCardData, dueText, type ReminderCardInput } from './reminder';
export { buildOverdueCard, overdueCardData, type OverdueCardInput } from './overdue';
export {
  buildVisitChangeCard,
  visitChangeCardData,
  type VisitChangeCardInput,
  type VisitChangeKind
} from './visitChange';
export { buildUnknownUserCard, unknownUserCardData, type UnknownUserCardInput } from './unknownUser';
export { buildQuestionCard, questionCardData, type QuestionCardInput, type QuestionVariant } from './question';
export {
  buildMessageCard,
  buildActionErrorCard,
  messageCardData,
  type MessageCardInput,
  type MessageTone
} from './message';
