// Shared test data for the deadline and reminder specs (not a spec itself: jest matches *.test.ts only).
import { FRONTLINE_2025 } from '../../../src/core/config';
import type { Visit } from '../../../src/core/model';
import { dueNotifications } from '../../../src/core/reminders';
import type { Notification, ReminderInput } from '../../../src/core/reminders';

export const ANNA = 'anna.councillor@example.gov.uk';
export const BEN = 'ben.councillor@example.gov.uk';
export const POC = 'poc.court@example.gov.uk';
export const OFFICER = 'improvement.officer@example.gov.uk';

export function visit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: 7,
    title: 'Court Team - July 2025',
    teamId: 1,
    area: 'Cared for Children and Care Leavers',
    visitMonth: '2025-07',
    // Thu 24 Jul 2025, 10:00 BST.
    visitStart: '2025-07-24T09:00:00.000Z',
    durationMinutes: 150,
    councillorEmails: [ANNA],
    committee: 'Children and Families Committee',
    status: 'Visited',
    pointOfContactEmail: POC,
    formTemplate: 'frontline-2025',
    ...overrides
  };
}

/** One sweep with the 2025 defaults unless overridden. */
export function sweep(now: string, overrides: Partial<ReminderInput> = {}): Notification[] {
  return dueNotifications({
    visits: [visit()],
    submitted: [],
    config: FRONTLINE_2025,
    now,
    sent: new Set<string>(),
    officerEmail: OFFICER,
    ...overrides
  });
}

export const keys = (list: Notification[]): string[] => list.map((n) => n.key);
