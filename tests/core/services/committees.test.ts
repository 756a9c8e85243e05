// A visit's committee is one of the process's committees (the site's Process Settings) when it is
// planned, saved from a plan or booked: one rule (core/committees.ts), one message naming them.
import { assertCommittee, committeeProblem, UnknownCommitteeError } from '../../../src/core/committees';
import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import { DomainError } from '../../../src/core/errors';
import { planRota, PlannerInputError, type PlannedVisit } from '../../../src/core/planner';
import { openPlannerInput } from '../../../src/core/rota/openPlan';
import { bookVisit, rearrangeVisit, savePlan } from '../../../src/core/services';
import { previewBooking } from '../../../src/core/services/booking';
import { londonInstant } from '../../../src/core/time/london';
import { toHttpError } from '../../../src/service/httpErrors';
import { input, members, NORTH } from '../planner/fixtures';
import { MemoryStore as Memory } from '../../kits/memory';
import { visitFields, world } from './world';

const OSC_2018 = 'Children and Families Overview and Scrutiny Committee';
const CFC_2025 = 'Children and Families Committee';
const TWO = { committees: ['Children and Families Committee', 'Corporate Parenting Panel'] };

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

async function rejected(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

describe('the committee rule', () => {
  it('accepts exactly the configured committees', () => {
    expect(assertCommittee(OSC_2018, SIGNS_OF_SAFETY_2018, 'x')).toBe(OSC_2018);
    expect(committeeProblem(OSC_2018, SIGNS_OF_SAFETY_2018)).toBeUndefined();
    expect(committeeProblem(OSC_2018.toUpperCase(), SIGNS_OF_SAFETY_2018)).toBeDefined();
  });

  it('names every allowed committee', () => {
    expect(committeeProblem('Planning Committee', TWO)).toBe(
      "committee 'Planning Committee' is not one of 'Children and Families Committee' or 'Corporate Parenting Panel' (the committees in the Process Settings)"
    );
    expect(committeeProblem('', SIGNS_OF_SAFETY_2018)).toBe(
      `committee (none) is not one of '${OSC_2018}' (the committees in the Process Settings)`
    );
  });

  it('refuses with a 4xx DomainError', () => {
    const e = caught(() => assertCommittee('Planning Committee', TWO, "'Court Team - July 2025' cannot be booked"));
    expect(e).toBeInstanceOf(UnknownCommitteeError);
    expect(e).toBeInstanceOf(DomainError);
    const err = e as UnknownCommitteeError;
    expect(err.code).toBe('UnknownCommittee');
    expect(err.allowed).toEqual(TWO.committees);
    expect(err.message).toBe(
      "'Court Team - July 2025' cannot be booked: its committee 'Planning Committee' is not one of 'Children and Families Committee' or 'Corporate Parenting Panel' (the committees in the Process Settings). Choose one of them, or add the committee to the Process Settings first."
    );
    const http = toHttpError(e);
    expect(http.status).toBeGreaterThanOrEqual(400);
    expect(http.status).toBeLessThan(500);
    expect(http.body.error).toEqual({ code: 'UnknownCommittee', message: err.message });
  });
});

describe('planning', () => {
  it('refuses a rota row whose committee is not in the 2018 settings, naming the 2018 committee', () => {
    const e = caught(() =>
      planRota(
        input({
          slots: [{ area: NORTH, teamIds: [1], month: '2025-07', committee: CFC_2025 }],
          councillors: members(['A'], OSC_2018),
          config: { ...SIGNS_OF_SAFETY_2018, extraVisitVolunteers: 0 }
        })
      )
    ) as PlannerInputError;
    expect(e).toBeInstanceOf(PlannerInputError);
    expect(e.problems).toEqual([
      `rota row 1 (${NORTH}, 2025-07): committee '${CFC_2025}' is not one of '${OSC_2018}' (the committees in the Process Settings)`
    ]);
  });

  it('does not widen the committees to those on the rota when planning the rest of a year', () => {
    const team = { id: 1, name: 'North A', area: NORTH, serviceManagerEmail: '', headOfServiceEmail: '', location: '' };
    const onRota = { ...visitFields(1, { status: 'Planned', councillorEmails: [], visitStart: undefined }), id: 1 };
    const source = { teams: [team], visits: [onRota], councillors: members(['A'], OSC_2018), qa: [] };
    const opened = openPlannerInput(source, SIGNS_OF_SAFETY_2018);
    expect(opened.config.committees).toEqual([OSC_2018]);
    const e = caught(() => planRota(opened)) as PlannerInputError;
    expect(e.message).toContain(`committee '${CFC_2025}' is not one of '${OSC_2018}'`);
  });
});

describe('saving a plan', () => {
  it('refuses a planned visit for another committee and writes nothing', async () => {
    const mem = new Memory();
    const planned: PlannedVisit = {
      ...visitFields(1, { status: 'Planned' }),
      visitStart: '2025-07-24T09:00:00.000Z',
      visitDay: '2025-07-24'
    };
    const e = await rejected(savePlan({ visits: mem.repos().visits, config: SIGNS_OF_SAFETY_2018 }, [planned]));
    expect(e).toBeInstanceOf(UnknownCommitteeError);
    expect((e as Error).message).toMatch(
      /^'Court Team - July 2025' cannot be saved: its committee 'Children and Families Committee' is not one of 'Children and Families Overview and Scrutiny Committee'/
    );
    expect(mem.calls).toEqual([]);
    const ok = await savePlan({ visits: mem.repos().visits, config: FRONTLINE_2025 }, [planned]);
    expect(ok.created).toHaveLength(1);
  });
});

describe('booking', () => {
  const start = londonInstant('2025-07-24', '10:00');

  it('refuses a visit whose committee is not in the settings, before reading or writing anything', async () => {
    const w = await world({ status: 'Planned', visitStart: undefined, findingsDueDate: undefined });
    const deps = w.bookingDeps({ config: SIGNS_OF_SAFETY_2018 });
    const e = await rejected(bookVisit(deps, { visit: w.visit, start }));
    expect(e).toBeInstanceOf(UnknownCommitteeError);
    expect((e as Error).message).toContain(`is not one of '${OSC_2018}'`);
    expect(w.mem.calls).toEqual([]);
    // The preview says so too, before the officer saves.
    await expect(previewBooking(deps, { visit: w.visit, start })).rejects.toBeInstanceOf(UnknownCommitteeError);
    // With the 2025 settings the same visit books.
    const booked = await bookVisit(w.bookingDeps(), { visit: w.visit, start });
    expect(booked.visit.status).toBe('Booked');
  });

  it('refuses to rebook a rearranged visit for a committee no longer in the settings', async () => {
    const w = await world();
    const deps = w.bookingDeps({ config: { ...FRONTLINE_2025, committees: ['Corporate Parenting Panel'] } });
    const e = await rejected(rearrangeVisit(deps, { visit: w.visit, reason: 'Clash', newStart: start }));
    expect(e).toBeInstanceOf(UnknownCommitteeError);
    expect((e as Error).message).toContain("is not one of 'Corporate Parenting Panel'");
    // Without a new day nothing is booked, so the visit can still wait as Rearranged.
    const waiting = await rearrangeVisit(deps, { visit: w.visit, reason: 'Clash' });
    expect(waiting.visit.status).toBe('Rearranged');
  });
});
