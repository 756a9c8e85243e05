// The 2025/26 arrangements from the seed papers: the rota (seed 000 para 6) and the members of the
// Cared For Children and Care Leavers Committee (seed 004). E-mail addresses, service managers and
// the QA activity marked "(example)" are invented for local runs; names are from the public papers.
import { FRONTLINE_2025 } from '../config';
import type { Councillor, QaActivity, Team } from '../model';
import { londonEndOfDay, londonInstant } from '../time/london';
import { playgroundAadObjectId } from './teamsUsers';

export const CFCCL = 'Cared For Children and Care Leavers Committee';
export const CAF = 'Children and Families Committee';

/** One row of the yearly rota: an area's teams, the month they are visited and the report date. */
export interface RotaSlot {
  area: string;
  teamNames: string[];
  month: string;
  committee: string;
  /** London day of the committee meeting the findings go to; undefined while not yet set. */
  committeeDay?: string;
}

export const ROTA_2025: RotaSlot[] = [
  {
    area: 'Cared for Children and Care Leavers',
    teamNames: ['Court Team', 'Cared for Teams', 'Care Leavers Teams'],
    month: '2025-07',
    committee: CAF,
    committeeDay: '2025-09-15'
  },
  {
    area: 'Quality Assurance',
    teamNames: ['Child Protection IROs', 'Cared for IROs', 'SCIES', 'LADO & FGC'],
    month: '2025-09',
    committee: CAF,
    committeeDay: '2025-11-10'
  },
  {
    area: 'Placements',
    teamNames: ['Fostering Team', 'Residential Teams'],
    month: '2025-11',
    committee: CAF,
    committeeDay: '2026-01-19'
  },
  {
    area: 'Family Help',
    teamNames: ['North Family Help Teams', 'South Family Help Teams'],
    month: '2025-12',
    committee: CAF,
    committeeDay: '2026-02-16'
  },
  {
    area: 'Front Door',
    teamNames: ['Front Door/Domestic Abuse Team', 'Emergency Duty Team'],
    month: '2026-02',
    committee: CAF,
    committeeDay: '2026-04-13'
  },
  {
    area: 'Children in Need and Child Protection',
    teamNames: ['Macclesfield CINCP', 'Crewe CINCP (incl. Court team)', 'Children with Disabilities Team'],
    month: '2026-04',
    committee: CAF
  }
];

const LOCATIONS: Record<string, string> = {
  'Cared for Children and Care Leavers': 'Delamere House, Crewe',
  'Quality Assurance': 'Westfields, Sandbach',
  Placements: 'Westfields, Sandbach',
  'Family Help': 'Macclesfield Town Hall',
  'Front Door': 'Delamere House, Crewe',
  'Children in Need and Child Protection': 'Delamere House, Crewe'
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** The 16 teams of the 2025/26 rota, numbered in rota order from 1. */
export const TEAMS_2025: Team[] = ROTA_2025.flatMap((slot) =>
  slot.teamNames.map((name) => ({ name, area: slot.area }))
).map((t, i) => ({
  id: i + 1,
  name: t.name,
  area: t.area,
  serviceManagerEmail: `sm.${slug(t.name)}@example.gov.uk`,
  headOfServiceEmail: `hos.${slug(t.area)}@example.gov.uk`,
  location: LOCATIONS[t.area]
}));

const TRAINED = '2025-05-20T09:00:00.000Z';

function member(name: string, opts: Partial<Councillor> = {}): Councillor {
  const surname = name.split(' ').slice(-1)[0];
  const email = `cllr.${slug(surname)}@example.gov.uk`;
  return {
    name,
    email,
    // The Agents Playground's users carry these ids, so the bot matches them as Teams would.
    aadObjectId: playgroundAadObjectId(email),
    committees: [CFCCL],
    secondVisitVolunteer: false,
    dataProtectionTrainingDate: TRAINED,
    active: true,
    ...opts
  };
}

/** The 12 members of the Cared For Children and Care Leavers Committee 2025/26 (seed 004). */
export const CFCCL_MEMBERS_2025: Councillor[] = [
  member('M Beanland'),
  member('Sarah Bennett-Wake', { committees: [CFCCL, CAF] }),
  member('D Clark'),
  member('Laura Crane'),
  member('R Fletcher'),
  member('E Gilman'),
  // Gave apologies in June 2025; no training date recorded, so the planner flags him.
  member('George Hayes', { dataProtectionTrainingDate: undefined }),
  member('Sally Ann Holland', { secondVisitVolunteer: true }),
  member('R Moreton'),
  member('B Posnett'),
  member('B Puddicombe'),
  member('Jos Saunders')
];

/** Ben Wye visited the Court Team in July 2025 (seed 004); he sits on the other committee. */
export const BEN_WYE: Councillor = member('Ben Wye', { committees: [CAF] });

/** Committee meetings from the papers, plus illustrative QA activity marked "(example)". */
export const QA_2025: QaActivity[] = [
  ...ROTA_2025.filter((s) => s.committeeDay).map((s) => meeting(s.committee, s.committeeDay as string)),
  meeting(CFCCL, '2025-07-08'),
  meeting(CFCCL, '2025-09-02'),
  {
    title: 'Ofsted monitoring visit: cared for children (example)',
    kind: 'Ofsted',
    start: londonInstant('2025-07-01'),
    end: londonEndOfDay('2025-07-03'),
    areas: ['Cared for Children and Care Leavers']
  },
  {
    title: 'SLIP review of the front door (example)',
    kind: 'SLIP',
    start: londonInstant('2026-02-09'),
    end: londonEndOfDay('2026-02-13'),
    areas: ['Front Door']
  },
  {
    title: 'Practice week (example)',
    kind: 'Practice week',
    start: londonInstant('2025-11-17'),
    end: londonEndOfDay('2025-11-21'),
    areas: []
  }
];

function meeting(committee: string, day: string): QaActivity {
  return {
    title: `${committee} meeting`,
    kind: 'Committee meeting',
    start: londonInstant(day),
    end: londonEndOfDay(day),
    areas: []
  };
}

/** The default config the samples are meant for. */
export const SAMPLE_CONFIG = FRONTLINE_2025;
