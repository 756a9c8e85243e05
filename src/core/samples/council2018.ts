// The 2018 arrangements of seed 001 (Children and Families Overview and Scrutiny Committee, 16 July
// 2018: "2017-18 Annual Report of Member Frontline Visits" and the "Guidance to Member Frontline
// Safeguarding Team Visits", Version 2, June 2018), as data for a second demo council.
// Names are the paper's; e-mail addresses and manager contacts are invented at example.gov.uk, as in
// rota2025.ts. The paper's findings (Appendix 2) predate the Signs of Safety form and it has no
// filled grid, so no sent forms are seeded for 2018.
import { SIGNS_OF_SAFETY_2018, visitMinutes } from '../config';
import { findingsDueDate } from '../deadlines';
import type { Councillor, Team, Visit } from '../model';
import { formatLondon, londonInstant } from '../time/london';
import { playgroundAadObjectId } from './teamsUsers';

export const CONFIG_2018 = SIGNS_OF_SAFETY_2018;
export const COMMITTEE_2018 = 'Children and Families Overview and Scrutiny Committee';
export const AREA_2018 = 'Children in Need and Child Protection';
/** The Head of Service, Children in Need and Child Protection (para 12; guidance para 7). */
export const HOS_2018 = 'hos.cincp@example.gov.uk';
/** Stands in for the Children's Improvement Team inbox the forms go to (guidance para 7). */
export const IMPROVEMENT_TEAM_2018 = 'childrens.improvement@example.gov.uk';

/** The three intake teams (para 5.3; guidance para 1), visited in turn each month. */
export const TEAMS_2018: Team[] = [
  { name: 'ChECS', full: 'Cheshire East Consultation Team (ChECS)' },
  { name: 'Crewe', full: 'Child in Need/Child Protection Team in Crewe' },
  { name: 'Macclesfield', full: 'Child in Need/Child Protection Team in Macclesfield' }
].map((t, i) => ({
  id: i + 1,
  name: t.name,
  area: AREA_2018,
  serviceManagerEmail: `sm.${t.name.toLowerCase()}@example.gov.uk`,
  headOfServiceEmail: HOS_2018,
  location: t.full
}));

function member(name: string): Councillor {
  const surname = name.split(' ').slice(-1)[0].toLowerCase();
  const email = `cllr.${surname}@example.gov.uk`;
  return {
    name,
    email,
    aadObjectId: playgroundAadObjectId(email),
    committees: [COMMITTEE_2018],
    secondVisitVolunteer: false,
    active: true
  };
}

/** The members named in the rota for future visits (Appendix 1) and the 2017-18 visits (para 5.7). */
export const COUNCILLORS_2018: Councillor[] = [
  'Rhoda Bailey',
  'Gill Merry',
  'Laura Jeuda',
  'George Hayes',
  'Jill Rhodes',
  'Steven Edgar',
  'Jos Saunders',
  'Paul Bates',
  'Lesley Smetham'
].map(member);

/** Appendix 1, "Rota for Future Visits" 2018: one team a month, so each team once a quarter, in pairs. */
export const ROTA_2018: { day: string; team: string; pair: [string, string] }[] = [
  { day: '2018-04-20', team: 'Crewe', pair: ['Rhoda Bailey', 'Gill Merry'] },
  { day: '2018-05-02', team: 'Macclesfield', pair: ['Laura Jeuda', 'George Hayes'] },
  { day: '2018-06-01', team: 'ChECS', pair: ['Jill Rhodes', 'Steven Edgar'] },
  { day: '2018-07-20', team: 'Crewe', pair: ['Jos Saunders', 'Paul Bates'] },
  { day: '2018-08-08', team: 'Macclesfield', pair: ['Lesley Smetham', 'Gill Merry'] },
  { day: '2018-09-03', team: 'ChECS', pair: ['Rhoda Bailey', 'Laura Jeuda'] },
  { day: '2018-10-03', team: 'Crewe', pair: ['Steven Edgar', 'George Hayes'] },
  { day: '2018-11-23', team: 'Macclesfield', pair: ['Jill Rhodes', 'Paul Bates'] },
  { day: '2018-12-03', team: 'ChECS', pair: ['Jos Saunders', 'George Hayes'] }
];

const emailOf = (name: string): string => {
  const found = COUNCILLORS_2018.find((c) => c.name === name);
  if (!found) throw new Error(`No 2018 councillor called ${name}`);
  return found.email;
};

/**
 * The rota as Visit Rota items: booked a year in advance (guidance para 2), about 1 hour (para 3,
 * the preset's agenda), findings due 28 days after the visit ("within 4 weeks", summary of procedure).
 */
export const VISITS_2018: Visit[] = ROTA_2018.map((r, i) => {
  const team = TEAMS_2018.find((t) => t.name === r.team);
  if (!team) throw new Error(`No 2018 team called ${r.team}`);
  const visitStart = londonInstant(r.day, CONFIG_2018.defaultStartTime);
  const month = formatLondon(visitStart, 'MMMM yyyy');
  return {
    id: i + 1,
    title: `${team.name} - ${month}`,
    teamId: team.id,
    area: AREA_2018,
    visitMonth: r.day.slice(0, 7),
    visitStart,
    durationMinutes: visitMinutes(CONFIG_2018),
    councillorEmails: r.pair.map(emailOf),
    committee: COMMITTEE_2018,
    status: 'Booked',
    findingsDueDate: findingsDueDate(visitStart, CONFIG_2018),
    pointOfContactEmail: IMPROVEMENT_TEAM_2018,
    formTemplate: CONFIG_2018.formTemplate
  };
});
