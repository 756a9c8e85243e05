// Head-of-service response reminders and the escalation of a late response (core/reminders/responses).
import fc from 'fast-check';
import { FRONTLINE_2025 } from '../../../src/core/config';
import type { HeadOfServiceRequest, HosRequestStatus } from '../../../src/core/model';
import { dueResponseNotifications, requestDueDate } from '../../../src/core/reminders';
import type { ResponseReminderInput } from '../../../src/core/reminders';
import { OFFICER, POC } from './fixtures';

const HOS = 'hos.court@example.gov.uk';
// Requested Wed 30 Jul 2025 17:00 BST; 28 days: due end of Wed 27 Aug (BST).
const DUE = '2025-08-27T22:59:59.999Z';
const SOON = `response-reminder:3:${HOS}:2025-08-27:-2`;
const LATE = `response-reminder:3:${HOS}:2025-08-27:1`;
const OVERDUE = 'response-overdue:3:2025-08-27';

function request(overrides: Partial<HeadOfServiceRequest> = {}): HeadOfServiceRequest {
  return {
    id: 3,
    findingsId: 11,
    visitId: 7,
    responderEmail: 'HOS.Court@example.gov.uk',
    status: 'Requested',
    request: 'Placement sufficiency',
    requestedAt: '2025-07-30T16:00:00.000Z',
    responseDueDate: DUE,
    ...overrides
  };
}

const due = (now: string, overrides: Partial<ResponseReminderInput> = {}) =>
  dueResponseNotifications({
    requests: [request()],
    visits: [{ id: 7, pointOfContactEmail: POC }],
    config: FRONTLINE_2025,
    now,
    sent: new Set<string>(),
    officerEmail: OFFICER,
    ...overrides
  });
const keysAt = (now: string, overrides: Partial<ResponseReminderInput> = {}) => due(now, overrides).map((n) => n.key);

describe('response reminders', () => {
  it('remind the responder at 09:00 London 2 days before the due day', () => {
    expect(keysAt('2025-08-25T07:59:00.000Z')).toEqual([]);
    expect(due('2025-08-25T08:00:00.000Z')).toEqual([
      {
        key: SOON,
        kind: 'response-reminder',
        requestId: 3,
        visitId: 7,
        recipientEmail: HOS,
        responderEmail: HOS,
        scheduledAt: '2025-08-25T08:00:00.000Z',
        dueDate: DUE,
        offsetDays: -2
      }
    ]);
  });

  it('the day after the due day: the late reminder to the responder and the escalation to the point of contact', () => {
    const at = due('2025-08-28T08:00:00.000Z');
    expect(at.map((n) => [n.key, n.recipientEmail])).toEqual([
      [OVERDUE, POC],
      [LATE, HOS]
    ]);
    expect(at[0].daysLate).toBe(1);
    expect(due('2025-09-02T10:00:00.000Z')[0].daysLate).toBe(6);
  });

  it('escalates to the officer when the visit has no point of contact; later with a longer escalation', () => {
    expect(due('2025-08-28T08:00:00.000Z', { visits: [] })[0].recipientEmail).toBe(OFFICER);
    const cfg = { ...FRONTLINE_2025, overdueEscalationDays: 3 };
    expect(keysAt('2025-08-29T08:00:00.000Z', { config: cfg })).toEqual([LATE]);
    expect(keysAt('2025-08-30T08:00:00.000Z', { config: cfg })).toEqual([LATE, OVERDUE]);
  });

  it('stop once answered, and a delegate gets reminders of their own', () => {
    expect(keysAt('2025-08-28T08:00:00.000Z', { requests: [request({ status: 'Responded' })] })).toEqual([]);
    const delegated = request({ status: 'Delegated', responderEmail: 'deputy@example.gov.uk' });
    expect(keysAt('2025-08-25T08:00:00.000Z', { requests: [delegated] })).toEqual([
      'response-reminder:3:deputy@example.gov.uk:2025-08-27:-2'
    ]);
  });

  it('a request made before the due date was stored derives it from requestedAt', () => {
    expect(requestDueDate(request({ responseDueDate: undefined }), FRONTLINE_2025)).toBe(DUE);
    expect(keysAt('2025-08-25T08:00:00.000Z', { requests: [request({ responseDueDate: undefined })] })).toEqual([SOON]);
  });

  it('skip a "due soon" stage that falls before the request was made', () => {
    const short = { ...FRONTLINE_2025, responsePeriodDays: 1 };
    expect(
      keysAt('2025-07-30T20:00:00.000Z', { config: short, requests: [request({ responseDueDate: undefined })] })
    ).toEqual([]);
  });
});

describe('response reminder properties', () => {
  const statusArb = fc.constantFrom<HosRequestStatus>('Requested', 'Delegated', 'MoreInfoRequested', 'Responded');
  const arb = fc.record({
    status: statusArb,
    requestedMinutes: fc.integer({ min: 0, max: 60 * 24 * 60 }),
    period: fc.integer({ min: 1, max: 40 }),
    escalation: fc.integer({ min: 1, max: 5 }),
    sendHour: fc.integer({ min: 0, max: 23 }),
    sweeps: fc.array(fc.integer({ min: 0, max: 90 * 24 * 60 }), { minLength: 1, maxLength: 12 })
  });
  const BASE = Date.parse('2025-03-01T00:00:00.000Z');

  it('repeated sweeps that record what they send send each key once, never to an answered request, the escalation at most once', () => {
    fc.assert(
      fc.property(arb, (r) => {
        const config = {
          ...FRONTLINE_2025,
          responsePeriodDays: r.period,
          overdueEscalationDays: r.escalation,
          sendHour: r.sendHour
        };
        const req = request({
          status: r.status,
          requestedAt: new Date(BASE + r.requestedMinutes * 60000).toISOString(),
          responseDueDate: undefined
        });
        const sent = new Set<string>();
        const all: string[] = [];
        for (const m of r.sweeps.slice().sort((a, b) => a - b)) {
          const now = new Date(BASE + m * 60000).toISOString();
          for (const n of due(now, { requests: [req], config, sent })) {
            expect(Date.parse(n.scheduledAt)).toBeLessThanOrEqual(Date.parse(now));
            expect(Date.parse(n.scheduledAt)).toBeGreaterThan(Date.parse(req.requestedAt) - 1);
            if (n.kind === 'response-overdue') expect(n.daysLate).toBeGreaterThanOrEqual(r.escalation);
            sent.add(n.key);
            all.push(n.key);
          }
        }
        expect(new Set(all).size).toBe(all.length);
        if (r.status === 'Responded') expect(all).toEqual([]);
        expect(all.filter((k) => k.startsWith('response-overdue')).length).toBeLessThanOrEqual(1);
      })
    );
  });

  it('`sent` only filters: the answer with keys sent is the answer without, less those keys', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 3 }), (r, drop) => {
        const now = new Date(BASE + r.sweeps[0] * 60000).toISOString();
        const req = request({
          status: r.status,
          requestedAt: new Date(BASE + r.requestedMinutes * 60000).toISOString()
        });
        const all = due(now, { requests: [req] }).map((n) => n.key);
        const sent = new Set(all.slice(0, drop));
        expect(keysAt(now, { requests: [req], sent })).toEqual(all.filter((k) => !sent.has(k)));
      })
    );
  });
});
