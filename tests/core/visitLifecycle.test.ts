import { allowedTransitions, canTransition, transitionVisit } from '../../src/core/visitLifecycle';
import { IllegalTransitionError } from '../../src/core/errors';
import { VISIT_STATUSES, type Visit, type VisitStatus } from '../../src/core/model';

const visit = (status: VisitStatus, extra: Partial<Visit> = {}): Visit => ({
  id: 7,
  title: 'Court Team - July 2025',
  teamId: 1,
  area: 'Cared for Children and Care Leavers',
  visitMonth: '2025-07',
  durationMinutes: 150,
  councillorEmails: ['cllr.wye@example.gov.uk'],
  committee: 'Children and Families Committee',
  status,
  formTemplate: 'frontline-2025',
  ...extra
});
const START = '2025-07-24T09:00:00.000Z';

describe('visit lifecycle', () => {
  it('walks the happy path from Planned to Reported', () => {
    let v = visit('Planned');
    v = transitionVisit(v, 'Booked', { visitStart: START });
    expect(v.visitStart).toBe(START);
    for (const to of ['Briefed', 'Visited', 'FindingsReturned', 'Responded', 'Reported'] as VisitStatus[]) {
      v = transitionVisit(v, to);
      expect(v.status).toBe(to);
    }
  });

  it('allows reporting straight from FindingsReturned when nothing was escalated', () => {
    expect(transitionVisit(visit('FindingsReturned'), 'Reported').status).toBe('Reported');
  });

  it.each([
    ['Planned', 'Visited'],
    ['Planned', 'Reported'],
    ['Booked', 'FindingsReturned'],
    ['Visited', 'Booked'],
    ['Reported', 'Planned'],
    ['Cancelled', 'Booked'],
    ['FindingsReturned', 'Cancelled']
  ] as [VisitStatus, VisitStatus][])('refuses %s -> %s with a clear error', (from, to) => {
    expect(() => transitionVisit(visit(from, { visitStart: START }), to, { reason: 'x' })).toThrow(
      IllegalTransitionError
    );
    expect(() => transitionVisit(visit(from, { visitStart: START }), to, { reason: 'x' })).toThrow(
      new RegExp(`cannot move from ${from} to ${to}`)
    );
  });

  it('says what is allowed, or that the status is final', () => {
    expect(() => transitionVisit(visit('Planned'), 'Visited')).toThrow(/can go to: Booked, Rearranged, Cancelled/);
    expect(() => transitionVisit(visit('Cancelled'), 'Planned')).toThrow(/Cancelled is final/);
  });

  it('needs a reason to rearrange or cancel, and keeps it', () => {
    expect(() => transitionVisit(visit('Booked', { visitStart: START }), 'Cancelled')).toThrow(/needs a reason/);
    expect(() => transitionVisit(visit('Booked', { visitStart: START }), 'Rearranged', { reason: '   ' })).toThrow(
      /needs a reason/
    );
    const moved = transitionVisit(visit('Booked', { visitStart: START }), 'Rearranged', {
      reason: 'Clash with an extra committee meeting'
    });
    expect(moved.statusReason).toBe('Clash with an extra committee meeting');
    expect(moved.visitStart).toBeUndefined();
  });

  it('keeps a new date when rearranged to one', () => {
    const moved = transitionVisit(visit('Booked', { visitStart: START }), 'Rearranged', {
      reason: 'Councillor unavailable',
      visitStart: '2025-07-31T09:00:00.000Z'
    });
    expect(moved.visitStart).toBe('2025-07-31T09:00:00.000Z');
    expect(transitionVisit(moved, 'Booked').status).toBe('Booked');
  });

  it('needs a date and a councillor to book', () => {
    expect(() => transitionVisit(visit('Planned'), 'Booked')).toThrow(/needs a date and time/);
    expect(() => transitionVisit(visit('Planned', { councillorEmails: [] }), 'Booked', { visitStart: START })).toThrow(
      /at least one councillor/
    );
  });

  it('does not mutate the visit it was given', () => {
    const before = visit('Planned');
    const copy = JSON.parse(JSON.stringify(before));
    transitionVisit(before, 'Booked', { visitStart: START });
    expect(before).toEqual(copy);
  });

  it('has a consistent table: every status is known and Reported and Cancelled are final', () => {
    for (const s of VISIT_STATUSES) {
      for (const t of allowedTransitions(s)) expect(VISIT_STATUSES).toContain(t);
    }
    expect(allowedTransitions('Reported')).toEqual([]);
    expect(allowedTransitions('Cancelled')).toEqual([]);
    expect(canTransition('Rearranged', 'Booked')).toBe(true);
  });
});
