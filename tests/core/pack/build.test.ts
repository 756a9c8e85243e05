// The committee pack from the three real July 2025 forms (seed 004), and its selection and text rules.
import { createTemplateRegistry, escalationText, FRONTLINE_2025_TEMPLATE } from '../../../src/core/forms';
import type { Findings, HeadOfServiceRequest, Visit } from '../../../src/core/model';
import { buildCommitteePack, packVisits, type PackInput } from '../../../src/core/pack/build';
import { splitSentences, splitStatements } from '../../../src/core/pack/statements';
import { BENNETT_WAKE, HOLLAND, SEED_FORMS, WYE, type SeedForm } from '../../../src/core/samples/forms2025';
import { BEN_WYE, CFCCL, CFCCL_MEMBERS_2025, TEAMS_2025 } from '../../../src/core/samples/rota2025';
import { VISITS_2025 } from '../../../src/core/samples/visits2025';
import { londonInstant } from '../../../src/core/time/london';

const people = [...CFCCL_MEMBERS_2025, BEN_WYE];
const TEAM_OF: Record<string, string> = {
  'Sarah Bennett-Wake': 'Cared for Teams',
  'Sally Ann Holland': 'Care Leavers Teams',
  'Ben Wye': 'Court Team'
};
const visitOf = (form: SeedForm): Visit =>
  VISITS_2025.find((v) => v.teamId === TEAMS_2025.find((t) => t.name === TEAM_OF[form.councillor])?.id) as Visit;
const emailOf = (name: string): string => people.find((p) => p.name === name)?.email as string;

const findings: Findings[] = SEED_FORMS.map((form, i) => ({
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

const input = (extra: Partial<PackInput> = {}): PackInput => ({
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
const units = (text: string | number | undefined): string[] =>
  String(text ?? '')
    .split('\n')
    .map((l) => l.replace(/^- /, '').trim())
    .filter(Boolean);

describe('buildCommitteePack on the July 2025 forms', () => {
  const pack = buildCommitteePack(input({ serviceResponse: 'It is positive to know that staff feel well supported.' }));

  it('titles the report and names the visits as seed 004 does', () => {
    expect(pack).toMatchObject({
      committee: CFCCL,
      committeeDay: '2025-09-02',
      title: 'Engagement with frontline services from councillors',
      serviceResponse: 'It is positive to know that staff feel well supported.'
    });
    expect(pack.purpose).toBe(
      'To summarise and report on frontline visits undertaken by Councillor Bennett-Wake, Councillor Holland and Councillor Wye to the Cared for Children and Care Leavers service throughout July 2025.'
    );
    expect(pack.background).toEqual([
      'On 14 July 2025, Councillor Bennett-Wake visited the Cared for Teams.',
      'On 17 July 2025, Councillor Holland visited the Care Leavers Teams.',
      'On 24 July 2025, Councillor Wye visited the Court Team.'
    ]);
  });

  it('holds every statement of every form in its part of the summary, with its visit and councillor', () => {
    for (const form of SEED_FORMS) {
      const visitId = visitOf(form).id;
      for (const part of [
        'qualityStrengths',
        'qualityDevelopment',
        'experienceStrengths',
        'experienceDevelopment'
      ] as const) {
        const mine = pack.summary[part]
          .filter((s) => s.visitId === visitId && s.councillorName === form.councillor)
          .map((s) => s.text);
        expect(mine).toEqual(units(form.answers[part]));
      }
    }
    expect(pack.summary.qualityStrengths).toContainEqual(
      expect.objectContaining({
        text: 'Drop-ins are good.',
        visitId: visitOf(HOLLAND).id,
        councillorName: 'Sally Ann Holland'
      })
    );
    expect(pack.summary.experienceStrengths.map((s) => s.text)).toContain(
      'Monthly meetings outside the office were seen as a positive.'
    );
    const all = Object.values(pack.summary).flat();
    expect(all.every((s) => s.text.trim().length > 0 && !s.text.startsWith('- '))).toBe(true);
  });

  it("carries Bennett-Wake's escalated questions and the answer, Wye's request unanswered, none for Holland", () => {
    expect(pack.hosResponses.map((r) => r.councillorName)).toEqual(['Sarah Bennett-Wake', 'Ben Wye']);
    expect(pack.hosResponses[0]).toMatchObject({
      teamName: 'Cared for Teams',
      response: 'Foster carers are assessed by the fostering panel.',
      respondedAt: '2025-08-20T10:00:00.000Z'
    });
    expect(pack.hosResponses[0].request).toContain('How do we assess the quality of new foster carers?');
    expect(pack.hosResponses[0].request).toContain(
      'Do we record travel time to out of area placements/visits? Is this paid back?'
    );
    expect(pack.hosResponses[1]).toMatchObject({ teamName: 'Court Team', response: undefined });
  });

  it('appends each form with its sections labelled by the template', () => {
    expect(pack.appendices.map((a) => a.title)).toEqual([
      'Councillor frontline visits form: Sarah Bennett-Wake, Cared for Teams, 14 July 2025',
      'Councillor frontline visits form: Sally Ann Holland, Care Leavers Teams, 17 July 2025',
      'Councillor frontline visits form: Ben Wye, Court Team, 24 July 2025'
    ]);
    const bw = pack.appendices[0];
    expect(bw).toMatchObject({
      councillorName: 'Sarah Bennett-Wake',
      day: '2025-07-14',
      teamName: 'Cared for Teams',
      templateId: 'frontline-2025'
    });
    expect(bw.sections.map((s) => s.heading)).toEqual([
      'Quality of practice',
      'Experience of working for the council',
      'Issues to be escalated to the head of service'
    ]);
    expect(bw.sections[0].answers).toEqual([
      { label: 'Strengths', text: BENNETT_WAKE.answers.qualityStrengths },
      { label: 'Areas for development', text: BENNETT_WAKE.answers.qualityDevelopment }
    ]);
    expect(bw.sections[2].answers[0].text).toContain('How do we assess the quality of new foster carers?');
    // Holland escalated nothing: the section is there, empty, as on the paper form.
    expect(pack.appendices[1].sections[2].answers).toEqual([]);
    expect(packVisits(input()).map((v) => v.councillorNames)).toEqual([
      ['Sarah Bennett-Wake'],
      ['Sally Ann Holland'],
      ['Ben Wye']
    ]);
  });
});

describe('buildCommitteePack selection and text', () => {
  it('takes only visits reported on that London day to that committee, and only sent forms', () => {
    const [bw, holland, wye] = findings;
    const moved = VISITS_2025.map((v) =>
      v.id === wye.visitId ? { ...v, committeeDate: londonInstant('2025-11-10', '14:00') } : v
    );
    const pack = buildCommitteePack(input({ visits: moved, findings: [bw, { ...holland, status: 'Draft' }, wye] }));
    expect(pack.background).toEqual(['On 14 July 2025, Councillor Bennett-Wake visited the Cared for Teams.']);
    expect(pack.appendices).toHaveLength(1);
    expect(buildCommitteePack(input({ committee: 'Children and Families Committee' })).appendices).toEqual([]);
    // 23:30 UTC on 1 September is 00:30 on 2 September in London.
    const lateUtc = VISITS_2025.map((v) => (v.committeeDate ? { ...v, committeeDate: '2025-09-01T23:30:00.000Z' } : v));
    expect(buildCommitteePack(input({ visits: lateUtc })).appendices).toHaveLength(3);
    const cancelled = VISITS_2025.map((v) =>
      v.id === bw.visitId ? { ...v, status: 'Cancelled' as const, statusReason: 'Form withdrawn' } : v
    );
    expect(buildCommitteePack(input({ visits: cancelled })).appendices.map((a) => a.councillorName)).toEqual([
      'Sally Ann Holland',
      'Ben Wye'
    ]);
  });

  it('drops empty and "None" answers and de-duplicates exact repeats, keeping the first source', () => {
    const [bw, holland] = findings;
    const a = {
      ...bw,
      answers: { qualityStrengths: 'Good supervision.\n\n- \n\nStaff   feel valued.', qualityDevelopment: 'None' }
    };
    const b = {
      ...holland,
      answers: { qualityStrengths: '- Good supervision.\n- Staff feel valued.\n- Drop-ins are good.' }
    };
    const pack = buildCommitteePack(input({ findings: [a, b], requests: [] }));
    expect(pack.summary.qualityStrengths).toEqual([
      {
        id: `form:${bw.id}:qualityStrengths:0`,
        findingsId: bw.id,
        text: 'Good supervision.',
        visitId: bw.visitId,
        councillorName: 'Sarah Bennett-Wake'
      },
      {
        id: `form:${bw.id}:qualityStrengths:1`,
        findingsId: bw.id,
        text: 'Staff feel valued.',
        visitId: bw.visitId,
        councillorName: 'Sarah Bennett-Wake'
      },
      // Each statement keeps its own place in its answer: the links from written bullets rely on it.
      {
        id: `form:${holland.id}:qualityStrengths:2`,
        findingsId: holland.id,
        text: 'Drop-ins are good.',
        visitId: holland.visitId,
        councillorName: 'Sally Ann Holland'
      }
    ]);
    expect(pack.summary.qualityDevelopment).toEqual([]);
  });

  it('keeps markup as plain text', () => {
    const [bw] = findings;
    const script = '<script>alert("x")</script> & <b>bold</b>';
    const pack = buildCommitteePack(input({ findings: [{ ...bw, answers: { qualityStrengths: script } }] }));
    expect(pack.summary.qualityStrengths[0].text).toBe(script);
    expect(pack.appendices[0].sections[0].answers[0].text).toBe(script);
  });

  it('summarises a 2018 Signs of Safety form and labels its appendix by that template', () => {
    const [bw] = findings;
    const sos: Findings = {
      ...bw,
      templateId: 'signs-of-safety-2018',
      answers: {
        'staffing.worried': 'Vacancies covered by agency staff.',
        'performance.workingWell': 'Child focused.',
        'staffing.workingWell': 'Good morale.',
        'other.needsToHappen': 'Less paperwork.',
        scaling: 7
      }
    };
    const pack = buildCommitteePack(input({ findings: [sos], requests: [] }));
    expect(pack.summary.qualityStrengths.map((s) => s.text)).toEqual(['Child focused.']);
    expect(pack.summary.qualityDevelopment.map((s) => s.text)).toEqual(['Less paperwork.']);
    expect(pack.summary.experienceStrengths.map((s) => s.text)).toEqual(['Good morale.']);
    expect(pack.summary.experienceDevelopment.map((s) => s.text)).toEqual(['Vacancies covered by agency staff.']);
    const appendix = pack.appendices[0];
    expect(appendix.templateId).toBe('signs-of-safety-2018');
    expect(appendix.title).toMatch(/^Elected member frontline safeguarding team visits form: /);
    expect(appendix.sections.find((s) => s.heading === 'Staffing')?.answers).toEqual([
      { label: 'What are we worried about?', text: 'Vacancies covered by agency staff.' },
      { label: 'What is working well?', text: 'Good morale.' }
    ]);
    expect(appendix.sections.find((s) => s.heading === 'Scaling')?.answers[0].text).toBe('7');
  });

  it('splits into sentences on request, not at abbreviations', () => {
    const pack = buildCommitteePack(input({ statementUnit: 'sentence' }));
    const texts = pack.summary.qualityStrengths.map((s) => s.text);
    expect(texts).toContain(
      'A new court team has reduced some of the workload for social workers and caseloads are at a maximum of 21.'
    );
    expect(texts).toContain('This was felt as a positive move by all the team.');
    const example = pack.summary.qualityStrengths.find((s) =>
      s.text.startsWith(
        'A simple example was to use a worker as a proxy grandparent through difficult times e.g. pick a child up from school'
      )
    );
    expect(example).toMatchObject({ visitId: visitOf(WYE).id, councillorName: 'Ben Wye' });
    expect(splitSentences('Ask M. Beanland. Then (is it costed?). Yes.')).toEqual([
      'Ask M. Beanland.',
      'Then (is it costed?).',
      'Yes.'
    ]);
  });

  it('joins a sentence broken by a hard line break', () => {
    expect(splitStatements('Caseloads are high and\nstaff are tired.\nMorale is good.')).toEqual([
      'Caseloads are high and staff are tired.',
      'Morale is good.'
    ]);
  });

  it('says so when nothing was received', () => {
    const pack = buildCommitteePack(input({ committeeDay: '2025-09-03' }));
    expect(pack.background).toEqual([]);
    expect(pack.purpose).toMatch(/no completed findings forms/);
  });
});
