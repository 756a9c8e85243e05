import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import { ANNA, BEN, OFFICER, POC, keys, sweep, visit } from './fixtures';

// Visit Thu 24 Jul 2025; due end of Thu 31 Jul; escalation Fri 1 Aug 09:00 BST.
const OVERDUE = `overdue:7:${ANNA}:2025-07-31`;
const STAGES = [`return:7:${ANNA}:2025-07-31:-2`, `return:7:${ANNA}:2025-07-31:0`];

describe('overdue escalation', () => {
  it('is due the day after the due day at the send hour, to the point of contact, with daysLate', () => {
    expect(sweep('2025-08-01T07:59:59.999Z', { sent: new Set(STAGES) })).toEqual([]);
    expect(sweep('2025-08-01T08:00:00.000Z', { sent: new Set(STAGES) })).toEqual([
      {
        key: OVERDUE,
        kind: 'overdue-escalation',
        visitId: 7,
        recipientEmail: POC,
        councillorEmail: ANNA,
        scheduledAt: '2025-08-01T08:00:00.000Z',
        dueDate: '2025-07-31T22:59:59.999Z',
        daysLate: 1
      }
    ]);
  });

  it('replaces any reminder stage: once it is due, the councillor is not reminded again', () => {
    expect(keys(sweep('2025-08-01T08:00:00.000Z'))).toEqual([OVERDUE]);
  });

  it('is sent once, not daily', () => {
    const sent = new Set([...STAGES, OVERDUE]);
    for (const now of [
      '2025-08-01T12:00:00.000Z',
      '2025-08-02T08:00:00.000Z',
      '2025-08-10T08:00:00.000Z',
      '2025-12-01T09:00:00.000Z'
    ]) {
      expect(sweep(now, { sent })).toEqual([]);
    }
  });

  it('reports how late the form is when the sweep runs late', () => {
    expect(sweep('2025-08-04T10:00:00.000Z')).toEqual([expect.objectContaining({ key: OVERDUE, daysLate: 4 })]);
  });

  it('falls back to the officer e-mail when the visit has no point of contact, else is addressed to nobody', () => {
    expect(
      sweep('2025-08-01T08:00:00.000Z', { visits: [visit({ pointOfContactEmail: undefined })] })[0].recipientEmail
    ).toBe(OFFICER);
    expect(
      sweep('2025-08-01T08:00:00.000Z', { visits: [visit({ pointOfContactEmail: '  ' })] })[0].recipientEmail
    ).toBe(OFFICER);
    expect(
      sweep('2025-08-01T08:00:00.000Z', { visits: [visit({ pointOfContactEmail: POC.toUpperCase() })] })[0]
        .recipientEmail
    ).toBe(POC);
    const nobody = sweep('2025-08-01T08:00:00.000Z', {
      visits: [visit({ pointOfContactEmail: undefined })],
      officerEmail: undefined
    });
    expect(nobody).toEqual([expect.objectContaining({ key: OVERDUE, recipientEmail: '' })]);
  });

  it('waits overdueEscalationDays; the last reminder stage stays the only one until then', () => {
    const config = { ...FRONTLINE_2025, overdueEscalationDays: 3 };
    expect(keys(sweep('2025-08-02T09:00:00.000Z', { config }))).toEqual([STAGES[1]]);
    expect(sweep('2025-08-03T07:59:00.000Z', { config, sent: new Set(STAGES) })).toEqual([]);
    expect(sweep('2025-08-03T08:00:00.000Z', { config, sent: new Set(STAGES) })).toEqual([
      expect.objectContaining({ key: OVERDUE, daysLate: 3 })
    ]);
  });

  it('is one per late councillor of a visit (2018 pairs)', () => {
    const pair = visit({ councillorEmails: [ANNA, BEN] });
    // 2018: due end of Thu 21 Aug 2025, escalation Fri 22 Aug 09:00 BST.
    const out = sweep('2025-08-22T08:00:00.000Z', { visits: [pair], config: SIGNS_OF_SAFETY_2018 });
    expect(out.map((n) => [n.key, n.recipientEmail])).toEqual([
      [`overdue:7:${ANNA}:2025-08-21`, POC],
      [`overdue:7:${BEN}:2025-08-21`, POC]
    ]);
    const late = sweep('2025-08-22T08:00:00.000Z', {
      visits: [pair],
      config: SIGNS_OF_SAFETY_2018,
      submitted: [{ visitId: 7, councillorEmail: BEN }]
    });
    expect(keys(late)).toEqual([`overdue:7:${ANNA}:2025-08-21`]);
  });

  it('is not sent when findings came in late but before it, or the visit was cancelled or its findings returned', () => {
    expect(sweep('2025-08-01T08:00:00.000Z', { submitted: [{ visitId: 7, councillorEmail: ANNA }] })).toEqual([]);
    expect(
      sweep('2025-08-01T08:00:00.000Z', { visits: [visit({ status: 'Cancelled', statusReason: 'Form withdrawn' })] })
    ).toEqual([]);
    expect(sweep('2025-08-01T08:00:00.000Z', { visits: [visit({ status: 'FindingsReturned' })] })).toEqual([]);
  });

  it('uses GMT send times after the autumn change', () => {
    const oct = visit({ visitStart: '2025-10-24T09:00:00.000Z' });
    expect(
      sweep('2025-11-01T08:59:00.000Z', { visits: [oct], sent: new Set([`return:7:${ANNA}:2025-10-31:0`]) })
    ).toEqual([]);
    expect(keys(sweep('2025-11-01T09:00:00.000Z', { visits: [oct] }))).toEqual([`overdue:7:${ANNA}:2025-10-31`]);
  });
});
