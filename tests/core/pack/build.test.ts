// The committee pack from the three real July 2025 forms (seed 004).
import { buildCommitteePack, packVisits } from '../../../src/core/pack/build';
import { BENNETT_WAKE, HOLLAND, SEED_FORMS } from '../../../src/core/samples/forms2025';
import { CFCCL } from '../../../src/core/samples/rota2025';
import { input, units, visitOf } from './july2025Forms';

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
