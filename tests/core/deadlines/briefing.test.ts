import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import { visitSchedule } from '../../../src/core/reminders';
import { ANNA, BEN, keys, sweep, visit } from './fixtures';

const booked = visit({ status: 'Booked' }); // Thu 24 Jul 2025 10:00 BST
const BRIEFING_KEY = `briefing:7:${ANNA}:2025-07-24`;

describe('briefing', () => {
  it('is scheduled at 09:00 London on the visit day minus briefingLeadDays (08:00Z in BST, 09:00Z in GMT)', () => {
    expect(visitSchedule(booked, FRONTLINE_2025).find((n) => n.kind === 'briefing')?.scheduledAt).toBe(
      '2025-07-17T08:00:00.000Z'
    );
    const winter = visit({ status: 'Booked', visitStart: '2025-12-04T10:00:00.000Z' });
    expect(visitSchedule(winter, FRONTLINE_2025).find((n) => n.kind === 'briefing')?.scheduledAt).toBe(
      '2025-11-27T09:00:00.000Z'
    );
    // Visit Fri 31 Oct 2025 (GMT), briefing Fri 24 Oct 2025 (still BST).
    const acrossChange = visit({ status: 'Booked', visitStart: '2025-10-31T10:00:00.000Z' });
    expect(visitSchedule(acrossChange, FRONTLINE_2025).find((n) => n.kind === 'briefing')?.scheduledAt).toBe(
      '2025-10-24T08:00:00.000Z'
    );
  });

  it('is not due before its time, is due at it, addressed to the councillor', () => {
    expect(sweep('2025-07-17T07:59:59.999Z', { visits: [booked] })).toEqual([]);
    expect(sweep('2025-07-17T08:00:00.000Z', { visits: [booked] })).toEqual([
      {
        key: BRIEFING_KEY,
        kind: 'briefing',
        visitId: 7,
        recipientEmail: ANNA,
        councillorEmail: ANNA,
        scheduledAt: '2025-07-17T08:00:00.000Z'
      }
    ]);
  });

  it('is sent once: the same input gives the same output, and its key in `sent` silences it', () => {
    const now = '2025-07-18T12:00:00.000Z';
    const first = sweep(now, { visits: [booked] });
    expect(keys(first)).toEqual([BRIEFING_KEY]);
    expect(sweep(now, { visits: [booked] })).toEqual(first);
    expect(sweep(now, { visits: [booked], sent: new Set(keys(first)) })).toEqual([]);
    expect(sweep('2025-07-23T12:00:00.000Z', { visits: [booked], sent: new Set(keys(first)) })).toEqual([]);
  });

  it('goes at once when the visit is booked inside the lead time', () => {
    const now = '2025-07-22T15:00:00.000Z';
    expect(keys(sweep(now, { visits: [booked] }))).toEqual([BRIEFING_KEY]);
  });

  it('is not sent once the visit has started', () => {
    expect(sweep('2025-07-24T09:00:00.000Z', { visits: [booked] })).toEqual([]);
    expect(sweep('2025-07-24T08:59:59.999Z', { visits: [booked] }).map((n) => n.kind)).toEqual(['briefing']);
  });

  it('is sent again when the visit is rebooked to another day, not when a sweep re-runs', () => {
    const sent = new Set([BRIEFING_KEY]);
    const rebooked = visit({ status: 'Booked', visitStart: '2025-07-28T09:00:00.000Z' });
    expect(sweep('2025-07-21T07:59:00.000Z', { visits: [rebooked], sent })).toEqual([]);
    const again = sweep('2025-07-21T08:00:00.000Z', { visits: [rebooked], sent });
    expect(keys(again)).toEqual([`briefing:7:${ANNA}:2025-07-28`]);
    // Same day, new time: the key is per day, so no second briefing (documented behaviour).
    const sameDay = visit({ status: 'Booked', visitStart: '2025-07-24T13:00:00.000Z' });
    expect(sweep('2025-07-22T08:00:00.000Z', { visits: [sameDay], sent })).toEqual([]);
  });

  it.each(['Planned', 'Briefed', 'Visited', 'Rearranged', 'Cancelled'] as const)(
    'is not sent for a %s visit',
    (status) => {
      expect(sweep('2025-07-20T08:00:00.000Z', { visits: [visit({ status })] })).toEqual([]);
    }
  );

  it('is not sent for a booked visit without a start', () => {
    expect(sweep('2025-07-20T08:00:00.000Z', { visits: [visit({ status: 'Booked', visitStart: undefined })] })).toEqual(
      []
    );
  });

  it('goes to each councillor of a 2018 pair, e-mails normalised and each once', () => {
    const pair = visit({ status: 'Booked', councillorEmails: [`  ${ANNA.toUpperCase()} `, BEN, ANNA, ''] });
    const out = sweep('2025-07-20T08:00:00.000Z', { visits: [pair], config: SIGNS_OF_SAFETY_2018 });
    expect(out.map((n) => [n.recipientEmail, n.councillorEmail])).toEqual([
      [ANNA, ANNA],
      [BEN, BEN]
    ]);
    expect(keys(out)).toEqual([`briefing:7:${ANNA}:2025-07-24`, `briefing:7:${BEN}:2025-07-24`]);
  });

  it('is left out when it could only fall at or after the start (lead 0, visit before the send hour)', () => {
    const early = visit({ status: 'Booked', visitStart: '2025-07-24T07:00:00.000Z' }); // 08:00 BST
    expect(
      visitSchedule(early, { ...FRONTLINE_2025, briefingLeadDays: 0 }).filter((n) => n.kind === 'briefing')
    ).toEqual([]);
    const late = visit({ status: 'Booked', visitStart: '2025-07-24T12:00:00.000Z' });
    expect(
      visitSchedule(late, { ...FRONTLINE_2025, briefingLeadDays: 0 }).find((n) => n.kind === 'briefing')?.scheduledAt
    ).toBe('2025-07-24T08:00:00.000Z');
  });
});
