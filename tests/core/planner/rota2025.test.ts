import { FRONTLINE_2025 } from '../../../src/core/config';
import type { Councillor } from '../../../src/core/model';
import { planRota, type PlannerInput } from '../../../src/core/planner';
import { CAF, CFCCL_MEMBERS_2025, QA_2025, ROTA_2025, TEAMS_2025 } from '../../../src/core/samples/rota2025';
import { dayOfWeek, daysBetween, londonInstant, londonTime } from '../../../src/core/time/london';
import { councillor, violations } from '../../kits/plannerHelpers';

const input2025: PlannerInput = {
  slots: ROTA_2025,
  teams: TEAMS_2025,
  councillors: CFCCL_MEMBERS_2025,
  qaCalendar: QA_2025,
  config: FRONTLINE_2025
};

const HOLLAND = 'cllr.holland@example.gov.uk';
const teamName = (id: number): string => TEAMS_2025.find((t) => t.id === id)?.name as string;

describe('2025/26 rota with the 12 CFCCL members', () => {
  const plan = planRota(input2025);

  it('keeps every hard rule', () => {
    expect(violations(input2025, plan)).toEqual([]);
  });

  it('is incomplete: 13 councillor-visits for 16 team visits', () => {
    expect(plan.complete).toBe(false);
    expect(plan.visits).toHaveLength(13);
    expect(plan.summary).toEqual({
      members: 12,
      councillorVisits: 13,
      teamSlots: 16,
      teamSlotsCovered: 13,
      visitsPlanned: 13
    });
  });

  it('gives each member exactly one visit and the volunteer two, on different days in different months', () => {
    for (const member of CFCCL_MEMBERS_2025) {
      const mine = plan.visits.filter((v) => v.councillorEmails.indexOf(member.email) >= 0);
      expect({ who: member.name, visits: mine.length }).toEqual({
        who: member.name,
        visits: member.email === HOLLAND ? 2 : 1
      });
    }
    const holland = plan.visits.filter((v) => v.councillorEmails.indexOf(HOLLAND) >= 0);
    expect(holland[0].visitDay).not.toBe(holland[1].visitDay);
    expect(holland[0].visitMonth).not.toBe(holland[1].visitMonth);
  });

  it('leaves exactly three teams uncovered, shared between the largest areas, and says why with the numbers', () => {
    const uncovered = plan.issues.filter((i) => i.kind === 'uncovered-team');
    expect(uncovered.map((i) => i.teamName).sort()).toEqual(['Children with Disabilities Team', 'LADO & FGC', 'SCIES']);
    for (const issue of uncovered) {
      expect(issue.constraint).toBe('capacity');
      expect(issue.capacity).toEqual({ available: 13, needed: 16 });
      expect(issue.message).toMatch(/13 councillor-visits/);
      expect(issue.message).toMatch(/16 team visits/);
      expect(issue.month).toBe(ROTA_2025.find((s) => s.teamNames.indexOf(issue.teamName as string) >= 0)?.month);
    }
    // Nothing else is wrong: every member is placed and every month has clash-free days.
    expect(plan.issues).toHaveLength(3);
    const covered = new Set(plan.visits.map((v) => teamName(v.teamId)));
    expect(covered.size).toBe(13);
    // Every area still gets at least one visit to report on.
    for (const slot of ROTA_2025) expect(plan.visits.some((v) => v.area === slot.area)).toBe(true);
  });

  it('flags George Hayes for missing data-protection training, and nobody else', () => {
    expect(plan.warnings).toEqual([
      expect.objectContaining({ kind: 'no-data-protection-training', councillorEmail: 'cllr.hayes@example.gov.uk' })
    ]);
    expect(plan.warnings[0].message).toMatch(/George Hayes/);
    // A flag, not a block: he still has his visit.
    expect(plan.visits.some((v) => v.councillorEmails.indexOf('cllr.hayes@example.gov.uk') >= 0)).toBe(true);
  });

  it('avoids committee days, QA clashes for the area, and weekends', () => {
    const days = plan.visits.map((v) => v.visitDay);
    for (const day of days) expect([0, 6]).not.toContain(dayOfWeek(day));
    for (const committeeDay of [
      '2025-07-08',
      '2025-09-02',
      '2025-09-15',
      '2025-11-10',
      '2026-01-19',
      '2026-02-16',
      '2026-04-13'
    ]) {
      expect(days).not.toContain(committeeDay);
    }
    const inJuly = plan.visits.filter((v) => v.visitMonth === '2025-07').map((v) => v.visitDay);
    for (const ofsted of ['2025-07-01', '2025-07-02', '2025-07-03']) expect(inJuly).not.toContain(ofsted);
    const frontDoor = plan.visits.filter((v) => v.area === 'Front Door').map((v) => v.visitDay);
    for (const d of frontDoor) expect(d < '2026-02-09' || d > '2026-02-13').toBe(true);
    const november = plan.visits.filter((v) => v.visitMonth === '2025-11').map((v) => v.visitDay);
    for (const d of november) expect(d < '2025-11-17' || d > '2025-11-21').toBe(true);
  });

  it('spreads an area’s visits across the month, like 14, 17 and 24 July 2025', () => {
    const july = plan.visits
      .filter((v) => v.visitMonth === '2025-07')
      .map((v) => v.visitDay)
      .sort();
    expect(july).toHaveLength(3);
    expect(new Set(july).size).toBe(3);
    expect(daysBetween(july[0], july[2])).toBeGreaterThanOrEqual(7);
    for (let i = 1; i < july.length; i++) expect(daysBetween(july[i - 1], july[i])).toBeGreaterThanOrEqual(2);
  });

  it('fills each draft visit from the rota and config', () => {
    const court = plan.visits.find((v) => v.teamId === 1);
    expect(court).toMatchObject({
      title: 'Court Team - July 2025',
      area: 'Cared for Children and Care Leavers',
      visitMonth: '2025-07',
      durationMinutes: 150,
      committee: CAF,
      committeeDate: londonInstant('2025-09-15'),
      status: 'Planned',
      formTemplate: 'frontline-2025'
    });
    // 10:00 London: BST in July (09:00Z), GMT in November (10:00Z).
    for (const v of plan.visits) expect(londonTime(v.visitStart)).toBe('10:00');
    const nov = plan.visits.find((v) => v.visitMonth === '2025-11');
    expect(nov?.visitStart.slice(11, 16)).toBe('10:00');
    expect(court?.visitStart.slice(11, 16)).toBe('09:00');
    // April 2026 has no committee date yet.
    const april = plan.visits.filter((v) => v.visitMonth === '2026-04');
    expect(april.length).toBeGreaterThan(0);
    expect(april.filter((v) => v.committeeDate !== undefined)).toEqual([]);
  });
});

describe('2025/26 rota with the Children and Families Committee as well', () => {
  const cafNames = [
    'Ann Adams',
    'Bob Baker',
    'Cat Cole',
    'Dan Dean',
    'Eve Evans',
    'Fay Ford',
    'Gus Gray',
    'Hal Hart',
    'Ivy Irwin',
    'Jon Jones',
    'Kit Kerr',
    'Lee Lane',
    'Mo Moss'
  ];
  const caf: Councillor[] = cafNames.map((n) => councillor(n, [CAF]));
  const input: PlannerInput = { ...input2025, councillors: CFCCL_MEMBERS_2025.concat(caf) };
  const plan = planRota(input);

  it('covers every team, with every member visiting once and the volunteer twice', () => {
    expect(violations(input, plan)).toEqual([]);
    expect(plan.complete).toBe(true);
    expect(plan.issues).toEqual([]);
    expect(plan.visits).toHaveLength(26);
    expect(new Set(plan.visits.map((v) => v.teamId)).size).toBe(16);
  });

  it('puts the 10 extra visits within maxVisitsPerTeam, on different days, spread across areas', () => {
    const perTeam = new Map<number, string[]>();
    for (const v of plan.visits) perTeam.set(v.teamId, (perTeam.get(v.teamId) ?? []).concat(v.visitDay));
    for (const days of perTeam.values()) {
      expect(days.length).toBeLessThanOrEqual(FRONTLINE_2025.maxVisitsPerTeam);
      expect(new Set(days).size).toBe(days.length);
    }
    for (const slot of ROTA_2025) {
      const inArea = plan.visits.filter((v) => v.area === slot.area).length;
      expect(inArea).toBeGreaterThan(slot.teamNames.length);
    }
  });
});
