import fc from 'fast-check';
import { FRONTLINE_2025, validateConfig } from '../../src/core/config';
import { ConfigError } from '../../src/core/errors';
import { hasTemplate } from '../../src/core/forms';
import {
  FRONTLINE_2025_SETTINGS,
  SIGNS_OF_SAFETY_2018_SETTINGS,
  validateSettings,
  type FieldError
} from '../../src/core/settings';

const errorsOf = (input: unknown): FieldError[] => {
  const result = validateSettings(input, { hasTemplate });
  return result.ok ? [] : result.errors;
};

describe('process settings', () => {
  it('the presets are valid settings with the council fields empty', () => {
    for (const preset of [FRONTLINE_2025_SETTINGS, SIGNS_OF_SAFETY_2018_SETTINGS]) {
      const result = validateSettings(preset, { hasTemplate });
      expect(result).toEqual({ ok: true, settings: preset });
      expect(preset.councilName).toBe('');
      expect(preset.councilDomains).toEqual([]);
      expect(preset.pointOfContactEmail).toBe('');
    }
    expect(FRONTLINE_2025_SETTINGS.returnPeriodDays).toBe(FRONTLINE_2025.returnPeriodDays);
  });

  it('names each bad field with what it allows', () => {
    const bad = {
      ...FRONTLINE_2025_SETTINGS,
      returnPeriodDays: 0,
      sendHour: '9',
      agenda: [{ id: 'a', title: '', minutes: 1.5, description: 'x' }],
      councilDomains: ['cheshireeast.gov.uk', '@bad domain'],
      pointOfContactEmail: 'not an address',
      formTemplate: 'no-such-template'
    };
    expect(errorsOf(bad)).toEqual([
      { field: 'returnPeriodDays', message: 'must be a whole number from 1 to 365' },
      { field: 'sendHour', message: 'must be a whole number from 0 to 23' },
      { field: 'agenda[0].title', message: 'must be a non-empty text of at most 255 characters' },
      { field: 'agenda[0].minutes', message: 'must be a whole number from 1 to 480' },
      {
        field: 'formTemplate',
        message: "must be the id of a known findings form template ('no-such-template' is not one)"
      },
      {
        field: 'councilDomains[1]',
        message: 'must be a lower-case e-mail domain such as cheshireeast.gov.uk (no @, no spaces)'
      },
      { field: 'pointOfContactEmail', message: 'must be empty or an e-mail address such as visits@council.gov.uk' }
    ]);
  });

  it('names missing fields and wrong types, and refuses what is not an object', () => {
    const { committees: _c, councilName: _n, ...rest } = FRONTLINE_2025_SETTINGS;
    expect(errorsOf({ ...rest, reminderOffsetsDays: 'soon' }).map((e) => e.field)).toEqual([
      'committees',
      'reminderOffsetsDays',
      'councilName'
    ]);
    for (const input of [null, 42, 'x', [], undefined]) {
      expect(errorsOf(input)).toEqual([{ field: '(settings)', message: 'must be an object of process settings' }]);
    }
  });

  it('accepts a council with its domains and contact, copying only the known fields', () => {
    const result = validateSettings(
      {
        ...FRONTLINE_2025_SETTINGS,
        councilName: 'Anyshire',
        councilDomains: ['anyshire.gov.uk'],
        pointOfContactEmail: 'visits@anyshire.gov.uk',
        extra: 1
      },
      { hasTemplate }
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.settings.councilDomains).toEqual(['anyshire.gov.uk']);
      expect(Object.keys(result.settings)).not.toContain('extra');
    }
  });

  it('validateConfig throws a ConfigError naming fields, built on the same checks', () => {
    expect(() => validateConfig({ ...FRONTLINE_2025, returnPeriodDays: 400 })).toThrow(
      new ConfigError(
        "Invalid process configuration 'frontline-2025': returnPeriodDays: must be a whole number from 1 to 365."
      )
    );
  });

  it('any value gives a result, never an exception', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateSettings(input, { hasTemplate });
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      })
    );
    const fields = fc.record(Object.fromEntries(Object.keys(FRONTLINE_2025_SETTINGS).map((k) => [k, fc.anything()])));
    fc.assert(
      fc.property(fields, (input) => {
        const result = validateSettings({ ...FRONTLINE_2025_SETTINGS, ...input }, { hasTemplate });
        if (!result.ok) for (const e of result.errors) expect(e.message).toMatch(/^must /);
      })
    );
  });
});
