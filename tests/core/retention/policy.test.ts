import { FRONTLINE_2025_SETTINGS, validateSettings } from '../../../src/core/settings';
import { addLondonDays, addLondonYears } from '../../../src/core/time/london';
import { judge, judgeAll, type RetentionContext, type RetentionFact } from '../../../src/core/retention/policy';
import { DEFAULT_RETENTION, retentionOf } from '../../../src/core/retention/settings';

const ctx = (over: Partial<RetentionContext> = {}): RetentionContext => ({
  visits: new Map([
    [1, { committeeDate: '2019-01-14T18:00:00.000Z', dueDate: '2018-07-31T22:59:59.000Z' }],
    [2, { dueDate: '2025-08-12T22:59:59.000Z', visitStart: '2025-08-05T09:00:00.000Z' }],
    [3, {}]
  ]),
  findings: new Map(),
  current: new Set(['cllr.active@example.gov.uk']),
  left: new Set(['cllr.gone@example.gov.uk']),
  ...over
});
const r = DEFAULT_RETENTION;
const at = (now: string, fact: RetentionFact, c = ctx()) => judge(r, now, fact, c);

describe('retention settings', () => {
  it('are optional: older settings stay valid and get the defaults', () => {
    expect(validateSettings(FRONTLINE_2025_SETTINGS).ok).toBe(true);
    expect(retentionOf(FRONTLINE_2025_SETTINGS)).toEqual({ formsYears: 6, draftDays: 90, botDays: 400, auditYears: 7 });
  });

  it('are checked with the other settings, each bad field named with what it allows', () => {
    const bad = {
      ...FRONTLINE_2025_SETTINGS,
      retention: { formsYears: 0, draftDays: 1.5, botDays: 30, auditYears: '7', retentionLabel: 'a\nb' }
    };
    const result = validateSettings(bad);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        field: 'retention.formsYears',
        message: 'must be a whole number from 1 to 100 years after the committee meeting'
      },
      { field: 'retention.draftDays', message: 'must be a whole number from 1 to 3650 days after the due date' },
      {
        field: 'retention.botDays',
        message:
          "must be a whole number from 366 to 3650 days (more than the reminder sweep's 365-day look-back, so no message is sent twice)"
      },
      { field: 'retention.auditYears', message: 'must be a whole number from 1 to 100 years after the entry' },
      {
        field: 'retention.retentionLabel',
        message: 'must be empty or the name of a Purview retention label, one line of at most 255 characters'
      }
    ]);
    expect(validateSettings({ ...FRONTLINE_2025_SETTINGS, retention: 6 }).ok).toBe(false);
  });

  it('keeps only the known fields; an empty label is no label', () => {
    const result = validateSettings({
      ...FRONTLINE_2025_SETTINGS,
      retention: { ...DEFAULT_RETENTION, retentionLabel: ' ', extra: 1 }
    });
    expect(result.ok && result.settings.retention).toEqual(DEFAULT_RETENTION);
  });
});

describe('the retention rule', () => {
  const sent: RetentionFact = {
    list: 'findings',
    id: 10,
    etag: '"1"',
    visitId: 1,
    status: 'Submitted',
    submittedAt: '2018-07-20T10:00:00.000Z'
  };

  it('keeps a submitted form for formsYears after the committee meeting it was reported to, then deletes it', () => {
    expect(at('2025-01-14T17:59:59.000Z', sent)).toMatchObject({ action: 'keep', dueAt: '2025-01-14T18:00:00.000Z' });
    const d = at('2025-01-14T18:00:00.000Z', sent);
    expect(d).toMatchObject({ action: 'delete', list: 'findings', id: 10, visitId: 1 });
    expect(d.reason).toBe('submitted form: 6 years after the committee meeting of 2019-01-14 (due 2025-01-14)');
  });

  it('counts from sending when the visit names no meeting', () => {
    const d = at('2024-07-20T09:59:59.000Z', { ...sent, visitId: 3 });
    expect(d).toMatchObject({ action: 'keep', dueAt: '2024-07-20T10:00:00.000Z' });
    expect(at('2024-07-21T00:00:00.000Z', { ...sent, visitId: 3 }).action).toBe('delete');
  });

  it("keeps a head of service's answer exactly as long as its form", () => {
    const answer: RetentionFact = {
      list: 'responses',
      id: 5,
      etag: '"2"',
      visitId: 1,
      findingsId: 10,
      requestedAt: '2018-07-21T00:00:00.000Z'
    };
    expect(at('2025-01-14T17:00:00.000Z', answer).action).toBe('keep');
    expect(at('2025-01-14T18:00:00.000Z', answer)).toMatchObject({
      action: 'delete',
      dueAt: '2025-01-14T18:00:00.000Z'
    });
  });

  it('deletes a draft never sent draftDays after its due date, counted on the London calendar', () => {
    const draft: RetentionFact = { list: 'findings', id: 11, etag: '"1"', visitId: 2, status: 'Draft' };
    // Due at the end of 12 August (23:59:59 BST); 90 London days on is the end of 10 November (GMT),
    // an hour later in UTC than 90 x 24 hours would be.
    expect(at('2025-11-10T23:59:58.000Z', draft).action).toBe('keep');
    expect(at('2025-11-10T23:59:59.000Z', draft)).toMatchObject({
      action: 'delete',
      reason: 'draft never sent: 90 days after its due date (due 2025-11-10)'
    });
    // No visit dates at all: counted from the draft's last change; no date at all: kept, saying why.
    expect(at('2020-01-01T00:00:00.000Z', { ...draft, visitId: 3, modified: '2019-01-01T00:00:00.000Z' }).action).toBe(
      'delete'
    );
    expect(at('2030-01-01T00:00:00.000Z', { ...draft, visitId: 3 })).toMatchObject({
      action: 'keep',
      reason: 'draft never sent: 90 days after its last change: no date to count from; kept'
    });
  });

  it('keeps the send log botDays, and the sweep baseline always', () => {
    const entry: RetentionFact = {
      list: 'sendLog',
      id: 1,
      etag: '"1"',
      key: 'briefing:1:a@x.gov.uk',
      at: '2024-01-01T09:00:00.000Z'
    };
    expect(at('2025-02-04T08:59:59.000Z', entry).action).toBe('keep');
    expect(at('2025-02-04T09:00:00.000Z', entry).action).toBe('delete');
    expect(at('2040-01-01T00:00:00.000Z', { ...entry, key: 'sweep-baseline' }).action).toBe('keep');
  });

  it('keeps a conversation while its person is current, deletes it once they have left or after botDays unused', () => {
    const conv = (email: string): RetentionFact => ({
      list: 'conversations',
      id: 2,
      etag: '"1"',
      email,
      updatedAt: '2018-01-01T00:00:00.000Z'
    });
    expect(at('2030-01-01T00:00:00.000Z', conv('Cllr.Active@example.gov.uk')).action).toBe('keep');
    expect(at('2018-01-02T00:00:00.000Z', conv('cllr.gone@example.gov.uk'))).toMatchObject({
      action: 'delete',
      reason: 'conversation of a councillor who has left (inactive)'
    });
    expect(at('2019-02-05T00:00:00.000Z', conv('someone@example.gov.uk')).action).toBe('delete');
    expect(at('2019-02-04T00:00:00.000Z', conv('someone@example.gov.uk')).action).toBe('keep');
  });

  it('keeps audit entries auditYears', () => {
    const a: RetentionFact = { list: 'audit', id: 3, etag: '"1"', at: '2018-03-01T12:00:00.000Z' };
    expect(at('2025-03-01T11:59:59.000Z', a).action).toBe('keep');
    expect(at('2025-03-01T12:00:00.000Z', a)).toMatchObject({
      action: 'delete',
      reason: 'audit entry: 7 years (due 2025-03-01)'
    });
  });

  it('follows the settings, and orders answers before forms', () => {
    const longer = { ...r, formsYears: 10 };
    expect(judge(longer, '2025-06-01T00:00:00.000Z', sent, ctx()).action).toBe('keep');
    const all = judgeAll(
      r,
      '2026-01-01T00:00:00.000Z',
      [
        sent,
        { list: 'audit', id: 1, etag: '"1"' },
        { list: 'responses', id: 9, etag: '"1"', visitId: 1, findingsId: 10 }
      ],
      ctx()
    );
    expect(all.map((d) => d.list)).toEqual(['responses', 'findings', 'audit']);
  });

  it('adds years and days on the London calendar, at the same London wall-clock time', () => {
    expect(addLondonYears('2020-02-29T12:00:00.000Z', 6)).toBe('2026-02-28T12:00:00.000Z');
    // 00:30 BST on 1 July is 23:30 UTC on 30 June: the London day is the one that counts.
    expect(addLondonYears('2019-06-30T23:30:00.000Z', 6)).toBe('2025-06-30T23:30:00.000Z');
    expect(addLondonDays('2025-10-25T23:30:00.000Z', 1)).toBe('2025-10-27T00:30:00.000Z');
    // Across the autumn change: 12:00 BST to 12:00 GMT, 25 hours.
    expect(addLondonDays('2025-10-25T11:00:00.500Z', 1)).toBe('2025-10-26T12:00:00.500Z');
    // Across the spring change: 12:00 GMT to 12:00 BST, 23 hours.
    expect(addLondonDays('2025-03-29T12:00:00.000Z', 1)).toBe('2025-03-30T11:00:00.000Z');
  });

  it('tells the due day as a London date, not a UTC one', () => {
    // Sent at 00:30 BST on 21 July 2018 (23:30 UTC on the 20th), the visit naming no meeting.
    const d = at('2020-01-01T00:00:00.000Z', { ...sent, visitId: 3, submittedAt: '2018-07-20T23:30:00.000Z' });
    expect(d.reason).toContain('sending (2018-07-21;');
    expect(d.reason).toContain('(due 2024-07-21)');
  });
});
