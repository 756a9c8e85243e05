/**
 * @jest-environment jsdom
 */
import {
  buildHosRequestCard,
  CardInputError,
  executeActions,
  MAX_REFRESH_USERS,
  parseAction
} from '../../../src/bot/cards';
import { SAMPLE_INPUTS } from '../../../src/bot/cards/samples';
import { expectGoodCard, findAll, findById } from './harness';

const sample = SAMPLE_INPUTS.hosRequest;
const users = (n: number): string[] => Array.from({ length: n }, (_, i) => `29:user-${i}`);

describe('buildHosRequestCard', () => {
  it('refreshes through hos.refresh for the users given, at most 60', () => {
    const card = buildHosRequestCard({ ...sample(), refreshUserIds: users(MAX_REFRESH_USERS) });
    expect(card.refresh?.userIds).toHaveLength(60);
    expect(card.refresh?.action).toMatchObject({
      type: 'Action.Execute',
      verb: 'hos.refresh',
      data: { requestId: 7, verb: 'hos.refresh' }
    });
    expect(parseAction({ action: card.refresh?.action })).toMatchObject({
      ok: true,
      action: { verb: 'hos.refresh', data: { requestId: 7 } }
    });
    expectGoodCard(card);
  });

  it('refuses more than 60 refresh users, and none for a card still waiting', () => {
    expect(() => buildHosRequestCard({ ...sample(), refreshUserIds: users(61) })).toThrow(CardInputError);
    expect(() => buildHosRequestCard({ ...sample(), refreshUserIds: users(61) })).toThrow(/at most 60/);
    expect(() => buildHosRequestCard({ ...sample(), refreshUserIds: [] })).toThrow(CardInputError);
  });

  it('offers Respond (required, 4000), Delegate (an e-mail) and Ask the councillor, each with its verb', () => {
    const card = buildHosRequestCard(sample());
    expect((card.actions ?? []).map((a) => a.title)).toEqual([
      'Respond',
      'Delegate',
      'Ask the councillor for more',
      'Open in SharePoint'
    ]);
    expect(findById(card, 'response')).toMatchObject({
      type: 'Input.Text',
      isMultiline: true,
      isRequired: true,
      maxLength: 4000
    });
    expect(findById(card, 'delegateEmail')).toMatchObject({ type: 'Input.Text', style: 'email', isRequired: true });
    expect(findById(card, 'question')).toMatchObject({ type: 'Input.Text', isRequired: true, maxLength: 1000 });
    expect(executeActions(card).map((a) => a.verb)).toEqual([
      'hos.refresh',
      'hos.respond',
      'hos.delegate',
      'hos.askCouncillor'
    ]);

    const respond = findAll(card, (o) => o.verb === 'hos.respond')[0];
    expect(
      parseAction({ action: { ...respond, data: { ...(respond.data as object), response: 'We will look at this.' } } })
    ).toMatchObject({
      ok: true,
      action: { verb: 'hos.respond', data: { requestId: 7, response: 'We will look at this.' } }
    });
    const delegate = findAll(card, (o) => o.verb === 'hos.delegate')[0];
    const submitted = {
      ...(delegate.fallback as { data: object }).data,
      delegateEmail: ' Team.Manager@Example.gov.uk '
    };
    expect(parseAction(submitted)).toMatchObject({
      ok: true,
      source: 'submit',
      action: { data: { requestId: 7, delegateEmail: 'team.manager@example.gov.uk' } }
    });
  });

  it('says what it is waiting for', () => {
    expect(expectGoodCard(buildHosRequestCard(sample())).text).toContain(
      'Waiting for your response. Please respond by Friday 15 August 2025.'
    );
    const asked = buildHosRequestCard({ ...sample(), request: { ...sample().request, status: 'MoreInfoRequested' } });
    expect(expectGoodCard(asked).text).toContain('You asked Sarah Bennett-Wake for more information.');
    expect(executeActions(asked).length).toBeGreaterThan(1);
  });

  it('returns a done variant after a response: who and when, the response, no buttons to act and no refresh', () => {
    const card = buildHosRequestCard({
      ...sample(),
      outcome: {
        kind: 'responded',
        by: { name: 'Head of Cared for Children', email: 'hos@example.gov.uk' },
        at: '2025-08-04T13:00:00.000Z',
        response: 'Travel time is recorded.'
      }
    });
    expect(card.refresh).toBeUndefined();
    expect(executeActions(card)).toEqual([]);
    expect((card.actions ?? []).map((a) => a.type)).toEqual(['Action.OpenUrl']);
    const rendered = expectGoodCard(card);
    expect(rendered.text).toContain(
      'Responded by Head of Cared for Children (hos@example.gov.uk) on Monday 4 August 2025 at 14:00.'
    );
    expect(rendered.text).toContain('Travel time is recorded.');
    expect(rendered.text).not.toContain('Waiting for your response');
  });

  it('returns a done variant after delegation, and for a request the list already shows as responded', () => {
    const delegated = buildHosRequestCard({
      ...sample(),
      refreshUserIds: [],
      outcome: {
        kind: 'delegated',
        by: { email: 'hos@example.gov.uk' },
        at: '2025-08-01T08:00:00.000Z',
        to: { name: 'Jo Manager', email: 'jo@example.gov.uk' }
      }
    });
    expect(executeActions(delegated)).toEqual([]);
    expect(expectGoodCard(delegated).text).toContain(
      'Delegated by hos@example.gov.uk to Jo Manager (jo@example.gov.uk) on Friday 1 August 2025 at 09:00.'
    );
    const responded = buildHosRequestCard({
      ...sample(),
      request: { ...sample().request, status: 'Responded', response: 'Done.', respondedAt: '2025-08-02T08:00:00.000Z' }
    });
    expect(executeActions(responded)).toEqual([]);
    expect(expectGoodCard(responded).text).toContain('Saturday 2 August 2025 at 09:00');
  });
});
