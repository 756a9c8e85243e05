// The three real July 2025 forms (seed 004) as sent findings, their head-of-service requests (the
// first answered) and a committee pack input over them: shared by the pack's build tests.
import { createTemplateRegistry, escalationText, FRONTLINE_2025_TEMPLATE } from '../../../src/core/forms';
import type { Findings, HeadOfServiceRequest, Visit } from '../../../src/core/model';
import type { PackInput } from '../../../src/core/pack/build';
import { SEED_FORMS, type SeedForm } from '../../../src/core/samples/forms2025';
import { BEN_WYE, CFCCL, CFCCL_MEMBERS_2025, TEAMS_2025 } from '../../../src/core/samples/rota2025';
import { VISITS_2025 } from '../../../src/core/samples/visits2025';
import { londonInstant } from '../../../src/core/time/london';

const people = [...CFCCL_MEMBERS_2025, BEN_WYE];
const TEAM_OF: Record<string, string> = {
  'Sarah Bennett-Wake': 'Cared for Teams',
  'Sally Ann Holland': 'Care Leavers Teams',
  'Ben Wye': 'Court Team'
};
export const visitOf = (form: SeedForm): Visit =>
  VISITS_2025.find((v) => v.teamId === TEAMS_2025.find((t) => t.name === TEAM_OF[form.councillor])?.id) as Visit;
const emailOf = (name: string): string => people.find((p) => p.name === name)?.email as string;

export const findings: Findings[] = SEED_FORMS.map((form, i) => ({
  id: 100 + i,
  visitId: visitOf(form).id,
  councillorEmail: emailOf(form.councillor),
  status: 'Submitted',
  submittedAt: londonInstant('2025-07-30', '17:00'),
  channel: 'SharePoint',
  templateId: 'frontline-2025',
  answers: form.answers
}));
const requests: HeadOfServiceRequest[] = findings
  .filter((f) => escalationText(FRONTLINE_2025_TEMPLATE, f.answers))
  .map((f, i) => ({
    id: i + 1,
    findingsId: f.id as number,
    visitId: f.visitId,
    responderEmail: 'hos.cared@example.gov.uk',
    status: 'Requested',
    request: escalationText(FRONTLINE_2025_TEMPLATE, f.answers),
    requestedAt: f.submittedAt as string
  }));
requests[0] = {
  ...requests[0],
  status: 'Responded',
  response: 'Foster carers are assessed by the fostering panel.',
  respondedAt: '2025-08-20T10:00:00.000Z'
};

export const input = (extra: Partial<PackInput> = {}): PackInput => ({
  committee: CFCCL,
  committeeDay: '2025-09-02',
  visits: VISITS_2025,
  findings,
  requests,
  teams: TEAMS_2025,
  councillors: people,
  templates: createTemplateRegistry(),
  ...extra
});
/** The paragraphs and bullets as the councillors wrote them. */
export const units = (text: string | number | undefined): string[] =>
  String(text ?? '')
    .split('\n')
    .map((l) => l.replace(/^- /, '').trim())
    .filter(Boolean);
