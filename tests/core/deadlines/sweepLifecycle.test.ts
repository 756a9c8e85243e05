import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import type { Visit } from '../../../src/core/model';
import { dueNotifications, nextScheduled, visitSchedule } from '../../../src/core/reminders';
import type { Notification } from '../../../src/core/reminders';
import type { ReminderConfig } from '../../../src/core/reminders';
import { ANNA, BEN, OFFICER, visit } from './fixtures';

/** Runs an hourly sweep from `from` to `to`, recording what each sweep sent. */
function hourly(visits: Visit[], config: ReminderConfig, from: string, to: string): Array<[string, Notification]> {
  const sent = new Set<string>();
  const log: Array<[string, Notification]> = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 3600000) {
    const now = new Date(t).toISOString();
    for (const n of dueNotifications({ visits, submitted: [], config, now, sent, officerEmail: OFFICER })) {
      sent.add(n.key);
      log.push([now, n]);
    }
  }
  return log;
}

describe('a whole visit, swept every hour', () => {
  it('sends briefing, both reminders and one escalation, each at its scheduled hour (2025)', () => {
    const log = hourly(
      [visit({ status: 'Booked' })],
      FRONTLINE_2025,
      '2025-07-01T00:00:00.000Z',
      '2025-08-31T00:00:00.000Z'
    );
    expect(log.map(([at, n]) => [at, n.kind, n.offsetDays ?? n.daysLate ?? null])).toEqual([
      ['2025-07-17T08:00:00.000Z', 'briefing', null],
      ['2025-07-25T08:00:00.000Z', 'form-open', null],
      ['2025-07-29T08:00:00.000Z', 'return-reminder', -2],
      ['2025-07-31T08:00:00.000Z', 'return-reminder', 0],
      ['2025-08-01T08:00:00.000Z', 'overdue-escalation', 1]
    ]);
  });

  it('sends what visitSchedule announced, for a 2018 pair', () => {
    const pair = visit({ status: 'Booked', councillorEmails: [ANNA, BEN] });
    const log = hourly([pair], SIGNS_OF_SAFETY_2018, '2025-07-01T00:00:00.000Z', '2025-09-30T00:00:00.000Z');
    const schedule = visitSchedule(pair, SIGNS_OF_SAFETY_2018, { officerEmail: OFFICER });
    expect(schedule).toHaveLength(10); // briefing, form open, 2 reminders, escalation: each
    expect(log.map(([at, n]) => [at, n.key])).toEqual(schedule.map((n) => [n.scheduledAt, n.key]));
  });
});

describe('visitSchedule / nextScheduled', () => {
  it('lists a visit in time order and leaves out councillors who submitted', () => {
    const pair = visit({ councillorEmails: [ANNA, BEN] });
    const all = visitSchedule(pair, FRONTLINE_2025);
    expect(all.map((n) => n.scheduledAt)).toEqual([...all.map((n) => n.scheduledAt)].sort());
    expect(all.filter((n) => n.councillorEmail === BEN)).toHaveLength(4);
    const afterBen = visitSchedule(pair, FRONTLINE_2025, { submitted: [{ visitId: 7, councillorEmail: BEN }] });
    // Anna's own notifications, unchanged, and nothing of Ben's.
    expect(afterBen.length).toBeGreaterThan(0);
    expect(afterBen).toEqual(all.filter((n) => n.councillorEmail === ANNA));
  });

  it('gives nothing for a visit with no start', () => {
    expect(visitSchedule(visit({ status: 'Planned', visitStart: undefined }), FRONTLINE_2025)).toEqual([]);
  });

  it('nextScheduled is the first entry after now', () => {
    const v = visit({ status: 'Booked' });
    expect(nextScheduled(v, FRONTLINE_2025, '2025-07-10T00:00:00.000Z')?.kind).toBe('briefing');
    expect(nextScheduled(v, FRONTLINE_2025, '2025-07-17T08:00:00.000Z')?.kind).toBe('form-open');
    expect(nextScheduled(v, FRONTLINE_2025, '2025-07-25T08:00:00.000Z')?.offsetDays).toBe(-2);
    expect(nextScheduled(v, FRONTLINE_2025, '2025-07-31T08:00:00.000Z')?.kind).toBe('overdue-escalation');
    expect(nextScheduled(v, FRONTLINE_2025, '2025-08-01T08:00:00.000Z')).toBeUndefined();
  });
});

describe('sweep output', () => {
  it('is sorted by scheduledAt then key across visits, whatever the input order', () => {
    const a = visit({ id: 2, councillorEmails: [BEN] });
    const b = visit({ id: 1, visitStart: '2025-07-23T09:00:00.000Z' });
    const c = visit({ id: 3, status: 'Booked', visitStart: '2025-08-04T09:00:00.000Z' });
    const run = (visits: Visit[]): string[] =>
      dueNotifications({
        visits,
        submitted: [],
        config: FRONTLINE_2025,
        now: '2025-07-30T12:00:00.000Z',
        sent: new Set(),
        officerEmail: OFFICER
      }).map((n) => n.key);
    // c: briefing 28 Jul 08:00Z; a: stage -2 on 29 Jul 08:00Z; b (due 30 Jul): stage 0 on 30 Jul 08:00Z.
    expect(run([a, b, c])).toEqual([
      `briefing:3:${ANNA}:2025-08-04`,
      `return:2:${BEN}:2025-07-31:-2`,
      `return:1:${ANNA}:2025-07-30:0`
    ]);
    expect(run([c, b, a])).toEqual(run([a, b, c]));
  });

  it('does not return a key twice when a visit appears twice in the input', () => {
    const v = visit();
    const out = dueNotifications({
      visits: [v, { ...v }],
      submitted: [],
      config: FRONTLINE_2025,
      now: '2025-07-29T09:00:00.000Z',
      sent: new Set()
    });
    expect(out).toHaveLength(1);
  });
});
