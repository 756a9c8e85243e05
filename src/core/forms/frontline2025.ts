// The 2025 councillor frontline visits form (seed 000 Appendix 2; real returns in seed 004) and the
// Appendix 1 question prompts. The council's name is a parameter so any council can use it as is.
import type { FormTemplate } from './template';

export const FRONTLINE_2025_ID = 'frontline-2025';

/** Question ids; they map one-to-one to the Visit Findings fields QualityStrengths etc. */
export const FRONTLINE_2025_QUESTION_IDS = [
  'qualityStrengths',
  'qualityDevelopment',
  'experienceStrengths',
  'experienceDevelopment',
  'escalationIssues'
] as const;

const NO_CHILD_DETAILS = 'Do not name children or give their ages or dates of birth.';

/**
 * The template for a council. `councilName` replaces "Cheshire East" in the seed wording,
 * e.g. `frontline2025('Cheshire East')`; the default reads "the council".
 */
export function frontline2025(councilName: string = 'the council'): FormTemplate {
  const council = councilName.trim() || 'the council';
  return {
    id: FRONTLINE_2025_ID,
    title: 'Councillor frontline visits form',
    version: '2025.1',
    description:
      'Your findings from the visit: the quality of frontline practice (what is working well and current ' +
      `challenges) and the support for the workforce. ${NO_CHILD_DETAILS} Findings are confidential until reported.`,
    sections: [
      {
        id: 'quality',
        title: 'Quality of practice',
        help: 'What is working well in frontline practice, and the current challenges.',
        findings: true,
        questions: [
          { id: 'qualityStrengths', label: 'Strengths', help: NO_CHILD_DETAILS, kind: 'longText', required: false },
          { id: 'qualityDevelopment', label: 'Areas for development', kind: 'longText', required: false }
        ]
      },
      {
        id: 'experience',
        title: `Experience of working for ${council}`,
        help: 'How staff are supported to deliver good quality practice: morale, workload, working conditions.',
        findings: true,
        questions: [
          { id: 'experienceStrengths', label: 'Strengths', kind: 'longText', required: false },
          { id: 'experienceDevelopment', label: 'Areas for development', kind: 'longText', required: false }
        ]
      },
      {
        id: 'escalation',
        title: 'Issues to be escalated to the head of service',
        help: 'Please provide any areas where you require a response from the head of service. Leave blank if none.',
        findings: false,
        questions: [
          {
            id: 'escalationIssues',
            label: 'Areas where you require a response from the head of service',
            shortLabel: 'Issues for the head of service',
            kind: 'longText',
            required: false
          }
        ]
      }
    ],
    prompts: [
      {
        id: 'practitioner',
        title: 'For one-to-one meetings with frontline practitioners',
        agendaPartIds: ['practitioner'],
        questions: [
          'Can you tell me about some work you are proud of?',
          'What was the impact of your work on that child/ young person?',
          'How do you assess or measure that your work has had an impact?',
          'Tell me about how you involved and worked together with the child/ young person, and their parents/ carers',
          "How did you try to understand the child/ young person's lived experience?",
          'How did you manage the risk involved?',
          "How were decisions made in the child/ young person's best interests?",
          'How do you work collaboratively with other agencies?',
          "What do you think the child/ young person, or the family would say about the work you're doing?"
        ]
      },
      {
        id: 'team-manager',
        title: 'For one-to-one meetings with team managers',
        agendaPartIds: ['team-manager'],
        questions: [
          'What improvements have you seen since the inspection?',
          'How do you support good quality practice in your team?',
          'How do you assess what impact your team is having on children and young people?',
          "Tell me about how you understand children/ young people's lived experiences?",
          "How do you make sure decisions are made in children/ young people's best interests?"
        ]
      },
      {
        id: 'focus-group',
        title: `For the focus group: on working in ${council}`,
        agendaPartIds: ['focus-group'],
        questions: [
          'What improvements have you seen since the inspection?',
          "Thinking about how you work with children and young people, and improving their outcomes - what are your team's strengths?",
          'What are the things that are getting in the way of achieving better outcomes? The things we need to change as an organisation.',
          `What's your experience of working in ${council} \u2013 starting with what's good about working here?`,
          `What could be better about working in ${council}?`,
          'How are you supported to keep improving and developing your work?'
        ]
      }
    ],
    escalation: { questionIds: ['escalationIssues'] },
    returnInstruction: 'Please send this completed form within one week of the visit.'
  };
}

export const FRONTLINE_2025_TEMPLATE: FormTemplate = frontline2025();
