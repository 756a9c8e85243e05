// The period report's figures and words: the 2025/26 year from the sample data (yearly), and the
// 2018 rota reported six-monthly in pairs with four weeks to return.
import { SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import type { Findings } from '../../../src/core/model';
import { reportPeriodOf } from '../../../src/core/report/period';
import { buildPeriodReport, median } from '../../../src/core/report/periodReport';
import { composePeriodReport } from '../../../src/core/report/periodWording';
import { COUNCILLORS_2018, TEAMS_2018, VISITS_2018 } from '../../../src/core/samples/council2018';
import { londonInstant } from '../../../src/core/time/london';
import { DEFAULT_TAXONOMY } from '../../../src/core/themes';
import { CANCELLED, input2025, REARRANGED, tagged2025 } from './fixtures';

describe('the 2025/26 yearly report', () => {
  const report = buildPeriodReport(input2025());

  it('counts the visits on the rota against those made, naming cancellations and rearrangements', () => {
    expect(report.period.label).toBe('2025/26');
    expect(report.visits).toHaveLength(16);
    const states = report.visits.map((v) => v.state);
    expect(states.filter((s) => s === 'made')).toHaveLength(3);
    expect(states.filter((s) => s === 'cancelled')).toHaveLength(1);
    expect(states.filter((s) => s === 'to come')).toHaveLength(12);
    expect(report.visits.find((v) => v.visitId === CANCELLED)).toMatchObject({
      teamName: 'SCIES',
      state: 'cancelled',
      cancelled: 'Clash with an Ofsted monitoring visit'
    });
    expect(report.visits.find((v) => v.visitId === REARRANGED)).toMatchObject({
      state: 'to come',
      rearranged: 'Councillor unavailable on the day'
    });
    expect(report.visits[0]).toMatchObject({
      day: '2025-07-14',
      councillorNames: ['Sarah Bennett-Wake'],
      state: 'made'
    });
  });

  it('counts forms on time and late by the due-date rule (7 days)', () => {
    expect(report.forms.expected).toBe(3);
    expect(report.forms.onTime).toBe(1);
    expect(report.forms.late.map((o) => [o.councillorName, o.daysLate])).toEqual([
      ['Sarah Bennett-Wake', 9],
      ['Sally Ann Holland', 6]
    ]);
    expect(report.forms.overdue).toEqual([]);
  });

  it('gives the head of service response times: median, longest, within the 28 days, awaiting', () => {
    const r = report.responses;
    expect(r.rows.map((x) => [x.days, x.state])).toEqual([
      [21, 'answered in time'],
      [35, 'answered late'],
      [undefined, 'overdue']
    ]);
    expect([r.answered, r.withinTime, r.medianDays, r.longestDays, r.awaiting, r.overdue]).toEqual([
      2, 1, 28, 35, 1, 1
    ]);
  });

  it("counts the themes per meeting, from this period's forms only", () => {
    const themes = report.themes!;
    expect(themes.columns).toEqual([{ key: '2025-09-02', label: '2 September 2025' }]);
    expect(themes.rows.length).toBeGreaterThan(0);
    for (const row of themes.rows) expect(row.counts).toEqual([row.total]);
    const totals = themes.rows.map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    // The seed paper's statement has a theme, yet is not in the period: the counts are the forms' alone.
    const all = tagged2025();
    expect(all.find((t) => t.statement.source.kind === 'history')?.themes.length).toBeGreaterThan(0);
    const formsOnly = all.filter((t) => t.statement.source.kind === 'form');
    const again = buildPeriodReport(input2025({ themes: { tagged: formsOnly, taxonomy: DEFAULT_TAXONOMY } }));
    expect(again.themes).toEqual(themes);
    const withoutForms = buildPeriodReport(input2025({ findings: [] }));
    expect(withoutForms.themes).toEqual({ columns: [], rows: [] });
  });

  it('words the figures once for the page and the document', () => {
    const doc = composePeriodReport(report);
    expect(doc.title).toBe('Frontline visits: yearly report 2025/26');
    expect(doc.periodLine).toBe('May 2025 to April 2026 (12 months)');
    expect(doc.summary).toEqual({
      visits: '16 visits on the rota for 2025/26: 3 made, 12 still to come, 1 cancelled; 1 rearranged.',
      forms:
        '3 findings forms expected from the visits made: 1 returned on time (within 7 days of the visit), 2 returned late, 0 outstanding and overdue, 0 not yet due.',
      responses:
        '3 head-of-service requests: 2 answered (median 28 days, longest 35 days), 1 within the 28-day response period; 1 awaiting an answer, 1 of them overdue.'
    });
    const text = doc.body.map((b) => (b.kind === 'bullets' ? b.items.join('\n') : b.text)).join('\n');
    expect(text).toContain('SCIES (planned September 2025): Clash with an Ofsted monitoring visit');
    expect(text).toContain(
      'Fostering Team (planned November 2025): Councillor unavailable on the day; awaiting a new date'
    );
    expect(doc.visitTable[0]).toEqual(['Team', 'Planned', 'Visited', 'Councillors', 'Where it stands']);
    expect(doc.visitTable).toHaveLength(17);
  });
});

describe('the 2018 six-monthly report', () => {
  const config = SIGNS_OF_SAFETY_2018;
  const emails = (i: number): string[] => VISITS_2018[i].councillorEmails;
  const form = (i: number, email: string, day: string, id: number): Findings => ({
    id,
    visitId: VISITS_2018[i].id,
    councillorEmail: email,
    status: 'Submitted',
    submittedAt: londonInstant(day, '12:00'),
    channel: 'SharePoint',
    templateId: 'signs-of-safety-2018',
    answers: {}
  });
  // The pair on 20 April both within four weeks; one of the 2 May pair five weeks after; the rest not sent.
  const findings = [
    form(0, emails(0)[0], '2018-05-10', 1),
    form(0, emails(0)[1], '2018-05-18', 2),
    form(1, emails(1)[0], '2018-06-06', 3)
  ];
  const report = buildPeriodReport({
    period: reportPeriodOf('2018-04', config),
    visits: VISITS_2018,
    findings,
    requests: [],
    teams: TEAMS_2018,
    councillors: COUNCILLORS_2018,
    config,
    asOf: '2018-10-15T09:00:00.000Z'
  });

  it('covers April to September 2018: six visits, all made, in pairs', () => {
    expect(report.period).toMatchObject({ label: 'April to September 2018', months: 6 });
    expect(report.visits.map((v) => v.plannedMonth)).toEqual([
      '2018-04',
      '2018-05',
      '2018-06',
      '2018-07',
      '2018-08',
      '2018-09'
    ]);
    expect(report.visits.every((v) => v.state === 'made' && v.councillorNames.length === 2)).toBe(true);
  });

  it('counts forms against the four-week return period', () => {
    expect(report.forms.expected).toBe(12);
    expect(report.forms.onTime).toBe(2);
    expect(report.forms.late).toHaveLength(1);
    expect(report.forms.late[0].daysLate).toBe(7);
    expect(report.forms.overdue).toHaveLength(9);
    const doc = composePeriodReport(report);
    expect(doc.title).toBe('Frontline visits: six-monthly report April to September 2018');
    expect(doc.summary.forms).toContain(
      '2 returned on time (within 28 days of the visit), 1 returned late, 9 outstanding and overdue'
    );
    expect(doc.summary.responses).toBe('No issues were escalated to a head of service from the visits made.');
  });

  it('the next period holds the autumn visits, still to come before them', () => {
    const next = buildPeriodReport({
      period: reportPeriodOf('2018-10', config),
      visits: VISITS_2018,
      findings,
      requests: [],
      teams: TEAMS_2018,
      councillors: COUNCILLORS_2018,
      config,
      asOf: '2018-10-15T09:00:00.000Z'
    });
    expect(next.visits.map((v) => v.state)).toEqual(['made', 'to come', 'to come']);
    expect(next.forms.notYetDue).toHaveLength(2);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect([median([]), median([5]), median([9, 1, 5]), median([1, 2, 3, 10])]).toEqual([undefined, 5, 5, 2.5]);
  });
});
