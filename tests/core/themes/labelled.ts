// Hand-labelled finding statements, copied verbatim from the seed papers, with the themes a reader
// would give them. The labels were written by reading each statement against the theme descriptions
// in DEFAULT_TAXONOMY, BEFORE any matching rule existed, and were not changed after running the
// tagger: where the rules miss or over-match, the evaluation shows it. Some statements deliberately
// have no theme, some have two or three, and a few are hard (OCR "Al" for AI; "supervisors" of family
// time, not staff supervision) so the figures are not flattering.
import type { FindingArea, FindingKind } from '../../../src/core/themes/types';

export interface Labelled {
  text: string;
  expected: string[];
  paper: 'seed-000' | 'seed-001' | 'seed-004';
  ref: string;
  period: string;
  area: FindingArea;
  kind: FindingKind;
}

type Row = [text: string, expected: string[], ref: string, area: FindingArea, kind: FindingKind];

const from =
  (paper: Labelled['paper'], period: string) =>
  (rows: Row[]): Labelled[] =>
    rows.map(([text, expected, ref, area, kind]) => ({ text, expected, paper, ref, period, area, kind }));

// Seed 001: 2017-18 annual report, Appendix 2 "What staff said" and the head of service response.
const SEED_001 = from(
  'seed-001',
  '2017-18'
)([
  ['The work load is diverse and interesting.', ['workload'], 'App 2 ChECS, workload', 'quality', 'strength'],
  [
    'The management is good and the atmosphere is positive.',
    ['morale-support'],
    'App 2 ChECS, workload',
    'experience',
    'strength'
  ],
  [
    'A presentation was to be made to the LSCB to encourage partnership agencies to take more responsibility for making their own decisions of whether they needed to make a referral.',
    ['partnership'],
    'App 2 ChECS, referral systems',
    'quality',
    'other'
  ],
  [
    'All staff received monthly supervision sessions recorded on a spreadsheet.',
    ['supervision'],
    'App 2 ChECS, staff support',
    'experience',
    'strength'
  ],
  [
    'Liquid Logic could be problematic by its going down nearly every day; although the issues were generally resolved, it was causing down time.',
    ['it-systems'],
    'App 2 ChECS, staff support',
    'experience',
    'development'
  ],
  [
    'The move from Sandbach House had been a success, giving better accommodation and facilitating easier communication between staff as they were all located on one floor.',
    ['office-conditions'],
    'App 2 ChECS, staff support',
    'experience',
    'strength'
  ],
  [
    'Caseloads are attempted to be kept at under 25 but allocation depends on the experience of the Social Worker and complexity of the case.',
    ['workload'],
    'App 2 Crewe, workload',
    'quality',
    'other'
  ],
  [
    'The conversation with 2 team managers elicited that caseloads had increased (in line with the national picture).',
    ['workload'],
    'App 2 Crewe, workload',
    'quality',
    'development'
  ],
  [
    'The lack of sufficient foster carers was still a difficult issue, for placing children in an emergency, for instance.',
    ['foster-carers'],
    'App 2 Crewe, workload',
    'quality',
    'development'
  ],
  [
    'Cases that had been to court were taking a long time to be transferred on –',
    [],
    'App 2 Crewe, referral systems',
    'quality',
    'development'
  ],
  [
    'The new ICT systems are all working allowing greater flexibility of working.',
    ['it-systems'],
    'App 2 Crewe, referral systems',
    'experience',
    'strength'
  ],
  [
    'Staff are now fully trained in the use of Liquid Logic.',
    ['it-systems', 'training-time'],
    'App 2 Crewe, referral systems',
    'experience',
    'strength'
  ],
  [
    'There is a new initiative to visit the Safeguarding staff in schools and to build a relationship with them.',
    ['partnership'],
    'App 2 Crewe, referral systems',
    'quality',
    'strength'
  ],
  [
    'The proportion of permanent social workers to agency staff this is an improving area, with only 4 agency staff at present; although there is still a reliance of NQSWs.',
    ['recruitment-retention'],
    'App 2 Crewe, staffing',
    'experience',
    'strength'
  ],
  [
    "We are becoming slightly better at recruiting experienced Social Workers, and our 'grow your own' model is coming to an end.",
    ['recruitment-retention', 'career-progression'],
    'App 2 Crewe, staffing',
    'experience',
    'strength'
  ],
  [
    'There is now a clear career path for staff and so staff retention is better.',
    ['career-progression', 'recruitment-retention'],
    'App 2 Crewe, staffing',
    'experience',
    'strength'
  ],
  [
    'Agency staff in general feel that they are well supported and the systems in place are better than those in some other authorities.',
    ['morale-support'],
    'App 2 Crewe, staffing',
    'experience',
    'strength'
  ],
  [
    'In spite of the stressful nature of their work, they seemed happy to be part of a thriving team that was in good heart.',
    ['morale-support'],
    'App 2 Crewe, staff support',
    'experience',
    'strength'
  ],
  [
    'There have been two serious incidents towards social workers.',
    [],
    'App 2 Crewe, staff support',
    'experience',
    'development'
  ],
  [
    'The problem of desk space has been resolved by the removal of some cupboards',
    ['office-conditions'],
    'App 2 Crewe, staff support',
    'experience',
    'strength'
  ],
  [
    'As stated earlier the IT systems seem to be aiding the team in dealing promptly with cases and achieving better outcomes.',
    ['it-systems'],
    'App 2 Crewe, staff support',
    'experience',
    'strength'
  ],
  [
    'Facilities for social workers to work at court are still an issue, but Nigel Moorhouse is in discussion with Judge de Haas about it.',
    ['office-conditions'],
    'App 2 Crewe, other issues',
    'experience',
    'development'
  ],
  [
    'Securing appointments with CAMHS is still a big problem Scrutiny Committee has this on its work programme.',
    ['partnership'],
    'App 2 Crewe, other issues',
    'other',
    'development'
  ],
  ['Interpretation costs are an issue for the department.', [], 'App 2 Crewe, other issues', 'other', 'development'],
  [
    'There were three agency staff until recently, now two: one newly recruited member of staff and one agency team manager.',
    ['recruitment-retention'],
    'App 2 Macc, staffing',
    'experience',
    'other'
  ],
  ['The highest caseloads are 25.', ['workload'], 'App 2 Macc, staffing', 'quality', 'other'],
  ['Liquid Logic is great.', ['it-systems'], 'App 2 Macc, staff support', 'experience', 'strength'],
  [
    'Caseloads are closely managed by team managers and regularly reviewed by Service Manager / Head of Service Cin/CP.',
    ['workload'],
    'App 2 Crewe, HoS response',
    'other',
    'other'
  ],
  [
    'The co-location of Fact 22 in the Crewe Cin/CP office has been a success, leading to improved relationships and more effective partnership working.',
    ['partnership'],
    'App 2 Crewe, HoS response',
    'other',
    'other'
  ],
  [
    'The recruitment and retention of Social Workers within Crewe Cin/CP continues to be a challenge this reflects the national picture.',
    ['recruitment-retention'],
    'App 2 Crewe, HoS response',
    'other',
    'other'
  ],
  [
    'There continues to be challenge in respect of the lack of working facilities for social workers in Court, particularly in the Liverpool Court.',
    ['office-conditions'],
    'App 2 Crewe, HoS response',
    'other',
    'other'
  ],
  [
    'For families and Social Workers in Cheshire East this means significant time is spent travelling.',
    ['travel-placements'],
    'App 2 Crewe, HoS response',
    'other',
    'other'
  ],
  [
    'Earlier this year there was a period of time when Liquid Logic was problematic.',
    ['it-systems'],
    'App 2 ChECS, HoS response',
    'other',
    'other'
  ]
]);

// Seed 000: themes of the 2023-24 visits (paras 21-43) and the 2025 service position.
const SEED_000 = from(
  'seed-000',
  '2023-24'
)([
  ['Appropriate decision making for children.', [], 'para 23', 'other', 'strength'],
  ['Effective multi-agency working.', ['partnership'], 'para 23', 'other', 'strength'],
  ['Good management support and support from the team.', ['morale-support'], 'para 23', 'other', 'strength'],
  ['Good team morale.', ['morale-support'], 'para 23', 'other', 'strength'],
  ['Communication with families could be improved.', [], 'para 24', 'other', 'development'],
  [
    'Staffing across the service is a challenge in delivering consistency of practice.',
    ['recruitment-retention'],
    'para 24',
    'other',
    'development'
  ],
  [
    'Workloads can be high, sick leave and annual leave has an impact.',
    ['workload'],
    'para 24',
    'other',
    'development'
  ],
  [
    'Workloads can make it challenging to find time for training and development.',
    ['workload', 'training-time'],
    'para 24',
    'other',
    'development'
  ],
  [
    'The police moving out of Delamere House has had an impact on ease of information sharing.',
    ['partnership'],
    'para 24',
    'other',
    'development'
  ],
  [
    'Staff have undertaken more training recently as a result of the improved staffing.',
    ['training-time', 'recruitment-retention'],
    'para 25',
    'other',
    'other'
  ],
  ['Police presence in the office has increased to one day per week.', ['partnership'], 'para 25', 'other', 'other'],
  ["Family support workers' direct work with families to gain their views.", [], 'para 28', 'other', 'strength'],
  [
    'More permanent staff has meant caseloads have reduced. The Step up to Social Work and apprenticeship schemes are working well. The retention of social workers is good.',
    ['workload', 'recruitment-retention', 'career-progression'],
    'para 28',
    'other',
    'strength'
  ],
  ['The training offer is good, especially practice weeks.', ['training-time'], 'para 28', 'other', 'strength'],
  [
    "Chronologies are needed to support effective understanding of a child's experience and the risks to them, and timely decisions.",
    [],
    'para 29',
    'other',
    'development'
  ],
  [
    "The 'grow your own' initiative appears to be working but there does not seem to be any barrier to recruits leaving as soon as they are trained. Pay is less than neighbouring councils.",
    ['recruitment-retention', 'career-progression'],
    'para 29',
    'other',
    'development'
  ],
  [
    'Sometimes staff have to return home because there is no space to work.',
    ['office-conditions'],
    'para 29',
    'other',
    'development'
  ],
  [
    'Office space is more of an issue in Crewe than Macclesfield, but workers are not currently having to return home due to a lack of available desks in either location.',
    ['office-conditions'],
    'para 32',
    'other',
    'other'
  ],
  [
    "There is clear 'assess and release' criteria, so the team knows what it is achieving.",
    [],
    'para 36',
    'other',
    'strength'
  ],
  [
    'More technology/tools are needed to support communication with non-verbal children.',
    ['it-systems'],
    'para 37',
    'other',
    'development'
  ],
  ["Cases referred to the team which aren't within the team's remit.", [], 'para 37', 'other', 'development'],
  [
    'Staff retention, caseloads are too high.',
    ['recruitment-retention', 'workload'],
    'para 37',
    'other',
    'development'
  ],
  ['The team is fully staffed.', ['recruitment-retention'], 'para 38', 'other', 'other'],
  ['The open phone line gives families a first port of call.', [], 'para 41', 'other', 'strength'],
  [
    'Good team management, practitioners were happy with the supervision they receive.',
    ['supervision', 'morale-support'],
    'para 41',
    'other',
    'strength'
  ],
  [
    'Reduction in funding for short breaks providers has resulted in greater demand for early help individual payments (EHIPs) and consequently that funding has run out.',
    [],
    'para 42',
    'other',
    'development'
  ],
  [
    'The team is understaffed, and caseloads are high.',
    ['recruitment-retention', 'workload'],
    'para 42',
    'other',
    'development'
  ],
  [
    'Staff regularly choose not to attend training due to prioritising workload.',
    ['training-time', 'workload'],
    'para 42',
    'other',
    'development'
  ],
  [
    'There is no clear route for advancement to become, for example, a social worker.',
    ['career-progression'],
    'para 42',
    'other',
    'development'
  ]
]);

// Seed 004: the July 2025 forms (appendices) and the briefing's summary (para 3).
const SEED_004 = from(
  'seed-004',
  '2025-26'
)([
  [
    'A new court team has reduced some of the workload for social workers and caseloads are at a maximum of 21.',
    ['workload'],
    'Bennett-Wake form, quality strengths',
    'quality',
    'strength'
  ],
  [
    'Social workers now prepare for supervision meetings with relevant information, making the process more efficient.',
    ['supervision'],
    'Bennett-Wake form, quality strengths',
    'quality',
    'strength'
  ],
  [
    'It was evident that social workers not only receive support from their managers but also from other team members sharing best practice and expertise.',
    ['morale-support'],
    'Bennett-Wake form, quality strengths',
    'quality',
    'strength'
  ],
  [
    'Improvements have been made to the number of visits reaching 90% with plan completion at 94%.',
    [],
    'Bennett-Wake form, quality strengths',
    'quality',
    'strength'
  ],
  [
    'Work with frontline staff to develop workable paperwork and systems, for example a social worker expressed that the long-term matching form/process is too long compared with other councils such as Stoke.',
    ['workload'],
    'Bennett-Wake form, quality development',
    'quality',
    'development'
  ],
  [
    'Specific time for training, social workers felt they did not have time to attend lunchtime sessions.',
    ['training-time'],
    'Bennett-Wake form, quality development',
    'quality',
    'development'
  ],
  [
    'More suitable, local foster carers required to meet the needs of children and young people, especially groups of siblings and those with specific additional needs.',
    ['foster-carers'],
    'Bennett-Wake form, quality development',
    'quality',
    'development'
  ],
  [
    'The team expressed that other agencies did not always appear to understand the nature of their role and the needs to be more joined up working.',
    ['partnership'],
    'Bennett-Wake form, quality development',
    'quality',
    'development'
  ],
  [
    'It was also acknowledged by managers that there needs to be more consistency across the board with practice and plans.',
    [],
    'Bennett-Wake form, quality development',
    'quality',
    'development'
  ],
  [
    'There are a number of managers and social workers who had worked at the council for more than 10 years and had made progression in their careers, stepping up into management roles or taking part in apprenticeships or higher education.',
    ['career-progression'],
    'Bennett-Wake form, experience strengths',
    'experience',
    'strength'
  ],
  [
    'Peer and management support was a strength with all members of staff expressing they felt supported and could go to a variety of team members with technical or personal issues sharing best practice.',
    ['morale-support'],
    'Bennett-Wake form, experience strengths',
    'experience',
    'strength'
  ],
  [
    "Everyone's focus was on the needs of children and young people and despite the pressures everyone enjoyed their work getting the best outcomes for children and young people.",
    ['morale-support'],
    'Bennett-Wake form, experience strengths',
    'experience',
    'strength'
  ],
  [
    'Staff felt their working environment could be improved by working in pods, or teams.',
    ['office-conditions'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    "There isn't enough room on the 7th floor of Delamare House to accommodate the whole team at the same time.",
    ['office-conditions'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'Not all monitors work, the room is too hot, with not enough fans and a water cooler.',
    ['office-conditions', 'it-systems'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'Meeting rooms are used by other workers in the building resulting in a regular lack of private space for supervision or safeguarding conversations.',
    ['office-conditions', 'supervision'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'Out of area placements meant that social workers work 50+ hours per week, completing many tasks at home in their own time.',
    ['travel-placements', 'workload'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'This also impacted on the milage they could claim for visits.',
    ['travel-placements'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'More quality local foster carers are required.',
    ['foster-carers'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'Turnover of senior management meant that systems had changed frequently.',
    ['management-stability'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'There seemed to be resentment towards agency staff who are perceived to get more pay for the same work, although it has been highlighted that these are experienced social workers.',
    ['recruitment-retention'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'Some social workers complained their pay was not always correct.',
    ['recruitment-retention'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    "Social workers could not attend lunchtime training sessions due to lack of time – most said they didn't get enough time for lunch.",
    ['training-time', 'workload'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'Some staff felt the tone of Cheshire East was funding and data driven rather children.',
    [],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'Perhaps there could be more formal peer mentoring as a positive training opportunity.',
    ['training-time'],
    'Bennett-Wake form, experience development',
    'experience',
    'development'
  ],
  [
    'How do we assess the quality of new foster carers?',
    ['foster-carers'],
    'Bennett-Wake form, escalation',
    'other',
    'escalation'
  ],
  [
    'Do we record travel time to out of area placements/visits?',
    ['travel-placements'],
    'Bennett-Wake form, escalation',
    'other',
    'escalation'
  ],
  [
    'Only two agency staff within team is a positive.',
    ['recruitment-retention'],
    'Holland form, quality strengths',
    'quality',
    'strength'
  ],
  [
    'Supervision is regular and focused, staff feel trust towards the information that is shared, task-centred, child-focused.',
    ['supervision'],
    'Holland form, quality strengths',
    'quality',
    'strength'
  ],
  [
    'Management support is much better now.',
    ['morale-support'],
    'Holland form, quality strengths',
    'quality',
    'strength'
  ],
  [
    'Junction 16 app is great but could be progressed, several in the care leavers team mentioned looking at the Manchester equivalent for some ideas which has more information.',
    ['it-systems'],
    'Holland form, quality development',
    'quality',
    'development'
  ],
  [
    'Having Jess back has offered stability and she understands the service, delivery and data. Massive positive change since Jess has returned from maternity leave.',
    ['management-stability'],
    'Holland form, experience strengths',
    'experience',
    'strength'
  ],
  [
    "They felt left on their own to make large decisions, Annemarie's position was not replaced.",
    ['management-stability'],
    'Holland form, experience development',
    'experience',
    'development'
  ],
  [
    'More team managers have now helped support the team, previously disjointed.',
    ['management-stability', 'morale-support'],
    'Holland form, experience development',
    'experience',
    'development'
  ],
  [
    'Visits for some care leavers take all day just for one visit because of the distances/travel time.',
    ['travel-placements'],
    'Holland form, experience development',
    'experience',
    'development'
  ],
  [
    'Mileage caps unfair, e.g. 500 miles covered in two days, when the mileage compensated drops when 800 miles has been completed.',
    ['travel-placements'],
    'Holland form, experience development',
    'experience',
    'development'
  ],
  [
    'Social workers genuinely care and really do take their corporate parenting role to heart. Visits are more meaningful but lack of time due to number of caseloads, and there should be less paperwork.',
    ['workload'],
    'Holland form, experience development',
    'experience',
    'development'
  ],
  [
    'Instruction on how to use AI (copilot) to assist with document writing/paperwork.',
    ['it-systems', 'training-time', 'workload'],
    'Holland form, experience development',
    'experience',
    'development'
  ],
  [
    'Mobile phones desperately in need of an update.',
    ['it-systems'],
    'Holland form, experience development',
    'experience',
    'development'
  ],
  [
    'Foster carers need educating on the transition process.',
    ['foster-carers'],
    'Holland form, experience development',
    'experience',
    'development'
  ],
  [
    'Caseloads are 25 but ideally they should be around 20/22.',
    ['workload'],
    'Holland form, experience development',
    'experience',
    'development'
  ],
  [
    'All four workers in the forum found Al help in report writing reduced workload and improved formats.',
    ['it-systems', 'workload'],
    'Wye form, quality strengths',
    'quality',
    'strength'
  ],
  [
    'The lure of agency work was clearly a pull factor, not only because of the pay difference but it was felt that some agency workers did not feel the same commitment as permanent staff.',
    ['recruitment-retention'],
    'Wye form, experience strengths',
    'experience',
    'strength'
  ],
  [
    'The arrival of a senior head of overall service, who can coordinate and streamline the different teams was very much welcomed.',
    ['management-stability'],
    'Wye form, experience strengths',
    'experience',
    'strength'
  ],
  [
    'Half the team have left since it started in February.',
    ['recruitment-retention'],
    'Wye form, experience development',
    'experience',
    'development'
  ],
  [
    'It was felt by some that to retain good permanent staff and reduce stress we should invest in clinical supervision and consider narrowing the pay gap with agency staff which would save money in the longer term.',
    ['recruitment-retention', 'supervision'],
    'Wye form, experience development',
    'experience',
    'development'
  ],
  [
    'A final, personal thought: Some placements are unavoidably far away; examples cited were rural Wales and East Anglia.',
    ['travel-placements'],
    'Wye form, experience development',
    'experience',
    'development'
  ],
  [
    'This means expensive travel and time, sometimes overnight and the same burden on families to come here.',
    ['travel-placements'],
    'Wye form, experience development',
    'experience',
    'development'
  ],
  [
    'Experiences of supervision have improved through preparation or through focus and task centred approach',
    ['supervision'],
    'briefing para 3, quality strengths',
    'quality',
    'strength'
  ],
  [
    'Al is helping to reduce workload in report writing and to produce higher quality work.',
    ['it-systems', 'workload'],
    'briefing para 3, quality strengths',
    'quality',
    'strength'
  ],
  [
    "Staff are dedicated and passionate and enhance the lives of children and young people and the child's voice is at the centre of practice",
    [],
    'briefing para 3, quality strengths',
    'quality',
    'strength'
  ],
  [
    'Finding time to attend training is a challenge, as is the paperwork required for some process related tasks',
    ['training-time', 'workload'],
    'briefing para 3, quality development',
    'quality',
    'development'
  ],
  [
    'Family time is an area of challenge, both in relation to the lack of supervisors and lack of suitable locations',
    [],
    'briefing para 3, quality development',
    'quality',
    'development'
  ],
  [
    'Sufficiency of foster carers means children are not always living in their local area and staff are travelling long distances to visit children, working long hours',
    ['foster-carers', 'travel-placements', 'workload'],
    'briefing para 3, quality development',
    'quality',
    'development'
  ],
  [
    'There are not enough good accommodation and care providers for children',
    ['foster-carers'],
    'briefing para 3, quality development',
    'quality',
    'development'
  ],
  [
    'Progression routes within their careers',
    ['career-progression'],
    'briefing para 3, experience strengths',
    'experience',
    'strength'
  ],
  [
    'Staff feel supported by managers at all levels and by their peers',
    ['morale-support'],
    'briefing para 3, experience strengths',
    'experience',
    'strength'
  ],
  [
    'Lack of space in Delamere House and conditions are too hot with insufficient fans',
    ['office-conditions'],
    'briefing para 3, experience development',
    'experience',
    'development'
  ],
  [
    'Meeting rooms are used by other services resulting in a lack of private space and a lack of confidentiality',
    ['office-conditions'],
    'briefing para 3, experience development',
    'experience',
    'development'
  ],
  [
    'Long working hours and long travelling time due to out of area placement',
    ['workload', 'travel-placements'],
    'briefing para 3, experience development',
    'experience',
    'development'
  ],
  [
    'The tone of Cheshire East feels to be funding and data driven',
    [],
    'briefing para 3, experience development',
    'experience',
    'development'
  ],
  [
    'Pay not always correct; agency Social Workers paid more',
    ['recruitment-retention'],
    'briefing para 3, experience development',
    'experience',
    'development'
  ],
  [
    'Turnover of senior management creates changes',
    ['management-stability'],
    'briefing para 3, experience development',
    'experience',
    'development'
  ],
  [
    'Delay in appointing a Head of Service meant staff felt alone in making important decisions',
    ['management-stability'],
    'briefing para 3, experience development',
    'experience',
    'development'
  ],
  [
    'Would like training on the use of AI (Co-Pilot).',
    ['training-time', 'it-systems'],
    'briefing para 3, experience development',
    'experience',
    'development'
  ]
]);

export const LABELLED: Labelled[] = [...SEED_001, ...SEED_000, ...SEED_004];
