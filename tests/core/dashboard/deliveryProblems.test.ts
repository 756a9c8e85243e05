import { deliveryProblems } from '../../../src/core/dashboard/deliveryProblems';
import type { ConversationRecord, SendRecord } from '../../../src/core/ports/messaging';

const send = (over: Partial<SendRecord>): SendRecord => ({
  key: 'k',
  recipientEmail: 'x@example.gov.uk',
  kind: 'briefing',
  state: 'Sent',
  claimedBy: 'sweep',
  claimedAt: '2025-11-05T09:30:00.000Z',
  attempts: 1,
  ...over
});

describe('deliveryProblems', () => {
  const conversations: ConversationRecord[] = [
    {
      userEmail: 'cllr.holland@example.gov.uk',
      reference: '{}',
      status: 'Unreachable',
      updatedAt: '2025-11-05T09:30:00.000Z',
      lastError: '403: The bot is not part of the conversation roster.'
    },
    {
      userEmail: 'cllr.active@example.gov.uk',
      reference: '{}',
      status: 'Active',
      updatedAt: '2025-11-01T09:00:00.000Z'
    },
    {
      userEmail: 'sm.gone@example.gov.uk',
      reference: '{}',
      status: 'Uninstalled',
      updatedAt: '2025-10-01T09:00:00.000Z'
    }
  ];
  const sends: SendRecord[] = [
    send({
      key: 'return:7:cllr.holland@example.gov.uk:2025-11-19:-2',
      kind: 'return-reminder',
      recipientEmail: 'cllr.holland@example.gov.uk',
      state: 'Unreachable',
      visitId: 7,
      claimedAt: '2025-11-17T09:30:00.000Z',
      lastError: '403: roster',
      attempts: 2
    }),
    send({
      key: 'briefing:7:cllr.holland@example.gov.uk:2025-11-12',
      recipientEmail: 'CLLR.Holland@example.gov.uk',
      state: 'Unreachable',
      visitId: 7
    }),
    send({
      key: 'findings-shared:3:sm.x@example.gov.uk',
      kind: 'findings-shared',
      recipientEmail: 'sm.x@example.gov.uk',
      state: 'Failed',
      lastError: '502: Bad gateway',
      attempts: 3
    }),
    send({
      key: 'visit-change:9:booked:2025-12-01T10:00:00.000Z:new@example.gov.uk',
      kind: 'visit-change',
      recipientEmail: 'new@example.gov.uk',
      state: 'Unreachable',
      lastError: 'The Teams app is not installed for this person'
    }),
    send({
      key: 'briefing:8:cllr.active@example.gov.uk:2025-11-20',
      recipientEmail: 'cllr.active@example.gov.uk',
      state: 'Sent'
    })
  ];

  it('gives one row per person who cannot be reached or whose messages failed, with what to do', () => {
    const rows = deliveryProblems(conversations, sends);
    expect(rows.map((r) => [r.email, r.problem])).toEqual([
      ['cllr.holland@example.gov.uk', 'unreachable'],
      ['new@example.gov.uk', 'not-installed'],
      ['sm.gone@example.gov.uk', 'uninstalled'],
      ['sm.x@example.gov.uk', 'failed']
    ]);
    const holland = rows[0];
    expect(holland.lastError).toMatch(/^403/);
    expect(holland.advice).toMatch(/reinstall/);
    expect(holland.since).toBe('2025-11-17T09:30:00.000Z');
    expect(holland.messages.map((m) => [m.label, m.state])).toEqual([
      ['Briefing', 'Unreachable'],
      ['Return reminder', 'Unreachable']
    ]);
    expect(rows[1].messages[0]).toMatchObject({
      label: 'Visit booked, rearranged or cancelled',
      lastError: 'The Teams app is not installed for this person'
    });
    expect(rows[2].messages).toEqual([]);
    expect(rows[3]).toMatchObject({
      lastError: '502: Bad gateway',
      messages: [expect.objectContaining({ attempts: 3, label: 'Findings' })]
    });
  });

  it('is empty when everything got through', () => {
    expect(deliveryProblems([conversations[1]], [sends[4]])).toEqual([]);
  });
});
