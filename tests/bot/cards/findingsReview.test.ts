/**
 * @jest-environment jsdom
 */
// The review card a councillor sees before sending findings from Teams (issue 14).
import { buildFindingsReviewCard, executeActions, parseAction } from '../../../src/bot/cards';
import { SAMPLE_INPUTS } from '../../../src/bot/cards/samples';
import { FRONTLINE_2025_TEMPLATE } from '../../../src/core/forms';
import { expectGoodCard } from './harness';

const sample = SAMPLE_INPUTS.findingsReview;

describe('buildFindingsReviewCard', () => {
  it('shows every section, the warnings again and the due date; Send and Go back carry no inputs', () => {
    const card = buildFindingsReviewCard(sample());
    const text = expectGoodCard(card).text;
    for (const s of FRONTLINE_2025_TEMPLATE.sections) expect(text).toContain(s.title);
    expect(text).toContain('"Jamie, aged 7"');
    expect(text).toContain('Please send it by Monday 21 July 2025');
    const [send, edit] = executeActions(card);
    expect(send).toMatchObject({ verb: 'findings.submit', associatedInputs: 'none' });
    expect(send.data).toEqual({
      visitId: sample().visit.id,
      sectionId: 'escalation',
      etag: '"4"',
      verb: 'findings.submit'
    });
    expect(edit).toMatchObject({
      verb: 'findings.start',
      data: { visitId: sample().visit.id, sectionId: 'escalation' }
    });
    const parsed = parseAction({ action: { type: 'Action.Execute', verb: edit.verb, data: edit.data } });
    expect(parsed).toMatchObject({ ok: true, action: { verb: 'findings.start', data: { sectionId: 'escalation' } } });
  });

  it('says so when nothing is written in a section, and shows no warning box without warnings', () => {
    const card = buildFindingsReviewCard({
      ...sample(),
      answers: { qualityStrengths: 'Caseloads are manageable.' },
      warnings: []
    });
    const text = expectGoodCard(card).text;
    expect(text).toContain('Nothing written.');
    expect(text).not.toContain('Please check these');
  });

  it('cuts very long answers to fit and points to SharePoint', () => {
    const long = 'Staff described their caseloads in detail. '.repeat(600);
    const card = buildFindingsReviewCard({
      ...sample(),
      answers: { qualityStrengths: long, experienceStrengths: long, qualityDevelopment: long }
    });
    expect(expectGoodCard(card).text).toContain('Some answers are cut short here');
  });
});
