// The sweep's council-scale world (bench/sweepScale.ts and tests/bot/sweepParallel.test.ts): 5,000 visits over a year around NOW, four
// councillors each with a stored Teams conversation, in the tests' indexed in-memory store.
import { FRONTLINE_2025 } from '../../src/core/config';
import type { Councillor, Team, Visit, VisitStatus } from '../../src/core/model';
import { addDays } from '../../src/core/time/london';
import type { SweepResult } from '../../src/bot/app/sweepReport';
import type { CapturedActivity } from './captureConnector';
import { MemoryStore } from './memory';

export const VISITS = 5000;
export const PER_VISIT = 4;
export const NOW = '2025-10-01T08:00:00.000Z';
export const OFFICER = 'officer@example.gov.uk';
/** Visits spread evenly over a year around NOW (a first sweep sends booking notices, briefings and escalations; the second, nothing). */
export function generate(count = VISITS) {
  const teams: Omit<Team, 'id'>[] = Array.from({ length: 100 }, (_, i) => ({
    name: `Team ${i}`,
    area: `Area ${i % 25}`,
    serviceManagerEmail: `sm${i}@example.gov.uk`,
    headOfServiceEmail: `hos${i % 25}@example.gov.uk`,
    location: 'Town Hall'
  }));
  const councillors: Councillor[] = Array.from({ length: count * PER_VISIT }, (_, i) => ({
    name: `Cllr ${i}`,
    email: `c${i}@example.gov.uk`,
    committees: [FRONTLINE_2025.committees[0]],
    secondVisitVolunteer: false,
    active: true
  }));
  const visits: Omit<Visit, 'id'>[] = [];
  const start = Date.parse('2025-04-01T09:00:00.000Z');
  for (let i = 0; i < count; i++) {
    const at = new Date(start + Math.floor((i * 365 * 24 * 3600 * 1000) / count));
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

/** Most requests in any sliding window of `windowMs` (half-open, as Teams' "a second"). */
export function peak(times: number[], windowMs = 1000): number {
  const t = times.slice().sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i] - t[j] >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/** Lost and duplicated messages: by key (the sweeps' reports) and by what reached each conversation. */
export function lostAndDuplicates(
  expected: SweepResult[],
  sentKeys: string[],
  captured: CapturedActivity[],
  chatOf: (email: string) => string
): { lost: number; duplicates: number } {
  const want = new Map<string, number>();
  for (const r of expected) want.set(chatOf(r.recipientEmail), (want.get(chatOf(r.recipientEmail)) ?? 0) + 1);
  const got = new Map<string, number>();
  for (const a of captured) got.set(a.conversationId, (got.get(a.conversationId) ?? 0) + 1);
  const sentSet = new Set(sentKeys);
  let short = 0;
  let extra = 0;
  for (const id of new Set([...want.keys(), ...got.keys()])) {
    const d = (got.get(id) ?? 0) - (want.get(id) ?? 0);
    if (d < 0) short -= d;
    else extra += d;
  }
  return {
    lost: Math.max(expected.filter((r) => !sentSet.has(r.key)).length, short),
    duplicates: Math.max(sentKeys.length - sentSet.size, extra)
  };
}
