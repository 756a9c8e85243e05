// Held-out labels for seed 003 (Improvement Plan Progress Update, 9 June 2025): see heldOut.ts for how
// they were chosen and labelled, and the format.

export const SEED_003_SHEET = `
# para 11
- | The family feedback strategy was received and agreed by the policies, procedure and practice group (PPP) in April 2025.
- | This will ensure families have a variety of ways to provide feedback on our services, and that there is a feedback loop, so we learn and develop in response.
- | New corporate parenting workstreams ‘Good Homes for All,’ ‘Good Health and Wellbeing’ and ‘Education and Skills’ have taken place during March and April and are ensuring there are action plans in place to develop our support in these areas.
- | Care leaver ambassadors are part of the workstreams.
- | Care leaver champions have now been launched.
- | These champions will be members of staff across the council who will be supported to have expertise on the needs of care experienced young people so they can champion meeting our corporate parenting responsibilities within their areas.
- | Communications have been cascaded to wider staff to recruit champions throughout April, including through management share and support sessions and team voice.
- | A mid-way Local Offer review will take place on 4 June where we will feedback what changes / support has been implemented in response to young people's feedback following the review in November 2024.
- | Recommendations and feedback with financial implications have been shared and discussed at the Corporate Parenting Executive Board.
- | £25 per month for leisure activities has been agreed for all care leavers who do not wish to have an everybody leisure pass and would prefer something different.
partnership | The neglect strategy was agreed at the Safeguarding Children Partnership Board in April 2025.
- | Work is underway to strengthen our audit process.
- | The audit form has been updated, and a process for the responsibilities within the audit cycle has been completed.
- | We have expanded our pool of auditors and moderators; from March 2025 we are undertaking between 15-20 audits each month.
- | This will ensure going forward that there is broader oversight of current practice.
# paras 12-16
training-time | The lead practitioner training plan was launched in April 2025 to address our key areas for improvement from the monitoring visit and the inspection.
training-time | The programme includes a mixture of lunch time sessions and master classes over a range of topics on:
- | The Family Group Conferencing (FGC) Service has been moved to sit under the Manager for the Child Protection (CP) Chairs Team.
- | The remit of the team is to ensure FGC is provided to all those subject to CP and pre-proceedings in line with the Children's Wellbeing Bill.
- | Further work is then being considered to look at what support we can offer prior to cases coming to conference under a family network approach.
partnership | The first integrated front door governance Board took place in March and a project plan is in place to deliver service improvements and move to a multi-agency safeguarding hub (MASH) model.
partnership | This will improve partnership information sharing and decision-making.
foster-carers | Apartments in a second accommodation block on the Apollo site are being readied and decorated with the involvement of the young people placed in the first cohort.
foster-carers | This will increase our sufficiency for migrant young people.
foster-carers | We are celebrating foster care fortnight over 12-25 May – shining a spotlight (with the help of a promotional video) on some of the great work of our foster carers, gaining insight into the importance of building relationships in the profession.
# para 20, SLIP care leavers strengths
- | Everyone was passionate about doing their best for young people – there was clear commitment and desire to improve young people’s life chances
- | We know ourselves and the findings reflect what we said they would see
- | Young people said the support they got from their PAs was good and they were very positive about the support provided through Pure Insights– one person said it was like “being in a second family.”
- | The quality of practice and case recording has improved since the inspection:
- | There are some examples of excellent practice which can be used as guide for improving consistency of practice across the service
- | All cases had case notes in April, most were within the last week.
- | All young people had been visited in March or April 2025.
- | 7 of the 10 were seen in April.
- | There were excellent examples of statutory visits.
- | There was variability in recording, but all visits contained the young person’s voice.
- | 9 of the 10 cases had an up-to-date pathway plan.
- | The voice of the child was clearly seen throughout all recording.
- | There was evidence of transition planning on case files.
- | Contextual safeguarding risks were identified and responded to appropriately.
- | The reviewer was particularly impressed with the support given to young people to make or keep in contact with their families or connected people.
- | This included separated young people for whom contact was supported through the Red Cross, and young people with long histories of abuse who were being supported with family contact as they reached adulthood.
- | 9 of 10 cases had clear information about EET activity.
- | For those who were not in EET, the involvement of the EET team and the support offered was clear.
- | Management oversight was evident on case files.
supervision | Almost all the cases had up to date supervision.
- | Opportunity for IRO support for young people up to 21 years.
- | The Care Leaver Ambassadors were clear about the opportunities they get to influence practice.
- | The resources available for separated migrant children and young people were excellent.
# para 20, SLIP care leavers areas for development
- | There is still variability in the quality of practice.
- | Case summaries were not always up to date.
- | Sometimes case summaries had a recent date of update, but the information was still old.
it-systems | When pathway plans are updated, they pull through information from the previous plan.
- | Quality assurance activity is needed to ensure that plans are updated each time with new information.
supervision | Supervision varies in quality and is an area for improvement.
- | There was almost no evidence of quality assurance activity on the 10 cases selected.
- | All quality assurance activity, including dip samples from the service manager, needs to be recorded on files.
- | Practitioners were not clear about our practice model in Cheshire East – restorative practice.
- | Pathway planning focused on the next six months rather than preparing young people for longer term adulthood
it-systems | Some people (practitioners, young people, and partners) did not know about the local offer for care leavers or the local offer app (Junction 16 Plus).
partnership | Other than Pure Insights and the YMCA, it was difficult to see the footprint of partner involvement on young people's records.
# para 23, SLIP LADO findings
partnership | Review and develop the contact/referral/advice and guidance pathways, so that the criteria for a LADO referral is better understood by partners.
- | Too many cases remain open with no clear rationale - review of all open cases required.
- | Develop a better system for management oversight, QA, tracking and reviewing.
it-systems | Recording is too reliant upon email trails and requires greater analysis and clarity of outcomes.
# para 25, DfE progress review strengths
- | Overall, the pace of improvement in the past 6 months has accelerated, acknowledging the limited progress made in the first few months after the inspection report was published.
- | The council, across all layers, knows itself better than it did previously.
- | There is now a much more consistent understanding of the strengths and challenges in relation to children's services.
- | There is significant political and corporate commitment to children, young people and families, for example through "right-sizing" the budget for children's services despite financial pressures across the council, and through dedicated task and finish groups of officers and councillors.
- | The interim leadership team has brought a robust approach to service improvement and there is some evidence of the positive impact this is having on the quality of practice.
training-time, supervision | Most frontline practitioners and managers were positive about the training they were receiving, for example the recent reflective supervision training and the impact this was starting to have on the quality of supervision.
morale-support | Morale was mostly positive and staff were receptive to, and engaged with, the improvement journey.
partnership | There has been a strong focus on putting in place the supporting infrastructure for the Safeguarding Children Partnership, including basic structures, governance, systems and plans and this has progressed at considerable pace.
# para 25, DfE progress review areas for development
- | Corporately, there have been improvements in the support delivered to children's services but there is more to do to reflect the urgent nature of improvements required.
- | At times, the pace of change in children's services can be negatively impacted by the pace of change across the council and cumbersome systems and processes.
recruitment-retention | An example includes the limited progress made in relation to recruitment and onboarding of key posts across children's services.
- | Practice remains variable across the service, and this continues to be a focus for leaders.
it-systems | More work needs to be done to embed restorative practice consistently, including updating forms within the child's record to reflect this approach.
workload, recruitment-retention | High workloads and recruitment challenges were raised by staff as a barrier to improvement.
morale-support | Leaders should reflect on communication and engagement with staff to ensure clear and consistent messaging and to allay worries whilst keeping them updated with important information.
- | There were some positive examples where this has worked well, such as the recent events on the Children's Wellbeing and Schools Bill.
management-stability | It is crucial that the Council sensitively manages the transition from the current interim Executive DCS to the newly appointed, permanent Executive DCS.
partnership | The Safeguarding Children Partnership might benefit from further reviewing its scrutiny arrangements, in particular how the Independent Scrutineer can be best utilised.
# paras 26-29
- | The SLIP and DfE reviews found that improvements have been made since the inspection, and that staff at all levels are committed to making improvements.
training-time, recruitment-retention, management-stability, foster-carers | Our care leaver ambassadors continue to be involved in shaping services and have recently delivered training to frontline practitioners about the importance of relationships, presented at committee, supported the recruitment of PAs and senior managers across the council including the new DCS, Director of Children's Social Care and Director of QA and Commissioning, fed back ideas about sufficiency, independence packs, and writing to the child.
- | They are also planning for the local offer review event in June 2025.
- | Young people participated in the SLIP review and provided feedback on their experiences.
- | The feedback from all the young people the SLIP team spoke to was that the support they got from PAs was good.
recruitment-retention | Young people did not like changes in their PAs, and some relationships were better than others.
- | Feedback on the commissioned volunteer resources was very positive, particularly for Pure Insights.
- | One young person said their support was like “being in a second family”.
- | Volunteer mentors were also appreciated – young people like that people are supporting them because they want to and not for pay.
- | Care Leaver Ambassadors have joined the corporate parenting workstreams and attended to represent the voices and experiences of children and young people who are care experienced.
- | So far young people have attended “Good Homes for All” and “Good Health and Wellbeing”.
partnership | Through the relationships built in Good Homes for All, other professionals from Housing have agreed to support the delivery of the new coproduced pilot project to embed the improvements to Independence Packs.
# para 30, update on recruitment
recruitment-retention | Additional posts were agreed by committee and full Council as additional capacity to support service improvements for 18 months, starting from September 2025.
recruitment-retention | It is recognised that after the 18-month funding period has expired we will need to remain within the original establishment.
recruitment-retention | An updated position on those posts which were not filled is provided below.
recruitment-retention | Independent Reviewing Officers (IRO) x 2 Both roles are currently covered by agency.
recruitment-retention | The roles are about to be advertised for permanent recruitment.
recruitment-retention | Connected carer assessors x 2 One post holder commenced in February 2025.
recruitment-retention | The other post was re advertised, and we appointed, with a start date of 12 May 2025.
recruitment-retention | PAs x 3 Recruited 3 additional staff on an agency basis, however, due to turnover within the service they are now no longer additional capacity and additional resource is being sourced.
recruitment-retention | We are currently about to go live with adverts for 2 permanent PAs.
recruitment-retention | One agency PA is converting to permanent which is very positive.
recruitment-retention | Quality Assurance Officer This post started on 3 December 2024, but the postholder since resigned.
recruitment-retention | This post will have been recruited to on an interim basis while permanent recruitment is undertaken.
recruitment-retention | The interim postholder will start at the end of May 2025.
`;
