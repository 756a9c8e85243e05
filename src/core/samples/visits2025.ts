// The 2025/26 rota as Visit Rota items: the three July 2025 visits as they happened (seed 004,
// reported to the Cared For Children and Care Leavers Committee on 2 September 2025) and the
// rest of the year planned by month.
import { visitMinutes } from '../config';
import type { Visit } from '../model';
import { formatLondon, londonInstant } from '../time/london';
import { BEN_WYE, CFCCL, CFCCL_MEMBERS_2025, ROTA_2025, SAMPLE_CONFIG, TEAMS_2025 } from './rota2025';

const emailOf = (name: string): string => {
  const found = [...CFCCL_MEMBERS_2025, BEN_WYE].find((c) => c.name === name);
  if (!found) throw new Error(`No sample councillor called ${name}`);
  return found.email;
};

/** Who visited which team in July 2025, and when (seed 004 para 2). */
const JULY_2025: Record<string, { day: string; councillor: string }> = {
  'Cared for Teams': { day: '2025-07-14', councillor: 'Sarah Bennett-Wake' },
  'Care Leavers Teams': { day: '2025-07-17', councillor: 'Sally Ann Holland' },
  'Court Team': { day: '2025-07-24', councillor: 'Ben Wye' }
};

/** The demo's point of contact: the rota officer, a person the bot can message (not a shared mailbox). */
export const POINT_OF_CONTACT = 'officer@example.gov.uk';

export const VISITS_2025: Visit[] = TEAMS_2025.map((team) => {
  const slot = ROTA_2025.find((s) => s.area === team.area && s.teamNames.indexOf(team.name) >= 0);
  if (!slot) throw new Error(`Team ${team.name} is in no rota slot`);
  const july = JULY_2025[team.name];
  const monthLabel = formatLondon(londonInstant(`${slot.month}-01`, '12:00'), 'MMMM yyyy');
  const base: Visit = {
    id: team.id,
    title: `${team.name} - ${monthLabel}`,
    teamId: team.id,
    area: team.area,
    visitMonth: slot.month,
    durationMinutes: visitMinutes(SAMPLE_CONFIG),
    councillorEmails: [],
    committee: slot.committee,
    committeeDate: slot.committeeDay ? londonInstant(slot.committeeDay, '14:00') : undefined,
    status: 'Planned',
    pointOfContactEmail: POINT_OF_CONTACT,
    formTemplate: SAMPLE_CONFIG.formTemplate
  };
  if (!july) return base;
  const visitStart = londonInstant(july.day, '10:00');
  return {
    ...base,
    visitStart,
    councillorEmails: [emailOf(july.councillor)],
    committee: CFCCL,
    committeeDate: londonInstant('2025-09-02', '14:00'),
    status: 'Reported',
    findingsDueDate: undefined
  };
});
