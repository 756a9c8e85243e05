// "Your findings form is open": the morning after the visit at the send hour (London time), once per
// councillor, only until the first return reminder is due, and as configured (formOpensDaysAfter).
import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018, validateConfig } from '../../../src/core/config';
import { validateSettings, FRONTLINE_2025_SETTINGS, SIGNS_OF_SAFETY_2018_SETTINGS } from '../../../src/core/settings';
import { visitSchedule } from '../../../src/core/reminders';
import { ANNA, sweep, visit } from './fixtures';

const key = `form-open:7:${ANNA}:2025-07-24`;
const keys = (now: string, overrides = {}) => sweep(now, overrides).map((n) => n.key);

describe('the findings form is open', () => {
  it('is due at 09:00 London (08:00Z in BST) the day after the visit, with the due date', () => {
    expect(keys('2025-07-25T07:59:00.000Z')).not.toContain(key);
    const due = sweep('2025-07-25T08:00:00.000Z');
    expect(due).toEqual([
      expect.objectContaining({
        key,
        kind: 'form-open',
        recipientEmail: ANNA,
        scheduledAt: '2025-07-25T08:00:00.000Z',
        dueDate: expect.stringMatching(/^2025-07-31/)
      })
    ]);
    expect(keys('2025-07-25T08:00:00.000Z', { sent: new Set([key]) })).toEqual([]);
  });

  it('gives way to the first return reminder once that is due, and is never sent after a submission', () => {
    expect(keys('2025-07-29T08:30:00.000Z')).toEqual([`return:7:${ANNA}:2025-07-31:-2`]);
    expect(keys('2025-07-25T08:30:00.000Z', { submitted: [{ visitId: 7, councillorEmail: ANNA }] })).toEqual([]);
  });

  it('follows formOpensDaysAfter: 0 sends none, 3 sends on the third morning, and absent means the next morning', () => {
    expect(keys('2025-07-25T08:30:00.000Z', { config: { ...FRONTLINE_2025, formOpensDaysAfter: 0 } })).toEqual([]);
    expect(keys('2025-07-26T08:30:00.000Z', { config: { ...FRONTLINE_2025, formOpensDaysAfter: 3 } })).toEqual([]);
    expect(keys('2025-07-27T08:30:00.000Z', { config: { ...FRONTLINE_2025, formOpensDaysAfter: 3 } })).toEqual([key]);
    const { formOpensDaysAfter: _omit, ...older } = FRONTLINE_2025;
    void _omit;
    expect(keys('2025-07-25T08:30:00.000Z', { config: older })).toEqual([key]);
  });

  it('is left out when it would not come before the first reminder (a short return period)', () => {
    const config = { ...FRONTLINE_2025, returnPeriodDays: 1, reminderOffsetsDays: [0] };
    expect(visitSchedule(visit(), config).map((n) => n.kind)).toEqual(['return-reminder', 'overdue-escalation']);
    expect(visitSchedule(visit(), FRONTLINE_2025).map((n) => n.kind)).toEqual([
      'form-open',
      'return-reminder',
      'return-reminder',
      'overdue-escalation'
    ]);
  });

  it('is a checked setting: both presets are valid, a stored value without it still loads, a bad one is named', () => {
    expect(() => validateConfig(FRONTLINE_2025)).not.toThrow();
    expect(() => validateConfig(SIGNS_OF_SAFETY_2018)).not.toThrow();
    expect(validateSettings(FRONTLINE_2025_SETTINGS)).toMatchObject({ ok: true, settings: { formOpensDaysAfter: 1 } });
    expect(validateSettings(SIGNS_OF_SAFETY_2018_SETTINGS).ok).toBe(true);
    const { formOpensDaysAfter: _omit, ...older } = FRONTLINE_2025_SETTINGS;
    void _omit;
    const loaded = validateSettings(older);
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && 'formOpensDaysAfter' in loaded.settings).toBe(false);
    expect(validateSettings({ ...FRONTLINE_2025_SETTINGS, formOpensDaysAfter: 1.5 })).toEqual({
      ok: false,
      errors: [
        { field: 'formOpensDaysAfter', message: expect.stringMatching(/^must be a whole number of days from 0 to 60/) }
      ]
    });
  });
});
