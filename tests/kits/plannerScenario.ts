// The planner's scale scenario: one deterministic workload for the correctness tests at benchmark
// sizes (scale.test.ts) and for the timings in `npm run bench` (bench/planner.ts), so the two always
// describe the same input.
import { FRONTLINE_2025, type ProcessConfig } from '../../src/core/config';
import type { Councillor, QaActivity, Team } from '../../src/core/model';
import type { PlannerInput, PlannerSlot, Unavailability } from '../../src/core/planner';
import { addDays, londonEndOfDay, londonInstant } from '../../src/core/time/london';

const day = (month: string, d: number): string => `${month}-${String(d).padStart(2, '0')}`;

const MONTHS = [
  '2025-07',
  '2025-08',
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06'
];

/** `teams` teams in rows of `perRow`; councillors free in a few months each, with gaps. */
export function scenario(
  councillors: number,
  teams: number,
  perRow: number,
  config: ProcessConfig = FRONTLINE_2025,
  /** Free only a few days of one month each, instead of away one month. */
  narrow = false
): PlannerInput {
  const teamList: Team[] = [];
  const slots: PlannerSlot[] = [];
  for (let i = 0; i < teams; i += perRow) {
    const r = slots.length;
    const ids: number[] = [];
    for (let j = i; j < Math.min(teams, i + perRow); j++) {
      teamList.push({
        id: j + 1,
        name: `Team ${j}`,
        area: `Area ${r}`,
        serviceManagerEmail: '',
        headOfServiceEmail: '',
        location: ''
      });
      ids.push(j + 1);
    }
    slots.push({
      area: `Area ${r}`,
      teamIds: ids,
      month: MONTHS[r % 12],
      committee: config.committees[r % config.committees.length]
    });
  }
  const people: Councillor[] = [];
  const availability: Record<string, Unavailability[]> = {};
  for (let i = 0; i < councillors; i++) {
    const email = `c${i}@example.gov.uk`;
    people.push({
      name: `Cllr ${String(i).padStart(4, '0')}`,
      email,
      committees: [config.committees[i % config.committees.length]],
      secondVisitVolunteer: i % 17 === 0,
      active: true,
      dataProtectionTrainingDate: i % 7 ? '2025-01-01T09:00:00.000Z' : undefined
    });
    const away = MONTHS[(i * 7) % 12];
    const month = MONTHS[(i * 5) % 12];
    const from = 1 + ((i * 13) % 25);
    availability[email] = narrow
      ? [
          { from: '2025-01-01', to: day(month, from) },
          { from: day(month, Math.min(28, from + 3)), to: '2027-01-01' }
        ]
      : [{ from: `${away}-01`, to: `${away}-28` }, `${MONTHS[(i * 5) % 12]}-15`];
  }
  const qaCalendar: QaActivity[] = [];
  for (let i = 0; i < 40; i++) {
    const start = `${MONTHS[i % 12]}-${String(1 + ((i * 3) % 25)).padStart(2, '0')}`;
    qaCalendar.push({
      title: `QA ${i}`,
      kind: i % 5 === 0 ? 'Committee meeting' : 'Audit',
      start: londonInstant(start),
      end: londonEndOfDay(addDays(start, i % 4)),
      areas: i % 3 ? [`Area ${i % 25}`] : []
    });
  }
  return { slots, teams: teamList, councillors: people, qaCalendar, availability, config };
}
