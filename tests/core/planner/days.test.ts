import type { QaActivity } from '../../../src/core/model';
import type { PlannerSlot } from '../../../src/core/planner';
import { CAF } from '../../../src/core/samples/rota2025';
import { isWeekday } from '../../../src/core/time/london';
import { input, members, NORTH, ONE_VISIT, plan } from './fixtures';
import { dayRange, qa } from '../../kits/plannerHelpers';

describe('clash-free days', () => {
  it('reports no-clash-free-day naming the blockers when every weekday of the month is blocked', () => {
    const qaCalendar: QaActivity[] = [
      qa('Case file audit', 'Audit', '2025-08-01', '2025-08-22', [NORTH]),
      qa('By-election', 'Election period', '2025-08-26', '2025-08-29', ['Somewhere else']),
      qa('South Ofsted', 'Ofsted', '2025-08-26', '2025-08-29', ['South'])
    ];
    const i = input({
      slots: [{ area: NORTH, teamIds: [1, 2], month: '2025-08', committee: CAF }],
      councillors: members(['Amy', 'Ben']),
      qaCalendar,
      bankHolidays: ['2025-08-25']
    });
    const p = plan(i);
    expect(p.visits).toEqual([]);
    const blocked = p.issues.filter((x) => x.kind === 'no-clash-free-day');
    expect(blocked.map((x) => [x.teamId, x.month])).toEqual([
      [1, '2025-08'],
      [2, '2025-08']
    ]);
    const weekdays = dayRange('2025-08-01', '2025-08-31').filter(isWeekday);
    expect(blocked[0].blockedDays?.map((d) => d.day)).toEqual(weekdays);
    expect(blocked[0].blockedDays?.find((d) => d.day === '2025-08-25')?.reasons).toEqual(['Bank holiday']);
    expect(blocked[0].message).toMatch(/Case file audit \(Audit\): 1–22 Aug 2025/);
    expect(blocked[0].message).toMatch(/By-election \(Election period\): 26–29 Aug 2025/);
    expect(blocked[0].message).toMatch(/Bank holiday: 25 Aug 2025/);
    expect(blocked[0].message).not.toMatch(/South Ofsted/);
    expect(p.issues.filter((x) => x.kind === 'uncovered-team').map((x) => x.constraint)).toEqual([
      'clash-free-days',
      'clash-free-days'
    ]);
    expect(p.issues.filter((x) => x.kind === 'unassigned-councillor').map((x) => x.constraint)).toEqual([
      'clash-free-days',
      'clash-free-days'
    ]);
  });

  it('keeps visits out of election periods and every committee’s meetings, whatever their areas', () => {
    const qaCalendar = [
      qa('Local elections', 'Election period', '2025-09-01', '2025-09-19', ['Elsewhere']),
      qa('Scrutiny committee', 'Committee meeting', '2025-09-22', '2025-09-22', ['Elsewhere']),
      qa('South audit', 'Audit', '2025-09-23', '2025-09-30', ['South'])
    ];
    const i = input({
      slots: [{ area: NORTH, teamIds: [1, 2, 3], month: '2025-09', committee: CAF }],
      councillors: members(['A', 'B', 'C']),
      qaCalendar
    });
    const p = plan(i);
    expect(p.complete).toBe(true);
    const days = p.visits.map((v) => v.visitDay).sort();
    expect(days.every((d) => d >= '2025-09-23')).toBe(true);
    expect(new Set(days).size).toBe(3);
  });

  it('treats QA items with no areas as affecting every area, and others only their own', () => {
    const qaCalendar = [
      qa('Practice week', 'Practice week', '2025-10-01', '2025-10-29', []),
      qa('South audit', 'Audit', '2025-10-30', '2025-10-31', ['South'])
    ];
    const p = plan(
      input({
        slots: [{ area: NORTH, teamIds: [1, 2], month: '2025-10', committee: CAF }],
        councillors: members(['A', 'B']),
        qaCalendar
      })
    );
    expect(p.visits.map((v) => v.visitDay).sort()).toEqual(['2025-10-30', '2025-10-31']);
  });
});

describe('councillor availability', () => {
  const slot: PlannerSlot = { area: NORTH, teamIds: [1], month: '2025-07', committee: CAF };

  it('books the one day a councillor can do, whatever case the e-mail key is in', () => {
    const [c] = members(['Only Day']);
    const availability = {
      [c.email.toUpperCase()]: [
        { from: '2025-07-01', to: '2025-07-15' },
        '2025-07-17',
        { from: '2025-07-18', to: '2025-07-31' }
      ]
    };
    const p = plan(input({ slots: [slot], councillors: [c], availability, config: ONE_VISIT }));
    expect(p.visits.map((v) => v.visitDay)).toEqual(['2025-07-16']);
    expect(p.complete).toBe(true);
  });

  it('explains a team nobody can visit, listing each councillor’s clash', () => {
    const cs = members(['Away One', 'Away Two']);
    const allJuly = [{ from: '2025-07-01', to: '2025-07-31' }];
    const availability = { [cs[0].email]: allJuly, [cs[1].email]: allJuly };
    const p = plan(input({ slots: [slot], councillors: cs, availability, config: ONE_VISIT }));
    const issue = p.issues.find((x) => x.kind === 'uncovered-team');
    expect(issue).toMatchObject({ constraint: 'availability', teamId: 1, month: '2025-07' });
    expect(issue?.clashes?.map((c) => c.councillorEmail)).toEqual(cs.map((c) => c.email));
    expect(issue?.clashes?.[0].reason).toMatch(/unavailable on all 23 clash-free days/);
    const unassigned = p.issues.filter((x) => x.kind === 'unassigned-councillor');
    expect(unassigned.map((x) => [x.councillorEmail, x.constraint])).toEqual(cs.map((c) => [c.email, 'availability']));
    expect(unassigned[0].message).toMatch(/unavailable on every clash-free day/);
  });

  it('sends a councillor to the month they are free, and says who is needed elsewhere when a month is short', () => {
    const [x, y, z] = members(['Xan', 'Yas', 'Zed']);
    const availability = {
      [y.email]: [{ from: '2025-07-01', to: '2025-07-31' }],
      [z.email]: [{ from: '2025-07-01', to: '2025-07-31' }]
    };
    const i = input({
      slots: [
        { area: NORTH, teamIds: [1, 2], month: '2025-07', committee: CAF },
        { area: 'South', teamIds: [4], month: '2025-09', committee: CAF }
      ],
      councillors: [x, y, z],
      availability
    });
    const p = plan(i);
    expect(p.visits.filter((v) => v.visitMonth === '2025-07').map((v) => v.councillorEmails)).toEqual([[x.email]]);
    expect(p.visits.filter((v) => v.visitMonth === '2025-09')).toHaveLength(2);
    const issue = p.issues.find((v) => v.kind === 'uncovered-team');
    expect(issue).toMatchObject({
      constraint: 'competing-demand',
      teamId: 2,
      clashes: [{ councillorEmail: x.email, reason: 'visits North A in July 2025' }]
    });
    expect(p.issues).toHaveLength(1);
  });
});
