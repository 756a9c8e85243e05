// savePlan: the planner's drafts become Visit Rota items once, however often the plan is saved.
import { FRONTLINE_2025 } from '../../../src/core/config';
import { planRota, type PlannedVisit } from '../../../src/core/planner';
import { CFCCL_MEMBERS_2025, QA_2025, ROTA_2025, TEAMS_2025 } from '../../../src/core/samples/rota2025';
import { savePlan } from '../../../src/core/services';
import { MemoryStore as Memory } from '../../kits/memory';

const plan = planRota({
  slots: ROTA_2025,
  teams: TEAMS_2025,
  councillors: CFCCL_MEMBERS_2025,
  qaCalendar: QA_2025,
  config: FRONTLINE_2025
});

describe('savePlan', () => {
  it('adds the 2025/26 plan as Planned items, keeping proposed days, and adds nothing on a second save', async () => {
    const mem = new Memory();
    const deps = { visits: mem.repos().visits, config: FRONTLINE_2025 };
    const first = await savePlan(deps, plan.visits, { pointOfContactEmail: 'Frontline.Visits@example.gov.uk' });
    expect(first.created).toHaveLength(plan.visits.length);
    const stored = mem.tables.visits.all();
    expect(stored).toHaveLength(13);
    expect(
      stored.every((v) => v.status === 'Planned' && v.pointOfContactEmail === 'frontline.visits@example.gov.uk')
    ).toBe(true);
    expect(stored.map((v) => v.visitStart).sort()).toEqual(plan.visits.map((v) => v.visitStart).sort());
    expect(stored[0]).not.toHaveProperty('visitDay');

    const second = await savePlan(deps, plan.visits);
    expect(second.created).toEqual([]);
    expect(second.existing).toHaveLength(13);
    expect(mem.tables.visits.all()).toHaveLength(13);
  });

  it('finishes a save that was cut short', async () => {
    const mem = new Memory();
    const deps = { visits: mem.repos().visits, config: FRONTLINE_2025 };
    await savePlan(deps, plan.visits.slice(0, 5));
    const rest = await savePlan(deps, plan.visits);
    expect(rest.created).toHaveLength(plan.visits.length - 5);
    expect(mem.tables.visits.all()).toHaveLength(plan.visits.length);
  });

  it("keeps two visits to one team in one month (same title), and leaves an officer's edits alone", async () => {
    const mem = new Memory();
    const deps = { visits: mem.repos().visits, config: FRONTLINE_2025 };
    const v: PlannedVisit = { ...plan.visits[0] };
    const twice = [
      v,
      {
        ...v,
        visitDay: '2025-07-29',
        visitStart: '2025-07-29T09:00:00.000Z',
        councillorEmails: ['cllr.crane@example.gov.uk']
      }
    ];
    expect((await savePlan(deps, twice)).created).toHaveLength(2);
    mem.tables.visits.touch(1, { councillorEmails: ['cllr.moreton@example.gov.uk'], status: 'Booked' });
    const again = await savePlan(deps, twice);
    expect(again.created).toEqual([]);
    expect(mem.tables.visits.get(1).councillorEmails).toEqual(['cllr.moreton@example.gov.uk']);
    expect(mem.tables.visits.all()).toHaveLength(2);
  });
});

describe('savePlan over a rota drawn up by month', () => {
  it("fills the month-only rows with the plan's councillors and days, once", async () => {
    const mem = new Memory();
    const deps = { visits: mem.repos().visits, config: FRONTLINE_2025 };
    const first = plan.visits[0];
    const blank = await deps.visits.add({ ...first, councillorEmails: [], visitStart: undefined, status: 'Planned' });
    const saved = await savePlan(deps, [first]);
    expect(saved.created).toEqual([]);
    expect(saved.filled.map((v) => v.id)).toEqual([blank.id]);
    expect(mem.tables.visits.get(blank.id)).toMatchObject({
      councillorEmails: first.councillorEmails,
      visitStart: first.visitStart,
      status: 'Planned'
    });
    const again = await savePlan(deps, [first]);
    expect(again.filled).toEqual([]);
    expect(again.existing.map((v) => v.id)).toEqual([blank.id]);
  });
});
