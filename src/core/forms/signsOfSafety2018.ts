// The 2018 "Elected member frontline safeguarding team visits" form (seed 001, guidance version 2,
// June 2018): a Signs of Safety grid, a 0-10 scaling and the names of staff involved. The head of
// service feedback box is not a question: it is the Head of Service Responses list.
import type { GridAxis, Question, Section, FormTemplate } from './template';

export const SIGNS_OF_SAFETY_2018_ID = 'signs-of-safety-2018';

export const SOS_ROWS: GridAxis[] = [
  { id: 'staffing', label: 'Staffing' },
  { id: 'performance', label: 'Performance' },
  { id: 'other', label: 'Other' }
];

export const SOS_COLUMNS: GridAxis[] = [
  { id: 'worried', label: 'What are we worried about?' },
  { id: 'workingWell', label: 'What is working well?' },
  { id: 'needsToHappen', label: 'What needs to happen?' }
];

const ROW_HELP: Record<string, string> = {
  staffing: 'Vacancies and agency cover, experience and skills, attendance, morale, support systems.',
  performance: 'Child focus, referral and management systems, workloads, multi-agency engagement.',
  other: 'Anything else that affects effective services to safeguard children and young people.'
};

// Worries and what needs to happen are the "key issues" the 2018 process sent to the head of service.
const ESCALATED_COLUMNS = ['worried', 'needsToHappen'];

function gridSection(row: GridAxis): Section {
  const questions: Question[] = SOS_COLUMNS.map((column) => ({
    id: `${row.id}.${column.id}`,
    label: column.label,
    kind: 'longText',
    required: false,
    grid: { row: row.id, column: column.id }
  }));
  return { id: row.id, title: row.label, help: ROW_HELP[row.id], findings: true, questions };
}

export const SIGNS_OF_SAFETY_2018_TEMPLATE: FormTemplate = {
  id: SIGNS_OF_SAFETY_2018_ID,
  title: 'Elected member frontline safeguarding team visits form',
  version: '2018.2',
  description:
    'Signs of Safety: what are we worried about, what is working well, what needs to happen, for staffing, ' +
    'performance and other issues. Only insert commentary where you have gathered information. ' +
    'Do not name children or give their ages or dates of birth.',
  sections: [
    {
      id: 'visit',
      title: 'About the visit',
      findings: false,
      questions: [
        {
          id: 'staffInvolved',
          label: 'Names of staff involved in visit',
          kind: 'text',
          required: false,
          maxLength: 1000
        }
      ]
    },
    ...SOS_ROWS.map(gridSection),
    {
      id: 'scaling',
      title: 'Scaling',
      help: 'Please put a number from 0 to 10.',
      findings: false,
      questions: [
        {
          id: 'scaling',
          label:
            'Please scale the effectiveness of this service in keeping children and young people safe ' +
            '(0 is not effective and 10 is highly effective)',
          shortLabel: 'Scaling (0-10)',
          kind: 'scale',
          required: true,
          min: 0,
          max: 10
        }
      ]
    }
  ],
  grid: { rows: SOS_ROWS, columns: SOS_COLUMNS },
  prompts: [
    {
      id: 'staffing',
      title: 'Staffing',
      agendaPartIds: [],
      questions: [
        'Are there vacancies in the team? If so, are these covered by agency staff?',
        'Do staff have the relevant experience and skills?',
        'Are attendance levels good?',
        'Is staff morale positive?',
        'Do staff have the support systems they need?, eg IT, office accommodation, communication needs.'
      ]
    },
    {
      id: 'performance',
      title: 'Performance',
      agendaPartIds: [],
      questions: [
        'Is the service children and young person focused?',
        'Are referral, monitoring and management systems working well?',
        'Any issues impacting on performance, eg, workloads?',
        'Is multi-agency engagement good?'
      ]
    },
    {
      id: 'other',
      title: 'Other',
      agendaPartIds: [],
      questions: [
        'Were there any other issues raised that impact on providing effective services to safeguard children and young people?'
      ]
    }
  ],
  escalation: {
    questionIds: SOS_ROWS.reduce<string[]>(
      (ids, row) => ids.concat(ESCALATED_COLUMNS.map((column) => `${row.id}.${column}`)),
      []
    )
  },
  returnInstruction: 'Please send this completed form within 4 weeks of the visit.'
};
