// Dashboard rows: a display status per visit from the visit, its forms and requests, in London days.
import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import {
  byArea,
  byCommitteeDay,
  byCouncillor,
  councillorsLabel,
  countByStatus,
  dashboardRows,
  DISPLAY_STATUSES,
  filterRows
} from '../../../src/core/dashboard';
import type { Councillor, Findings, HeadOfServiceRequest, Team, Visit } from '../../../src/core/model';
import { londonInstant } from '../../../src/core/time/london';

const ANNA = 'cllr.anna@example.gov.uk';
const BEN = 'cllr.ben@example.gov.uk';
const CF = 'Cared for Children and Care Leavers';
const teams: Team[] = [
  { id: 1, name: 'Court Team', area: CF, serviceManagerEmail: 'sm@x', headOfServiceEmail: 'hos@x', location: '' },
  {
    id: 2,
    name: 'Fostering Team',
    area: 'Placements',
    serviceManagerEmail: 'sm2@x',
    headOfServiceEmail: 'hos2@x',
    location: ''
  }
];
const councillors: Councillor[] = [
  { name: 'Anna Able', email: ANNA, committees: [], secondVisitVolunteer: false, active: true },
  { name: 'Ben Bold', email: BEN, committees: [], secondVisitVolunteer: false, active: true }
];
/** Mon 4 Aug 2025, 11:00 BST. */
const NOW = '2025-08-04T10:00:00.000Z';

let nextId = 1;
function visit(extra: Partial<Visit>): Visit {
  const id = nextId++;
  return {
    id,
    title: `Visit ${id}`,
    teamId: 1,
    area: CF,
    visitMonth: '2025-07',
    durationMinutes: 150,
    councillorEmails: [ANNA],
    committee: 'Children and Families Committee',
    committeeDate: londonInstant('2025-09-15', '14:00'),
    status: 'Booked',
    formTemplate: 'frontline-2025',
    ...extra
  };
}
const at = (day: string): string => londonInstant(day, '10:00');
const form = (v: Visit, email: string, status: Findings['status'], id: number): Findings => ({
  id,
  visitId: v.id,
  councillorEmail: email,
  status,
  channel: 'Teams',
  templateId: v.formTemplate,
  answers: {},
  submittedAt: status === 'Submitted' ? NOW : undefined
});
const request = (f: Findings, status: HeadOfServiceRequest['status']): HeadOfServiceRequest => ({
  id: (f.id as number) + 1000,
  findingsId: f.id as number,
  visitId: f.visitId,
  responderEmail: 'hos@x',
  status,
  request: 'Why?',
  requestedAt: NOW
});

describe('dashboardRows', () => {
  const planned = visit({ status: 'Planned' });
  const booked = visit({ visitStart: at('2025-08-20'), teamId: 2, area: 'Placements', councillorEmails: [BEN] });
  const briefed = visit({ status: 'Briefed', visitStart: at('2025-08-05') });
  const passed = visit({ visitStart: at('2025-07-31') });
  const overdue = visit({ status: 'Visited', visitStart: at('2025-07-24') });
  const returned = visit({ status: 'FindingsReturned', visitStart: at('2025-07-14') });
  const waiting = visit({ status: 'FindingsReturned', visitStart: at('2025-07-15') });
  const answered = visit({ status: 'FindingsReturned', visitStart: at('2025-07-16') });
  const responded = visit({ status: 'Responded', visitStart: at('2025-07-17') });
  const reported = visit({ status: 'Reported', visitStart: at('2025-07-18') });
  const rearranged = visit({ status: 'Rearranged', statusReason: 'Clash with committee' });
  const cancelled = visit({ status: 'Cancelled', statusReason: 'Team restructure', visitStart: at('2025-07-21') });
  const stale = visit({ status: 'Booked', visitStart: at('2025-07-22') });
  const pair = visit({
    status: 'Visited',
    visitStart: at('2025-07-23'),
    councillorEmails: [ANNA, BEN],
    formTemplate: 'signs-of-safety-2018'
  });
  const visits = [
    planned,
    booked,
    briefed,
    passed,
    overdue,
    returned,
    waiting,
    answered,
    responded,
    reported,
    rearranged,
    cancelled,
    stale,
    pair
  ];
  const fWaiting = form(waiting, ANNA, 'Submitted', 1);
  const fAnswered = form(answered, ANNA, 'Submitted', 2);
  const findings = [
    form(returned, ANNA, 'Submitted', 3),
    fWaiting,
    fAnswered,
    form(stale, ANNA, 'Submitted', 4),
    form(pair, ANNA, 'Submitted', 5),
    form(pair, BEN, 'Draft', 6),
    form(overdue, BEN, 'Submitted', 7)
  ];
  const requests = [request(fWaiting, 'MoreInfoRequested'), request(fAnswered, 'Responded')];
  const rows = dashboardRows(visits, findings, requests, teams, councillors, NOW, FRONTLINE_2025);
  const row = (v: Visit) => rows.find((r) => r.visitId === v.id)!;

  it('gives each visit its display status', () => {
    const expected: [Visit, string][] = [
      [planned, 'planned'],
      [booked, 'booked'],
      [briefed, 'briefed'],
      [passed, 'awaiting-findings'],
      [overdue, 'findings-overdue'],
      [returned, 'findings-returned'],
      [waiting, 'awaiting-head-of-service'],
      [answered, 'responded'],
      [responded, 'responded'],
      [reported, 'reported'],
      [rearranged, 'rearranged'],
      [cancelled, 'cancelled'],
      [stale, 'findings-returned'],
      [pair, 'findings-overdue']
    ];
    expect(expected.map(([v]) => [v, row(v).status])).toEqual(expected);
  });

  it('counts whole London days late and says so in the label', () => {
    // Due at the end of Thu 31 July; Mon 4 August is 4 days later.
    expect(row(overdue)).toMatchObject({
      daysLate: 4,
      label: 'Findings overdue (4 days late)',
      dueDate: '2025-07-31T22:59:59.999Z'
    });
    expect(row(passed)).toMatchObject({ daysLate: 0, label: 'Visited: awaiting findings' });
  });

  it('ignores a form from someone not on the visit', () => {
    expect(row(overdue).submittedCount).toBe(0);
  });

  it('shows per-councillor detail for a 2018 pair', () => {
    expect(row(pair)).toMatchObject({ multiCouncillor: true, submittedCount: 1, teamName: 'Court Team' });
    expect(row(pair).councillors).toEqual([
      { email: ANNA, name: 'Anna Able', findings: 'submitted', submittedAt: NOW, daysLate: 0, request: undefined },
      { email: BEN, name: 'Ben Bold', findings: 'draft', submittedAt: undefined, daysLate: 5, request: undefined }
    ]);
    expect(row(waiting).councillors[0].request).toMatchObject({ status: 'MoreInfoRequested' });
    // Whose form is in and whose is outstanding, while the pair's forms are awaited; names only otherwise.
    expect(councillorsLabel(row(pair))).toBe('Anna Able (sent), Ben Bold (outstanding)');
    expect(councillorsLabel(row(returned))).toBe('Anna Able');
    expect(councillorsLabel(row(planned))).toBe('Anna Able');
    expect(councillorsLabel({ ...row(pair), councillors: [] })).toBe('None yet');
  });

  it('keeps the reason for rearranged and cancelled visits', () => {
    expect(row(rearranged).reason).toBe('Clash with committee');
    expect(row(cancelled)).toMatchObject({ reason: 'Team restructure', label: 'Cancelled' });
  });

  it('sorts by date, planned months after booked days in the same month', () => {
    expect(rows[0].visitId).toBe(returned.id);
    expect(rows.map((r) => r.visitId).indexOf(planned.id)).toBeGreaterThan(
      rows.map((r) => r.visitId).indexOf(passed.id)
    );
  });

  it('uses the configured return period (2018: four weeks)', () => {
    const [r] = dashboardRows([overdue], [], [], teams, councillors, NOW, SIGNS_OF_SAFETY_2018);
    expect(r).toMatchObject({ status: 'awaiting-findings', daysLate: 0 });
  });

  it('counts late days across the end of BST by London calendar days', () => {
    // Thu 23 Oct 2025: due end of Thu 30 Oct (GMT from 26 Oct).
    const v = visit({ status: 'Visited', visitStart: at('2025-10-23') });
    expect(dashboardRows([v], [], [], teams, councillors, '2025-10-30T23:30:00.000Z', FRONTLINE_2025)[0].status).toBe(
      'awaiting-findings'
    );
    expect(dashboardRows([v], [], [], teams, councillors, '2025-10-31T00:00:00.000Z', FRONTLINE_2025)[0]).toMatchObject(
      { status: 'findings-overdue', daysLate: 1 }
    );
  });

  describe('filters and counts', () => {
    it('filters by area, committee day and councillor', () => {
      expect(byArea(rows, 'placements').map((r) => r.visitId)).toEqual([booked.id]);
      expect(
        byCouncillor(rows, 'CLLR.BEN@example.gov.uk')
          .map((r) => r.visitId)
          .sort((a, b) => a - b)
      ).toEqual([booked.id, pair.id]);
      expect(byCommitteeDay(rows, '2025-09-15')).toHaveLength(rows.length);
      expect(byCommitteeDay(rows, '2025-09-16')).toEqual([]);
      expect(filterRows(rows, { councillorEmail: BEN, statuses: ['findings-overdue'] }).map((r) => r.visitId)).toEqual([
        pair.id
      ]);
    });

    it('finds the committee by London day, not UTC day', () => {
      const late = visit({ committeeDate: '2025-09-15T23:30:00.000Z' });
      const [r] = dashboardRows([late], [], [], teams, councillors, NOW, FRONTLINE_2025);
      expect(byCommitteeDay([r], '2025-09-16')).toHaveLength(1);
    });

    it('counts every status, zero included', () => {
      const counts = countByStatus(rows);
      expect(Object.keys(counts)).toEqual([...DISPLAY_STATUSES]);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
      expect(counts).toMatchObject({ responded: 2, 'findings-overdue': 2, 'findings-returned': 2, planned: 1 });
    });
  });
});
