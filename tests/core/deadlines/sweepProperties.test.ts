import fc from 'fast-check';
import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import { daysOverdue, effectiveDueDate } from '../../../src/core/deadlines';
import { VISIT_STATUSES } from '../../../src/core/model';
import type { Visit, VisitStatus } from '../../../src/core/model';
import { dueNotifications, visitSchedule } from '../../../src/core/reminders';
import type { ReminderConfig, SubmittedRef } from '../../../src/core/reminders';
import { OFFICER, visit } from './fixtures';

const DAY = 86400000;
// Windows that straddle both clock changes of 2025.
const BASES = [Date.parse('2025-03-10T00:00:00.000Z'), Date.parse('2025-10-05T00:00:00.000Z')];
const POOL = ['anna@example.gov.uk', 'BEN@example.gov.uk', 'cara@example.gov.uk'];

const configArb: fc.Arbitrary<ReminderConfig> = fc.oneof(
  fc.constant(FRONTLINE_2025),
  fc.constant(SIGNS_OF_SAFETY_2018),
  fc.record({
    returnPeriodDays: fc.integer({ min: 1, max: 30 }),
    briefingLeadDays: fc.integer({ min: 0, max: 10 }),
    reminderOffsetsDays: fc.array(fc.integer({ min: -6, max: 0 }), { maxLength: 4 }),
    overdueEscalationDays: fc.integer({ min: 1, max: 5 }),
    sendHour: fc.integer({ min: 0, max: 23 })
  })
);

const visitArb = (id: number): fc.Arbitrary<Visit> =>
  fc
    .record({
      base: fc.constantFrom(...BASES),
      startMinutes: fc.integer({ min: 0, max: 40 * 24 * 60 }),
      noStart: fc.boolean(),
      // Weighted towards the statuses that send, so most runs exercise the rules rather than silence.
      status: fc.oneof(
        { arbitrary: fc.constantFrom<VisitStatus>('Booked', 'Briefed', 'Visited'), weight: 3 },
        { arbitrary: fc.constantFrom(...VISIT_STATUSES), weight: 1 }
      ),
      councillors: fc.subarray(POOL, { minLength: 1 }),
      poc: fc.option(fc.constant('Poc@example.gov.uk'), { nil: undefined }),
      storedDueShiftDays: fc.option(fc.integer({ min: -10, max: 10 }), { nil: undefined })
    })
    .map((r) => {
      const start = r.base + r.startMinutes * 60000;
      return visit({
        id,
        visitStart: r.noStart ? undefined : new Date(start).toISOString(),
        status: r.status,
        councillorEmails: r.councillors,
        pointOfContactEmail: r.poc,
        findingsDueDate:
          r.storedDueShiftDays === undefined
            ? undefined
            : new Date(start + (7 + r.storedDueShiftDays) * DAY).toISOString()
      });
    });

const scenarioArb = fc
  .record({
    config: configArb,
    visits: fc
      .integer({ min: 1, max: 4 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => visitArb(i + 1)))),
    submittedPicks: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...POOL)), { maxLength: 4 }),
    base: fc.constantFrom(...BASES),
    sweepOffsets: fc.array(fc.integer({ min: -10 * 24 * 60, max: 60 * 24 * 60 }), { minLength: 1, maxLength: 40 }),
    ordered: fc.boolean()
  })
  .map((s) => ({
    ...s,
    submitted: s.submittedPicks.map(([visitId, email]): SubmittedRef => ({
      visitId,
      councillorEmail: email.toUpperCase()
    })),
    sweeps: (s.ordered ? [...s.sweepOffsets].sort((a, b) => a - b) : s.sweepOffsets).map((m) =>
      new Date(s.base + m * 60000).toISOString()
    )
  }));

describe('reminder sweeps (property)', () => {
  it('never produce a key twice and never anything before its time, across any sequence of sweeps', () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, visits, submitted, sweeps }) => {
        const sent = new Set<string>();
        const isSubmitted = (visitId: number, email: string): boolean =>
          submitted.some((s) => s.visitId === visitId && s.councillorEmail.toLowerCase() === email);
        for (const now of sweeps) {
          const input = { visits, submitted, config, now, sent, officerEmail: OFFICER };
          const out = dueNotifications(input);
          // Pure and deterministic.
          expect(dueNotifications(input)).toEqual(out);
          // `sent` only removes keys (the sweep filters one answer rather than asking twice).
          expect(dueNotifications({ ...input, sent: new Set() }).filter((n) => !sent.has(n.key))).toEqual(out);
          const nowMs = Date.parse(now);
          const perCouncillor = new Set<string>();
          out.forEach((n, i) => {
            expect(sent.has(n.key)).toBe(false);
            expect(Date.parse(n.scheduledAt)).toBeLessThanOrEqual(nowMs);
            if (i > 0) {
              const prev = out[i - 1];
              expect(prev.scheduledAt < n.scheduledAt || (prev.scheduledAt === n.scheduledAt && prev.key < n.key)).toBe(
                true
              );
            }
            const v = visits.find((x) => x.id === n.visitId) as Visit;
            expect(v.councillorEmails.map((e) => e.toLowerCase())).toContain(n.councillorEmail);
            // Every notification is one the visit's schedule announced at the same instant.
            const planned = visitSchedule(v, config, { submitted, officerEmail: OFFICER }).find((p) => p.key === n.key);
            expect(planned?.scheduledAt).toBe(n.scheduledAt);
            const startMs = Date.parse(v.visitStart as string);
            if (n.kind === 'briefing') {
              expect(v.status).toBe('Booked');
              expect(nowMs).toBeLessThan(startMs);
            } else {
              expect(['Booked', 'Briefed', 'Visited']).toContain(v.status);
              expect(isSubmitted(v.id, n.councillorEmail)).toBe(false);
              expect(nowMs).toBeGreaterThan(startMs);
              // At most one reminder or escalation per councillor per visit per sweep.
              const who = `${n.visitId}|${n.councillorEmail}`;
              expect(perCouncillor.has(who)).toBe(false);
              perCouncillor.add(who);
            }
            if (n.kind === 'overdue-escalation') {
              const due = effectiveDueDate(v, config) as string;
              expect(n.dueDate).toBe(due);
              expect(n.daysLate).toBe(daysOverdue(due, now));
              expect(n.daysLate).toBeGreaterThanOrEqual(config.overdueEscalationDays);
            }
          });
          out.forEach((n) => sent.add(n.key));
        }
      }),
      { numRuns: 300 }
    );
  });

  it('a reminder stage is never sent once a later stage or the escalation has been due', () => {
    fc.assert(
      fc.property(scenarioArb, ({ config, visits, submitted, sweeps }) => {
        for (const now of sweeps) {
          for (const n of dueNotifications({
            visits,
            submitted,
            config,
            now,
            sent: new Set(),
            officerEmail: OFFICER
          })) {
            if (n.kind !== 'return-reminder') continue;
            const v = visits.find((x) => x.id === n.visitId) as Visit;
            const later = visitSchedule(v, config, { submitted }).filter(
              (p) => p.councillorEmail === n.councillorEmail && p.kind !== 'briefing' && p.scheduledAt > n.scheduledAt
            );
            expect(later.every((p) => Date.parse(p.scheduledAt) > Date.parse(now))).toBe(true);
          }
        }
      }),
      { numRuns: 200 }
    );
  });
});
