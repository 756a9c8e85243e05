// A small world for the service specs: the Court Team, three councillors and one booked visit.
import { FRONTLINE_2025, type ProcessConfig } from '../../../src/core/config';
import type { Visit } from '../../../src/core/model';
import type { Stored } from '../../../src/core/ports/repositories';
import type { BookingDeps, SubmitDeps } from '../../../src/core/services';
import { MemoryStore as Memory } from '../../kits/memory';

export const ANNA = 'cllr.anna@example.gov.uk';
export const BEN = 'cllr.ben@example.gov.uk';
export const CARA = 'cllr.cara@example.gov.uk';
export const SM = 'sm.court@example.gov.uk';
export const HOS = 'hos.cared.for@example.gov.uk';
export const AREA = 'Cared for Children and Care Leavers';
/** Thu 24 Jul 2025, 10:00 BST. */
export const VISIT_START = '2025-07-24T09:00:00.000Z';
/** Wed 30 Jul 2025, 17:00 BST. */
export const AFTER = '2025-07-30T16:00:00.000Z';

export interface World {
  mem: Memory;
  visit: Stored<Visit>;
  teamId: number;
  clock: { now: string };
  submitDeps(overrides?: Partial<SubmitDeps>): SubmitDeps;
  /** The whole process config, so the same deps also serve assignCouncillors (with `councillors`). */
  bookingDeps(
    overrides?: Partial<Omit<BookingDeps, 'config'>> & { config?: ProcessConfig }
  ): BookingDeps & { config: ProcessConfig };
}

export function visitFields(teamId: number, extra: Partial<Visit> = {}): Omit<Visit, 'id'> {
  return {
    title: 'Court Team - July 2025',
    teamId,
    area: AREA,
    visitMonth: '2025-07',
    visitStart: VISIT_START,
    durationMinutes: 150,
    councillorEmails: [ANNA],
    committee: 'Children and Families Committee',
    committeeDate: '2025-09-15T13:00:00.000Z',
    status: 'Booked',
    findingsDueDate: '2025-07-31T22:59:59.999Z',
    formTemplate: 'frontline-2025',
    ...extra
  };
}

export async function world(visit: Partial<Visit> = {}): Promise<World> {
  const mem = new Memory();
  const repos = mem.repos();
  const team = await repos.teams.add({
    name: 'Court Team',
    area: AREA,
    serviceManagerEmail: SM,
    headOfServiceEmail: HOS,
    location: 'Delamere House, Crewe'
  });
  for (const [name, email] of [
    ['Anna Able', ANNA],
    ['Ben Bold', BEN],
    ['Cara Calm', CARA]
  ]) {
    await repos.councillors.add({
      name,
      email,
      committees: ['Children and Families Committee'],
      secondVisitVolunteer: false,
      dataProtectionTrainingDate: '2025-05-20T09:00:00.000Z',
      active: true
    });
  }
  const stored = await repos.visits.add(visitFields(team.id, visit));
  const clock = { now: AFTER };
  mem.calls.length = 0;
  return {
    mem,
    visit: stored,
    teamId: team.id,
    clock,
    submitDeps: (overrides = {}) => ({
      ...repos,
      sharing: mem.sharing(),
      now: () => clock.now,
      config: FRONTLINE_2025,
      ...overrides
    }),
    bookingDeps: (overrides = {}) => ({ ...repos, config: FRONTLINE_2025, now: () => clock.now, ...overrides })
  };
}

export const GOOD_ANSWERS = {
  qualityStrengths: 'Supervision is regular and focused.',
  experienceDevelopment: 'The office is too hot.',
  escalationIssues: 'How do we assess the quality of new foster carers?'
};
