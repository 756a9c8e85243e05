/**
 * @jest-environment jsdom
 */
import { agendaTimes } from '../../../src/core/agendaTimes';
import { buildBriefingCard, CardInputError, parseAction, type BriefingCardInput } from '../../../src/bot/cards';
import { SAMPLE_INPUTS } from '../../../src/bot/cards/samples';
import { AGENDA_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import { SIGNS_OF_SAFETY_2018_TEMPLATE } from '../../../src/core/forms';
import { CFCCL_MEMBERS_2025 } from '../../../src/core/samples/rota2025';
import { londonInstant } from '../../../src/core/time/london';
import { expectGoodCard, findAll, findById } from './harness';

const sample = SAMPLE_INPUTS.briefing;
const at = (day: string, time: string): BriefingCardInput => ({
  ...sample(),
  visit: { ...sample().visit, visitStart: londonInstant(day, time) }
});
const agendaLines = (input: BriefingCardInput): string[] =>
  findAll(
    buildBriefingCard(input),
    (o) => o.type === 'TextBlock' && /^\d\d:\d\d to \d\d:\d\d: /.test(String(o.text))
  ).map((o) => String(o.text).slice(0, 14));

describe('buildBriefingCard', () => {
  it('times each agenda part from the visit start, in London time in summer (BST) and winter (GMT)', () => {
    const expected = ['10:00 to 10:30', '10:30 to 11:00', '11:00 to 11:30', '11:30 to 12:30'];
    expect(agendaLines(at('2025-07-24', '10:00'))).toEqual(expected);
    expect(agendaLines(at('2025-11-20', '10:00'))).toEqual(expected);
    const card = expectGoodCard(buildBriefingCard(at('2025-11-20', '10:00')));
    expect(card.text).toContain('Thursday 20 November 2025');
    expect(card.text).toContain('10:00 to 12:30 (150 minutes)');
  });

  it('counts elapsed time through the night the clocks change', () => {
    // BST ends at 02:00 BST on 26 October 2025: 01:00 to 02:00 happens twice.
    const autumn = agendaTimes(londonInstant('2025-10-26', '00:30'), AGENDA_2025).map((t) => t.start);
    expect(autumn).toEqual([
      '2025-10-25T23:30:00.000Z',
      '2025-10-26T00:00:00.000Z',
      '2025-10-26T00:30:00.000Z',
      '2025-10-26T01:00:00.000Z'
    ]);
    expect(agendaLines(at('2025-10-26', '00:30'))).toEqual([
      '00:30 to 01:00',
      '01:00 to 01:30',
      '01:30 to 01:00',
      '01:00 to 02:00'
    ]);
    // GMT ends at 01:00 GMT on 29 March 2026: 01:00 to 02:00 does not happen.
    expect(agendaLines(at('2026-03-29', '00:30'))).toEqual([
      '00:30 to 02:00',
      '02:00 to 02:30',
      '02:30 to 03:00',
      '03:00 to 04:00'
    ]);
  });

  it('warns in an attention container only when data-protection training is not recorded', () => {
    const trained = buildBriefingCard(sample());
    expect(findAll(trained, (o) => o.style === 'attention')).toEqual([]);
    expect(JSON.stringify(trained)).not.toContain('training not recorded');

    const hayes = CFCCL_MEMBERS_2025.find((c) => c.name === 'George Hayes');
    expect(hayes?.dataProtectionTrainingDate).toBeUndefined();
    const card = buildBriefingCard({ ...sample(), councillor: hayes! });
    const warning = findAll(card, (o) => o.type === 'Container' && o.style === 'attention');
    expect(warning).toHaveLength(1);
    expect(JSON.stringify(warning[0])).toContain('Data protection training not recorded');
    expect(expectGoodCard(card).text).toContain('George Hayes');
  });

  it('collapses the question prompts of each part behind a toggle', () => {
    const card = buildBriefingCard(sample());
    const toggles = findAll(card, (o) => o.type === 'Action.ToggleVisibility');
    expect(toggles.map((t) => t.targetElements)).toEqual([
      ['prompts-practitioner'],
      ['prompts-team-manager'],
      ['prompts-focus-group']
    ]);
    for (const [id] of toggles.map((t) => t.targetElements as string[]))
      expect(findById(card, id)).toMatchObject({ type: 'Container', isVisible: false });
    const practitioner = JSON.stringify(findById(card, 'prompts-practitioner'));
    expect((practitioner.match(/• /g) ?? []).length).toBe(9);
    expect(findById(card, 'prompts-service-manager')).toBeUndefined();
  });

  it('shows prompts meant for the whole visit once (2018 Signs of Safety)', () => {
    const card = buildBriefingCard({
      ...sample(),
      agenda: SIGNS_OF_SAFETY_2018.agenda,
      template: SIGNS_OF_SAFETY_2018_TEMPLATE
    });
    expect(findAll(card, (o) => o.type === 'Action.ToggleVisibility').map((t) => t.targetElements)).toEqual([
      ['prompts-all']
    ]);
    const rendered = expectGoodCard(card);
    expect(rendered.text).toContain('Are there vacancies in the team?');
    expect(rendered.text).toContain('Staffing: Vacancies and agency cover');
  });

  it('acknowledges with briefing.acknowledge and asks with briefing.ask (max 1000 characters)', () => {
    const card = buildBriefingCard(sample());
    const ack = findAll(card, (o) => o.verb === 'briefing.acknowledge')[0];
    expect(parseAction({ action: ack })).toEqual({
      ok: true,
      source: 'execute',
      action: { verb: 'briefing.acknowledge', data: { visitId: 1 } }
    });
    const input = findById(card, 'question');
    expect(input).toMatchObject({ type: 'Input.Text', maxLength: 1000, isRequired: true, isMultiline: true });
    const ask = findAll(card, (o) => o.verb === 'briefing.ask')[0];
    const submitted = { ...(ask.fallback as { data: object }).data, question: 'Where do I park?' };
    expect(parseAction(submitted)).toEqual({
      ok: true,
      source: 'submit',
      action: { verb: 'briefing.ask', data: { visitId: 1, question: 'Where do I park?' } }
    });
    expect(findAll(card, (o) => o.type === 'Action.OpenUrl')[0].url).toBe(
      'https://contoso.sharepoint.com/sites/frontline/SitePages/Visit.aspx?visitId=1'
    );
  });

  it('says when it was acknowledged and drops the button', () => {
    const card = buildBriefingCard({ ...sample(), acknowledgedAt: '2025-07-18T08:15:00.000Z' });
    expect(findAll(card, (o) => o.verb === 'briefing.acknowledge')).toEqual([]);
    expect(expectGoodCard(card).text).toContain('You acknowledged this briefing on Friday 18 July 2025 at 09:15.');
  });

  it('refuses a visit with no start time and a link that is not a web address', () => {
    expect(() => buildBriefingCard({ ...sample(), visit: { ...sample().visit, visitStart: undefined } })).toThrow(
      CardInputError
    );
    expect(() => buildBriefingCard({ ...sample(), visitUrl: 'javascript:alert(1)' })).toThrow(CardInputError);
  });

  it('names a point of contact without a name once, and shows the findings due date', () => {
    const text = expectGoodCard(
      buildBriefingCard({ ...sample(), pointOfContact: { email: 'officer@example.gov.uk' } })
    ).text;
    expect(text).toContain('Questions before or during the visit: officer@example.gov.uk. You can');
    expect(text).toContain('Findings due');
    expect(text).toContain('Thursday 31 July 2025');
  });

  it('keeps the briefing after a question: sent, or not delivered with the question to e-mail', () => {
    const asked = { text: 'Is there parking?', askedAt: '2025-07-21T15:20:00.000Z' };
    const sent = expectGoodCard(buildBriefingCard({ ...sample(), question: { ...asked, delivered: true } })).text;
    expect(sent).toContain(
      'Your question has been sent to Rota officer (officer@example.gov.uk), on Monday 21 July 2025 at 16:20.'
    );
    expect(sent).not.toContain('not delivered');
    const lost = expectGoodCard(buildBriefingCard({ ...sample(), question: { ...asked, delivered: false } })).text;
    expect(lost).toContain('Question not delivered');
    expect(lost).toContain('Is there parking?');
  });
});
