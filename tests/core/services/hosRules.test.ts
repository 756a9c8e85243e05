// Who may answer escalated issues: the request's responder (a delegate once delegated) and always
// the visited team's head of service; e-mails compared as the lists store them.
import { mayAnswerRequest, responderOnceAnswered } from '../../../src/core/services/hosRules';

const team = { headOfServiceEmail: 'hos.court@example.gov.uk' };

describe('mayAnswerRequest', () => {
  it("lets the responder and the team's head of service answer, whatever the case or spaces", () => {
    const delegated = { responderEmail: 'deputy@example.gov.uk' };
    expect(mayAnswerRequest(delegated, team, ' Deputy@Example.gov.uk ')).toBe(true);
    expect(mayAnswerRequest(delegated, team, 'HOS.court@example.gov.uk')).toBe(true);
  });

  it('refuses everyone else, and no one at all', () => {
    const request = { responderEmail: 'hos.court@example.gov.uk' };
    expect(mayAnswerRequest(request, team, 'sm.court@example.gov.uk')).toBe(false);
    expect(mayAnswerRequest(request, team, '')).toBe(false);
    expect(mayAnswerRequest({ responderEmail: '' }, { headOfServiceEmail: '' }, '')).toBe(false);
  });
});

describe('responderOnceAnswered', () => {
  it('is whoever answers (the head of service over their delegate), and an answered request keeps its first', () => {
    const delegated = { status: 'Delegated' as const, responderEmail: 'deputy@example.gov.uk' };
    expect(responderOnceAnswered(delegated, ' HOS.Court@example.gov.uk ')).toBe('hos.court@example.gov.uk');
    expect(responderOnceAnswered(delegated, 'deputy@example.gov.uk')).toBe('deputy@example.gov.uk');
    const answered = { status: 'Responded' as const, responderEmail: 'Deputy@example.gov.uk' };
    expect(responderOnceAnswered(answered, 'hos.court@example.gov.uk')).toBe('deputy@example.gov.uk');
  });
});
