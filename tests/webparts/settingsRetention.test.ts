// The Settings tab's retention periods: the periods in force shown (the defaults for settings saved
// before they existed), a draft at the defaults saved as before, a change checked by core with the
// error beside its field, and the label.
import { FRONTLINE_2025_SETTINGS, validateSettings } from '../../src/core/settings';
import { candidateOf, draftOf, errorsByField } from '../../src/webparts/dashboard/settingsDraft';
import { fieldLabel } from '../../src/webparts/dashboard/components/settingsFields';

describe('retention on the Settings tab', () => {
  it('shows the defaults for older settings, and saves them as before (no retention part)', () => {
    const draft = draftOf(FRONTLINE_2025_SETTINGS);
    expect(draft.retention).toEqual({
      formsYears: '6',
      draftDays: '90',
      botDays: '400',
      auditYears: '7',
      retentionLabel: ''
    });
    expect(candidateOf(draft)).not.toHaveProperty('retention');
  });

  it('turns changed periods and a label into settings core accepts', () => {
    const draft = draftOf(FRONTLINE_2025_SETTINGS);
    const candidate = candidateOf({
      ...draft,
      retention: { ...draft.retention, formsYears: ' 10 ', retentionLabel: ' Records 10y ' }
    });
    const result = validateSettings(candidate);
    expect(result.ok && result.settings.retention).toEqual({
      formsYears: 10,
      draftDays: 90,
      botDays: 400,
      auditYears: 7,
      retentionLabel: 'Records 10y'
    });
    expect(result.ok && draftOf(result.settings).retention.formsYears).toBe('10');
  });

  it("puts core's refusal beside the field, named as the officer reads it", () => {
    const draft = draftOf(FRONTLINE_2025_SETTINGS);
    const bad = { ...draft, retention: { ...draft.retention, botDays: '30', draftDays: 'ninety' } };
    const result = validateSettings(candidateOf(bad));
    const errors = errorsByField(result.ok ? [] : result.errors, bad);
    expect(errors.get('retention.botDays')).toMatch(/^must be a whole number from 366 to 3650 days/);
    expect(errors.get('retention.draftDays')).toBe('must be a whole number from 1 to 3650 days after the due date');
    expect(fieldLabel('retention.botDays')).toBe('Keep Teams message records (days)');
  });
});
