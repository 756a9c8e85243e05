// Every card's builder, data mapping and sample input in one table, so the shared checks run over
// all of them and a new template without an entry fails cards.test.ts.
import * as cards from '../../../src/bot/cards';
import { SAMPLE_INPUTS, type CardName } from '../../../src/bot/cards/samples';

export interface CardEntry {
  build(): cards.AdaptiveCardJson;
  data(): object;
  /** Text the rendered sample card must show. */
  shows: string[];
  /** False for cards that concern no visit (no "Open in SharePoint" needed). */
  concernsVisit: boolean;
}

function entry<I>(
  sample: () => I,
  build: (i: I) => cards.AdaptiveCardJson,
  data: (i: I) => object,
  shows: string[],
  concernsVisit = true
): CardEntry {
  return { build: () => build(sample()), data: () => data(sample()), shows, concernsVisit };
}

const S = SAMPLE_INPUTS;

export const CARDS: Record<CardName, CardEntry> = {
  briefing: entry(S.briefing, cards.buildBriefingCard, cards.briefingCardData, [
    'Court Team',
    'Thursday 24 July 2025',
    'Thursday 31 July 2025',
    '10:00 to 10:30',
    'Delamere House, Crewe',
    'Can you tell me about some work you are proud of?',
    'officer@example.gov.uk',
    'Acknowledge',
    'Ask a question',
    'Open in SharePoint'
  ]),
  findingsSection: entry(S.findingsSection, cards.buildFindingsSectionCard, cards.findingsSectionCardData, [
    'Councillor frontline visits form',
    'Please send it by Monday 21 July 2025',
    'Step 2 of 3',
    'Experience of working for the council',
    'Areas for development',
    'Back',
    'Save and continue',
    'Open the full form in SharePoint'
  ]),
  findingsReceived: entry(S.findingsReceived, cards.buildFindingsReceivedCard, cards.findingsReceivedCardData, [
    'Thank you',
    'Court Team',
    'Monday 28 July 2025 at 16:42',
    'head of service'
  ]),
  findingsReview: entry(S.findingsReview, cards.buildFindingsReviewCard, cards.findingsReviewCardData, [
    'Check your findings before you send them',
    'Cared for Teams, Monday 14 July 2025',
    'Please send it by Monday 21 July 2025',
    'could identify a child',
    'Step 3: Issues to be escalated to the head of service',
    'Send',
    'Go back and edit'
  ]),
  findingsSummary: entry(S.findingsSummary, cards.buildFindingsSummaryCard, cards.findingsSummaryCardData, [
    'Cared for Teams',
    'Sarah Bennett-Wake',
    'Monday 21 July 2025',
    'Issues escalated to the head of service',
    'How do we assess the quality of new foster carers?',
    'Quality of practice',
    'Areas for development'
  ]),
  hosRequest: entry(S.hosRequest, cards.buildHosRequestCard, cards.hosRequestCardData, [
    'Response requested',
    'Cared for Teams',
    'How do we assess the quality of new foster carers?',
    'Waiting for your response',
    'Respond',
    'Delegate',
    'Ask the councillor for more'
  ]),
  hosQuestion: entry(S.hosQuestion, cards.buildHosQuestionCard, cards.hosQuestionCardData, [
    'The head of service asks for more',
    'Cared for Teams',
    'assessment of new foster carers',
    'Send reply',
    'Open your form'
  ]),
  hosResponse: entry(S.hosResponse, cards.buildHosResponseCard, cards.hosResponseCardData, [
    'has responded',
    'Court Team',
    'it would be helpful to get feedback',
    'court timetable',
    'Wednesday 6 August 2025 at 10:30'
  ]),
  reminder: entry(S.reminder, cards.buildReminderCard, cards.reminderCardData, [
    'due in 2 days',
    'Thursday 31 July 2025',
    'Fill in the form'
  ]),
  overdue: entry(S.overdue, cards.buildOverdueCard, cards.overdueCardData, [
    'Findings form overdue',
    'Ben Wye',
    '1 day late',
    'Open the dashboard'
  ]),
  visitChange: entry(S.visitChange, cards.buildVisitChangeCard, cards.visitChangeCardData, [
    'Visit rearranged',
    'Thursday 24 July 2025 at 10:00 to 12:30',
    'Tuesday 22 July 2025 at 10:00',
    'Clash with an additional committee meeting.'
  ]),
  unknownUser: entry(
    S.unknownUser,
    cards.buildUnknownUserCard,
    cards.unknownUserCardData,
    ["We couldn't match your Teams account", 'officer@example.gov.uk'],
    false
  ),
  question: entry(S.question, cards.buildQuestionCard, cards.questionCardData, [
    'Question from Ben Wye',
    'Is there parking at Delamere House',
    'cllr.wye@example.gov.uk'
  ]),
  message: entry(
    S.message,
    cards.buildMessageCard,
    cards.messageCardData,
    ['This visit has been cancelled', 'your answers were not saved'],
    false
  )
};
