import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import type { PlannerSlot } from '../../../src/core/planner';
import { CAF, CFCCL } from '../../../src/core/samples/rota2025';
import { input, members, NORTH, ONE_VISIT, plan } from './fixtures';
import { councillor } from '../../kits/plannerHelpers';

describe('2018 Signs of Safety: pairs of councillors', () => {
  const OSC = SIGNS_OF_SAFETY_2018.committees[0];
  const slot: PlannerSlot = { area: NORTH, teamIds: [1, 2, 3], month: '2018-03', committee: OSC };

  it('sends two different councillors on each visit, one visit per team', () => {
    const i = input({
      slots: [slot],
      councillors: members(['A1', 'A2', 'A3', 'A4', 'A5', 'A6'], OSC),
      config: SIGNS_OF_SAFETY_2018
    });
    const p = plan(i);
    expect(p.complete).toBe(true);
    expect(p.visits).toHaveLength(3);
    for (const v of p.visits) expect(new Set(v.councillorEmails).size).toBe(2);
    expect(p.visits.map((v) => v.formTemplate)).toEqual([
      'signs-of-safety-2018',
      'signs-of-safety-2018',
      'signs-of-safety-2018'
    ]);
    expect(p.visits[0].durationMinutes).toBe(60);
  });

  it('pairs councillors who share a free day', () => {
    const cs = members(['Ann', 'Bea', 'Cal', 'Dee'], OSC);
    const availability = {
      [cs[0].email]: [
        { from: '2018-03-01', to: '2018-03-04' },
        { from: '2018-03-10', to: '2018-03-31' }
      ],
      [cs[1].email]: [
        { from: '2018-03-01', to: '2018-03-06' },
        { from: '2018-03-08', to: '2018-03-31' }
      ],
      [cs[2].email]: [
        { from: '2018-03-01', to: '2018-03-19' },
        { from: '2018-03-24', to: '2018-03-31' }
      ]
    };
    const p = plan(
      input({ slots: [{ ...slot, teamIds: [1, 2] }], councillors: cs, availability, config: SIGNS_OF_SAFETY_2018 })
    );
    expect(p.complete).toBe(true);
    const byDay = p.visits.map((v) => [v.visitDay, v.councillorEmails.join(' + ')]);
    expect(byDay).toContainEqual(['2018-03-07', `${cs[0].email} + ${cs[1].email}`]);
  });

  it('chooses a partner who shares a free day over the next name in order', () => {
    const cs = members(['Ann', 'Bob', 'Cy'], OSC);
    const only = (d: string): { from: string; to: string }[] => [
      { from: '2018-03-01', to: `2018-03-${String(Number(d) - 1).padStart(2, '0')}` },
      { from: `2018-03-${String(Number(d) + 1).padStart(2, '0')}`, to: '2018-03-31' }
    ];
    const availability = { [cs[0].email]: only('07'), [cs[1].email]: only('20'), [cs[2].email]: only('07') };
    const p = plan(
      input({ slots: [{ ...slot, teamIds: [1] }], councillors: cs, availability, config: SIGNS_OF_SAFETY_2018 })
    );
    expect(p.visits.map((v) => [v.visitDay, v.councillorEmails])).toEqual([['2018-03-07', [cs[0].email, cs[2].email]]]);
    expect(p.issues.map((i) => [i.kind, i.councillorEmail, i.constraint])).toEqual([
      ['unassigned-councillor', cs[1].email, 'no-open-visit']
    ]);
  });

  it('explains a councillor left without a partner and a team left uncovered', () => {
    const p = plan(
      input({
        slots: [{ ...slot, teamIds: [1, 2] }],
        councillors: members(['P1', 'P2', 'P3'], OSC),
        config: SIGNS_OF_SAFETY_2018
      })
    );
    expect(p.visits).toHaveLength(1);
    const uncovered = p.issues.filter((i) => i.kind === 'uncovered-team');
    expect(uncovered).toHaveLength(1);
    expect(uncovered[0]).toMatchObject({ constraint: 'capacity', capacity: { available: 3, needed: 4 } });
    expect(uncovered[0].message).toMatch(/2 team visits of 2 councillors \(4 needed\)/);
    const alone = p.issues.filter((i) => i.kind === 'unassigned-councillor');
    expect(alone).toHaveLength(1);
    expect(alone[0].constraint).toBe('pairing');
    expect(alone[0].message).toMatch(/need 2 councillors/);
  });
});

describe('capacity and volunteers', () => {
  const slot: PlannerSlot = { area: NORTH, teamNames: ['North A'], month: '2025-07', committee: CAF };

  it('leaves a councillor unassigned with no-open-visit when every visit is taken', () => {
    const p = plan(input({ slots: [slot], councillors: members(['C1', 'C2', 'C3']) }));
    expect(p.visits).toHaveLength(2);
    const issues = p.issues.filter((x) => x.kind === 'unassigned-councillor');
    expect(issues.map((x) => x.constraint)).toEqual(['no-open-visit']);
    expect(issues[0].message).toMatch(/at most 2 per team/);
  });

  it('prefers councillors of the row’s committee, whatever the name order', () => {
    const cs = [councillor('Aaron', [CFCCL]), councillor('Zoe', [CAF])];
    const caf = plan(input({ slots: [slot], councillors: cs, config: ONE_VISIT }));
    expect(caf.visits[0].councillorEmails).toEqual([cs[1].email]);
    const cfccl = plan(input({ slots: [{ ...slot, committee: CFCCL }], councillors: cs, config: ONE_VISIT }));
    expect(cfccl.visits[0].councillorEmails).toEqual([cs[0].email]);
  });

  it('reports a missing volunteer with the shortfall', () => {
    const p = plan(input({ slots: [slot], councillors: members(['Solo']), config: FRONTLINE_2025 }));
    expect(p.complete).toBe(false);
    expect(p.issues).toEqual([
      expect.objectContaining({ kind: 'missing-volunteer', capacity: { available: 0, needed: 1 } })
    ]);
    expect(p.issues[0].message).toMatch(/needs 1 second-visit volunteer/);
  });

  it('chooses volunteers by name, and only active committee members count', () => {
    const cs = [
      councillor('Zed Volunteer', [CAF], { secondVisitVolunteer: true }),
      councillor('Amy Volunteer', [CAF], { secondVisitVolunteer: true }),
      councillor('Old Member', [CAF], { active: false, secondVisitVolunteer: true }),
      councillor('Planning Only', ['Planning Committee'], { secondVisitVolunteer: true })
    ];
    const i = input({
      slots: [{ area: NORTH, teamIds: [1, 2, 3], month: '2025-07', committee: CAF }],
      councillors: cs,
      config: FRONTLINE_2025
    });
    const p = plan(i);
    const count = (email: string): number => p.visits.filter((v) => v.councillorEmails.indexOf(email) >= 0).length;
    expect([count(cs[1].email), count(cs[0].email), count(cs[2].email), count(cs[3].email)]).toEqual([2, 1, 0, 0]);
    expect(p.complete).toBe(true);
  });

  it('gives a volunteer’s two visits in one month different days and different teams', () => {
    const cs = [councillor('Vol', [CAF], { secondVisitVolunteer: true }), councillor('Other', [CAF])];
    const p = plan(
      input({
        slots: [{ area: NORTH, teamIds: [1, 2, 3], month: '2025-07', committee: CAF }],
        councillors: cs,
        config: FRONTLINE_2025
      })
    );
    const vol = p.visits.filter((v) => v.councillorEmails[0] === cs[0].email);
    expect(vol).toHaveLength(2);
    expect(vol[0].visitDay).not.toBe(vol[1].visitDay);
    expect(vol[0].teamId).not.toBe(vol[1].teamId);
    expect(p.complete).toBe(true);
  });

  it('explains a second visit that cannot get a day of its own', () => {
    const cs = [councillor('Vol', [CAF], { secondVisitVolunteer: true })];
    const availability = {
      [cs[0].email]: [
        { from: '2025-07-01', to: '2025-07-15' },
        { from: '2025-07-17', to: '2025-07-31' }
      ]
    };
    const p = plan(
      input({
        slots: [{ area: NORTH, teamIds: [1, 2], month: '2025-07', committee: CAF }],
        councillors: cs,
        availability,
        config: FRONTLINE_2025
      })
    );
    expect(p.visits).toHaveLength(1);
    const issue = p.issues.find((x) => x.kind === 'unassigned-councillor');
    expect(issue).toMatchObject({ councillorEmail: cs[0].email, constraint: 'scheduling' });
    expect(issue?.message).toMatch(/volunteered for a second visit/);
  });

  it('never puts two visits to one team on the same day', () => {
    const cs = members(['One', 'Two']);
    const only16 = [
      { from: '2025-07-01', to: '2025-07-15' },
      { from: '2025-07-17', to: '2025-07-31' }
    ];
    const availability = { [cs[0].email]: only16, [cs[1].email]: only16 };
    const p = plan(input({ slots: [slot], councillors: cs, availability }));
    expect(p.visits).toHaveLength(1);
    expect(p.issues.map((x) => [x.kind, x.constraint])).toEqual([['unassigned-councillor', 'scheduling']]);
  });

  it('covers a team listed in two months in each of them', () => {
    const slots = [slot, { ...slot, month: '2026-01' }];
    const p = plan(input({ slots, councillors: members(['A', 'B']), config: ONE_VISIT }));
    expect(p.visits.map((v) => [v.teamId, v.visitMonth])).toEqual([
      [1, '2025-07'],
      [1, '2026-01']
    ]);
  });
});
