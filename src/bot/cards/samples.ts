// Sample inputs for every card, from the 2025/26 seed (src/core/samples): the card tests build
// each card from these, and each `<name>.data.json` is exactly what its builder makes of them,
// so the sample data a designer opens is the data the product produces.
import { AGENDA_2025, FRONTLINE_2025 } from '../../core/config';
import { findingsDueDate, responseDueDate } from '../../core/deadlines';
import { FRONTLINE_2025_TEMPLATE, validateFindings } from '../../core/forms';
import type { Team, Visit } from '../../core/model';
import { BENNETT_WAKE, WYE } from '../../core/samples/forms2025';
import { BEN_WYE, CFCCL_MEMBERS_2025, TEAMS_2025 } from '../../core/samples/rota2025';
import { POINT_OF_CONTACT, VISITS_2025 } from '../../core/samples/visits2025';
import type { BriefingCardInput } from './briefing';
import type { FindingsReceivedCardInput } from './findingsReceived';
import type { FindingsReviewCardInput } from './findingsReview';
import type { FindingsSectionCardInput } from './findingsSection';
import type { FindingsSummaryCardInput } from './findingsSummary';
import type { HosRequestCardInput } from './hosRequest';
import type { HosQuestionCardInput } from './hosQuestion';
import type { HosResponseCardInput } from './hosResponse';
import type { MessageCardInput } from './message';
import type { OverdueCardInput } from './overdue';
import type { QuestionCardInput } from './question';
import type { ReminderCardInput } from './reminder';
import type { UnknownUserCardInput } from './unknownUser';
import type { VisitChangeCardInput } from './visitChange';
import type { Person } from './types';

const SITE = 'https://contoso.sharepoint.com/sites/frontline';
const team = (name: string): Team => TEAMS_2025.find((t) => t.name === name) as Team;
const visitOf = (t: Team): Visit => VISITS_2025.find((v) => v.teamId === t.id) as Visit;
const pageFor = (v: Visit): string => `${SITE}/SitePages/Visit.aspx?visitId=${v.id}`;
const formFor = (v: Visit): string => `${SITE}/SitePages/Findings.aspx?visitId=${v.id}`;

/** Ben Wye's visit to the Court Team, Thursday 24 July 2025 at 10:00 (seed 004), as booked before it happened. */
export const SAMPLE_TEAM = team('Court Team');
export const SAMPLE_VISIT: Visit = { ...visitOf(SAMPLE_TEAM), status: 'Booked' };
/** Sarah Bennett-Wake's visit to the Cared for Teams, Monday 14 July 2025. */
export const SAMPLE_TEAM_2 = team('Cared for Teams');
export const SAMPLE_VISIT_2: Visit = { ...visitOf(SAMPLE_TEAM_2), status: 'Visited' };

export const SAMPLE_CONTACT: Person = { name: 'Rota officer', email: POINT_OF_CONTACT };
const wye: Person = { name: BEN_WYE.name, email: BEN_WYE.email };
const bennettWake = CFCCL_MEMBERS_2025.find((c) => c.name === 'Sarah Bennett-Wake');
const sarah: Person = { name: bennettWake?.name, email: bennettWake?.email ?? '' };
const hos: Person = { email: SAMPLE_TEAM.headOfServiceEmail };

export const SAMPLE_INPUTS = {
  briefing: (): BriefingCardInput => ({
    visit: SAMPLE_VISIT,
    team: SAMPLE_TEAM,
    councillor: BEN_WYE,
    agenda: AGENDA_2025,
    template: FRONTLINE_2025_TEMPLATE,
    pointOfContact: SAMPLE_CONTACT,
    visitUrl: pageFor(SAMPLE_VISIT),
    dueAt: findingsDueDate(SAMPLE_VISIT.visitStart as string, FRONTLINE_2025)
  }),
  findingsSection: (): FindingsSectionCardInput => ({
    visit: SAMPLE_VISIT_2,
    team: SAMPLE_TEAM_2,
    template: FRONTLINE_2025_TEMPLATE,
    sectionId: 'experience',
    answers: BENNETT_WAKE.answers,
    etag: '"3"',
    dueAt: findingsDueDate(SAMPLE_VISIT_2.visitStart as string, FRONTLINE_2025),
    formUrl: formFor(SAMPLE_VISIT_2)
  }),
  findingsReview: (): FindingsReviewCardInput => {
    const answers = {
      ...BENNETT_WAKE.answers,
      qualityStrengths: `${String(BENNETT_WAKE.answers.qualityStrengths)}\n\nJamie, aged 7, told us about his social worker.`
    };
    return {
      visit: SAMPLE_VISIT_2,
      team: SAMPLE_TEAM_2,
      template: FRONTLINE_2025_TEMPLATE,
      answers,
      warnings: validateFindings(FRONTLINE_2025_TEMPLATE, answers, 'submit').warnings,
      etag: '"4"',
      dueAt: findingsDueDate(SAMPLE_VISIT_2.visitStart as string, FRONTLINE_2025),
      formUrl: formFor(SAMPLE_VISIT_2)
    };
  },
  findingsReceived: (): FindingsReceivedCardInput => ({
    visit: SAMPLE_VISIT,
    team: SAMPLE_TEAM,
    councillor: wye,
    submittedAt: '2025-07-28T15:42:00.000Z',
    escalated: true,
    pointOfContact: SAMPLE_CONTACT,
    formUrl: formFor(SAMPLE_VISIT)
  }),
  findingsSummary: (): FindingsSummaryCardInput => ({
    visit: SAMPLE_VISIT_2,
    team: SAMPLE_TEAM_2,
    councillor: sarah,
    template: FRONTLINE_2025_TEMPLATE,
    answers: BENNETT_WAKE.answers,
    submittedAt: '2025-07-18T11:05:00.000Z',
    dueAt: findingsDueDate(SAMPLE_VISIT_2.visitStart as string, FRONTLINE_2025),
    formUrl: formFor(SAMPLE_VISIT_2)
  }),
  hosRequest: (): HosRequestCardInput => ({
    request: {
      id: 7,
      findingsId: 3,
      visitId: SAMPLE_VISIT_2.id,
      responderEmail: SAMPLE_TEAM_2.headOfServiceEmail,
      status: 'Requested',
      request: String(BENNETT_WAKE.answers.escalationIssues),
      requestedAt: '2025-07-18T11:05:00.000Z'
    },
    visit: SAMPLE_VISIT_2,
    team: SAMPLE_TEAM_2,
    councillor: sarah,
    responseDue: responseDueDate('2025-07-18T11:05:00.000Z', FRONTLINE_2025),
    formUrl: formFor(SAMPLE_VISIT_2),
    refreshUserIds: ['29:1hos-cared-for-children-sample']
  }),
  hosResponse: (): HosResponseCardInput => ({
    request: {
      id: 9,
      findingsId: 4,
      visitId: SAMPLE_VISIT.id,
      responderEmail: hos.email,
      status: 'Responded',
      request: String(WYE.answers.escalationIssues),
      response:
        'Thank you for visiting the Court Team and for your comments.\n\nThe service manager will share the court timetable work with you, and we will include an update in the next improvement plan report.',
      requestedAt: '2025-07-28T15:42:00.000Z',
      respondedAt: '2025-08-06T09:30:00.000Z'
    },
    visit: SAMPLE_VISIT,
    team: SAMPLE_TEAM,
    responder: hos,
    formUrl: formFor(SAMPLE_VISIT)
  }),
  hosQuestion: (): HosQuestionCardInput => ({
    requestId: 7,
    visit: SAMPLE_VISIT_2,
    team: SAMPLE_TEAM_2,
    from: { name: 'Head of service, Cared for Children and Care Leavers', email: SAMPLE_TEAM_2.headOfServiceEmail },
    question: 'Which part of the assessment of new foster carers would you like to hear more about?',
    askedAt: '2025-07-21T14:05:00.000Z',
    formUrl: formFor(SAMPLE_VISIT_2)
  }),
  reminder: (): ReminderCardInput => ({
    visit: SAMPLE_VISIT,
    team: SAMPLE_TEAM,
    dueDate: '2025-07-31T22:59:59.999Z',
    now: '2025-07-29T08:00:00.000Z',
    formUrl: formFor(SAMPLE_VISIT)
  }),
  overdue: (): OverdueCardInput => ({
    visit: SAMPLE_VISIT,
    team: SAMPLE_TEAM,
    councillor: wye,
    dueDate: '2025-07-31T22:59:59.999Z',
    now: '2025-08-01T08:00:00.000Z',
    dashboardUrl: `${SITE}/SitePages/Dashboard.aspx`,
    visitUrl: pageFor(SAMPLE_VISIT)
  }),
  visitChange: (): VisitChangeCardInput => ({
    change: 'rearranged',
    visit: { ...SAMPLE_VISIT, status: 'Rearranged', statusReason: 'Clash with an additional committee meeting.' },
    team: SAMPLE_TEAM,
    previousStart: '2025-07-22T09:00:00.000Z',
    visitUrl: pageFor(SAMPLE_VISIT)
  }),
  unknownUser: (): UnknownUserCardInput => ({ contact: SAMPLE_CONTACT }),
  question: (): QuestionCardInput => ({
    variant: 'forwarded',
    visit: SAMPLE_VISIT,
    team: SAMPLE_TEAM,
    councillor: wye,
    pointOfContact: SAMPLE_CONTACT,
    question: 'Is there parking at Delamere House, and who should I ask for at reception?',
    askedAt: '2025-07-21T16:20:00.000Z',
    visitUrl: pageFor(SAMPLE_VISIT)
  }),
  message: (): MessageCardInput => ({
    title: 'This visit has been cancelled',
    text: 'The findings form for this visit is closed, so your answers were not saved.',
    tone: 'warning',
    facts: [{ title: 'Visit', value: `${SAMPLE_TEAM.name}, Thursday 24 July 2025` }]
  })
};

export type CardName = keyof typeof SAMPLE_INPUTS;
