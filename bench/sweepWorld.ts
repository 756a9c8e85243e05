// The sweep-scale bench's world (bench/sweepScale.ts): 5,000 visits over a year around NOW, four
// councillors each with a stored Teams conversation, in the tests' indexed in-memory store.
import { FRONTLINE_2025 } from '../src/core/config';
import type { Councillor, Team, Visit, VisitStatus } from '../src/core/model';
import { addDays } from '../src/core/time/london';
import { MemoryStore } from '../tests/kits/memory';

export const VISITS = 5000;
export const PER_VISIT = 4;
export const NOW = '2025-10-01T08:00:00.000Z';
export const OFFICER = 'officer@example.gov.uk';
/** Visits spread evenly over a year around NOW (a first sweep sends booking notices, briefings and escalations; the second, nothing). */
export function generate() {
  const teams: Omit<Team, 'id'>[] = Array.from({ length: 100 }, (_, i) => ({
    name: `Team ${i}`,
    area: `Area ${i % 25}`,
    serviceManagerEmail: `sm${i}@example.gov.uk`,
    headOfServiceEmail: `hos${i % 25}@example.gov.uk`,
    location: 'Town Hall'
  }));
  const councillors: Councillor[] = Array.from({ length: VISITS * PER_VISIT }, (_, i) => ({
    name: `Cllr ${i}`,
    email: `c${i}@example.gov.uk`,
    committees: [FRONTLINE_2025.committees[0]],
    secondVisitVolunteer: false,
    active: true
  }));
  const visits: Omit<Visit, 'id'>[] = [];
  const start = Date.parse('2025-04-01T09:00:00.000Z');
  for (let i = 0; i < VISITS; i++) {
    const at = new Date(start + Math.floor((i * 365 * 24 * 3600 * 1000) / VISITS));
    at.setUTCHours(9, 0, 0, 0);
    const past = at.toISOString() < NOW;
    // Booked up to two weeks ahead (later visits are Planned: month only); 1 in 50 past visits still awaits its forms.
    const booked = at.toISOString() < new Date(Date.parse(NOW) + 14 * 86400000).toISOString();
    const status: VisitStatus = !past ? (booked ? 'Booked' : 'Planned') : i % 50 === 0 ? 'Visited' : 'Responded';
    const day = at.toISOString().slice(0, 10);
    visits.push({
      title: `Visit ${i}`,
      teamId: (i % 100) + 1,
      area: `Area ${i % 25}`,
      visitMonth: day.slice(0, 7),
      visitStart: at.toISOString(),
      durationMinutes: 120,
      councillorEmails: Array.from({ length: PER_VISIT }, (_, k) => `c${i * PER_VISIT + k}@example.gov.uk`),
      committee: FRONTLINE_2025.committees[0],
      status,
      findingsDueDate: `${addDays(day, 14)}T17:00:00.000Z`,
      pointOfContactEmail: OFFICER,
      formTemplate: FRONTLINE_2025.formTemplate
    });
  }
  // Added in order, so team i + 1 is the team of visit i's teamId.
  const store = new MemoryStore();
  for (const t of teams) store.tables.teams.add(t);
  for (const c of councillors) store.tables.councillors.add(c);
  for (const v of visits) store.tables.visits.add(v);
  return store;
}
