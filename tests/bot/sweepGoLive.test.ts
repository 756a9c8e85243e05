/**
 * @jest-environment node
 */
// Issue 14: the sweep switched on after installation. The first sweep records what is already
// booked without announcing it (a marker in the Bot Send Log makes it first only once, across
// restarts); a visit rearranged with no new date is announced; the findings form is announced the
// morning after the visit.
import { FRONTLINE_2025 } from '../../src/core/config';
import { rearrangeVisit } from '../../src/core/services';
import type { Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';
import * as w from './sweepHarness';
import { BEN, HOLLAND, SARAH, book, cardsTo, changeKey, deps, sendLog, sentKeys, sm, sweep } from './sweepHarness';

jest.setTimeout(120000);

beforeAll(() => w.startWorld({ live: false }));
afterAll(w.stopWorld);

describe('the sweep after installation', () => {
  let v1: Stored<Visit>;
  let v2: Stored<Visit>;

  it('announces nothing booked before the first sweep, and records a baseline with a marker', async () => {
    v1 = await book('Fostering Team', SARAH, '2025-11-12T10:00:00.000Z');
    v2 = await book('Residential Teams', BEN, '2025-11-26T10:00:00.000Z');
    const mark = w.capture.sent.length;
    const first = await sweep('2025-11-01T09:30:00.000Z', deps('first-sweep'));
    expect(first.counts['visit-change'].sent).toBe(0);
    expect(w.capture.sent.length).toBe(mark);
    expect(first.baseline).toBe(4);
    expect((await sendLog().get('sweep-baseline'))?.state).toBe('Sent');
    expect((await sendLog().get(changeKey(v1, 'booked', SARAH.email)))?.state).toBe('Sent');
  });

  it('after a restart (another instance) is not a first sweep: a new booking is announced, the old ones are not', async () => {
    const v3 = await book('North Family Help Teams', HOLLAND, '2025-12-10T10:00:00.000Z');
    const report = await sweep('2025-11-01T10:00:00.000Z', deps('restarted'));
    expect(report.baseline ?? 0).toBe(0);
    expect(sentKeys(report).sort()).toEqual(
      [changeKey(v3, 'booked', HOLLAND.email), changeKey(v3, 'booked', sm('North Family Help Teams'))].sort()
    );
  });

  it('tells the councillor and the service manager when a visit is rearranged with no new date yet', async () => {
    const moved = await rearrangeVisit(
      { visits: w.repos.visits, qa: w.repos.qa, config: FRONTLINE_2025, now: w.now },
      { visit: await w.repos.visits.get(v2.id), reason: 'The service manager is on leave that week.' }
    );
    expect(moved.visit.visitStart).toBeUndefined();
    const mark = w.capture.sent.length;
    const report = await sweep('2025-11-02T09:30:00.000Z');
    const key = (email: string) => `visit-change:${v2.id}:rearranged:${moved.visit.visitMonth}:${email}`;
    expect(sentKeys(report).sort()).toEqual([key(BEN.email), key(sm('Residential Teams'))].sort());
    for (const email of [BEN.email, sm('Residential Teams')]) {
      const cards = cardsTo(email, mark);
      expect(cards).toHaveLength(1);
      expect(cards[0]).toContain('Visit rearranged');
      expect(cards[0]).toContain('The service manager is on leave that week.');
      expect(cards[0]).toContain('new date');
    }
    expect((await sweep('2025-11-02T10:00:00.000Z')).totals.sent).toBe(0);
  });

  it("sends 'your findings form is open' the morning after the visit at the send hour, once", async () => {
    const key = `form-open:${v1.id}:${SARAH.email}:2025-11-12`;
    expect(sentKeys(await sweep('2025-11-13T08:59:00.000Z'))).not.toContain(key);
    const mark = w.capture.sent.length;
    const report = await sweep('2025-11-13T09:00:00.000Z');
    expect(sentKeys(report)).toEqual([key]);
    const cards = cardsTo(SARAH.email, mark);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Your findings form is open');
    expect(cards[0]).toContain(`http://127.0.0.1:4321/form`);
    expect(cards[0]).toContain('Wednesday 19 November 2025');
    expect((await sweep('2025-11-13T09:30:00.000Z')).totals.sent).toBe(0);
    // The return reminder follows as before.
    expect(sentKeys(await sweep('2025-11-17T09:30:00.000Z'))).toEqual([`return:${v1.id}:${SARAH.email}:2025-11-19:-2`]);
  });
});
