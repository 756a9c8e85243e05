// A point of contact the bot cannot reach: the delivery problems row says who they are, for which
// visits, and what the officer can do, instead of the generic "ask them to add the app".
import { deliveryProblems } from '../../../src/core/dashboard/deliveryProblems';
import type { SendRecord } from '../../../src/core/ports/messaging';

const send = (over: Partial<SendRecord>): SendRecord => ({
  key: 'k',
  recipientEmail: 'x@example.gov.uk',
  kind: 'question',
  state: 'Unreachable',
  claimedBy: 'bot',
  claimedAt: '2025-11-05T09:30:00.000Z',
  attempts: 1,
  lastError: 'The Teams app is not installed for this person',
  ...over
});

const MAILBOX = 'frontline.visits@example.gov.uk';
const HOS = 'hos.placements@example.gov.uk';
const context = {
  people: new Map([[HOS, 'the head of service for Fostering Team']]),
  visits: new Map([
    [7, { title: 'Fostering Team - November 2025', pointOfContactEmail: HOS }],
    [8, { title: 'Court Team - July 2025', pointOfContactEmail: '' }]
  ])
};

describe('delivery problems of a point of contact', () => {
  it('asks a known person to add the app, naming the visit', () => {
    const [row] = deliveryProblems([], [send({ key: 'question:7:a', recipientEmail: HOS, visitId: 7 })], context);
    expect(row.problem).toBe('not-installed');
    expect(row.advice).toBe(
      "The head of service for Fostering Team (hos.placements@example.gov.uk) is the point of contact of 'Fostering Team - November 2025' but has not added the Frontline Visits app in Teams. Ask the head of service for Fostering Team to add the Frontline Visits app in Teams, or set a person as the visit's contact on the rota. Questions and overdue notices waiting for them are sent at the next sweep."
    );
    expect(row.messages.map((m) => m.label)).toEqual(['Question about a visit']);
  });

  it('tells the officer to set a person when the default contact is an address no one uses in Teams (a shared mailbox)', () => {
    const [row] = deliveryProblems(
      [],
      [
        send({ key: 'question:8:a', recipientEmail: MAILBOX, visitId: 8 }),
        send({ key: 'overdue:8:b', kind: 'overdue-escalation', recipientEmail: MAILBOX, visitId: 8 })
      ],
      context
    );
    expect(row.advice).toContain(`${MAILBOX} is the default point of contact of 'Court Team - July 2025'`);
    expect(row.advice).toContain(
      "If it is a shared mailbox, set a person as the visit's contact on the rota, or as the default point of contact in the process settings"
    );
    expect(row.messages.map((m) => m.label).sort()).toEqual(['Overdue findings', 'Question about a visit']);
  });

  it('asks a contact who removed the app to reinstall it, or to be replaced', () => {
    const rows = deliveryProblems(
      [{ userEmail: HOS, reference: '{}', status: 'Uninstalled', updatedAt: '2025-11-01T09:00:00.000Z' }],
      [send({ key: 'response-overdue:3:2025-11-04', kind: 'response-overdue', recipientEmail: HOS, visitId: 7 })],
      context
    );
    expect(rows[0].advice).toMatch(
      /removed the Frontline Visits app in Teams\. Ask the head of service for Fostering Team to open or reinstall/
    );
    expect(rows[0].messages[0].label).toBe('Head of service response overdue');
  });

  it('leaves the advice of people who are not contacts as it was, and works with no context', () => {
    const [row] = deliveryProblems(
      [],
      [send({ kind: 'briefing', recipientEmail: 'cllr@example.gov.uk', visitId: 7 })],
      context
    );
    expect(row.advice).toMatch(/^The Frontline Visits app is not installed for them in Teams/);
    const [bare] = deliveryProblems([], [send({ recipientEmail: MAILBOX, visitId: 9 })]);
    expect(bare.advice).toMatch(
      /^frontline\.visits@example\.gov\.uk is the point of contact but is not a person the bot can message/
    );
  });
});
