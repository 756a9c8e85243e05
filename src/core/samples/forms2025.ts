// The three real 2025 findings forms returned in July 2025 (seed 004, Cared For Children and Care
// Leavers Committee briefing, 2 September 2025), section by section as the councillors wrote them.
// Page breaks are removed; Ben Wye's opening "personal note" sits outside the form's sections and is left out.
import type { FormAnswers } from '../model';

export interface SeedForm {
  councillor: string;
  dateOfVisit: string;
  teamVisited: string;
  answers: FormAnswers;
}

const text = (...lines: string[]): string => lines.join('\n');

export const BENNETT_WAKE: SeedForm = {
  councillor: 'Sarah Bennett-Wake',
  dateOfVisit: '14/07/2025',
  teamVisited: 'Cared for Children Team',
  answers: {
    qualityStrengths: text(
      'All staff are dedicated and passionate about working with children and young people. They are not just safeguarding children but enhancing their lives in the best possible way. Staff shared case studies of how their work and persistence in finding the right care and multi-agency support leads to positive outcomes for individuals.',
      '',
      "It was clear that the child's voice is at the centre of practice, as well as a core belief that impact is evidenced by happy, healthy young people who thrive and achieve according to their needs.",
      '',
      'A new court team has reduced some of the workload for social workers and caseloads are at a maximum of 21. This was felt as a positive move by all the team.',
      '',
      "The consistency of recording the child's voice has improved as everyone is using the same template. This was easier for managers to measure consistency for audits, supervision meeting and visits. This meant that managers have better oversight of the children and young people in our care.",
      '',
      'Social workers now prepare for supervision meetings with relevant information, making the process more efficient.',
      '',
      'It was evident that social workers not only receive support from their managers but also from other team members sharing best practice and expertise.',
      '',
      'Managers are curious and are keen on the development of their staff, sharing best practice and praise.',
      '',
      'Improvements have been made to the number of visits reaching 90% with plan completion at 94%.'
    ),
    qualityDevelopment: text(
      'Work with frontline staff to develop workable paperwork and systems, for example a social worker expressed that the long-term matching form/process is too long compared with other councils such as Stoke.',
      '',
      'Specific time for training, social workers felt they did not have time to attend lunchtime sessions.',
      '',
      'More family workers are needed to provide contact time with parents and children throughout the court process. Social workers are still picking up some of these visits (although one social worker has chosen to keep her remaining court cases for continuity).',
      '',
      'More sharing local knowledge of safe places for families to meet children out of school hours. Social workers sometimes find it difficult to find suitable venues to meet out of office/school hours.',
      '',
      'More suitable, local foster carers required to meet the needs of children and young people, especially groups of siblings and those with specific additional needs. Although social workers understood there is a decline in foster carers nationally, they questioned the quality of some foster carers.',
      '',
      'Personal Assistants need to be matched with care leavers earlier to encourage better transition. Social workers stated young people were worried who would look after them through transitional periods. Again, social workers felt they were picking up this work.',
      '',
      'It was acknowledged by all that the team were still on journey with pathway plans.',
      '',
      'Case summaries could be improved so that everyone could pick up a case if necessary.',
      '',
      'The team expressed that other agencies did not always appear to understand the nature of their role and the needs to be more joined up working.',
      '',
      'It was also acknowledged by managers that there needs to be more consistency across the board with practice and plans.'
    ),
    experienceStrengths: text(
      'There are a number of managers and social workers who had worked at the council for more than 10 years and had made progression in their careers, stepping up into management roles or taking part in apprenticeships or higher education. Staff were actively encouraged to do this.',
      '',
      'Peer and management support was a strength with all members of staff expressing they felt supported and could go to a variety of team members with technical or personal issues sharing best practice.',
      '',
      'Monthly meetings outside the office were seen as a positive.',
      '',
      "Everyone's focus was on the needs of children and young people and despite the pressures everyone enjoyed their work getting the best outcomes for children and young people.",
      '',
      'Managers and a newly qualified social worker I spoke to were extremely positive and had a clear view of the improvement journey and what counts as best practice.'
    ),
    experienceDevelopment: text(
      "Staff felt their working environment could be improved by working in pods, or teams. There isn't enough room on the 7th floor of Delamare House to accommodate the whole team at the same time.",
      '',
      'Many staff prefer to work from home even though the whole team recognised the benefits of working together.',
      '',
      'Not all monitors work, the room is too hot, with not enough fans and a water cooler. (It was a particularly hot day when I visited.)',
      '',
      'Meeting rooms are used by other workers in the building resulting in a regular lack of private space for supervision or safeguarding conversations. Both managers and social workers highlighted this as an issue. All staff felt they should have their own small private meeting room for confidential conversations.',
      '',
      'Out of area placements meant that social workers work 50+ hours per week, completing many tasks at home in their own time. This also impacted on the milage they could claim for visits. More quality local foster carers are required.',
      '',
      "Turnover of senior management meant that systems had changed frequently. Sickness and maternity leave had also impacted on the team's sense of security.",
      '',
      'There seemed to be resentment towards agency staff who are perceived to get more pay for the same work, although it has been highlighted that these are experienced social workers.',
      '',
      'Some social workers complained their pay was not always correct.',
      '',
      "Social workers could not attend lunchtime training sessions due to lack of time – most said they didn't get enough time for lunch.",
      '',
      'Some staff felt the tone of Cheshire East was funding and data driven rather children.',
      '',
      'Overall, I felt like the team had been through the mill with a lot of changes in senior management, Ofsted, and office location and they valued the opportunity to express their concerns. More work needs to be done ensuring frontline staff have a suitable place to work together as a team with reassurance and praise that they are making progress and that their work and commitment is valued.',
      '',
      'Perhaps there could be more formal peer mentoring as a positive training opportunity.'
    ),
    escalationIssues: text(
      'How do we assess the quality of new foster carers?',
      '',
      'Do we record travel time to out of area placements/visits? Is this paid back?'
    )
  }
};

export const HOLLAND: SeedForm = {
  councillor: 'Sally Ann Holland',
  dateOfVisit: '17/07/25',
  teamVisited: 'Care Leavers Team',
  answers: {
    qualityStrengths: text(
      '- Dip sampling, pathway plans, care leaver plans, care leaver ambassadors, feeling supported.',
      '- Only two agency staff within team is a positive.',
      '- Decisions are thorough with children at the forefront.',
      '- EET at 64% is a positive direction.',
      '- Supervision is regular and focused, staff feel trust towards the information that is shared, task-centred, child-focused.',
      '- Virtual school is brilliant, Pure Insight is good but PAs should be allocated earlier.',
      '- One agency staff member explained that they have enjoyed the placement over the past year at Cheshire East so much so, that they intend to transfer permanently from the agency.',
      '- Explained that there is positive progress since managers sit in on care plans.',
      '- Drop-ins are good.',
      '- Everyone brings a different talent to the team and uses skills.',
      '- Management support is much better now.'
    ),
    qualityDevelopment: text(
      '- Changeover from adults is still not getting the required support. Transition is still not straightforward, transition should be at 17 but this is when a care leaver is allocated.',
      '- The care leaver hubs would benefit from sexual health sessions, CGL, police and cooking sessions as well as providing plenty of activities. Links to Government/Local Government apprenticeships. Make efforts to stem mixed messages between foster carers, PAs and social workers.',
      '- Through the care leaver ambassadors complete feedback on annual summary with participation team.',
      '',
      '- Junction 16 app is great but could be progressed, several in the care leavers team mentioned looking at the Manchester equivalent for some ideas which has more information.',
      "- Don't discard automatic translation.",
      '- Ideally the care planning meetings should be 4-6 weekly, lack of confidence in Blinded Faith and believed individuals were left vulnerable to exploitation with such accommodation providers. Felt that the £11,000 per week fees were not good value for money.',
      '- Schooling one time per week, 1-1 tutoring.',
      "- Collaborative agency working, service providers are failing the children, young people that are being placed in them don't get the tools they need, pushed back onto PAs, won't engage.",
      '- Not enough quality service providers, more about the money as opposed to the care.',
      '- Service breakdowns.',
      '- Need a pay grade discussion and teaching/training to progress staffing'
    ),
    experienceStrengths: text(
      '- Inviting care leavers to their care plan meetings does help engagement.',
      '- Data and performance care plans are now efficient, strategy visits, 16+ risk assessments and pathway plans, level of information. Team is getting feedback, no last IROs.',
      '- Having Jess back has offered stability and she understands the service, delivery and data. Massive positive change since Jess has returned from maternity leave.',
      '- Strong team, having the pods.',
      '- Homeless supporting and realistic with timescales. Through supervision, speak to the team managers and look to escalate. See people in the hub.'
    ),
    experienceDevelopment: text(
      "- They felt left on their own to make large decisions, Annemarie's position was not replaced.",
      "- Risk assessment rational, regular supervision, if someone doesn't want service. Conversation around workload duty caseload of 25.",
      '- Feel that hubs need improvement, purpose-built buildings would work better so they can gain better experience. But feel that hubs play a really important role.',
      '- Struggled with the Ofsted report and how delivery of findings was handled.',
      '- More team managers have now helped support the team, previously disjointed.',
      '',
      '- Adult social work role; asylum seeking needs more legal knowledge.',
      '- Visits for some care leavers take all day just for one visit because of the distances/travel time.',
      '- Mileage caps unfair, e.g. 500 miles covered in two days, when the mileage compensated drops when 800 miles has been completed.',
      '- Social workers genuinely care and really do take their corporate parenting role to heart. Visits are more meaningful but lack of time due to number of caseloads, and there should be less paperwork.',
      '- Instruction on how to use AI (copilot) to assist with document writing/paperwork.',
      '- Mobile phones desperately in need of an update.',
      "- Reinstate credit cards for PAs as going shopping for homewares for young care leavers is difficult under the current procedures, setting up their accommodation for the first time is just totally impractical and doesn't add value for the whole experience for the care leaver.",
      '- Setting up an allowance, teaching budgeting is better for the young person.',
      '- They are happy to reuse and repurpose by shopping in charity shops, etc, but the system does not enable this.',
      '- Having to go through admin takes so long that they often lose good deals and offers.',
      '- Suits any PA, signpost to EET this team is trusted and is looked upon as somewhere to go to.',
      '- Apprenticeships need to have job offer at the end, and Cheshire East should be offering apprenticeships to care leavers.',
      '- More staff, need PAs from age 16 years, ambassadors are more present, forum meetings.',
      '- Credit cards, more on accommodation, housing shortage.',
      '- Convert Mountview in Congleton into a care leavers accommodation hub (care leaver team). Dangerous to be placed in an environment that they are not ready for, if they were living independently but close to each other for support this would work.',
      '- Getting management to understand.',
      '- Foster carers need educating on the transition process.',
      '- Difficult to work with agency staff when transitioning from young person to adult.',
      '- Pathway plans action on how the young person achieves, review offers until 21 years.',
      '- Caseloads are 25 but ideally they should be around 20/22.'
    ),
    escalationIssues: ''
  }
};

export const WYE: SeedForm = {
  councillor: 'Ben Wye',
  dateOfVisit: '24 th July 2025',
  teamVisited: 'Children and Families Court Team',
  answers: {
    qualityStrengths: text(
      'Since inception in February 2025 the Court Team has enabled dedicated Social Workers to work with children without the interruption that mandatory and short notice court appearance necessitated.',
      '',
      'Team members are developing specialist expertise and practice in court work that has resulted in increased compliance reflected in the reduction of costly C2 extensions (is there a record of these costs to help reflect on other approaches to preparing for them?).',
      '',
      'There was a feeling that small, early interventions could be more effective and allow a child to stay with their family and avoid costly and traumatic court work and decisions to remove a child. A simple example was to use a worker as a proxy grandparent through difficult times e.g. pick a child up from school, help the parent cook tea and tidy up. It was felt that the Families First Partnership legislation would enable this more flexible and creative response. It would be interesting to hear how that is affecting actual practice now to be more efficient.',
      '',
      'All four workers in the forum found Al help in report writing reduced workload and improved formats.'
    ),
    qualityDevelopment: text(
      'Everyone was convinced of the need to reduce the number of children presenting, but the court team necessarily picks up from other teams who may still be working on recording etc. While there is great respect for colleagues work there was a frustration that different teams were not streamlined. One solution could be to have greater clarity about respective roles and responsibilities (I could find nothing online about the Court Team work). Sometimes a child was not presented to the Court Team for a month into the 26 week window due to lack of records. There was a feeling that if they could start earlier, they would not incur the cost of C2.'
    ),
    experienceStrengths: text(
      "Every worker I met is committed to improving children's outcomes and wanted a more streamlined process. The lure of agency work was clearly a pull factor, not only because of the pay difference but it was felt that some agency workers did not feel the same commitment as permanent staff.",
      '',
      'The pressures of time and workload was a strong theme, reflected in the fact that workers had to leave to deal with issues during the visit. The arrival of a senior head of overall service, who can coordinate and streamline the different teams was very much welcomed.'
    ),
    experienceDevelopment: text(
      'Half of the team, including the team leader, work for agencies rather than being a permanent staff member, some for many years. While this does bring in outside experience and good practice churn is a real issue. Half the team have left since it started in February. The anxiety of protection work, with strict deadlines means that some work almost double the 37 hours, often waking at night thinking about a child.',
      '',
      '"In adult care you can turn your laptop off at 5pm confident that no one is likely to die from your decision that day. In child protection that is always on my mind".',
      '',
      'It was felt by some that to retain good permanent staff and reduce stress we should invest in clinical supervision and consider narrowing the pay gap with agency staff which would save money in the longer term.',
      '',
      'A final, personal thought: Some placements are unavoidably far away; examples cited were rural Wales and East Anglia. This means expensive travel and time, sometimes overnight and the same burden on families to come here. Would it be possible for more local or independent social workers to cover this work, as we have half agency staff internally anyway. Perhaps on the Uber Model; putting caseloads on a shared platform for qualified independent or agency social workers to cover?'
    ),
    escalationIssues: text("Whilst I do not 'require' a response it would be helpful to get feedback and comments.")
  }
};

export const SEED_FORMS: SeedForm[] = [BENNETT_WAKE, HOLLAND, WYE];
