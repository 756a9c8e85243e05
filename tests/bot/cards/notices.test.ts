/**
 * @jest-environment jsdom
 */
import {
  buildActionErrorCard,
  buildFindingsReceivedCard,
  buildFindingsSummaryCard,
  buildHosResponseCard,
  buildMessageCard,
  buildOverdueCard,
  buildQuestionCard,
  buildReminderCard,
  buildUnknownUserCard,
  buildVisitChangeCard,
  CardInputError,
  executeActions,
  parseAction
} from '../../../src/bot/cards';
import { SAMPLE_INPUTS as S } from '../../../src/bot/cards/samples';
import { SIGNS_OF_SAFETY_2018_TEMPLATE } from '../../../src/core/forms';
import { expectGoodCard, findAll } from './harness';

describe('buildReminderCard', () => {
  const due = '2025-07-31T22:59:59.999Z';
  const text = (now: string) => expectGoodCard(buildReminderCard({ ...S.reminder(), dueDate: due, now })).text;

  it('says how many London days are left', () => {
    expect(text('2025-07-29T08:00:00.000Z')).toContain('due in 2 days');
    expect(text('2025-07-30T23:30:00.000Z')).toContain('due today'); // 00:30 BST on the 31st
    expect(text('2025-07-30T22:30:00.000Z')).toContain('due tomorrow'); // 23:30 BST on the 30th
    expect(text('2025-07-30T08:00:00.000Z')).toContain('due tomorrow');
    expect(text('2025-08-03T08:00:00.000Z')).toContain('was due 3 days ago');
  });

  it('starts the form in chat with findings.start', () => {
    const start = executeActions(buildReminderCard(S.reminder()))[0];
    expect(parseAction({ action: start })).toMatchObject({
      ok: true,
      action: { verb: 'findings.start', data: { visitId: 1 } }
    });
  });
});

describe('buildOverdueCard', () => {
  it('gives the days late from core deadlines, with links to the dashboard and the visit', () => {
    const card = buildOverdueCard({ ...S.overdue(), now: '2025-08-04T08:00:00.000Z' });
    const rendered = expectGoodCard(card);
    expect(rendered.text).toContain('It is 4 days late.');
    expect(rendered.text).toContain('Thursday 31 July 2025');
    expect((card.actions ?? []).map((a) => a.url)).toEqual([
      'https://contoso.sharepoint.com/sites/frontline/SitePages/Dashboard.aspx',
      'https://contoso.sharepoint.com/sites/frontline/SitePages/Visit.aspx?visitId=1'
    ]);
  });

  it('refuses a form that is not overdue', () => {
    expect(() => buildOverdueCard({ ...S.overdue(), now: '2025-07-31T20:00:00.000Z' })).toThrow(CardInputError);
  });
});

describe('buildVisitChangeCard', () => {
  it('says a visit is booked, with its time', () => {
    const rendered = expectGoodCard(
      buildVisitChangeCard({ ...S.visitChange(), change: 'booked', previousStart: undefined, reason: '' })
    );
    expect(rendered.text).toContain('Visit booked');
    expect(rendered.text).toContain('Thursday 24 July 2025 at 10:00 to 12:30');
    expect(rendered.text).not.toContain('Reason');
  });

  it('gives old and new times for a rearrangement, and the old time and reason for a cancellation', () => {
    expect(expectGoodCard(buildVisitChangeCard(S.visitChange())).text).toMatch(
      /When.*Thursday 24 July 2025.*Was.*Tuesday 22 July 2025/
    );
    const cancelled = expectGoodCard(
      buildVisitChangeCard({
        ...S.visitChange(),
        change: 'cancelled',
        previousStart: undefined,
        reason: 'Ofsted monitoring visit.'
      })
    ).text;
    expect(cancelled).toContain('Visit cancelled');
    expect(cancelled).toContain('Thursday 24 July 2025 at 10:00');
    expect(cancelled).toContain('Ofsted monitoring visit.');
  });
});

describe('buildFindingsReceivedCard', () => {
  it('thanks the councillor, or says it already has the form without sending it twice', () => {
    expect(expectGoodCard(buildFindingsReceivedCard(S.findingsReceived())).text).toContain('Thank you, Ben Wye.');
    const again = expectGoodCard(
      buildFindingsReceivedCard({ ...S.findingsReceived(), alreadyReceived: true, ignoredChanges: true })
    ).text;
    expect(again).toContain('We already have your findings');
    expect(again).toContain('already sent on Monday 28 July 2025 at 16:42');
    expect(again).toContain('The changes in this last version were not saved');
    expect(again).not.toContain('Thank you, Ben Wye.');
  });
});

describe('buildFindingsSummaryCard', () => {
  it('summarises each section, highlights escalated issues and points to the full form when cut', () => {
    const answers = { ...S.findingsSummary().answers, qualityStrengths: 'Strong practice. '.repeat(100) };
    const card = buildFindingsSummaryCard({ ...S.findingsSummary(), answers });
    const escalated = findAll(card, (o) => o.type === 'Container' && o.style === 'attention');
    expect(JSON.stringify(escalated)).toContain('How do we assess the quality of new foster carers?');
    const rendered = expectGoodCard(card);
    expect(rendered.text).toContain('Some answers are cut short here.');
    expect(rendered.text).not.toContain('Strong practice. '.repeat(30));
    // The escalation section is the highlighted box, not repeated as a section.
    expect(rendered.text.match(/Issues to be escalated/g)).toBeNull();
  });

  it('shows a 2018 form: grid sections and the scaling', () => {
    const card = buildFindingsSummaryCard({
      ...S.findingsSummary(),
      template: SIGNS_OF_SAFETY_2018_TEMPLATE,
      answers: { 'staffing.worried': 'Two vacancies.', 'performance.workingWell': 'Visits on time.', scaling: 7 }
    });
    const rendered = expectGoodCard(card);
    expect(rendered.text).toContain('7 out of 10');
    expect(rendered.text).toContain('Nothing written.');
    expect(rendered.text).toContain('What are we worried about?Two vacancies.');
  });
});

describe('buildHosResponseCard', () => {
  it("gives the head of service's response, who and when", () => {
    const rendered = expectGoodCard(buildHosResponseCard(S.hosResponse()));
    expect(rendered.text).toContain('hos.cared.for.children.and.care.leavers@example.gov.uk');
    expect(rendered.text).toContain('Thank you for visiting the Court Team');
  });

  it('refuses a request with no response yet', () => {
    expect(() =>
      buildHosResponseCard({ ...S.hosResponse(), request: { ...S.hosResponse().request, response: undefined } })
    ).toThrow(CardInputError);
  });
});

describe('buildUnknownUserCard', () => {
  it('is polite, names the contact and shows no visit, person or button', () => {
    const card = buildUnknownUserCard(S.unknownUser());
    const rendered = expectGoodCard(card, { concernsVisit: false });
    expect(rendered.text).toContain('please contact Rota officer (officer@example.gov.uk)');
    expect(card.actions).toBeUndefined();
    expect(findAll(card, (o) => o.type === 'FactSet')).toEqual([]);
    expect(expectGoodCard(buildUnknownUserCard(), { concernsVisit: false }).text).toContain(
      "children's improvement team"
    );
  });
});

describe('buildQuestionCard', () => {
  it('forwards the question to the point of contact and confirms it to the councillor', () => {
    const forwarded = expectGoodCard(buildQuestionCard(S.question())).text;
    expect(forwarded).toContain('Ben Wye has a question about their frontline visit to Court Team.');
    const sent = expectGoodCard(buildQuestionCard({ ...S.question(), variant: 'sent' })).text;
    expect(sent).toContain('Your question has been sent');
    expect(sent).toContain('We sent your question to Rota officer (officer@example.gov.uk).');
    expect(sent).toContain('Is there parking at Delamere House');
  });
});

describe('buildMessageCard', () => {
  it('shows a title, text, facts and an optional link', () => {
    const card = buildMessageCard({
      ...S.message(),
      link: { title: 'Open the form', url: 'https://contoso.sharepoint.com/sites/frontline' }
    });
    expect((card.actions ?? []).map((a) => a.title)).toEqual(['Open the form']);
    expect(buildMessageCard(S.message()).actions).toEqual([]);
    expect(expectGoodCard(card).text).toContain('Court Team, Thursday 24 July 2025');
  });

  it('answers an unknown verb or bad data in plain words', () => {
    const unknown = parseAction({ verb: 'findings.delete' });
    const bad = parseAction({ verb: 'briefing.ask', visitId: 1, question: '' });
    if (unknown.ok || bad.ok) throw new Error('expected refusals');
    expect(expectGoodCard(buildActionErrorCard(unknown.error), { concernsVisit: false }).text).toContain(
      'That button is not recognised'
    );
    expect(expectGoodCard(buildActionErrorCard(bad.error), { concernsVisit: false }).text).toContain(
      'Please fill in "question".'
    );
  });
});
