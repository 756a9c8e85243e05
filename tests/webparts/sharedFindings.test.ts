// The pure parts of the form page's shared findings: the order of the list (awaiting a response
// first), how a visit's status and a request's state read, and the page's shared team and visit reads.
import { pageReads } from '../../src/webparts/visitForm/pageReads';
import { HOLDS_TIME } from '../../src/core/visitStatus';
import { bySharedOrder, type SharedForm, type SharedVisit } from '../../src/webparts/visitForm/sharedFindings';
import { requestState, visitStatus } from '../../src/webparts/visitForm/components/SharedFindings';
import type { RequestState } from '../../src/adapters/service/contract';
import { FRONTLINE_2025_TEMPLATE } from '../../src/core/forms/frontline2025';

const request = (over: Partial<RequestState>): RequestState => ({
  id: 1,
  visitId: 1,
  findingsId: 1,
  status: 'Requested',
  responderEmail: 'hos@example.gov.uk',
  request: 'Why?',
  requestedAt: '2025-07-20T16:00:00.000Z',
  ...over
});

const form = (r?: RequestState): SharedForm => ({
  findingsId: r?.findingsId ?? 9,
  councillorEmail: 'cllr@example.gov.uk',
  councillorName: 'A Councillor',
  template: FRONTLINE_2025_TEMPLATE,
  answers: {},
  request: r
});

const visit = (
  visitId: number,
  when: string,
  forms: SharedForm[],
  roles: SharedVisit['roles'] = ['head of service']
): SharedVisit => ({
  visitId,
  teamName: `Team ${visitId}`,
  date: when,
  when,
  roles,
  forms
});

describe('the shared findings list', () => {
  it('puts visits awaiting a response first, the longest waiting first, then the rest newest first', () => {
    const answered = visit(1, '2025-07-24', [form(request({ status: 'Responded' }))]);
    const none = visit(2, '2025-07-17', [form()]);
    const waitingLong = visit(3, '2025-07-01', [form(request({ requestedAt: '2025-07-05T10:00:00.000Z' }))]);
    const waiting = visit(4, '2025-07-30', [
      form(request({ status: 'Delegated', requestedAt: '2025-08-01T10:00:00.000Z' }))
    ]);
    const sorted = [none, answered, waiting, waitingLong].sort(bySharedOrder).map((v) => v.visitId);
    expect(sorted).toEqual([3, 4, 1, 2]);
  });

  it('says whose response a visit awaits, and where each request stands', () => {
    const me = 'hos@example.gov.uk';
    const open = visit(1, '2025-07-24', [form(request({}))]);
    expect(visitStatus(open, me)).toBe('Awaiting your response');
    expect(visitStatus({ ...open, roles: ['service manager'] }, 'sm@example.gov.uk')).toBe('Awaiting a response');
    expect(visitStatus(visit(2, '2025-07-24', [form()]), me)).toBe('No issues escalated');
    expect(visitStatus(visit(3, '2025-07-24', [form(request({ status: 'Responded' }))]), me)).toBe('Responded');
    expect(requestState(request({}), me)).toBe('awaiting a response from you');
    expect(requestState(request({ status: 'Delegated', responderEmail: 'sm@example.gov.uk' }), me)).toBe(
      'delegated to sm@example.gov.uk, awaiting a response'
    );
    expect(requestState(request({ status: 'Responded', respondedAt: '2025-07-28T09:00:00.000Z' }), me)).toBe(
      'responded 28 Jul 2025 by you'
    );
  });
});

describe("the page's shared reads", () => {
  it('reads the teams and the visits with forms once within a minute, again after it, and again after a failure', async () => {
    let now = 0;
    const calls = { teams: 0, visits: [] as unknown[] };
    let fail = true;
    const reads = pageReads(
      {
        teams: {
          all: async () => {
            calls.teams++;
            if (fail) throw new Error('offline');
            return [];
          }
        } as never,
        visits: { query: async (q: unknown) => (calls.visits.push(q), []) } as never
      },
      60000,
      () => now
    );
    await expect(reads.teams()).rejects.toThrow('offline');
    fail = false;
    await Promise.all([reads.teams(), reads.teams(), reads.visitsWithForms(), reads.visitsWithForms()]);
    expect(calls.teams).toBe(2);
    expect(calls.visits).toEqual([{ statuses: HOLDS_TIME }]);
    now = 60001;
    await reads.visitsWithForms();
    expect(calls.visits).toHaveLength(2);
  });
});
