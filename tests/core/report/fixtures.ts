// The 2025/26 sample year for the period report: the three real July 2025 forms (seed 004) sent on
// 30 July, two escalations answered (one in time, one late) and one awaiting, one visit cancelled
// and one rearranged; and the 2018 rota (pairs, four weeks to return) for a six-monthly report.
import { FRONTLINE_2025 } from '../../../src/core/config';
import { getTemplate } from '../../../src/core/forms';
import type { Findings, HeadOfServiceRequest, Visit } from '../../../src/core/model';
import { reportPeriodOf } from '../../../src/core/report/period';
import type { PeriodReportInput } from '../../../src/core/report/periodReport';
import { SEED_FORMS } from '../../../src/core/samples/forms2025';
import { BEN_WYE, CFCCL_MEMBERS_2025, TEAMS_2025 } from '../../../src/core/samples/rota2025';
import { VISITS_2025 } from '../../../src/core/samples/visits2025';
import { DEFAULT_TAXONOMY, statementsFromFindings, tagAll } from '../../../src/core/themes';
import type { Statement } from '../../../src/core/themes/types';
import { londonInstant } from '../../../src/core/time/london';

export const PEOPLE_2025 = [...CFCCL_MEMBERS_2025, BEN_WYE];
const emailOf = (name: string): string => PEOPLE_2025.find((p) => p.name === name)?.email as string;
const july = VISITS_2025.filter((v) => v.visitStart).sort((a, b) =>
  (a.visitStart as string).localeCompare(b.visitStart as string)
);
const teamOf = (name: string): number => TEAMS_2025.find((t) => t.name === name)?.id as number;

export const FINDINGS_2025: Findings[] = SEED_FORMS.map((form, i) => ({
  id: 300 + i,
  visitId: july[i].id,
  councillorEmail: emailOf(form.councillor),
  status: 'Submitted',
  // Bennett-Wake (14 July, due 21) 9 days late, Holland (17, due 24) 6 days late, Wye (24, due 31) on time.
  submittedAt: londonInstant('2025-07-30', '17:00'),
  channel: 'SharePoint',
  templateId: 'frontline-2025',
  answers: form.answers
}));

const request = (i: number, extra: Partial<HeadOfServiceRequest>): HeadOfServiceRequest => ({
  id: 40 + i,
  findingsId: FINDINGS_2025[i].id as number,
  visitId: FINDINGS_2025[i].visitId,
  responderEmail: 'hos.cared@example.gov.uk',
  status: 'Requested',
  request: 'Please respond to the issues raised.',
  requestedAt: londonInstant('2025-07-30', '17:00'),
  ...extra
});

export const REQUESTS_2025: HeadOfServiceRequest[] = [
  // 21 days: within the 28-day response period.
  request(0, { status: 'Responded', response: 'Answered.', respondedAt: londonInstant('2025-08-20', '10:00') }),
  // 35 days: late (due 27 August).
  request(1, { status: 'Responded', response: 'Answered late.', respondedAt: londonInstant('2025-09-03', '10:00') }),
  // Not answered: overdue by October.
  request(2, { status: 'Delegated' })
];

export const CANCELLED = teamOf('SCIES');
export const REARRANGED = teamOf('Fostering Team');

export const VISITS_2025_YEAR: Visit[] = VISITS_2025.map((v) => {
  if (v.teamId === CANCELLED)
    return { ...v, status: 'Cancelled', statusReason: 'Clash with an Ofsted monitoring visit' };
  if (v.teamId === REARRANGED) return { ...v, status: 'Rearranged', statusReason: 'Councillor unavailable on the day' };
  return v;
});

export function tagged2025() {
  const statements: Statement[] = FINDINGS_2025.flatMap((f) =>
    statementsFromFindings(f, getTemplate(f.templateId), {
      visitId: f.visitId,
      period: '2025-26',
      committeeDate: VISITS_2025.find((v) => v.id === f.visitId)?.committeeDate
    })
  );
  // A seed paper's statement: never counted in the period's themes.
  statements.push({
    key: 'history:seed-001:para 9:0',
    text: 'Caseloads and workloads are too high for social workers.',
    area: 'experience',
    kind: 'development',
    period: '2017-18',
    source: { kind: 'history', paper: 'seed-001', ref: 'para 9' }
  });
  return tagAll(statements, DEFAULT_TAXONOMY, []);
}

export function input2025(extra: Partial<PeriodReportInput> = {}): PeriodReportInput {
  return {
    period: reportPeriodOf('2025-07', FRONTLINE_2025),
    visits: VISITS_2025_YEAR,
    findings: FINDINGS_2025,
    requests: REQUESTS_2025,
    teams: TEAMS_2025,
    councillors: PEOPLE_2025,
    config: FRONTLINE_2025,
    asOf: '2025-10-01T09:00:00.000Z',
    themes: { tagged: tagged2025(), taxonomy: DEFAULT_TAXONOMY },
    ...extra
  };
}
