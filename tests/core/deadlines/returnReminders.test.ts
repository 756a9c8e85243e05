import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import type { VisitStatus } from '../../../src/core/model';
import { visitSchedule } from '../../../src/core/reminders';
import { ANNA, BEN, keys, sweep, visit } from './fixtures';

// Visit Thu 24 Jul 2025 (BST); due end of Thu 31 Jul; stages Tue 29 Jul and Thu 31 Jul at 09:00 BST.
const DUE = '2025-07-31T22:59:59.999Z';
const EARLY = `return:7:${ANNA}:2025-07-31:-2`;
const ON_DAY = `return:7:${ANNA}:2025-07-31:0`;
// Before the first stage, the form-open message (the morning after the visit) is what is due.
const FORM_OPEN = `form-open:7:${ANNA}:2025-07-24`;

describe('return reminders', () => {
  it('are scheduled at 09:00 London on each offset day relative to the due day', () => {
    const stages = visitSchedule(visit(), FRONTLINE_2025).filter((n) => n.kind === 'return-reminder');
    expect(stages).toEqual([
      {
        key: EARLY,
        kind: 'return-reminder',
        visitId: 7,
        recipientEmail: ANNA,
        councillorEmail: ANNA,
        scheduledAt: '2025-07-29T08:00:00.000Z',
        dueDate: DUE,
        offsetDays: -2
      },
      {
        key: ON_DAY,
        kind: 'return-reminder',
        visitId: 7,
        recipientEmail: ANNA,
        councillorEmail: ANNA,
        scheduledAt: '2025-07-31T08:00:00.000Z',
        dueDate: DUE,
        offsetDays: 0
      }
    ]);
  });

  it('fall at 09:00Z in GMT, also when the visit was in BST', () => {
    const oct = visit({ visitStart: '2025-10-24T09:00:00.000Z' }); // Fri 24 Oct BST -> due Fri 31 Oct GMT
    expect(visitSchedule(oct, FRONTLINE_2025).map((n) => [n.kind, n.scheduledAt])).toEqual([
      ['form-open', '2025-10-25T08:00:00.000Z'], // Sat 25 Oct, still BST
      ['return-reminder', '2025-10-29T09:00:00.000Z'],
      ['return-reminder', '2025-10-31T09:00:00.000Z'],
      ['overdue-escalation', '2025-11-01T09:00:00.000Z']
    ]);
    const mar = visit({ visitStart: '2026-03-23T10:00:00.000Z' }); // Mon 23 Mar GMT -> due Mon 30 Mar BST
    expect(visitSchedule(mar, FRONTLINE_2025).map((n) => n.scheduledAt)).toEqual([
      '2026-03-24T09:00:00.000Z', // form open, Tue 24 Mar
      '2026-03-28T09:00:00.000Z', // Sat 28 Mar, still GMT
      '2026-03-30T08:00:00.000Z',
      '2026-03-31T08:00:00.000Z'
    ]);
  });

  it('each stage is sent once, on its day', () => {
    expect(keys(sweep('2025-07-29T07:59:00.000Z'))).toEqual([FORM_OPEN]);
    const first = sweep('2025-07-29T08:00:00.000Z');
    expect(keys(first)).toEqual([EARLY]);
    const sent = new Set(keys(first));
    expect(sweep('2025-07-30T12:00:00.000Z', { sent })).toEqual([]);
    const second = sweep('2025-07-31T08:00:00.000Z', { sent });
    expect(keys(second)).toEqual([ON_DAY]);
    expect(second[0]).toMatchObject({ dueDate: DUE, offsetDays: 0 });
    expect(sweep('2025-07-31T20:00:00.000Z', { sent: new Set([EARLY, ON_DAY]) })).toEqual([]);
  });

  it('a stale earlier stage is skipped, never sent late or together with the next', () => {
    // The job did not run on 29 and 30 Jul.
    expect(keys(sweep('2025-07-31T10:00:00.000Z'))).toEqual([ON_DAY]);
    // And with the latest stage already sent, it does not fall back to the missed one.
    expect(sweep('2025-07-31T10:00:00.000Z', { sent: new Set([ON_DAY]) })).toEqual([]);
  });

  it('stop when the councillor has submitted findings (matched case-insensitively); a draft does not count', () => {
    const now = '2025-07-29T09:00:00.000Z';
    expect(sweep(now, { submitted: [{ visitId: 7, councillorEmail: ANNA.toUpperCase() }] })).toEqual([]);
    expect(sweep(now, { submitted: [{ visitId: 7, councillorEmail: ANNA, status: 'Submitted' }] })).toEqual([]);
    expect(keys(sweep(now, { submitted: [{ visitId: 7, councillorEmail: ANNA, status: 'Draft' }] }))).toEqual([EARLY]);
    // Findings for another visit do not count.
    expect(keys(sweep(now, { submitted: [{ visitId: 8, councillorEmail: ANNA }] }))).toEqual([EARLY]);
  });

  it.each<VisitStatus>(['Booked', 'Briefed', 'Visited'])('are sent while a %s visit awaits findings', (status) => {
    expect(keys(sweep('2025-07-29T09:00:00.000Z', { visits: [visit({ status })] }))).toEqual([EARLY]);
  });

  it.each<VisitStatus>(['Planned', 'Rearranged', 'Cancelled', 'FindingsReturned', 'Responded', 'Reported'])(
    'a %s visit produces nothing at any time',
    (status) => {
      const v = visit({ status });
      for (const now of [
        '2025-07-20T08:00:00.000Z',
        '2025-07-29T09:00:00.000Z',
        '2025-07-31T09:00:00.000Z',
        '2025-08-01T09:00:00.000Z',
        '2025-09-01T09:00:00.000Z'
      ]) {
        expect(sweep(now, { visits: [v] })).toEqual([]);
      }
      expect(visitSchedule(v, FRONTLINE_2025)).toEqual([]);
    }
  );

  it('each councillor of a 2018 pair is reminded on their own, four weeks on', () => {
    const pair = visit({ councillorEmails: [ANNA, BEN] });
    // Due end of Thu 21 Aug 2025; stage -2 Tue 19 Aug 09:00 BST.
    const out = sweep('2025-08-19T08:00:00.000Z', { visits: [pair], config: SIGNS_OF_SAFETY_2018 });
    expect(keys(out)).toEqual([`return:7:${ANNA}:2025-08-21:-2`, `return:7:${BEN}:2025-08-21:-2`]);
    expect(out.map((n) => n.recipientEmail)).toEqual([ANNA, BEN]);
    const onlyBen = sweep('2025-08-19T08:00:00.000Z', {
      visits: [pair],
      config: SIGNS_OF_SAFETY_2018,
      submitted: [{ visitId: 7, councillorEmail: ANNA }]
    });
    expect(keys(onlyBen)).toEqual([`return:7:${BEN}:2025-08-21:-2`]);
  });

  it('follow an extended due date with new keys, and ignore a stale stored one', () => {
    const extended = visit({ findingsDueDate: '2025-08-07T22:59:59.999Z' });
    expect(keys(sweep('2025-07-29T09:00:00.000Z', { visits: [extended] }))).toEqual([FORM_OPEN]);
    expect(keys(sweep('2025-08-05T09:00:00.000Z', { visits: [extended] }))).toEqual([`return:7:${ANNA}:2025-08-07:-2`]);
    const stale = visit({ findingsDueDate: '2025-07-20T22:59:59.999Z' });
    expect(keys(sweep('2025-07-29T09:00:00.000Z', { visits: [stale] }))).toEqual([EARLY]);
  });

  it('leave out stages that would fall before the visit, and repeated offsets', () => {
    const config = { ...FRONTLINE_2025, returnPeriodDays: 1, reminderOffsetsDays: [0, -3, 0] };
    expect(visitSchedule(visit(), config).map((n) => n.key)).toEqual([
      `return:7:${ANNA}:2025-07-25:0`,
      `overdue:7:${ANNA}:2025-07-25`
    ]);
  });
});
