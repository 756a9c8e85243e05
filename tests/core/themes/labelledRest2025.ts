// Every other statement of the three July 2025 forms (seed 004 appendices, as split by
// splitStatements), labelled by hand AFTER the rules were written and WITHOUT running the tagger on
// them. It is the closest thing to held-out text the seeds allow, so the evaluation reports it
// separately. Many are context-dependent fragments ("Is this paid back?") labelled as read alone.
import type { Labelled } from './labelled';

const group = (form: string, area: Labelled['area'], kind: Labelled['kind'], list: [string, string[]][]): Labelled[] =>
  list.map(([text, expected]) => ({
    text,
    expected,
    paper: 'seed-004',
    ref: `${form} form, ${area} ${kind}`,
    period: '2025-26',
    area,
    kind
  }));

const BW = 'Bennett-Wake';
const HO = 'Holland';
const WY = 'Wye';

export const LABELLED_REST_2025: Labelled[] = [
  ...group(BW, 'quality', 'strength', [
    ['All staff are dedicated and passionate about working with children and young people.', []],
    ['They are not just safeguarding children but enhancing their lives in the best possible way.', []],
    [
      'Staff shared case studies of how their work and persistence in finding the right care and multi-agency support leads to positive outcomes for individuals.',
      ['partnership']
    ],
    [
      "It was clear that the child's voice is at the centre of practice, as well as a core belief that impact is evidenced by happy, healthy young people who thrive and achieve according to their needs.",
      []
    ],
    ['This was felt as a positive move by all the team.', []],
    ["The consistency of recording the child's voice has improved as everyone is using the same template.", []],
    ['This was easier for managers to measure consistency for audits, supervision meeting and visits.', []],
    ['This meant that managers have better oversight of the children and young people in our care.', []],
    [
      'Managers are curious and are keen on the development of their staff, sharing best practice and praise.',
      ['morale-support']
    ]
  ]),
  ...group(BW, 'quality', 'development', [
    [
      'More family workers are needed to provide contact time with parents and children throughout the court process.',
      ['recruitment-retention']
    ],
    [
      'Social workers are still picking up some of these visits (although one social worker has chosen to keep her remaining court cases for continuity).',
      ['workload']
    ],
    ['More sharing local knowledge of safe places for families to meet children out of school hours.', []],
    ['Social workers sometimes find it difficult to find suitable venues to meet out of office/school hours.', []],
    [
      'Although social workers understood there is a decline in foster carers nationally, they questioned the quality of some foster carers.',
      ['foster-carers']
    ],
    ['Personal Assistants need to be matched with care leavers earlier to encourage better transition.', []],
    ['Social workers stated young people were worried who would look after them through transitional periods.', []],
    ['Again, social workers felt they were picking up this work.', ['workload']],
    ['It was acknowledged by all that the team were still on journey with pathway plans.', []],
    ['Case summaries could be improved so that everyone could pick up a case if necessary.', []]
  ]),
  ...group(BW, 'experience', 'strength', [
    ['Staff were actively encouraged to do this.', []],
    ['Monthly meetings outside the office were seen as a positive.', []],
    [
      'Managers and a newly qualified social worker I spoke to were extremely positive and had a clear view of the improvement journey and what counts as best practice.',
      ['morale-support']
    ]
  ]),
  ...group(BW, 'experience', 'development', [
    [
      'Many staff prefer to work from home even though the whole team recognised the benefits of working together.',
      ['office-conditions']
    ],
    ['(It was a particularly hot day when I visited.)', []],
    ['Both managers and social workers highlighted this as an issue.', []],
    [
      'All staff felt they should have their own small private meeting room for confidential conversations.',
      ['office-conditions']
    ],
    [
      "Sickness and maternity leave had also impacted on the team's sense of security.",
      ['recruitment-retention', 'morale-support']
    ],
    [
      'Overall, I felt like the team had been through the mill with a lot of changes in senior management, Ofsted, and office location and they valued the opportunity to express their concerns.',
      ['management-stability', 'office-conditions']
    ],
    [
      'More work needs to be done ensuring frontline staff have a suitable place to work together as a team with reassurance and praise that they are making progress and that their work and commitment is valued.',
      ['office-conditions', 'morale-support']
    ]
  ]),
  ...group(BW, 'other', 'escalation', [['Is this paid back?', []]]),
  ...group(HO, 'quality', 'strength', [
    ['Dip sampling, pathway plans, care leaver plans, care leaver ambassadors, feeling supported.', ['morale-support']],
    ['Decisions are thorough with children at the forefront.', []],
    ['EET at 64% is a positive direction.', []],
    ['Virtual school is brilliant, Pure Insight is good but PAs should be allocated earlier.', []],
    [
      'One agency staff member explained that they have enjoyed the placement over the past year at Cheshire East so much so, that they intend to transfer permanently from the agency.',
      ['recruitment-retention']
    ],
    ['Explained that there is positive progress since managers sit in on care plans.', []],
    ['Drop-ins are good.', []],
    ['Everyone brings a different talent to the team and uses skills.', []]
  ]),
  ...group(HO, 'quality', 'development', [
    [
      'Changeover from adults is still not getting the required support. Transition is still not straightforward, transition should be at 17 but this is when a care leaver is allocated.',
      []
    ],
    [
      'The care leaver hubs would benefit from sexual health sessions, CGL, police and cooking sessions as well as providing plenty of activities. Links to Government/Local Government apprenticeships. Make efforts to stem mixed messages between foster carers, PAs and social workers.',
      ['partnership']
    ],
    ['Through the care leaver ambassadors complete feedback on annual summary with participation team.', []],
    ["Don't discard automatic translation.", ['it-systems']],
    [
      'Ideally the care planning meetings should be 4-6 weekly, lack of confidence in Blinded Faith and believed individuals were left vulnerable to exploitation with such accommodation providers. Felt that the £11,000 per week fees were not good value for money.',
      ['foster-carers']
    ],
    ['Schooling one time per week, 1-1 tutoring.', []],
    [
      "Collaborative agency working, service providers are failing the children, young people that are being placed in them don't get the tools they need, pushed back onto PAs, won't engage.",
      ['foster-carers', 'partnership']
    ],
    ['Not enough quality service providers, more about the money as opposed to the care.', ['foster-carers']],
    [
      'Need a pay grade discussion and teaching/training to progress staffing',
      ['recruitment-retention', 'training-time', 'career-progression']
    ]
  ]),
  ...group(HO, 'experience', 'strength', [
    ['Inviting care leavers to their care plan meetings does help engagement.', []],
    [
      'Data and performance care plans are now efficient, strategy visits, 16+ risk assessments and pathway plans, level of information. Team is getting feedback, no last IROs.',
      []
    ],
    ['Strong team, having the pods.', ['morale-support', 'office-conditions']],
    [
      'Homeless supporting and realistic with timescales. Through supervision, speak to the team managers and look to escalate. See people in the hub.',
      ['supervision']
    ]
  ]),
  ...group(HO, 'experience', 'development', [
    [
      "Risk assessment rational, regular supervision, if someone doesn't want service. Conversation around workload duty caseload of 25.",
      ['supervision', 'workload']
    ],
    [
      'Feel that hubs need improvement, purpose-built buildings would work better so they can gain better experience. But feel that hubs play a really important role.',
      ['office-conditions']
    ],
    ['Struggled with the Ofsted report and how delivery of findings was handled.', []],
    ['Adult social work role; asylum seeking needs more legal knowledge.', ['training-time']],
    [
      "Reinstate credit cards for PAs as going shopping for homewares for young care leavers is difficult under the current procedures, setting up their accommodation for the first time is just totally impractical and doesn't add value for the whole experience for the care leaver.",
      []
    ],
    ['Setting up an allowance, teaching budgeting is better for the young person.', []],
    [
      'They are happy to reuse and repurpose by shopping in charity shops, etc, but the system does not enable this.',
      []
    ],
    ['Having to go through admin takes so long that they often lose good deals and offers.', []],
    ['Suits any PA, signpost to EET this team is trusted and is looked upon as somewhere to go to.', []],
    [
      'Apprenticeships need to have job offer at the end, and Cheshire East should be offering apprenticeships to care leavers.',
      []
    ],
    [
      'More staff, need PAs from age 16 years, ambassadors are more present, forum meetings.',
      ['recruitment-retention']
    ],
    ['Credit cards, more on accommodation, housing shortage.', ['foster-carers']],
    [
      'Convert Mountview in Congleton into a care leavers accommodation hub (care leaver team). Dangerous to be placed in an environment that they are not ready for, if they were living independently but close to each other for support this would work.',
      ['foster-carers']
    ],
    ['Getting management to understand.', []],
    ['Difficult to work with agency staff when transitioning from young person to adult.', ['recruitment-retention']],
    ['Pathway plans action on how the young person achieves, review offers until 21 years.', []]
  ]),
  ...group(WY, 'quality', 'strength', [
    [
      'Since inception in February 2025 the Court Team has enabled dedicated Social Workers to work with children without the interruption that mandatory and short notice court appearance necessitated.',
      []
    ],
    [
      'Team members are developing specialist expertise and practice in court work that has resulted in increased compliance reflected in the reduction of costly C2 extensions (is there a record of these costs to help reflect on other approaches to preparing for them?).',
      []
    ],
    [
      'There was a feeling that small, early interventions could be more effective and allow a child to stay with their family and avoid costly and traumatic court work and decisions to remove a child.',
      []
    ],
    [
      'A simple example was to use a worker as a proxy grandparent through difficult times e.g. pick a child up from school, help the parent cook tea and tidy up.',
      []
    ],
    [
      'It was felt that the Families First Partnership legislation would enable this more flexible and creative response.',
      []
    ],
    ['It would be interesting to hear how that is affecting actual practice now to be more efficient.', []]
  ]),
  ...group(WY, 'quality', 'development', [
    [
      'Everyone was convinced of the need to reduce the number of children presenting, but the court team necessarily picks up from other teams who may still be working on recording etc.',
      []
    ],
    [
      'While there is great respect for colleagues work there was a frustration that different teams were not streamlined.',
      []
    ],
    [
      'One solution could be to have greater clarity about respective roles and responsibilities (I could find nothing online about the Court Team work).',
      []
    ],
    [
      'Sometimes a child was not presented to the Court Team for a month into the 26 week window due to lack of records.',
      []
    ],
    ['There was a feeling that if they could start earlier, they would not incur the cost of C2.', []]
  ]),
  ...group(WY, 'experience', 'strength', [
    ["Every worker I met is committed to improving children's outcomes and wanted a more streamlined process.", []],
    [
      'The pressures of time and workload was a strong theme, reflected in the fact that workers had to leave to deal with issues during the visit.',
      ['workload']
    ]
  ]),
  ...group(WY, 'experience', 'development', [
    [
      'Half of the team, including the team leader, work for agencies rather than being a permanent staff member, some for many years.',
      ['recruitment-retention']
    ],
    ['While this does bring in outside experience and good practice churn is a real issue.', ['recruitment-retention']],
    [
      'The anxiety of protection work, with strict deadlines means that some work almost double the 37 hours, often waking at night thinking about a child.',
      ['workload']
    ],
    [
      '"In adult care you can turn your laptop off at 5pm confident that no one is likely to die from your decision that day.',
      []
    ],
    ['In child protection that is always on my mind".', []],
    [
      'Would it be possible for more local or independent social workers to cover this work, as we have half agency staff internally anyway.',
      ['recruitment-retention']
    ],
    [
      'Perhaps on the Uber Model; putting caseloads on a shared platform for qualified independent or agency social workers to cover?',
      ['recruitment-retention']
    ]
  ]),
  ...group(WY, 'other', 'escalation', [
    ["Whilst I do not 'require' a response it would be helpful to get feedback and comments.", []]
  ])
];
