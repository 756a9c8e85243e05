/**
 * @jest-environment jsdom
 */
// The head of service's "ask for more" as the councillor gets it: a reply box and "Send reply"
// (request.reply), and, once replied, the reply with no input left to send again.
import {
  buildHosQuestionCard,
  buildHosRequestCard,
  executeActions,
  parseAction,
  TEXT_LIMITS
} from '../../../src/bot/cards';
import { SAMPLE_INPUTS } from '../../../src/bot/cards/samples';
import { expectGoodCard, findById } from './harness';

const sample = SAMPLE_INPUTS.hosQuestion;

describe('buildHosQuestionCard', () => {
  it('asks with a required reply box (2000) and Send reply carrying only the request id', () => {
    const card = buildHosQuestionCard(sample());
    expect(findById(card, 'reply')).toMatchObject({
      type: 'Input.Text',
      isMultiline: true,
      isRequired: true,
      maxLength: TEXT_LIMITS.reply
    });
    const send = executeActions(card).find((a) => a.verb === 'request.reply');
    expect(send).toMatchObject({ title: 'Send reply', data: { requestId: 7, verb: 'request.reply' } });
    expect(
      parseAction({ action: { ...send, data: { ...(send?.data as object), reply: 'The panel.' } } })
    ).toMatchObject({
      ok: true,
      action: { verb: 'request.reply', data: { requestId: 7, reply: 'The panel.' } }
    });
    expectGoodCard(card);
  });

  it('once replied shows the reply and offers nothing to send', () => {
    const card = buildHosQuestionCard({
      ...sample(),
      question: undefined,
      reply: { text: 'The panel.', at: '2025-07-22T10:00:00.000Z' }
    });
    expect(findById(card, 'reply')).toBeUndefined();
    expect(executeActions(card).filter((a) => a.verb === 'request.reply')).toHaveLength(0);
    expect(JSON.stringify(card)).toContain('The panel.');
    expect(JSON.stringify(card)).toContain('You replied on');
    expectGoodCard(card);
  });

  it("puts the councillor's reply on the head of service's request card", () => {
    const base = SAMPLE_INPUTS.hosRequest();
    const card = buildHosRequestCard({
      ...base,
      request: {
        ...base.request,
        councillorReply: 'The fostering panel.',
        councillorRepliedAt: '2025-07-22T10:00:00.000Z'
      }
    });
    expect(JSON.stringify(card)).toContain('The fostering panel.');
    expect(JSON.stringify(card)).toContain('has replied');
    expectGoodCard(card);
  });
});
