// Dashboard: a visit awaiting the head of service past the response's due date shows as late.
import { FRONTLINE_2025 } from '../../../src/core/config';
import { dashboardRows } from '../../../src/core/dashboard';
import type { Findings, HeadOfServiceRequest, Team, Visit } from '../../../src/core/model';

const ANNA = 'cllr.anna@example.gov.uk';
const teams: Team[] = [
  {
    id: 1,
    name: 'Court Team',
    area: 'Cared for',
    serviceManagerEmail: 'sm@x',
    headOfServiceEmail: 'hos@x',
    location: ''
  }
];
const visit: Visit = {
  id: 7,
  title: 'Court Team - July 2025',
  teamId: 1,
  area: 'Cared for',
  visitMonth: '2025-07',
  visitStart: '2025-07-24T09:00:00.000Z',
  durationMinutes: 150,
  councillorEmails: [ANNA],
  committee: 'Children and Families Committee',
  status: 'FindingsReturned',
  formTemplate: 'frontline-2025'
};
const form: Findings = {
  id: 11,
  visitId: 7,
  councillorEmail: ANNA,
  status: 'Submitted',
  channel: 'Teams',
  templateId: 'frontline-2025',
  answers: {},
  submittedAt: '2025-07-30T16:00:00.000Z'
};
// Due end of Wed 27 Aug 2025 (BST).
const DUE = '2025-08-27T22:59:59.999Z';
const request = (extra: Partial<HeadOfServiceRequest> = {}): HeadOfServiceRequest => ({
  id: 3,
  findingsId: 11,
  visitId: 7,
  responderEmail: 'hos@x',
  status: 'Requested',
  request: 'Placement sufficiency',
  requestedAt: '2025-07-30T16:00:00.000Z',
  responseDueDate: DUE,
  ...extra
});
const row = (r: HeadOfServiceRequest, now: string, config = FRONTLINE_2025) =>
  dashboardRows([visit], [form], [r], teams, [], now, config)[0];

describe('dashboard: a late response', () => {
  it('is on time until the end of the due day, then days late from the next London day', () => {
    expect(row(request(), '2025-08-27T22:59:00.000Z')).toMatchObject({
      status: 'awaiting-head-of-service',
      label: 'Awaiting head of service',
      daysLate: 0
    });
    expect(row(request(), '2025-08-30T10:00:00.000Z')).toMatchObject({
      status: 'awaiting-head-of-service',
      label: 'Awaiting head of service (3 days late)',
      daysLate: 3
    });
    expect(row(request(), '2025-08-28T10:00:00.000Z').label).toBe('Awaiting head of service (1 day late)');
    expect(row(request(), '2025-08-30T10:00:00.000Z').councillors[0].request).toMatchObject({
      dueDate: DUE,
      daysLate: 3
    });
  });

  it('uses the stored due date (an extension), and derives it from requestedAt when none is stored', () => {
    expect(row(request({ responseDueDate: '2025-09-10T22:59:59.999Z' }), '2025-08-30T10:00:00.000Z').daysLate).toBe(0);
    expect(row(request({ responseDueDate: undefined }), '2025-08-30T10:00:00.000Z').label).toBe(
      'Awaiting head of service (3 days late)'
    );
    const short = { ...FRONTLINE_2025, responsePeriodDays: 14 }; // due end of 13 Aug
    expect(row(request({ responseDueDate: undefined }), '2025-08-15T10:00:00.000Z', short).daysLate).toBe(2);
  });

  it('a delegated or questioned request is still awaited; an answered one is not late', () => {
    for (const status of ['Delegated', 'MoreInfoRequested'] as const)
      expect(row(request({ status }), '2025-08-30T10:00:00.000Z').daysLate).toBe(3);
    expect(
      row(request({ status: 'Responded', respondedAt: '2025-08-29T10:00:00.000Z' }), '2025-08-30T10:00:00.000Z')
    ).toMatchObject({ status: 'responded', label: 'Head of service responded', daysLate: 0 });
  });
});
