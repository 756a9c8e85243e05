// The head of service's response deadline is stored on the request when it is made.
import { delegateRequest, submitFindings } from '../../../src/core/services';
import { GOOD_ANSWERS, HOS, world } from './world';

const submit = async (config?: { responsePeriodDays: number }) => {
  const w = await world();
  const deps = config ? w.submitDeps({ config }) : w.submitDeps();
  const result = await submitFindings(deps, {
    visitId: w.visit.id,
    councillorEmail: 'cllr.anna@example.gov.uk',
    answers: GOOD_ANSWERS,
    channel: 'Teams'
  });
  return { w, result };
};

describe('ensureRequest: ResponseDueDate', () => {
  it("stores the end of the London day responsePeriodDays after the request (the caller's config)", async () => {
    // Submitted 2025-07-30 17:00 BST; 14 days on is 13 August, which ends at 23:00Z (BST).
    const { w, result } = await submit({ responsePeriodDays: 14 });
    expect(result.request?.responseDueDate).toBe('2025-08-13T22:59:59.999Z');
    expect(w.mem.tables.requests.all()[0].responseDueDate).toBe('2025-08-13T22:59:59.999Z');
  });

  it('falls back to FRONTLINE_2025 (28 days) when no config is passed', async () => {
    const { result } = await submit();
    expect(result.request?.responseDueDate).toBe('2025-08-27T22:59:59.999Z');
  });

  it('a delegation keeps the due date: the delegate owes the response by the same day', async () => {
    const { w, result } = await submit({ responsePeriodDays: 14 });
    const hos = {
      ...w.mem.repos(),
      sharing: w.mem.sharing(),
      now: () => '2025-08-01T09:00:00.000Z',
      councilDomains: ['example.gov.uk']
    };
    const r = await delegateRequest(hos, {
      requestId: result.request?.id as number,
      actorEmail: HOS,
      delegateEmail: 'deputy@example.gov.uk'
    });
    expect(r.request).toMatchObject({ status: 'Delegated', responseDueDate: '2025-08-13T22:59:59.999Z' });
  });
});
